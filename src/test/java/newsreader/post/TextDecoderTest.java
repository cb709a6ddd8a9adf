package newsreader.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String CHINESE_POST = "\n---\ntitle: '谷歌低调了 5 年的 Fuchsia OS，终于有望面世了'\ncategories:\n - 新媒体\n - 36kr\n"
            + "---\n<div>据报道，谷歌的新操作系统即将正式发布，这是一个令人期待的消息。</div>\n";
    private final TextDecoder decoder = new TextDecoder();

    private String decode(byte[] bytes) throws PostException {
        return decoder.decode(bytes, bytes.length).text();
    }

    @Test
    void utf8AndItsBomIsDropped() throws PostException {
        byte[] plain = "---\ntitle: 你好\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[plain.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, withBom, 3, plain.length);
        assertThat(decode(plain)).isEqualTo("---\ntitle: 你好\n");
        assertThat(decode(withBom)).isEqualTo("---\ntitle: 你好\n");
    }

    @Test
    void gbkChineseIsDecoded() throws PostException {
        byte[] gbk = CHINESE_POST.getBytes(Charset.forName("GBK"));
        TextDecoder.Decoded decoded = decoder.decode(gbk, gbk.length);
        assertThat(decoded.text()).isEqualTo(CHINESE_POST);
        assertThat(decoded.charset().name()).isEqualTo("GB18030");
    }

    @Test
    void latin1IsRefusedRatherThanMisread() {
        byte[] latin1 = "title: Le réseau du café, première édition à Paris\n".repeat(3).getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> decode(latin1)).isInstanceOf(PostException.class).hasMessage("not UTF-8 text (unknown encoding)");
    }

    @Test
    void brokenUtf8IsRefused() {
        byte[] broken = {'a', (byte) 0xE4, (byte) 0xBD, '\n', (byte) 0xFF, (byte) 0xFE, (byte) 0x80};
        assertThatThrownBy(() -> decode(broken)).hasMessageStartingWith("not UTF-8 text");
    }

    @Test
    void nulBytesMeanBinary() {
        assertThatThrownBy(() -> decode(new byte[]{'-', '-', '-', '\n', 0, 1, 2}))
                .isInstanceOf(PostException.class).hasMessage("binary file (contains NUL bytes)");
        byte[] pngStart = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertThatThrownBy(() -> decode(pngStart)).hasMessage("binary file (contains NUL bytes)");
    }

    @Test
    void utf16WithBomIsDecoded() throws PostException {
        byte[] le = ("\uFEFF---\ntitle: 你好\n---\n").getBytes(StandardCharsets.UTF_16LE);
        byte[] be = ("\uFEFF---\ntitle: 你好\n---\n").getBytes(StandardCharsets.UTF_16BE);
        assertThat(decode(le)).isEqualTo("---\ntitle: 你好\n---\n");
        assertThat(decode(be)).isEqualTo("---\ntitle: 你好\n---\n");
    }

    @Test
    void onlyTheGivenLengthIsDecoded() throws PostException {
        byte[] bytes = "abc\ndef".getBytes(StandardCharsets.UTF_8);
        assertThat(decoder.decode(bytes, 4).text()).isEqualTo("abc\n");
    }
}
