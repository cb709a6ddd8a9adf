import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import newsreader.text.CellWidth;
import newsreader.text.Graphemes;

/**
 * Draws a text capture of a terminal screen (tmux capture-pane) as a PNG, cell by cell: each grapheme cluster at the
 * column newsreader's own width function gives it, so the picture shows the alignment the terminal had.
 *
 * Usage: java -Djava.awt.headless=true -cp target/newsreader.jar scripts/ScreenPicture.java CAPTURE.txt OUT.png
 */
public final class ScreenPicture {
    private static final int CELL_W = 9;
    private static final int CELL_H = 18;

    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        CellWidth widths = CellWidth.standard();
        int columns = 0;
        for (String line : lines) {
            columns = Math.max(columns, widths.of(line));
        }
        BufferedImage image = new BufferedImage((columns + 2) * CELL_W, (lines.size() + 1) * CELL_H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0x1e, 0x1e, 0x24));
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        Font font = new Font("WenQuanYi Micro Hei Mono", Font.PLAIN, 15);
        g.setFont(font);
        g.setColor(new Color(0xdd, 0xdd, 0xdd));
        for (int row = 0; row < lines.size(); row++) {
            int column = 0;
            for (String cluster : Graphemes.clusters(lines.get(row))) {
                int w = widths.ofCluster(cluster);
                g.drawString(cluster, CELL_W + column * CELL_W, (row + 1) * CELL_H + 4 - 4);
                column += w;
            }
        }
        g.dispose();
        ImageIO.write(image, "png", new File(args[1]));
    }
}
