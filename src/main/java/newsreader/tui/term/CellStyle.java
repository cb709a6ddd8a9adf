package newsreader.tui.term;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import java.util.EnumSet;

/** How a cell looks: foreground, background and the few attributes the reader uses. */
public record CellStyle(TextColor foreground, TextColor background, boolean bold, boolean reverse, boolean underline) {
    public static final CellStyle PLAIN = new CellStyle(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, false, false, false);

    public static CellStyle of(TextColor foreground) {
        return new CellStyle(foreground, TextColor.ANSI.DEFAULT, false, false, false);
    }

    public CellStyle withBold() {
        return new CellStyle(foreground, background, true, reverse, underline);
    }

    public CellStyle withReverse() {
        return new CellStyle(foreground, background, bold, true, underline);
    }

    public CellStyle withUnderline() {
        return new CellStyle(foreground, background, bold, reverse, true);
    }

    public CellStyle withBackground(TextColor color) {
        return new CellStyle(foreground, color, bold, reverse, underline);
    }

    public CellStyle withForeground(TextColor color) {
        return new CellStyle(color, background, bold, reverse, underline);
    }

    EnumSet<SGR> modifiers() {
        EnumSet<SGR> set = EnumSet.noneOf(SGR.class);
        if (bold) {
            set.add(SGR.BOLD);
        }
        if (reverse) {
            set.add(SGR.REVERSE);
        }
        if (underline) {
            set.add(SGR.UNDERLINE);
        }
        return set;
    }
}
