package newsreader.open.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import newsreader.open.address.Refusal;
import org.junit.jupiter.api.Test;

class CommandTemplateTest {
    private static final Path FILE = Path.of("/cache/ab.png");

    @Test
    void placeholdersBecomeWholeArguments() throws Refusal {
        CommandTemplate t = CommandTemplate.ofViewerSetting("feh --scale-down {file}");
        assertThat(t.argv("https://x/a b", FILE, "image/png")).containsExactly("feh", "--scale-down", "/cache/ab.png");
        assertThat(t.uses(CommandTemplate.Slot.FILE)).isTrue();
        assertThat(t.uses(CommandTemplate.Slot.URL)).isFalse();
    }

    @Test
    void aPlaceholderInsideAWordStaysInsideThatWord() throws Refusal {
        CommandTemplate t = CommandTemplate.ofViewerSetting("browser --url={url} 'title {url}'");
        String hostile = "https://x/a.jpg;touch${IFS}pwned {file}";
        assertThat(t.argv(hostile, FILE, null))
                .containsExactly("browser", "--url=" + hostile, "title " + hostile);
    }

    @Test
    void substitutedValuesAreNotScannedAgain() throws Refusal {
        CommandTemplate t = CommandTemplate.ofViewerSetting("v {url} {file}");
        assertThat(t.argv("https://x/{file}", FILE, null)).containsExactly("v", "https://x/{file}", "/cache/ab.png");
    }

    @Test
    void aViewerSettingWithoutPlaceholderGetsTheFileAppended() throws Refusal {
        CommandTemplate t = CommandTemplate.ofViewerSetting("sxiv -b");
        assertThat(t.argv("https://x/a.png", FILE, null)).containsExactly("sxiv", "-b", "/cache/ab.png");
    }

    @Test
    void mailcapPercentSIsTheFileAndPercentTTheType() throws Refusal {
        CommandTemplate t = CommandTemplate.ofMailcap("display -title '%t 100%%' '%s'");
        assertThat(t.argv("https://x", FILE, "image/png")).containsExactly("display", "-title", "image/png 100%",
                "/cache/ab.png");
    }

    @Test
    void mailcapCommandsReadingStandardInputOrParametersAreRefused() {
        assertThatThrownBy(() -> CommandTemplate.ofMailcap("display -")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> CommandTemplate.ofMailcap("view %{charset} %s")).isInstanceOf(Refusal.class);
    }

    @Test
    void browserEntriesTakeTheUrlAtPercentSOrAtTheEnd() throws Refusal {
        assertThat(CommandTemplate.ofBrowser("firefox --new-tab %s").argv("https://x/y", null, null))
                .containsExactly("firefox", "--new-tab", "https://x/y");
        assertThat(CommandTemplate.ofBrowser("w3m").argv("https://x/y", null, null))
                .containsExactly("w3m", "https://x/y");
    }
}
