package newsreader.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Traditional Chinese characters folded to their Simplified form, one code point for one, so that {@code 發展} and
 * {@code 发展} compare equal in searches. The table is ICU's {@code Hant-Hans} transliteration of every character it
 * changes alone (3,080 in ICU 78.1; {@code HanFoldingTableTest} checks the stored copy against ICU): ICU's
 * transliterator takes about half a second to build and folds the real corpus (200,000 characters) in 300–900 ms,
 * where this table loads in about 40 ms and folds the same text in 2–20 ms.
 *
 * <p>ICU also has 976 phrase rules ({@code 甚麼} → {@code 什么}, {@code 計畫} → {@code 计划}) that a table of
 * characters cannot hold. Folding both the text and the query character by character still makes the two scripts
 * meet for all but 118 of them, where the two scripts use different characters, not forms of the same one
 * ({@code 甚麼} folds to {@code 甚么}, which does not find {@code 什么}); {@link HanWords} takes the common ones of
 * those a step further.
 *
 * <p>168 characters fold to a character outside the Basic Multilingual Plane ({@code 勣} → U+2A7DD): one code point
 * still, but two UTF-16 units, so a folded string may be longer than the original. Callers that need offsets into
 * the original fold code point by code point and keep their own offsets (as Lucene's token filters do).
 */
public final class HanFolding {
    /** Where the table is kept: one line a character, the Traditional form, a space, the Simplified form. */
    public static final String TABLE = "/newsreader/text/han-folding.txt";

    private static final Map<Integer, Integer> SIMPLIFIED = load();
    /** The lowest code point the table changes: most text (Latin, digits, kana) is passed over with one comparison. */
    private static final int LOWEST = SIMPLIFIED.keySet().stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
    /**
     * The table's Basic Multilingual Plane part as an array from {@link #LOWEST}, 0 where nothing changes: the search
     * index folds every Han character it indexes, and a map lookup (a boxed key each time) cost more than the rest of
     * the folding. Characters outside the plane are rare and stay with the map.
     */
    private static final int[] BMP = bmpTable();

    private HanFolding() {
    }

    /** The Simplified form of {@code codePoint}, or itself when it has none. */
    public static int fold(int codePoint) {
        if (codePoint < LOWEST) {
            return codePoint;
        }
        if (codePoint <= Character.MAX_VALUE) {
            int simplified = BMP[codePoint - LOWEST];
            return simplified == 0 ? codePoint : simplified;
        }
        Integer simplified = SIMPLIFIED.get(codePoint);
        return simplified == null ? codePoint : simplified;
    }

    private static int[] bmpTable() {
        int[] table = new int[Math.max(0, Character.MAX_VALUE + 1 - LOWEST)];
        SIMPLIFIED.forEach((from, to) -> {
            if (from <= Character.MAX_VALUE) {
                table[from - LOWEST] = to;
            }
        });
        return table;
    }

    /** Whether folding changes {@code codePoint}. */
    public static boolean changes(int codePoint) {
        return fold(codePoint) != codePoint;
    }

    /** {@code text} with every Traditional character replaced by its Simplified form; the same string when none is. */
    public static String fold(String text) {
        int first = firstChanged(text);
        if (first < 0) {
            return text;
        }
        StringBuilder folded = new StringBuilder(text.length() + 8).append(text, 0, first);
        for (int i = first; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            folded.appendCodePoint(fold(codePoint));
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }

    /**
     * As {@link #fold(String)}, but UTF-16 unit for unit, so that an offset into the result is one into {@code text}:
     * the few characters whose Simplified form is outside the Basic Multilingual Plane are left as they are.
     */
    public static String foldKeepingOffsets(String text) {
        if (firstChanged(text) < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            int simplified = fold(chars[i]);
            if (simplified != chars[i] && !Character.isSupplementaryCodePoint(simplified) && !Character.isSurrogate(chars[i])) {
                chars[i] = (char) simplified;
            }
        }
        return new String(chars);
    }

    private static int firstChanged(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (changes(codePoint)) {
                return i;
            }
            i += Character.charCount(codePoint);
        }
        return -1;
    }

    /** The whole table, Traditional to Simplified, for the test that compares it with ICU. */
    public static Map<Integer, Integer> table() {
        return Map.copyOf(SIMPLIFIED);
    }

    private static Map<Integer, Integer> load() {
        Map<Integer, Integer> table = new HashMap<>(4096 * 2);
        try (InputStream in = HanFolding.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TABLE);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int[] pair = line.codePoints().filter(c -> c != ' ').toArray();
                if (pair.length != 2) {
                    throw new IllegalStateException(TABLE + ": not a pair of characters: " + line);
                }
                table.put(pair[0], pair[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(TABLE, e);
        }
        return table;
    }
}
