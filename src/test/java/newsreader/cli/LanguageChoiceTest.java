package newsreader.cli;

import static newsreader.config.InterfaceLanguage.ENGLISH;
import static newsreader.config.InterfaceLanguage.SIMPLIFIED_CHINESE;
import static newsreader.config.InterfaceLanguage.TRADITIONAL_CHINESE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageChoiceTest {
    @TempDir
    Path temp;

    @Test
    void theOptionThenTheConfigThenTheEnvironmentChoose() throws IOException {
        Path config = Files.writeString(temp.resolve("config.yaml"), "language: zh-Hant\n");
        Map<String, String> simplifiedSession = Map.of("LANG", "zh_CN.UTF-8", "HOME", temp.toString());

        assertThat(LanguageChoice.of(new String[] {"list", "--config", config.toString()}, simplifiedSession).language())
                .isEqualTo(TRADITIONAL_CHINESE);
        assertThat(LanguageChoice.of(new String[] {"--language=en", "--config", config.toString()}, simplifiedSession)
                .language()).isEqualTo(ENGLISH);
        assertThat(LanguageChoice.of(new String[] {"--config", temp.resolve("none.yaml").toString()}, simplifiedSession)
                .language()).isEqualTo(SIMPLIFIED_CHINESE);
        assertThat(LanguageChoice.of(new String[] {"--language", "auto", "--config", config.toString()}, simplifiedSession)
                .language()).as("auto: the config's, then the environment's").isEqualTo(TRADITIONAL_CHINESE);
    }

    @Test
    void aBadConfigLeavesTheChoiceToTheEnvironmentAndTheErrorToTheCommand() throws IOException {
        Path config = Files.writeString(temp.resolve("config.yaml"), "language: zh-Hant\ncolor: purple\n");
        LanguageChoice choice = LanguageChoice.of(new String[] {"--config", config.toString()},
                Map.of("LANG", "zh_TW.UTF-8"));
        assertThat(choice.language()).isEqualTo(TRADITIONAL_CHINESE);
        assertThat(choice.settings(config)).as("not kept: the command reads it again and reports it").isNull();

        var run = InProcess.run("list", "--config", config.toString(), temp.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("color");
    }

    @Test
    void theConfigReadToChooseIsTheOneTheCommandUses() throws IOException {
        Path config = Files.writeString(temp.resolve("config.yaml"), "language: en\ntext-width: 40\n");
        LanguageChoice choice = LanguageChoice.of(new String[] {"--config", config.toString()}, Map.of());
        assertThat(choice.settings(config).textWidth()).isEqualTo(40);
        assertThat(choice.settings(temp.resolve("other.yaml"))).isNull();
    }

    @Test
    void optionValuesAreFoundBeforeTheEndOfOptions() {
        assertThat(LanguageChoice.valueOf(new String[] {"--language", "zh-Hans", "list"}, "--language")).isEqualTo("zh-Hans");
        assertThat(LanguageChoice.valueOf(new String[] {"list", "--", "--language", "zh-Hans"}, "--language")).isNull();
        assertThat(LanguageChoice.valueOf(new String[] {"--language"}, "--language")).isNull();
    }

    @Test
    void aLanguageTheProgramDoesNotSpeakIsAUsageError() {
        var run = InProcess.run("list", "--language", "fr", temp.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--language must be auto, en, zh-Hans or zh-Hant, not 'fr'");
    }
}
