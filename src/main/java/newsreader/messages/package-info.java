/**
 * The interface's words in English, Simplified and Traditional Chinese: one bundle of whole sentences per front end,
 * in the language chosen at start ({@link newsreader.config.InterfaceLanguage}).
 */
package newsreader.messages;
