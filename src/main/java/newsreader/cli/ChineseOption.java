package newsreader.cli;

import newsreader.config.Settings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code --chinese original|simplified|traditional}, shared by the commands that show posts. */
final class ChineseOption extends SharedOption {
    @Override
    String name() {
        return "chinese";
    }

    private Settings.Chinese value;

    @Override
    CommandSpec model() {
        CommandSpec model = CommandSpec.create();
        // set() checks the value: nothing is written back before a parse, as for an annotated setter method
        model.addOption(CommandModel.option(String.class, () -> value == null ? null : value.word(), this::set, "--chinese")
                .paramLabel("original|simplified|traditional").hasInitialValue(false).build());
        return model;
    }

    private void set(String word) {
        Settings.Chinese script = Settings.Chinese.of(word);
        if (script == null) {
            throw new ParameterException(command.commandLine(), CommandHelp.MESSAGES.get("error.chinese", word));
        }
        value = script;
    }

    /** The settings with the option's script when it was given. */
    Settings applyTo(Settings settings) {
        return value == null ? settings : settings.withChinese(value);
    }
}
