package newsreader.tui;

import com.googlecode.lanterna.TextColor;
import newsreader.render.LineStyle;
import newsreader.tui.term.CellStyle;

/**
 * The colours of the reader. The colour theme uses only the 16 ANSI colours, and never yellow, white or cyan as a
 * text colour on the default background (they vanish on light backgrounds); the monochrome theme uses bold,
 * underline and reverse video only.
 */
record Theme(CellStyle text, CellStyle selection, CellStyle selectionUnfocused, CellStyle unread, CellStyle date,
             CellStyle category, CellStyle count, CellStyle divider, CellStyle status, CellStyle message,
             CellStyle highlight, CellStyle overlay, CellStyle title, CellStyle meta, CellStyle heading,
             CellStyle quote, CellStyle code, CellStyle reference, CellStyle problem) {

    /** Colour unless the user said no: {@code --no-color} ({@code wanted == false}) or a non-empty NO_COLOR. */
    static Theme choose(boolean wanted, java.util.Map<String, String> environment) {
        String noColor = environment.get("NO_COLOR");
        return wanted && (noColor == null || noColor.isEmpty()) ? colour() : monochrome();
    }

    static Theme colour() {
        CellStyle plain = CellStyle.PLAIN;
        CellStyle onBlue = new CellStyle(TextColor.ANSI.WHITE_BRIGHT, TextColor.ANSI.BLUE, false, false, false);
        // The pane without the keyboard keeps its selection in grey: reverse video there looked more selected than
        // the focused pane's white on blue. Grey behind the terminal's own text colour reads on light and dark alike.
        CellStyle onGrey = new CellStyle(TextColor.ANSI.DEFAULT, TextColor.ANSI.BLACK_BRIGHT, false, false, false);
        return new Theme(
                plain,
                onBlue,
                onGrey,
                plain.withBold(),
                CellStyle.of(TextColor.ANSI.GREEN),
                CellStyle.of(TextColor.ANSI.MAGENTA),
                CellStyle.of(TextColor.ANSI.GREEN),
                CellStyle.of(TextColor.ANSI.BLUE),
                plain.withReverse(),
                plain.withReverse().withBold(),
                new CellStyle(TextColor.ANSI.BLACK, TextColor.ANSI.YELLOW_BRIGHT, false, false, false),
                plain.withReverse(),
                plain.withBold(),
                CellStyle.of(TextColor.ANSI.GREEN),
                CellStyle.of(TextColor.ANSI.BLUE).withBold(),
                CellStyle.of(TextColor.ANSI.MAGENTA),
                CellStyle.of(TextColor.ANSI.RED),
                CellStyle.of(TextColor.ANSI.BLUE),
                CellStyle.of(TextColor.ANSI.RED));
    }

    static Theme monochrome() {
        CellStyle plain = CellStyle.PLAIN;
        return new Theme(
                plain,
                plain.withReverse(),
                plain.withUnderline(),
                plain.withBold(),
                plain, plain, plain, plain,
                plain.withReverse(),
                plain.withReverse().withBold(),
                plain.withReverse().withUnderline(),
                plain.withReverse(),
                plain.withBold(),
                plain,
                plain.withBold(),
                plain,
                plain,
                plain,
                plain.withBold());
    }

    CellStyle line(LineStyle style) {
        switch (style) {
            case TITLE: return title;
            case META: return meta;
            case HEADING: return heading;
            case QUOTE: return quote;
            case CODE: return code;
            case REFERENCE: return reference;
            case CAPTION: return meta;
            default: return text;
        }
    }
}
