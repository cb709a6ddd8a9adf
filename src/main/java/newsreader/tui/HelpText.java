package newsreader.tui;

import java.util.ArrayList;
import java.util.List;
import newsreader.text.CellWidth;
import newsreader.text.LineWrapper;
import newsreader.text.Truncation;

/**
 * The help window's lines at a width: the keys on the left, what they do wrapped beside them (never cut), or, where
 * the window is too narrow for two columns, the keys on a line of their own and the meaning indented below.
 */
final class HelpText {
    /** The keys column is never wider than this, so that the meanings keep most of the window. */
    static final int KEYS_COLUMN = 20;
    /** Below this many cells the two columns would leave the meanings a word a line. */
    private static final int TWO_COLUMNS_FROM = 40;
    private static final int INDENT = 2;

    private final CellWidth widths;
    private final LineWrapper wrapper;
    private final Truncation truncation;

    HelpText(CellWidth widths) {
        this.widths = widths;
        this.wrapper = new LineWrapper(widths);
        this.truncation = new Truncation(widths);
    }

    List<String> lines(List<KeyBindings.HelpLine> entries, int width) {
        int inner = Math.max(1, width);
        List<String> lines = new ArrayList<>();
        if (inner < TWO_COLUMNS_FROM) {
            for (KeyBindings.HelpLine entry : entries) {
                lines.addAll(wrapper.wrapToStrings(entry.keys(), inner));
                String indent = " ".repeat(Math.min(INDENT, inner - 1));
                for (String part : wrapper.wrapToStrings(entry.meaning(), Math.max(1, inner - indent.length()))) {
                    lines.add(indent + part);
                }
            }
            return lines;
        }
        int keysWidth = 0;
        for (KeyBindings.HelpLine entry : entries) {
            keysWidth = Math.max(keysWidth, widths.of(entry.keys()));
        }
        keysWidth = Math.min(keysWidth, KEYS_COLUMN);
        String hanging = " ".repeat(keysWidth + 1);
        for (KeyBindings.HelpLine entry : entries) {
            String keys = entry.keys();
            if (widths.of(keys) > keysWidth) {
                // A long key list gets a line of its own rather than being cut.
                lines.addAll(wrapper.wrapToStrings(keys, inner));
                keys = "";
            }
            List<String> meaning = wrapper.wrapToStrings(entry.meaning(), inner - hanging.length());
            for (int i = 0; i < meaning.size(); i++) {
                lines.add((i == 0 ? truncation.fit(keys, keysWidth) + " " : hanging) + meaning.get(i));
            }
        }
        return lines;
    }
}
