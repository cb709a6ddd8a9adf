package newsreader.tui.term;

import com.googlecode.lanterna.TextCharacter;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import newsreader.text.CellWidth;

/**
 * Turns a grapheme cluster into what Lanterna should store for it, so that Lanterna's idea of its width agrees with
 * the program's {@link CellWidth} (lanterna-notes.md, "What was seen to work").
 *
 * <ul>
 *   <li>Control, bidi and zero-width clusters are dropped: they never reach the terminal.</li>
 *   <li>Sequences terminals disagree on are simplified: skin tones removed, a ZWJ sequence shown as its first emoji
 *       (or whole where the terminal was found to join such sequences, see {@link #joinedWhole}), a flag as its two
 *       letters, a text-style symbol with U+FE0F as the plain symbol plus a padding cell.</li>
 *   <li>A wide cluster Lanterna thinks narrow gets a U+034F (combining grapheme joiner), which makes it two
 *       {@code char}s and so wide for Lanterna; the terminal drops the U+034F again when it writes.</li>
 *   <li>A narrow cluster Lanterna thinks wide, or one Lanterna's JDK-dependent segmentation would split, is stored
 *       as a {@link GlyphAliases} stand-in.</li>
 * </ul>
 */
public final class GlyphMapper {
    /** Zero width, no glyph; appended only to tell Lanterna "this is wide", removed again on output. */
    public static final char WIDTH_MARKER = '\u034F';
    private static final int ZWJ = 0x200D;
    private static final char VS16 = '\uFE0F';

    private final CellWidth widths;
    private final GlyphAliases aliases;
    private final boolean emojiSequencesJoined;

    /** For a terminal not known to join emoji ZWJ sequences: each is drawn as its first emoji. */
    public GlyphMapper(CellWidth widths, GlyphAliases aliases) {
        this(widths, aliases, false);
    }

    /**
     * @param emojiSequencesJoined whether the terminal draws an emoji ZWJ sequence as one picture in 2 cells (as
     *                             measured at start); then such sequences are drawn whole
     */
    public GlyphMapper(CellWidth widths, GlyphAliases aliases, boolean emojiSequencesJoined) {
        this.widths = widths;
        this.aliases = aliases;
        this.emojiSequencesJoined = emojiSequencesJoined;
    }

    public CellWidth widths() {
        return widths;
    }

    /** What to draw for {@code cluster}, or null when it takes no cell and must not be drawn. */
    public Glyph glyphFor(String cluster) {
        String clean = withoutControls(cluster);
        if (clean.isEmpty()) {
            return null;
        }
        if (clean.equals("\t")) {
            return Glyph.narrow(" ");
        }
        int width = widths.ofCluster(clean);
        if (width <= 0) {
            return null;
        }
        if (clean.length() == 1 && CellWidth.isPlainCharacter(clean.charAt(0))) {
            // No flag and no emoji: the property look-ups below loaded ICU's data for the first frame's first cell.
            return width == 1 ? Glyph.narrow(narrowCell(clean)) : Glyph.wide(wideCell(clean));
        }
        int base = clean.codePointAt(0);
        if (UCharacter.hasBinaryProperty(base, UProperty.REGIONAL_INDICATOR)) {
            return flag(clean);
        }
        String simple = simplifyEmoji(clean, emojiSequencesJoined);
        if (width == 2 && isTextStyleSymbolMadeEmoji(simple)) {
            return Glyph.twoNarrow(narrowCell(simple.replace(String.valueOf(VS16), "")), " ");
        }
        return width == 1 ? Glyph.narrow(narrowCell(simple)) : Glyph.wide(wideCell(simple));
    }

    private String narrowCell(String cluster) {
        if (cluster.isEmpty()) {
            return " ";
        }
        if (cluster.length() == 1 && Character.isSurrogate(cluster.charAt(0))) {
            return "?";
        }
        if (GlyphAliases.isAliasRange(cluster.charAt(0)) || lanternaWidth(cluster) != 1) {
            return aliases.aliasFor(cluster);
        }
        return cluster;
    }

    private String wideCell(String cluster) {
        if (lanternaWidth(cluster) == 2) {
            return cluster;
        }
        String marked = cluster + WIDTH_MARKER;
        if (!GlyphAliases.isAliasRange(cluster.charAt(0)) && lanternaWidth(marked) == 2) {
            return marked;
        }
        return aliases.aliasFor(cluster) + WIDTH_MARKER;
    }

    /** 1 or 2 as Lanterna sees the string, or -1 when Lanterna would not take it as one character. */
    static int lanternaWidth(String s) {
        try {
            TextCharacter[] parts = TextCharacter.fromString(s);
            if (parts.length != 1) {
                return -1;
            }
            return parts[0].isDoubleWidth() ? 2 : 1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /** A flag is two regional indicators; terminals draw them as one or two glyphs, so show the letters. */
    private static Glyph flag(String cluster) {
        int first = cluster.codePointAt(0);
        int next = Character.charCount(first);
        String a = regionalLetter(first);
        String b = next < cluster.length() ? regionalLetter(cluster.codePointAt(next)) : " ";
        return Glyph.twoNarrow(a, b);
    }

    private static String regionalLetter(int codePoint) {
        if (codePoint >= 0x1F1E6 && codePoint <= 0x1F1FF) {
            return String.valueOf((char) ('A' + (codePoint - 0x1F1E6)));
        }
        return " ";
    }

    /**
     * Skin tones removed (terminals that join sequences still draw a tone as a second picture); a ZWJ sequence cut
     * to its first emoji (with its U+FE0F if it had one), unless {@code joined} and it is one to draw whole.
     */
    private static String simplifyEmoji(String cluster, boolean joined) {
        int base = cluster.codePointAt(0);
        if (!UCharacter.hasBinaryProperty(base, UProperty.EXTENDED_PICTOGRAPHIC)) {
            return cluster;
        }
        StringBuilder withoutTones = new StringBuilder();
        int firstEmojiEnd = -1;
        for (int i = 0; i < cluster.length(); ) {
            int cp = cluster.codePointAt(i);
            if (cp == ZWJ && firstEmojiEnd < 0) {
                firstEmojiEnd = withoutTones.length();
            }
            if (!UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_MODIFIER)) {
                withoutTones.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        if (withoutTones.length() == 0) {
            return cluster;
        }
        if (firstEmojiEnd < 0 || (joined && joinedWhole(withoutTones.toString()))) {
            return withoutTones.toString();
        }
        return firstEmojiEnd == 0 ? cluster : withoutTones.substring(0, firstEmojiEnd);
    }

    /**
     * Whether a terminal that joins emoji ZWJ sequences draws this one as one picture in 2 cells, as it drew the
     * probe: a recommended (RGI) sequence, which joining terminals know, that starts with an emoji wide on its own.
     * A sequence starting with a text-style symbol made emoji by U+FE0F (🏳️‍🌈, ❤️‍🔥) is left out: terminals
     * disagree on that symbol's width whether they join or not (tmux 3.3a gives 🏳️‍🌈 one cell).
     */
    static boolean joinedWhole(String sequence) {
        return sequence.indexOf(ZWJ) > 0
                && UCharacter.hasBinaryProperty(sequence.codePointAt(0), UProperty.EMOJI_PRESENTATION)
                && UCharacter.hasBinaryProperty(sequence, UProperty.RGI_EMOJI_ZWJ_SEQUENCE);
    }

    /** A symbol whose default is text style (❤, ☀) made emoji by U+FE0F: terminals give it one or two cells. */
    private static boolean isTextStyleSymbolMadeEmoji(String cluster) {
        int base = cluster.codePointAt(0);
        return cluster.indexOf(VS16) >= 0
                && UCharacter.hasBinaryProperty(base, UProperty.EXTENDED_PICTOGRAPHIC)
                && !UCharacter.hasBinaryProperty(base, UProperty.EMOJI_PRESENTATION);
    }

    private static String withoutControls(String cluster) {
        StringBuilder out = null;
        for (int i = 0; i < cluster.length(); i++) {
            char c = cluster.charAt(i);
            boolean drop = (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f) || isBidiControl(c);
            if (drop && out == null) {
                out = new StringBuilder(cluster.length()).append(cluster, 0, i);
            } else if (!drop && out != null) {
                out.append(c);
            }
        }
        return out == null ? cluster : out.toString();
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }
}
