package newsreader.text;

/** The exact kinsoku character sets of cjk-typography.md §2, and the test of one break against them. */
public final class Kinsoku {
    /** Characters a line never starts with. */
    public static final String NO_LINE_START =
            "、。，．：；！？）］｝〕〉》」』】〙〗〟’”｠»…‥ーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ・" + ":;,.!?)]}";
    /** Characters a line never ends with. */
    public static final String NO_LINE_END = "（［｛〔〈《「『【〘〖〝‘“｟«([{";

    private static final BmpSet START_SET = new BmpSet(NO_LINE_START);
    private static final BmpSet END_SET = new BmpSet(NO_LINE_END);

    private Kinsoku() {
    }

    public static boolean cannotStartLine(int codePoint) {
        return START_SET.contains(codePoint);
    }

    public static boolean cannotEndLine(int codePoint) {
        return END_SET.contains(codePoint);
    }

    /** {@code ——} and {@code ……} are never split. */
    public static boolean isUnsplittablePair(int before, int after) {
        return (before == '—' && after == '—') || (before == '…' && after == '…');
    }

    /**
     * Whether a line may end with {@code lastOfLine} and the next start with {@code firstOfNext}
     * (the first code points of the clusters on either side of the break, spaces left out);
     * {@code adjacent} says that nothing, not even a space, lies between them.
     */
    public static boolean allowsBreakBetween(int lastOfLine, int firstOfNext, boolean adjacent) {
        return !cannotEndLine(lastOfLine) && !cannotStartLine(firstOfNext)
                && !(adjacent && isUnsplittablePair(lastOfLine, firstOfNext));
    }

    /** A set of BMP characters as a bit table: the wrapper asks it twice per cluster. */
    private static final class BmpSet {
        private final long[] bits = new long[0x10000 / 64];

        BmpSet(String members) {
            members.chars().forEach(c -> bits[c >>> 6] |= 1L << c);
        }

        boolean contains(int codePoint) {
            return codePoint >= 0 && codePoint < 0x10000 && (bits[codePoint >>> 6] & (1L << codePoint)) != 0;
        }
    }
}
