package newsreader.open;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import newsreader.open.address.Refusal;
import newsreader.open.address.TargetPolicy;
import org.junit.jupiter.api.Test;

class TerminalLinksTest {
    private static final String ESC = "\u001b";

    private static OpenTarget.Web web(String url) throws Refusal {
        return (OpenTarget.Web) new TargetPolicy(null).check(url, null);
    }

    @Test
    void hyperlinkWrapsTextInOsc8() throws Refusal {
        String link = new TerminalLinks(false).hyperlink(web("https://x.example/a.png"), "[3] image");
        assertThat(link).isEqualTo(ESC + "]8;;https://x.example/a.png" + ESC + "\\[3] image" + ESC + "]8;;" + ESC + "\\");
    }

    @Test
    void clipboardIsOsc52WithBase64() throws Refusal {
        String copy = new TerminalLinks(false).copyToClipboard(web("https://x.example/图.png"));
        assertThat(copy).isEqualTo(ESC + "]52;c;aHR0cHM6Ly94LmV4YW1wbGUv5Zu+LnBuZw==" + ESC + "\\");
    }

    @Test
    void insideTmuxBothArePassedThrough() throws Refusal {
        TerminalLinks links = TerminalLinks.forEnvironment(TestPrograms.env(null, "TMUX", "/tmp/tmux-0/default,1,0"));
        assertThat(links.copyToClipboard(web("https://x/")))
                .isEqualTo(ESC + "Ptmux;" + ESC + ESC + "]52;c;aHR0cHM6Ly94Lw==" + ESC + ESC + "\\" + ESC + "\\");
        assertThat(links.hyperlink(web("https://x/"), "x")).startsWith(ESC + "Ptmux;" + ESC + ESC + "]8;;https://x/");
    }

    @Test
    void controlCharactersInTheTextAreRefused() throws Refusal {
        TerminalLinks links = new TerminalLinks(false);
        OpenTarget.Web target = web("https://x/");
        for (String text : new String[] {"a" + ESC + "]52;c;AAAA" + ESC + "\\", "a\u0007", "a\u009b2J", "a\u007f",
                "a\nb", "\u202eevil", "a\u200bb"}) {
            assertThatThrownBy(() -> links.hyperlink(target, text)).as(text)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("control character");
        }
    }

    @Test
    void aTargetMadeAroundThePolicyStillCannotCarryControlCharacters() {
        // OpenTarget.Web is a record anyone could build; the encoder checks again.
        OpenTarget.Web forged = new OpenTarget.Web(URI.create("https://x/"), "https://x/" + ESC + "]0;title\u0007");
        assertThatThrownBy(() -> new TerminalLinks(false).hyperlink(forged, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TerminalLinks(false).copyToClipboard(forged))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void semicolonsInTheUrlAreEscapedSoNoTerminalSplitsThem() throws Refusal {
        assertThat(new TerminalLinks(false).hyperlink(web("https://x/a;b"), "t")).contains("]8;;https://x/a%3Bb");
    }
}
