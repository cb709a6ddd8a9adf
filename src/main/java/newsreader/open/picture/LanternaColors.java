package newsreader.open.picture;

import com.googlecode.lanterna.TextColor;
import newsreader.open.ColorDepth;

/**
 * The Lanterna colour for a picture's colour at the terminal's depth. Public because the full-screen reader paints
 * with Lanterna; the rest of newsreader never sees Lanterna's colours.
 */
public final class LanternaColors {
    private LanternaColors() {
    }

    public static TextColor of(Rgb color, ColorDepth depth) {
        return depth == ColorDepth.TRUE_COLOR
                ? new TextColor.RGB(color.red(), color.green(), color.blue())
                : new TextColor.Indexed(color.xterm256());
    }
}
