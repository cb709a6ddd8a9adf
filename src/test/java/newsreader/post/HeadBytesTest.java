package newsreader.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HeadBytesTest {
    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aHeadIsDecodedUpToItsLastLineFeed() {
        byte[] head = Arrays.copyOf(utf8("---\ntitle: 标题\n"), 16); // cuts 题 after its first byte
        assertThat(HeadBytes.decodableEnd(head)).isEqualTo(4);
        assertThat(HeadBytes.decodableEnd(utf8("---\ntitle: 标题\n"))).isEqualTo(utf8("---\ntitle: 标题\n").length);
        assertThat(HeadBytes.decodableEnd(utf8("no line feed"))).isZero();
    }

    @Test
    void aUtf16HeadIsCutAtAWholeCodeUnitAndKeepsSurrogatePairsTogether() {
        byte[] le = "\uFEFFab\uD83D\uDE00".getBytes(StandardCharsets.UTF_16LE); // BOM a b, then an emoji (4 bytes)
        assertThat(HeadBytes.decodableEnd(Arrays.copyOf(le, 7))).isEqualTo(6);
        assertThat(HeadBytes.decodableEnd(Arrays.copyOf(le, 8))).isEqualTo(6); // high surrogate alone: wait for its partner
        assertThat(HeadBytes.decodableEnd(le)).isEqualTo(10);
        byte[] be = "\uFEFFab\uD83D\uDE00".getBytes(StandardCharsets.UTF_16BE);
        assertThat(HeadBytes.decodableEnd(Arrays.copyOf(be, 8))).isEqualTo(6);
    }

    @Test
    void firstLinesThatCouldStillOpenFrontMatter() {
        assertThat(HeadBytes.couldOpenFrontMatter(utf8("---"))).isTrue();
        assertThat(HeadBytes.couldOpenFrontMatter(utf8("+++  \r"))).isTrue();
        assertThat(HeadBytes.couldOpenFrontMatter(utf8("\uFEFF  ;;"))).isTrue();
        assertThat(HeadBytes.couldOpenFrontMatter(utf8("{\"title\": \"very long"))).isTrue();
        assertThat(HeadBytes.couldOpenFrontMatter(utf8("title: a very long title"))).isTrue();
        assertThat(HeadBytes.couldOpenFrontMatter(utf8("featured_image"))).isTrue();
        assertThat(HeadBytes.couldOpenFrontMatter(utf8("   "))).isTrue();
    }

    @Test
    void firstLinesThatCannotOpenFrontMatter() {
        assertThat(HeadBytes.couldOpenFrontMatter(utf8("<html><body>"))).isFalse();
        assertThat(HeadBytes.couldOpenFrontMatter(utf8("---x"))).isFalse();
        assertThat(HeadBytes.couldOpenFrontMatter(utf8("# Heading"))).isFalse();
        assertThat(HeadBytes.couldOpenFrontMatter(utf8("Some prose without a colon"))).isFalse();
        assertThat(HeadBytes.couldOpenFrontMatter(utf8("中文开头"))).isFalse();
    }

    @Test
    void readMoreFillsUpToWhatIsWantedOrTheEnd() throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(utf8("0123456789"));
        byte[] head = HeadBytes.readMore(in, new byte[0], 4);
        assertThat(new String(head, StandardCharsets.UTF_8)).isEqualTo("0123");
        head = HeadBytes.readMore(in, head, 16);
        assertThat(new String(head, StandardCharsets.UTF_8)).isEqualTo("0123456789");
    }
}
