package newsreader.open.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import newsreader.open.ColorDepth;
import newsreader.open.TestImages;
import newsreader.open.TestPrograms;
import org.junit.jupiter.api.Test;

class CellPicturesTest {

    @Test
    void aTwoByTwoImageIsTwoHalfBlocksWithTopAsForegroundAndBottomAsBackground() {
        BufferedImage image = TestImages.image(new int[][] {{0xFF0000, 0x00FF00}, {0x0000FF, 0xFFFFFF}});
        CellPicture picture = CellPictures.halfBlocks(image, 2, 1);
        assertThat(picture.columns()).isEqualTo(2);
        assertThat(picture.height()).isEqualTo(1);
        assertThat(picture.cell(0, 0)).isEqualTo(new ImageCell('▀', new Rgb(255, 0, 0), new Rgb(0, 0, 255)));
        assertThat(picture.cell(1, 0)).isEqualTo(new ImageCell('▀', new Rgb(0, 255, 0), new Rgb(255, 255, 255)));
    }

    @Test
    void aSmallImageIsEnlargedToFillTheAreaKeepingEachPixelsColour() {
        BufferedImage image = TestImages.image(new int[][] {{0xFF0000, 0x00FF00}, {0x0000FF, 0xFFFFFF}});
        CellPicture picture = CellPictures.halfBlocks(image, 4, 2);
        assertThat(picture.columns()).isEqualTo(4);
        assertThat(picture.height()).isEqualTo(2);
        assertThat(picture.cell(0, 0).foreground()).isEqualTo(new Rgb(255, 0, 0));
        assertThat(picture.cell(0, 0).background()).isEqualTo(new Rgb(255, 0, 0));
        assertThat(picture.cell(3, 1).foreground()).isEqualTo(new Rgb(255, 255, 255));
        assertThat(picture.cell(0, 1).background()).isEqualTo(new Rgb(0, 0, 255));
    }

    @Test
    void theAspectRatioIsKeptInsideTheArea() {
        // 200×100 pixels into 80×24 cells (80×48 pixels): width limits, 80×40 pixels = 20 rows.
        CellPicture wide = CellPictures.halfBlocks(TestImages.solid(200, 100, 0x336699), 80, 24);
        assertThat(wide.columns()).isEqualTo(80);
        assertThat(wide.height()).isEqualTo(20);
        // 100×400 into 80×24: height limits, 12×48 pixels.
        CellPicture tall = CellPictures.halfBlocks(TestImages.solid(100, 400, 0x336699), 80, 24);
        assertThat(tall.height()).isEqualTo(24);
        assertThat(tall.columns()).isEqualTo(12);
        assertThat(tall.rows()).allSatisfy(row -> assertThat(row).hasSize(12));
    }

    @Test
    void averagesWhenShrinking() {
        // Black and white columns averaged into one grey pixel column.
        BufferedImage stripes = TestImages.image(new int[][] {{0x000000, 0xFFFFFF}, {0x000000, 0xFFFFFF}});
        CellPicture picture = CellPictures.halfBlocks(stripes, 1, 1);
        assertThat(picture.cell(0, 0).foreground()).isEqualTo(new Rgb(127, 127, 127));
    }

    @Test
    void transparentPixelsAreLaidOverBlack() {
        BufferedImage image = new BufferedImage(1, 2, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, 0x00FFFFFF);
        image.setRGB(0, 1, 0x80FF0000);
        ImageCell cell = CellPictures.halfBlocks(image, 1, 1).cell(0, 0);
        assertThat(cell.foreground()).isEqualTo(Rgb.BLACK);
        assertThat(cell.background().red()).isBetween(127, 129);
    }

    @Test
    void spacesModeUsesOneCellPerPixelWithTheCellsTallShape() {
        CellPicture picture = CellPictures.spaces(TestImages.solid(200, 100, 0x336699), 80, 24);
        // The same space as half blocks take (80×20 cells), at half the vertical resolution.
        assertThat(picture.columns()).isEqualTo(80);
        assertThat(picture.height()).isEqualTo(20);
        assertThat(picture.cell(0, 0)).isEqualTo(new ImageCell(' ', Rgb.of(0x336699), Rgb.of(0x336699)));
    }

    @Test
    void noAreaIsAnError() {
        assertThatThrownBy(() -> CellPictures.halfBlocks(TestImages.quad(), 0, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pureColoursMapToTheirXterm256Entries() {
        assertThat(new Rgb(255, 0, 0).xterm256()).isEqualTo(196);
        assertThat(new Rgb(0, 255, 0).xterm256()).isEqualTo(46);
        assertThat(new Rgb(0, 0, 255).xterm256()).isEqualTo(21);
        assertThat(new Rgb(255, 255, 0).xterm256()).isEqualTo(226);
        assertThat(new Rgb(0, 255, 255).xterm256()).isEqualTo(51);
        assertThat(new Rgb(255, 0, 255).xterm256()).isEqualTo(201);
        assertThat(new Rgb(255, 255, 255).xterm256()).isEqualTo(231);
        assertThat(new Rgb(0, 0, 0).xterm256()).isEqualTo(16);
        assertThat(new Rgb(128, 128, 128).xterm256()).isEqualTo(244);
        assertThat(new Rgb(0x87, 0xAF, 0xD7).xterm256()).isEqualTo(110);
        for (int i = 16; i < 256; i++) {
            assertThat(Xterm256.nearest(Xterm256.color(i))).as("entry %d", i).isEqualTo(i);
        }
    }

    @Test
    void ansiOutputSendsColoursOnlyWhenTheyChange() {
        CellPicture picture = CellPictures.halfBlocks(TestImages.quad(), 4, 1);
        String trueColor = AnsiPicture.render(picture, ColorDepth.TRUE_COLOR);
        assertThat(trueColor).isEqualTo("\u001b[38;2;255;0;0m\u001b[48;2;0;0;0m▀"
                + "\u001b[38;2;0;255;0m\u001b[48;2;255;255;0m▀"
                + "\u001b[38;2;0;0;255m\u001b[48;2;0;255;255m▀"
                + "\u001b[38;2;255;255;255m\u001b[48;2;255;0;255m▀\u001b[0m\n");
        String indexed = AnsiPicture.render(CellPictures.halfBlocks(TestImages.solid(2, 2, 0xFF0000), 2, 1),
                ColorDepth.INDEXED_256);
        assertThat(indexed).isEqualTo("\u001b[38;5;196m\u001b[48;5;196m▀▀\u001b[0m\n");
    }

    @Test
    void colourDepthFollowsColorterm() {
        assertThat(ColorDepth.detect(TestPrograms.env(null, "COLORTERM", "truecolor"))).isEqualTo(ColorDepth.TRUE_COLOR);
        assertThat(ColorDepth.detect(TestPrograms.env(null, "COLORTERM", "24bit"))).isEqualTo(ColorDepth.TRUE_COLOR);
        assertThat(ColorDepth.detect(TestPrograms.env(null, "COLORTERM", "yes"))).isEqualTo(ColorDepth.INDEXED_256);
        assertThat(ColorDepth.detect(TestPrograms.env(null))).isEqualTo(ColorDepth.INDEXED_256);
    }

    @Test
    void lanternaColoursMatchTheDepth() {
        assertThat(LanternaColors.of(new Rgb(1, 2, 3), ColorDepth.TRUE_COLOR))
                .isEqualTo(new com.googlecode.lanterna.TextColor.RGB(1, 2, 3));
        assertThat(LanternaColors.of(new Rgb(255, 0, 0), ColorDepth.INDEXED_256))
                .isEqualTo(new com.googlecode.lanterna.TextColor.Indexed(196));
    }
}
