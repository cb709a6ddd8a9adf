package newsreader.search;

/**
 * One part of what the user typed: a word or a quoted phrase, perhaps limited to titles, perhaps excluded.
 *
 * @param text       the words as typed, without quotes or prefix
 * @param titleOnly  written {@code title:…}
 * @param excluded   written {@code -…}: posts holding it are left out
 */
record QueryClause(String text, boolean titleOnly, boolean excluded) {
}
