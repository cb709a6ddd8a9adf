package newsreader.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsreader.messages.Messages;
import newsreader.reading.ChineseScript;
import newsreader.text.HanFolding;
import newsreader.tui.KeyBindings;
import org.junit.jupiter.api.Test;

/**
 * The default config file exists in every language with the same settings, values and order: only the comments
 * differ, Simplified ones in Simplified characters and Traditional ones in Traditional.
 */
class DefaultConfigTest {
    private final ConfigLoader loader = new ConfigLoader(KeyBindings::keyName, java.nio.file.Path.of("/home/u"));

    /** The lines that are not comments or blank: what a config file says. */
    private static List<String> settingLines(String text) {
        return text.lines().filter(line -> !line.isBlank() && !line.strip().startsWith("#")).toList();
    }

    /** The settings with a comment just above them. */
    private static List<String> explained(String text) {
        List<String> lines = text.lines().toList();
        List<String> explained = new java.util.ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank() && !lines.get(i).startsWith("#") && lines.get(i - 1).startsWith("#")) {
                explained.add(lines.get(i));
            }
        }
        return explained;
    }

    private static List<String> comments(String text) {
        return text.lines().filter(line -> line.strip().startsWith("#")).toList();
    }

    @Test
    void everyLanguageHasTheSameSettingsAndValuesAndParsesToTheDefaults() throws ConfigException {
        List<String> english = settingLines(DefaultConfig.text(InterfaceLanguage.ENGLISH));
        assertThat(english).contains("color: auto", "keys: {}");
        for (InterfaceLanguage language : InterfaceLanguage.values()) {
            String text = DefaultConfig.text(language);
            assertThat(settingLines(text)).as(language.tag()).isEqualTo(english);
            assertThat(loader.parse(text, language.tag())).isEqualTo(Settings.defaults());
            assertThat(explained(text)).as(language.tag() + ": the settings a comment explains")
                    .isEqualTo(explained(DefaultConfig.text(InterfaceLanguage.ENGLISH))).hasSizeGreaterThan(10);
        }
    }

    @Test
    void theCommentsAreInTheLanguageAndScriptSpoken() {
        String simplified = DefaultConfig.text(InterfaceLanguage.SIMPLIFIED_CHINESE);
        String traditional = DefaultConfig.text(InterfaceLanguage.TRADITIONAL_CHINESE);
        assertThat(simplified).contains("配置文件", "文件夹", "头图");
        assertThat(traditional).contains("設定檔", "資料夾", "頭圖");
        for (String line : comments(simplified)) {
            assertThat(HanFolding.fold(line)).as("Simplified").isEqualTo(line);
        }
        for (String line : comments(traditional)) {
            assertThat(ChineseScript.TRADITIONAL.convert(line)).as("Traditional").isEqualTo(line);
        }
        try (var speaking = Messages.speaking(InterfaceLanguage.TRADITIONAL_CHINESE)) {
            assertThat(DefaultConfig.text()).isEqualTo(traditional);
        }
        assertThat(DefaultConfig.text()).startsWith("# newsreader configuration");
    }
}
