package newsreader.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A subcommand of {@code newsreader}: its model ({@link #model}, built in code, see {@link CommandModel}), given its root
 * command, its model and its shared options by {@link CommandTree}.
 */
abstract class Subcommand implements Callable<Integer> {
    /** The root command: the console, the settings, the folder rule. */
    NewsreaderCommand parent;
    /** This command's model, which its usage errors name. */
    CommandSpec spec;

    /** This command's name, parameters and own options, in the order they are listed ({@link CommandModel}). */
    abstract CommandSpec model();

    /**
     * Whether the command has picocli's standard help options, {@code -h}/{@code --help} and {@code -V}/{@code --version}
     * (listed after its shared options, as {@code mixinStandardHelpOptions} lists them after {@code @Mixin} fields).
     */
    boolean standardHelp() {
        return true;
    }

    /** The options this command shares with others, listed after its own, in this order. */
    List<SharedOption> shared() {
        return List.of();
    }
}
