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

    @org.junit.jupiter.api.Test
    void cleanUtf8IsWhatTheStrictDecoderAcceptsWithoutNul() {
        newsreader.testing.Property.forAll("clean UTF-8 check agrees with the JDK decoder", 5000, random -> {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            int parts = random.nextInt(12);
            for (int i = 0; i < parts; i++) {
                switch (random.nextInt(6)) {
                    case 0 -> bytes.writeBytes("正文 text <p>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    case 1 -> bytes.writeBytes(new String(Character.toChars(random.nextInt(0x110000) & ~0x800 | 0x20))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    case 2 -> bytes.write(random.nextInt(256));
                    case 3 -> bytes.writeBytes(new byte[]{(byte) (0xE0 + random.nextInt(16)), (byte) (0x80 + random.nextInt(64)),
                        (byte) (0x80 + random.nextInt(64))});
                    case 4 -> bytes.writeBytes(new byte[]{(byte) (0xF0 + random.nextInt(8)), (byte) (0x80 + random.nextInt(64)),
                        (byte) (0x80 + random.nextInt(64)), (byte) (0x7F + random.nextInt(66))});
                    default -> bytes.writeBytes(new byte[]{(byte) (0xC0 + random.nextInt(32)), (byte) (0x70 + random.nextInt(0x60))});
                }
            }
            return bytes.toByteArray();
        }, bytes -> {
            boolean strict;
            try {
                java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes));
                strict = true;
            } catch (java.nio.charset.CharacterCodingException e) {
                strict = false;
            }
            boolean noNul = true;
            for (byte b : bytes) {
                noNul &= b != 0;
            }
            assertThat(HeadBytes.isCleanUtf8(bytes, 0, bytes.length)).as(java.util.HexFormat.of().formatHex(bytes))
                    .isEqualTo(strict && noNul);
        });
    }
}
