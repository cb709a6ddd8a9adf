package newsreader.cli;

import picocli.CommandLine.Model.CommandSpec;

/** Options that several commands declare once (picocli's mixins), added to each command's model by {@link CommandTree}. */
abstract class SharedOption {
    /** The model of the command that has these options, which their usage errors name. */
    CommandSpec command;

    /** The mixin's name in picocli's model. */
    abstract String name();

    /** The options, as a mixin's model ({@link CommandModel}). */
    abstract CommandSpec model();
}
