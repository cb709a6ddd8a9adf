package newsreader.open;

import static newsreader.config.InterfaceLanguage.SIMPLIFIED_CHINESE;
import static newsreader.config.InterfaceLanguage.TRADITIONAL_CHINESE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsreader.messages.Messages;
import newsreader.open.address.HeaderImage;
import newsreader.open.viewer.ViewerLauncher;
import org.junit.jupiter.api.Test;

/** What opening images and links says on the reader's status line, in the language the reader speaks. */
class OpenMessagesTest {
    @Test
    void progressAndReasonsSpeakTheLanguageChosen() {
        assertThat(Progress.describe(40, 100)).isEqualTo("downloading… 40%");
        try (var simplified = Messages.speaking(SIMPLIFIED_CHINESE)) {
            assertThat(Progress.describe(40, 100)).isEqualTo("正在下载… 40%");
            assertThat(HeaderImage.choose(null, List.of(), address -> false).why()).isEqualTo("这篇文章没有图片");
            assertThat(ViewerLauncher.returnPrompt()).isEqualTo("按任意键回到 newsreader");
        }
        try (var traditional = Messages.speaking(TRADITIONAL_CHINESE)) {
            assertThat(Progress.describe(40, 100)).isEqualTo("正在下載… 40%");
            assertThat(HeaderImage.choose(null, List.of(), address -> false).why()).isEqualTo("這篇文章沒有圖片");
        }
    }
}
