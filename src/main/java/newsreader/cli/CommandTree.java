package newsreader.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The subcommands of {@code newsreader}, and the command line a run needs. picocli builds the model of a command by
 * reading its annotations, a few tens of milliseconds for the whole tree on every start; a run that names one
 * subcommand gets only that one, parsed exactly as in the whole tree (a subcommand that is not there changes the
 * parse only where its name is typed). Help of the top command, completion and the man page list every subcommand,
 * so they, and any run that names several, get the whole tree.
 */
final class CommandTree {
    /** Every subcommand, in the order the help lists them. */
    private static final Map<String, Supplier<Subcommand>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("list", ListCommand::new);
        SUBCOMMANDS.put("show", ShowCommand::new);
        SUBCOMMANDS.put("search", SearchCommand::new);
        SUBCOMMANDS.put("config", ConfigCommand::new);
        SUBCOMMANDS.put("completion", CompletionCommand::new);
        SUBCOMMANDS.put("cds-training", TrainCommand::new);
    }

    private CommandTree() {
    }

    /** {@code root} with every subcommand. */
    static CommandLine whole(NewsreaderCommand root) {
        CommandLine cli = rootOf(root);
        SUBCOMMANDS.forEach((name, command) -> add(cli, root, name, command.get()));
        return cli;
    }

    /**
     * {@code root} with what parsing {@code args} can reach: the one subcommand they name, or none when they name none
     * (the reader) and ask for no help; else, and for {@code completion}, the whole tree.
     */
    static CommandLine forArguments(NewsreaderCommand root, String... args) {
        String named = null;
        for (String arg : args) {
            if (SUBCOMMANDS.containsKey(arg)) {
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
            add(cli, root, named, SUBCOMMANDS.get(named).get());
        }
        return cli;
    }

    private static CommandLine rootOf(NewsreaderCommand root) {
        CommandLine cli = withShared(new CommandLine(root), java.util.List.of(root.chinese), true);
        root.spec = cli.getCommandSpec();
        return cli;
    }

    /**
     * {@code command} under {@code root} as {@code name}: its own options, its shared ones, the standard help options,
     * then those it inherits from the root, in the order picocli gave them when it read them from annotations.
     */
    private static void add(CommandLine cli, NewsreaderCommand root, String name, Subcommand command) {
        CommandLine line = withShared(new CommandLine(command), command.shared(), command.standardHelp());
        command.parent = root;
        command.spec = line.getCommandSpec();
        cli.addSubcommand(name, line);
    }

    /** {@code line} with its shared options, then the standard help options when it has them (see {@link Subcommand}). */
    private static CommandLine withShared(CommandLine line, java.util.List<SharedOption> shared, boolean standardHelp) {
        for (SharedOption option : shared) {
            line.addMixin(option.name(), option);
            option.command = line.getCommandSpec();
        }
        line.getCommandSpec().mixinStandardHelpOptions(standardHelp);
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
