package newsreader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import newsreader.config.InterfaceLanguage;
import newsreader.messages.Messages;
import newsreader.text.CellWidth;
import newsreader.text.LineBreakRules;
import newsreader.tui.KeyBindings;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes the man page (troff, section 1) from the picocli model, so that it says exactly what {@code --help} says, in
 * one of the interface's languages. The build runs {@link #main} to make {@code target/newsreader.1} (English) and
 * {@code target/newsreader.zh_CN.1} and {@code newsreader.zh_TW.1} (Simplified and Traditional Chinese), which
 * {@code scripts/install} puts where {@code man} looks for the reader's locale.
 */
public final class ManPage {
    /** The page's fixed words: section names, the name line, the files and environment. */
    private static final Messages WORDS = Messages.of("manpage");

    private ManPage() {
    }

    /** {@code ManPage FILE [LANGUAGE]}: the page in {@code LANGUAGE} ({@code en}, {@code zh-Hans}, {@code zh-Hant}). */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "newsreader.1");
        // Whatever the language of the build's environment: English unless a language is named.
        InterfaceLanguage language = args.length > 1 ? InterfaceLanguage.of(args[1]) : InterfaceLanguage.ENGLISH;
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            write(CommandHelp.in(CommandTree.whole(new NewsreaderCommand(Console.system())), language).getCommandSpec(),
                    language, w);
        }
    }

    static void write(CommandSpec root, InterfaceLanguage language, PrintWriter w) {
        CommandHelp.wordsNow(root);
        w.println(".TH NEWSREADER 1 \"" + LocalDate.now() + "\" \"" + new Version().getVersion()[0] + "\" \""
                + WORDS.getIn(language, "manual") + "\"");
        // No hyphenation: paths and option names would be cut at a hyphen of troff's own. Chinese is set ragged
        // right, as Chinese man pages are: justifying a line with two spaces in it would widen them several-fold.
        w.println(".nh");
        if (language != InterfaceLanguage.ENGLISH) {
            w.println(".ad l");
        }
        w.println(".SH " + WORDS.getIn(language, "section.name"));
        w.println("newsreader \\- " + prose(WORDS.getIn(language, "name")));
        w.println(".SH " + WORDS.getIn(language, "section.synopsis"));
        synopsis(root, "", w);
        for (CommandSpec sub : documented(root)) {
            synopsis(sub, root.name() + " ", w);
        }
        w.println(".SH " + WORDS.getIn(language, "section.description"));
        for (String line : root.usageMessage().description()) {
            w.println(prose(line));
            w.println(".PP");
        }
        section(WORDS.getIn(language, "section.options"), root, w);
        keys(language, w);
        for (CommandSpec spec : documented(root)) {
            w.println(".SH " + WORDS.getIn(language, "section.command", spec.name().toUpperCase(java.util.Locale.ROOT)));
            for (String line : spec.usageMessage().description()) {
                w.println(prose(line));
            }
            w.println(".PP");
            section(null, spec, w);
            footer(spec, w);
        }
        w.println(".SH " + WORDS.getIn(language, "section.files"));
        w.println(".TP");
        w.println("\\fI$XDG_CONFIG_HOME/newsreader/config.yaml\\fR");
        w.println(sentence(language, "files.config", "\\fBnewsreader config \\-\\-default\\fR"));
        w.println(".SH " + WORDS.getIn(language, "section.environment"));
        w.println(".TP");
        w.println("\\fBNO_COLOR\\fR");
        w.println(prose(WORDS.getIn(language, "environment.no-color")));
        w.println(".TP");
        w.println("\\fBLC_ALL\\fR, \\fBLC_MESSAGES\\fR, \\fBLANG\\fR");
        w.println(prose(WORDS.getIn(language, "environment.locale")));
        footer(root, w);
    }

    /** The commands a user may type: not the hidden one the launcher uses for its class-data archive. */
    private static List<CommandSpec> documented(CommandSpec root) {
        List<CommandSpec> commands = new java.util.ArrayList<>();
        for (CommandLine sub : root.subcommands().values()) {
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                commands.add(sub.getCommandSpec());
            }
        }
        return commands;
    }

    /** The full-screen reader's keys, from the table its {@code ?} help shows. */
    private static void keys(InterfaceLanguage language, PrintWriter w) {
        w.println(".SH " + WORDS.getIn(language, "section.keys"));
        w.println(sentence(language, "keys.intro", "\\fB?\\fR", "\\fBkeys\\fR"));
        for (KeyBindings.HelpLine line : KeyBindings.help(language)) {
            w.println(".TP");
            w.println("\\fB" + escape(line.keys()) + "\\fR");
            w.println(prose(line.meaning()));
        }
    }

    private static void synopsis(CommandSpec spec, String prefix, PrintWriter w) {
        StringBuilder line = new StringBuilder(".B " + prefix + spec.name());
        w.println(line);
        StringBuilder args = new StringBuilder();
        for (OptionSpec option : spec.options()) {
            if (!option.hidden()) {
                args.append(" [").append(option.longestName()).append(option.arity().max() > 0 ? " " + option.paramLabel() : "").append("]");
            }
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            args.append(' ').append(p.arity().min() == 0 ? "[" + p.paramLabel() + "]" : p.paramLabel() + (p.arity().max() > 1 ? "..." : ""));
        }
        w.println(escape(args.toString().strip()));
        w.println(".br");
    }

    private static void section(String title, CommandSpec spec, PrintWriter w) {
        if (title != null) {
            w.println(".SH " + title);
        }
        List<OptionSpec> options = spec.options();
        for (OptionSpec option : options) {
            if (option.hidden()) {
                continue;
            }
            w.println(".TP");
            String names = String.join(", ", option.names());
            w.println("\\fB" + escape(names) + "\\fR" + (option.arity().max() > 0 ? " \\fI" + escape(option.paramLabel()) + "\\fR" : ""));
            w.println(prose(String.join(" ", option.description())));
        }
    }

    private static void footer(CommandSpec spec, PrintWriter w) {
        String[] footer = spec.usageMessage().footer();
        if (footer.length == 0) {
            return;
        }
        w.println(".PP");
        w.println(".nf");
        for (String text : footer) {
            // A footer from the bundle is one text whose lines picocli parts at %n.
            for (String line : String.format(text).split("\\R", -1)) {
                w.println(escape(line));
            }
        }
        w.println(".fi");
    }

    /** Stands for a break point until the text is escaped (a private-use character, never in a message). */
    private static final String BREAK_POINT = "\uE0FF";

    private static String withBreakPoints(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int from = 0;
        for (int at : LineBreakRules.STRICT.opportunities(text)) {
            if (at >= text.length()) {
                break;
            }
            out.append(text, from, at);
            if (!Character.isWhitespace(text.charAt(at - 1))
                    && (wide(text.codePointBefore(at)) || wide(text.codePointAt(at)))) {
                out.append(BREAK_POINT);
            }
            from = at;
        }
        return out.append(text, from, text.length()).toString();
    }

    private static final CellWidth WIDTHS = CellWidth.standard();

    private static boolean wide(int codePoint) {
        return WIDTHS.ofCodePoint(codePoint) == 2;
    }

    /**
     * The message {@code key} escaped for troff, its places filled with {@code markup} as given (bold words): the
     * places are filled with private-use characters first, so that the markup is not escaped with the sentence.
     */
    private static String sentence(InterfaceLanguage language, String key, String... markup) {
        Object[] marks = new Object[markup.length];
        for (int i = 0; i < markup.length; i++) {
            marks[i] = String.valueOf((char) ('\uE000' + i));
        }
        String text = prose(WORDS.getIn(language, key, marks));
        for (int i = 0; i < markup.length; i++) {
            text = text.replace((String) marks[i], markup[i]);
        }
        return text;
    }

    /**
     * Filled text for troff: {@link #escape escaped}, with a break point ({@code \:}) wherever the text module lets
     * a line break beside a wide character: groff breaks lines only at spaces, and a Chinese sentence has none, so
     * it would stretch the spaces of a line to fit a whole sentence on the next.
     */
    static String prose(String text) {
        return escape(withBreakPoints(text)).replace(BREAK_POINT, "\\:");
    }

    /** troff: backslashes and hyphens escaped, a leading dot or quote made literal. */
    static String escape(String text) {
        String s = text.replace("\\", "\\e").replace("-", "\\-");
        if (s.startsWith(".") || s.startsWith("'")) {
            s = "\\&" + s;
        }
        return s;
    }
}
