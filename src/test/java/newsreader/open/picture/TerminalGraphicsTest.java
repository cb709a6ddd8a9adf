package newsreader.open.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import newsreader.open.ColorDepth;
import newsreader.open.GraphicsMode;
import newsreader.open.TestImages;
import newsreader.open.TestPrograms;
import org.junit.jupiter.api.Test;

class TerminalGraphicsTest {
    private static final String ESC = "\u001b";

    @Test
    void kittySendsAPngInChunksOf4096() throws Exception {
        BufferedImage noise = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(1);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                noise.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        String out = KittyGraphics.encode(noise, 20, 10, false);
        Matcher m = Pattern.compile(ESC + "_G([^;]*);([A-Za-z0-9+/=]*)" + Pattern.quote(ESC + "\\")).matcher(out);
        List<String> keys = new ArrayList<>();
        StringBuilder data = new StringBuilder();
        int end = 0;
        while (m.find()) {
            assertThat(m.start()).isEqualTo(end);
            end = m.end();
            keys.add(m.group(1));
            assertThat(m.group(2).length()).isLessThanOrEqualTo(4096);
            data.append(m.group(2));
        }
        assertThat(end).isEqualTo(out.length());
        assertThat(keys.size()).isGreaterThan(2);
        assertThat(keys.get(0)).isEqualTo("a=T,f=100,q=2,c=20,r=10,m=1");
        assertThat(keys.subList(1, keys.size() - 1)).allMatch(k -> k.equals("m=1"));
        assertThat(keys.get(keys.size() - 1)).isEqualTo("m=0");
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(data.toString())));
        assertThat(back.getRGB(5, 7)).isEqualTo(noise.getRGB(5, 7));
    }

    @Test
    void aSmallKittyImageIsOneChunk() {
        String out = KittyGraphics.encode(TestImages.quad(), 4, 1, false);
        assertThat(out).startsWith(ESC + "_Ga=T,f=100,q=2,c=4,r=1,m=0;").endsWith(ESC + "\\");
    }

    @Test
    void insideTmuxEveryChunkIsWrappedWithDoubledEscapes() {
        String out = KittyGraphics.encode(TestImages.quad(), 4, 1, true);
        assertThat(out).startsWith(ESC + "Ptmux;" + ESC + ESC + "_Ga=T").endsWith(ESC + ESC + "\\" + ESC + "\\");
        assertThat(Passthrough.tmux(ESC + "]8;;x" + ESC + "\\"))
                .isEqualTo(ESC + "Ptmux;" + ESC + ESC + "]8;;x" + ESC + ESC + "\\" + ESC + "\\");
    }

    @Test
    void sixelHasRasterSizePaletteAndBands() {
        String out = SixelGraphics.encode(TestImages.quad(), false);
        assertThat(out).startsWith(ESC + "P0;1;0q\"1;1;4;2").endsWith("-" + ESC + "\\");
        // Eight distinct colours, defined in percent: red is entry 196 → sixel register 180.
        assertThat(out).contains("#180;2;100;0;0").contains("#215;2;100;100;100").contains("#0;2;0;0;0");
        // Red sits in the top row of the first column only: bit 0 → '@', then three empty columns ('?').
        assertThat(out).contains("#180@???");
        // Black is the bottom-left pixel: bit 1 → 'A'.
        assertThat(out).contains("#0A???");
        assertThat(out.chars().filter(c -> c == '-').count()).isEqualTo(1);
    }

    @Test
    void sixelCompressesRuns() {
        String out = SixelGraphics.encode(TestImages.solid(40, 6, 0x0000FF), false);
        // Blue is entry 21 (register 5); all six rows set in 40 columns.
        assertThat(out).contains("#5!40~");
    }

    @Test
    void deviceAttributesAnnounceSixelWithAttributeFour() {
        assertThat(DeviceAttributes.supportsSixel(ESC + "[?62;4;22c")).isTrue();
        assertThat(DeviceAttributes.supportsSixel("junk" + ESC + "[?64;1;2;4;6;9;15;18;21;22c")).isTrue();
        assertThat(DeviceAttributes.supportsSixel(ESC + "[?62;22c")).isFalse();
        assertThat(DeviceAttributes.supportsSixel(ESC + "[?4c")).isFalse();
        assertThat(DeviceAttributes.supportsSixel("")).isFalse();
        assertThat(DeviceAttributes.QUERY).isEqualTo(ESC + "[c");
    }

    @Test
    void theCellSizeReplyGivesWidthAndHeight() {
        assertThat(DeviceAttributes.cellSize("x" + ESC + "[6;20;10t")).hasValueSatisfying(
                size -> assertThat(size).containsExactly(10, 20));
        assertThat(DeviceAttributes.cellSize(ESC + "[6;0;10t")).isEmpty();
        assertThat(DeviceAttributes.cellSize(ESC + "[4;600;800t")).isEmpty();
        assertThat(DeviceAttributes.CELL_SIZE_QUERY).isEqualTo(ESC + "[16t");
    }

    @Test
    void graphicsModeIsConfiguredOrDetectedFromKitty() {
        assertThat(GraphicsMode.AUTO.resolve(TestPrograms.env(null, "TERM", "xterm-kitty"))).isEqualTo(GraphicsMode.KITTY);
        assertThat(GraphicsMode.AUTO.resolve(TestPrograms.env(null, "KITTY_WINDOW_ID", "3"))).isEqualTo(GraphicsMode.KITTY);
        assertThat(GraphicsMode.AUTO.resolve(TestPrograms.env(null, "TERM", "xterm-256color")))
                .isEqualTo(GraphicsMode.HALF_BLOCKS);
        assertThat(GraphicsMode.SIXEL.resolve(TestPrograms.env(null, "TERM", "xterm-kitty"))).isEqualTo(GraphicsMode.SIXEL);
    }

    @Test
    void aPreviewScalesItsKittyAndSixelPicturesToTheArea() {
        ImagePreview preview = new ImagePreview(TestImages.solid(1000, 500, 0x00FF00), "image/png", null);
        // 10×5 cells of 10×20 pixels: 100×100 pixels, so the image becomes 100×50.
        assertThat(preview.sixel(10, 5, 10, 20, false)).startsWith(ESC + "P0;1;0q\"1;1;100;50");
        assertThat(preview.escapeSequence(GraphicsMode.HALF_BLOCKS, 4, 1, ColorDepth.INDEXED_256, false))
                .isEqualTo("\u001b[38;5;46m\u001b[48;5;46m▀▀▀▀\u001b[0m\n");
        assertThat(preview.escapeSequence(GraphicsMode.KITTY, 4, 1, ColorDepth.INDEXED_256, false))
                .startsWith(ESC + "_Ga=T,f=100,q=2,c=4,r=1,");
    }
}
