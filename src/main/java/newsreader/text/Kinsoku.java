package newsreader.text;

/** The exact kinsoku character sets of cjk-typography.md §2. */
public final class Kinsoku {
    /** Characters a line never starts with. */
    public static final String NO_LINE_START =
            "、。，．：；！？）］｝〕〉》」』】〙〗〟’”｠»…‥ーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ・" + ":;,.!?)]}";
    /** Characters a line never ends with. */
    public static final String NO_LINE_END = "（［｛〔〈《「『【〘〖〝‘“｟«([{";

    private Kinsoku() {
    }

    public static boolean cannotStartLine(int codePoint) {
        return NO_LINE_START.indexOf(codePoint) >= 0;
    }

    public static boolean cannotEndLine(int codePoint) {
        return NO_LINE_END.indexOf(codePoint) >= 0;
    }

    /** {@code ——} and {@code ……} are never split. */
    public static boolean isUnsplittablePair(int before, int after) {
        return (before == '—' && after == '—') || (before == '…' && after == '…');
    }
}
