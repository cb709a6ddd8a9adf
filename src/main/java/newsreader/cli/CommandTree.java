package newsreader.cli;

import java.util.List;
import picocli.CommandLine;

/**
 * The subcommands of {@code newsreader}, and the command line a run needs. Each command's model costs every start its
 * part (picocli's classes and objects); a run that names one subcommand gets only that one, parsed exactly as in the
 * whole tree (a subcommand that is not there changes the parse only where its name is typed). Help of the top command,
 * completion and the man page list every subcommand, so they, and any run that names several, get the whole tree.
 */
final class CommandTree {
    /** Every subcommand, in the order the help lists them. */
    private static final List<String> SUBCOMMANDS = List.of("list", "show", "search", "config", "completion", "cds-training");

    private CommandTree() {
    }

    /** {@code root} with every subcommand. */
    static CommandLine whole(NewsreaderCommand root) {
        CommandLine cli = rootOf(root);
        for (String name : SUBCOMMANDS) {
            add(cli, root, name, made(name));
        }
        return cli;
    }

    /**
     * {@code root} with what parsing {@code args} can reach: the one subcommand they name, or none when they name none
     * (the reader) and ask for no help; else, and for {@code completion}, the whole tree.
     */
    static CommandLine forArguments(NewsreaderCommand root, String... args) {
        String named = null;
        for (String arg : args) {
            if (SUBCOMMANDS.contains(arg)) {
                if (named != null && !named.equals(arg)) {
                    return whole(root);
                }
                named = arg;
            }
        }
        if (named == null ? asksForHelp(args) : named.equals("completion")) {
            return whole(root);
        }
        CommandLine cli = rootOf(root);
        if (named != null) {
            add(cli, root, named, made(named));
        }
        return cli;
    }

    /**
     * The subcommand {@code name}, made by a switch rather than a table of constructor references: a start that names
     * one loads that class alone and links no lambda.
     */
    private static Subcommand made(String name) {
        switch (name) {
            case "list":
                return new ListCommand();
            case "show":
                return new ShowCommand();
            case "search":
                return new SearchCommand();
            case "config":
                return new ConfigCommand();
            case "completion":
                return new CompletionCommand();
            case "cds-training":
                return new TrainCommand();
            default:
                throw new IllegalArgumentException("no subcommand " + name);
        }
    }

    private static CommandLine rootOf(NewsreaderCommand root) {
        CommandLine cli = withShared(new CommandLine(root.model()), List.of(root.chinese), true);
        root.spec = cli.getCommandSpec();
        return cli;
    }

    /**
     * {@code command} under {@code root} as {@code name}: its own options, its shared ones, the standard help options,
     * then those it inherits from the root.
     */
    private static void add(CommandLine cli, NewsreaderCommand root, String name, Subcommand command) {
        CommandLine line = withShared(new CommandLine(command.model()), command.shared(), command.standardHelp());
        command.parent = root;
        command.spec = line.getCommandSpec();
        cli.addSubcommand(name, line);
    }

    /** {@code line} with its shared options, then the standard help options when it has them (see {@link Subcommand}). */
    private static CommandLine withShared(CommandLine line, List<SharedOption> shared, boolean standardHelp) {
        for (SharedOption option : shared) {
            line.getCommandSpec().addMixin(option.name(), option.model());
            option.command = line.getCommandSpec();
        }
        if (standardHelp) {
            CommandModel.withStandardHelp(line.getCommandSpec());
        }
        return line;
    }

    /** {@code --help}, or {@code -h} alone or among other one-letter options ({@code -Vh}): the help lists subcommands. */
    private static boolean asksForHelp(String... args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            boolean shortOptions = arg.startsWith("-") && !arg.startsWith("--");
            if (arg.equals("--help") || arg.startsWith("--help=") || shortOptions && arg.indexOf('h') > 0) {
                return true;
            }
        }
        return false;
    }
}
