package newsreader.open;

import com.googlecode.lanterna.TextColor;

/** The Lanterna colour for a picture's colour at the terminal's depth. */
public final class LanternaColors {
    private LanternaColors() {
    }

    public static TextColor of(Rgb color, ColorDepth depth) {
        return depth == ColorDepth.TRUE_COLOR
                ? new TextColor.RGB(color.red(), color.green(), color.blue())
                : new TextColor.Indexed(color.xterm256());
    }
}
