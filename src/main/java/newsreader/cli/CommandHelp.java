package newsreader.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.ResourceBundle;
import newsreader.config.InterfaceLanguage;
import newsreader.messages.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The commands' help in the interface's language. Its words live in the {@code commands} bundle, not in the
 * annotations, so that English is written once and every language has the same keys ({@code MessageBundlesTest}).
 * Every value of a bundle is a {@link java.text.MessageFormat} pattern, the help too: picocli is given each value
 * formatted without arguments, so that {@code ''} reads as an apostrophe in the help as in every other message.
 */
final class CommandHelp {
    static final Messages MESSAGES = Messages.of("commands");

    private CommandHelp() {
    }

    /** {@code cli} (and its subcommands) with help in {@code language}. */
    static CommandLine in(CommandLine cli, InterfaceLanguage language) {
        cli.setResourceBundle(new Formatted(MESSAGES.bundle(language), language));
        return cli;
    }

    /**
     * {@code cli} with help in the language the interface speaks. Reading the bundle is a good part of a start's
     * picocli time and only help shows its words (a usage error is two lines of our own), so it is given to picocli
     * when help is first made ({@code --help}, {@code -h}, a subcommand's help) or {@link #wordsNow} asks for it.
     */
    static CommandLine spoken(CommandLine cli) {
        cli.setHelpFactory(new WordsOnFirstHelp(cli.getHelpFactory(), Messages.language()));
        return cli;
    }

    /**
     * Gives picocli the help's words now when {@link #spoken} put them off: for what reads descriptions without making
     * help (fish's completion, the man page).
     */
    static CommandSpec wordsNow(CommandSpec spec) {
        CommandLine root = spec.root().commandLine();
        if (root.getHelpFactory() instanceof WordsOnFirstHelp) {
            ((WordsOnFirstHelp) root.getHelpFactory()).give(root);
        }
        return spec;
    }

    /** picocli's help, made after the tree has got its words in the language chosen at start. */
    private static final class WordsOnFirstHelp implements CommandLine.IHelpFactory {
        private final CommandLine.IHelpFactory standard;
        private final InterfaceLanguage language;

        WordsOnFirstHelp(CommandLine.IHelpFactory standard, InterfaceLanguage language) {
            this.standard = standard;
            this.language = language;
        }

        @Override
        public CommandLine.Help create(CommandSpec spec, CommandLine.Help.ColorScheme colors) {
            give(spec.root().commandLine());
            return standard.create(spec, colors);
        }

        void give(CommandLine root) {
            if (root.getResourceBundle() == null) {
                in(root, language);
            }
        }
    }

    /** A bundle whose values are its patterns formatted, as picocli shows them. */
    private static final class Formatted extends ResourceBundle {
        private final ResourceBundle patterns;
        private final InterfaceLanguage language;

        Formatted(ResourceBundle patterns, InterfaceLanguage language) {
            this.patterns = patterns;
            this.language = language;
        }

        @Override
        protected Object handleGetObject(String key) {
            if (!patterns.containsKey(key)) {
                return null;
            }
            return new java.text.MessageFormat(patterns.getString(key), language.locale()).format(new Object[0]);
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.enumeration(patterns.keySet());
        }
    }
}
