package newsreader.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A subcommand of {@code newsreader}, given its root command, its own model and its shared options by
 * {@link CommandTree}. picocli could inject them through more kinds of annotation ({@code @ParentCommand},
 * {@code @Spec}, {@code @Mixin}), but it reads each kind through a class the JVM generates at run time, which a
 * class-data archive cannot keep: a few milliseconds each on every start. The commands use three kinds:
 * {@code @Command}, {@code @Option} and {@code @Parameters}.
 */
abstract class Subcommand implements Callable<Integer> {
    /** The root command: the console, the settings, the folder rule. */
    NewsreaderCommand parent;
    /** This command's model, which its usage errors name. */
    CommandSpec spec;

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
