package newsreader.tui.term;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import java.util.EnumSet;

/** How a cell looks: foreground, background and the few attributes the reader uses. */
public record CellStyle(TextColor foreground, TextColor background, boolean bold, boolean reverse, boolean underline) {
    public static final CellStyle PLAIN = new CellStyle(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, false, false, false);

    /*
     * equals and hashCode written out: a record's own are bootstrapped through method handles the first time each is
     * called (java.lang.runtime.ObjectMethods), and the first frame of every start called them for this record, the
     * cell key and the list's columns: 50-90 ms of that frame on two busy cores, spinning the method handle classes
     * (-Xlog:methodhandles+indy=debug shows each bootstrap). RecordMethodsTest keeps drawing a frame free of them.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof CellStyle style && java.util.Objects.equals(foreground, style.foreground)
                && java.util.Objects.equals(background, style.background)
                && bold == style.bold && reverse == style.reverse && underline == style.underline;
    }

    @Override
    public int hashCode() {
        int hash = 31 * java.util.Objects.hashCode(foreground) + java.util.Objects.hashCode(background);
        return 8 * hash + (bold ? 4 : 0) + (reverse ? 2 : 0) + (underline ? 1 : 0);
    }

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

    /**
     * This style as one SGR sequence, from a reset: for text written past the screen layer (a hyperlink written again
     * over cells already drawn), which must look as the screen layer drew it whatever attributes were last in force.
     */
    public String sgr() {
        StringBuilder codes = new StringBuilder("\u001b[0;")
                .append(new String(foreground.getForegroundSGRSequence(), java.nio.charset.StandardCharsets.US_ASCII))
                .append(';')
                .append(new String(background.getBackgroundSGRSequence(), java.nio.charset.StandardCharsets.US_ASCII));
        if (bold) {
            codes.append(";1");
        }
        if (underline) {
            codes.append(";4");
        }
        if (reverse) {
            codes.append(";7");
        }
        return codes.append('m').toString();
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
