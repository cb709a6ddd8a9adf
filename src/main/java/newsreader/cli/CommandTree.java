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
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

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
        CommandLine cli = new CommandLine(root);
        SUBCOMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
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
        CommandLine cli = new CommandLine(root);
        if (named != null) {
            cli.addSubcommand(named, SUBCOMMANDS.get(named).get());
        }
        return cli;
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
