package newsreader.cli;

import newsreader.config.DefaultConfig;
import newsreader.reading.ExitCodes;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsreader config}: where the config file is, whether it is valid, and a commented default one. */
final class ConfigCommand extends Subcommand {
    boolean printDefault;

    @Override
    CommandSpec model() {
        CommandSpec model = CommandModel.command("config", this);
        model.addOption(CommandModel.option(boolean.class, () -> printDefault, value -> printDefault = value, "--default")
                .build());
        return model;
    }

    @Override
    public Integer call() {
        Console console = parent.console();
        if (printDefault) {
            console.out().print(DefaultConfig.text());
            return ExitCodes.OK;
        }
        parent.settings(); // throws a usage error naming file, line and key when the file is bad
        parent.configuredFolder(spec); // and when its posts folder is not there, as the commands that read it would
        console.out().println(CommandHelp.MESSAGES.get(java.nio.file.Files.exists(parent.configPath()) ? "config.valid" : "config.absent",
                parent.configPath().toString()));
        return ExitCodes.OK;
    }
}
