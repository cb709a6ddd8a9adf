package newsreader.open.picture;

import newsreader.open.ColorDepth;

/** Writes a {@link CellPicture} as text with SGR colour codes, for output outside the full-screen reader. */
final class AnsiPicture {
    private static final String ESC = "\u001b";

    private AnsiPicture() {
    }

    /** One line per row, each ending with a colour reset and a newline; colours are sent only when they change. */
    public static String render(CellPicture picture, ColorDepth depth) {
        StringBuilder out = new StringBuilder();
        for (var row : picture.rows()) {
            Rgb fg = null;
            Rgb bg = null;
            for (ImageCell cell : row) {
                if (cell.glyph() != ' ' && !cell.foreground().equals(fg)) {
                    out.append(ESC).append('[').append(sgr(38, cell.foreground(), depth)).append('m');
                    fg = cell.foreground();
                }
                if (!cell.background().equals(bg)) {
                    out.append(ESC).append('[').append(sgr(48, cell.background(), depth)).append('m');
                    bg = cell.background();
                }
                out.append(cell.glyph());
            }
            out.append(ESC).append("[0m\n");
        }
        return out.toString();
    }

    private static String sgr(int layer, Rgb c, ColorDepth depth) {
        return depth == ColorDepth.TRUE_COLOR
                ? layer + ";2;" + c.red() + ";" + c.green() + ";" + c.blue()
                : layer + ";5;" + c.xterm256();
    }
}
