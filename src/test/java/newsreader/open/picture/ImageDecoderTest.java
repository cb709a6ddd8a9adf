package newsreader.open.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import newsreader.open.OpenSettings;
import newsreader.open.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ImageDecoderTest {
    @TempDir
    Path temp;
    final ImageDecoder decoder = new ImageDecoder(OpenSettings.DEFAULT_MAX_PIXELS);

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(temp.resolve(name), bytes);
    }

    private static void assertQuad(BufferedImage image) {
        assertThat(image.getWidth()).isEqualTo(4);
        assertThat(image.getHeight()).isEqualTo(2);
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 4; x++) {
                assertThat(image.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(TestImages.QUAD[y][x]);
            }
        }
    }

    @Test
    void decodesPngAndGifExactlyAndJpegClosely() throws Exception {
        assertQuad(decoder.decode(write("a.png", TestImages.encode(TestImages.quad(), "png")), "image/png"));
        BufferedImage gif = decoder.decode(write("a.gif", TestImages.encode(TestImages.redOverBlue(), "gif")),
                "image/gif");
        assertThat(gif.getRGB(3, 0) & 0xFFFFFF).isEqualTo(0xFF0000);
        assertThat(gif.getRGB(3, 1) & 0xFFFFFF).isEqualTo(0x0000FF);
        BufferedImage big = TestImages.solid(32, 32, 0x3366CC);
        BufferedImage jpeg = decoder.decode(write("a.jpg", TestImages.encode(big, "jpg")), "image/jpeg");
        Rgb middle = Rgb.of(jpeg.getRGB(16, 16));
        assertThat(middle.red()).isBetween(0x33 - 8, 0x33 + 8);
        assertThat(middle.blue()).isBetween(0xCC - 8, 0xCC + 8);
    }

    @Test
    void decodesWebpWhenAPluginIsPresent() throws Exception {
        assumeTrue(TestImages.canDecodeWebp(),
                "no WebP reader registered (add com.twelvemonkeys.imageio:imageio-webp to decode WebP)");
        assertQuad(decoder.decode(write("a.webp", TestImages.QUAD_WEBP), "image/webp"));
    }

    @Test
    void withoutAWebpPluginSaysSoPlainly() throws Exception {
        assumeFalse(TestImages.canDecodeWebp(), "a WebP reader is registered");
        Path file = write("a.webp", TestImages.QUAD_WEBP);
        assertThatThrownBy(() -> decoder.decode(file, "image/webp")).hasMessage("cannot decode image/webp");
    }

    @Test
    void aHugeImageIsRefusedFromItsHeaderBeforeDecoding() throws Exception {
        Path bomb = write("bomb.png", pngHeaderOnly(20_000, 20_000));
        // The file holds nothing but the header: a decoder that went on to read pixels would fail with another
        // message (or run out of memory), so this message alone shows that the header decided.
        assertThatThrownBy(() -> decoder.decode(bomb, "image/png"))
                .isInstanceOf(ImageDecoder.DecodeException.class).hasMessage("image too large (20000×20000)");
        assertThatThrownBy(() -> new ImageDecoder(7).decode(write("q.png",
                TestImages.encode(TestImages.quad(), "png")), "image/png")).hasMessage("image too large (4×2)");
    }

    @Test
    void largeImagesAreSubsampledWhileDecoding() throws Exception {
        Path wide = write("wide.png", TestImages.encode(TestImages.solid(5000, 4, 0x102030), "png"));
        BufferedImage image = decoder.decode(wide, "image/png");
        assertThat(image.getWidth()).isLessThanOrEqualTo(ImageDecoder.MAX_DECODED_SIDE);
        assertThat(image.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x102030);
    }

    @Test
    void garbageIsNotAnImage() throws Exception {
        Path junk = write("junk.png", "<html>".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> decoder.decode(junk, "image/png")).hasMessageStartingWith("cannot decode image/png");
        Path truncated = write("t.png", java.util.Arrays.copyOf(TestImages.encode(TestImages.quad(), "png"), 40));
        assertThatThrownBy(() -> decoder.decode(truncated, "image/png")).hasMessageStartingWith("cannot decode");
    }

    /** A PNG signature and IHDR claiming the given size, then IEND: no pixel data at all. */
    static byte[] pngHeaderOnly(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(typeBytes);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
