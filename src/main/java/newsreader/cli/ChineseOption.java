package newsreader.cli;

import newsreader.config.Settings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --chinese original|simplified|traditional}, shared by the commands that show posts. */
final class ChineseOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private Settings.Chinese value;

    @Option(names = "--chinese", paramLabel = "original|simplified|traditional")
    void set(String word) {
        Settings.Chinese script = Settings.Chinese.of(word);
        if (script == null) {
            throw new ParameterException(spec.commandLine(), CommandHelp.MESSAGES.get("error.chinese", word));
        }
        value = script;
    }

    /** The settings with the option's script when it was given. */
    Settings applyTo(Settings settings) {
        return value == null ? settings : settings.withChinese(value);
    }
}
