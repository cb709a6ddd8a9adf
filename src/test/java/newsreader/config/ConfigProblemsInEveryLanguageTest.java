package newsreader.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import newsreader.messages.Messages;
import newsreader.tui.KeyBindings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A config file's problems in the language spoken: the fixed words translated, file, line, key and value in place. */
class ConfigProblemsInEveryLanguageTest {
    private final ConfigLoader loader = new ConfigLoader(KeyBindings::keyName, Path.of("/home/u"));

    @Test
    void aBadValueIsNamedWithItsFileLineAndKeyInEachLanguage() {
        String text = "sort: newest\ncolor: purple\n";
        assertThatThrownBy(() -> loader.parse(text, "c.yaml"))
                .hasMessage("c.yaml:2: color: must be auto, always or never, not 'purple'");
        try (var simplified = Messages.speaking(InterfaceLanguage.SIMPLIFIED_CHINESE)) {
            assertThatThrownBy(() -> loader.parse(text, "c.yaml"))
                    .hasMessage("c.yaml:2: color: 只能是 auto、always 或 never，不能是 'purple'");
        }
        try (var traditional = Messages.speaking(InterfaceLanguage.TRADITIONAL_CHINESE)) {
            assertThatThrownBy(() -> loader.parse("colour: auto\n", "c.yaml"))
                    .hasMessageStartingWith("c.yaml:1: colour: 未知的設定；已知的設定有：ambiguous-width, chinese");
            assertThatThrownBy(() -> loader.parse("keys: 3\n", "c.yaml"))
                    .hasMessage("c.yaml:1: keys: 應為「動作: 按鍵」的對應表，例如 {next-unread: \"n\"}");
        }
    }

    @Test
    void aMissingPostsFolderIsSaidInTheLanguageSpoken(@TempDir Path dir) {
        ConfiguredFolder missing = new ConfiguredFolder(dir.resolve("nowhere"), "c.yaml:1: posts: ");
        try (var simplified = Messages.speaking(InterfaceLanguage.SIMPLIFIED_CHINESE)) {
            assertThatThrownBy(missing::existing).hasMessage("c.yaml:1: posts: " + dir.resolve("nowhere") + "：没有这个文件夹");
        }
        assertThatThrownBy(missing::existing).hasMessage("c.yaml:1: posts: " + dir.resolve("nowhere") + ": no such folder");
    }
}
