package newsreader.tui.term;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stand-ins for grapheme clusters that Lanterna cannot hold as one narrow cell.
 *
 * <p>Lanterna calls every cluster longer than one {@code char} double width, so a narrow cluster such as Thai
 * {@code กุ}, a base letter with a combining mark that has no precomposed form, or a narrow character outside the BMP
 * would shift the rest of its row. Such a cluster is stored in Lanterna's buffer as one private-use character, which
 * Lanterna treats as narrow; the terminal turns it back into the real cluster when it writes the bytes.
 */
public final class GlyphAliases {
    private static final char FIRST = '\uE000';
    private static final char LAST = '\uF8FF';
    /** Shown when every private-use character is taken: a screen never needs thousands of distinct odd clusters. */
    private static final String OUT_OF_ALIASES = "?";

    private final Map<String, Character> aliasOf = new ConcurrentHashMap<>();
    private final Map<Character, String> clusterOf = new ConcurrentHashMap<>();
    private char next = FIRST;

    /** The one-{@code char} stand-in for {@code cluster}, the same every time it is asked for. */
    public synchronized String aliasFor(String cluster) {
        Character known = aliasOf.get(cluster);
        if (known != null) {
            return String.valueOf(known);
        }
        if (next > LAST) {
            return OUT_OF_ALIASES;
        }
        char alias = next++;
        aliasOf.put(cluster, alias);
        clusterOf.put(alias, cluster);
        return String.valueOf(alias);
    }

    public static boolean isAliasRange(char c) {
        return c >= FIRST && c <= LAST;
    }

    /** The text with every stand-in replaced by its cluster; other text unchanged. */
    public String expand(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String cluster = isAliasRange(c) ? clusterOf.get(c) : null;
            if (cluster == null) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            out.append(cluster);
        }
        return out == null ? text : out.toString();
    }
}
