package newsreader.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes the man page (troff, section 1) from the picocli model, so that it says exactly what {@code --help} says.
 * The build runs {@link #main} to make {@code target/newsreader.1}; {@code scripts/install} puts it in place.
 */
public final class ManPage {
    private ManPage() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "newsreader.1");
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            // The man page stays English, whatever the language of the build's environment.
            write(CommandHelp.in(new CommandLine(new NewsreaderCommand(Console.system())),
                    newsreader.config.InterfaceLanguage.ENGLISH).getCommandSpec(), w);
        }
    }

    static void write(CommandSpec root, PrintWriter w) {
        w.println(".TH NEWSREADER 1 \"" + LocalDate.now() + "\" \"" + new Version().getVersion()[0] + "\" \"User Commands\"");
        w.println(".SH NAME");
        w.println("newsreader \\- read a folder of posts in the terminal, with CJK-correct wrapping");
        w.println(".SH SYNOPSIS");
        synopsis(root, "", w);
        for (CommandSpec sub : documented(root)) {
            synopsis(sub, root.name() + " ", w);
        }
        w.println(".SH DESCRIPTION");
        for (String line : root.usageMessage().description()) {
            w.println(escape(line));
            w.println(".PP");
        }
        section("OPTIONS", root, w);
        keys(w);
        for (CommandSpec spec : documented(root)) {
            w.println(".SH COMMAND: " + spec.name().toUpperCase(java.util.Locale.ROOT));
            for (String line : spec.usageMessage().description()) {
                w.println(escape(line));
            }
            w.println(".PP");
            section(null, spec, w);
            footer(spec, w);
        }
        w.println(".SH FILES");
        w.println(".TP");
        w.println("\\fI$XDG_CONFIG_HOME/newsreader/config.yaml\\fR");
        w.println("Settings; \\fBnewsreader config \\-\\-default\\fR prints a commented default file.");
        w.println(".SH ENVIRONMENT");
        w.println(".TP");
        w.println("\\fBNO_COLOR\\fR");
        w.println("When set and not empty, no colours are used.");
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
    private static void keys(PrintWriter w) {
        w.println(".SH KEYS");
        w.println("In the full-screen reader (\\fB?\\fR shows the same list; the config's \\fBkeys\\fR setting remaps them):");
        for (ReaderKeys.Line line : ReaderKeys.lines()) {
            w.println(".TP");
            w.println("\\fB" + escape(line.keys()) + "\\fR");
            w.println(escape(line.meaning()));
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
            w.println(escape(String.join(" ", option.description())));
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

    /** troff: backslashes and hyphens escaped, a leading dot or quote made literal. */
    static String escape(String text) {
        String s = text.replace("\\", "\\e").replace("-", "\\-");
        if (s.startsWith(".") || s.startsWith("'")) {
            s = "\\&" + s;
        }
        return s;
    }
}
