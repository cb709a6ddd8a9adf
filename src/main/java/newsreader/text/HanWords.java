package newsreader.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The second step of making Traditional and Simplified Chinese meet in searches, after {@link HanFolding}: the words
 * the two scripts write with other characters ({@code 甚麼} and {@code 什么}, {@code 計畫} and {@code 计划}), from a
 * small hand-checked list. Each word is replaced by one of the same length, so every offset into the result is one
 * into the text: a match is marked on the characters the post wrote.
 *
 * <p>Used by the title and category filters, the search inside an article and the full-text index (before its
 * tokenizer, which cuts Chinese into characters).
 */
public final class HanWords {
    /** Where the list is kept: one word a line, Traditional, a space, Simplified; {@code #} starts a comment. */
    public static final String LIST = "/newsreader/text/han-words.txt";

    /** The Traditional words as {@link HanFolding} leaves them ({@code 甚么}), with their Simplified form. */
    private static final Map<String, String> SIMPLIFIED = load();
    /** The words by their first character, the longest first. */
    private static final Map<Character, List<Map.Entry<String, String>>> BY_FIRST = byFirst();
    /** Whether a word starts with the character: text without any of them costs one array lookup a character. */
    private static final boolean[] STARTS = starts();

    private HanWords() {
    }

    /**
     * {@code folded} (text folded character by character, {@link HanFolding#foldKeepingOffsets}) with each listed word
     * in its Simplified form; the same string when it holds none.
     */
    public static String fold(String folded) {
        char[] chars = wordsInto(folded, false);
        return chars == null ? folded : new String(chars);
    }

    /**
     * {@code text} as written, but each listed word in its Simplified form (the index's view of a post before it is
     * cut into terms, whose characters are folded after); unit for unit.
     */
    public static String simplifiedWords(String text) {
        char[] chars = wordsInto(text, true);
        return chars == null ? text : new String(chars);
    }

    /**
     * The characters of {@code text} with each listed word written over in its Simplified form, the text folded
     * character by character as it is compared when {@code foldFirst}; null when it holds none. One pass, a table
     * lookup a character: the index runs every post through here.
     */
    private static char[] wordsInto(String text, boolean foldFirst) {
        char[] chars = null;
        for (int i = 0; i < text.length() - 1; i++) {
            char first = foldFirst ? folded(text.charAt(i)) : text.charAt(i);
            if (!STARTS[first]) {
                continue;
            }
            for (Map.Entry<String, String> word : BY_FIRST.get(first)) {
                if (startsWith(text, i, word.getKey(), foldFirst)) {
                    if (chars == null) {
                        chars = text.toCharArray();
                    }
                    word.getValue().getChars(0, word.getValue().length(), chars, i);
                    i += word.getKey().length() - 1;
                    break;
                }
            }
        }
        return chars;
    }

    private static boolean startsWith(String text, int at, String word, boolean foldFirst) {
        if (at + word.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = text.charAt(at + k);
            if ((foldFirst ? folded(c) : c) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** A UTF-16 unit folded as {@link HanFolding#foldKeepingOffsets} folds it. */
    private static char folded(char c) {
        if (Character.isSurrogate(c)) {
            return c;
        }
        int simplified = HanFolding.fold(c);
        return Character.isSupplementaryCodePoint(simplified) ? c : (char) simplified;
    }

    /** The whole list, Traditional as written to Simplified, for tests. */
    public static Map<String, String> list() {
        Map<String, String> written = new LinkedHashMap<>();
        read((traditional, simplified) -> written.put(traditional, simplified));
        return written;
    }

    private static Map<String, String> load() {
        Map<String, String> words = new HashMap<>();
        read((traditional, simplified) -> words.put(HanFolding.foldKeepingOffsets(traditional), simplified));
        return words;
    }

    private static Map<Character, List<Map.Entry<String, String>>> byFirst() {
        Map<Character, List<Map.Entry<String, String>>> index = new HashMap<>();
        SIMPLIFIED.entrySet().stream()
                .sorted((a, b) -> b.getKey().length() - a.getKey().length()) // the longest word first
                .forEach(word -> index.computeIfAbsent(word.getKey().charAt(0), c -> new ArrayList<>()).add(word));
        return index;
    }

    private static boolean[] starts() {
        boolean[] starts = new boolean[Character.MAX_VALUE + 1];
        BY_FIRST.keySet().forEach(c -> starts[c] = true);
        return starts;
    }

    private interface Pair {
        void accept(String traditional, String simplified);
    }

    private static void read(Pair each) {
        try (InputStream in = HanWords.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + LIST);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] pair = line.strip().split(" ");
                if (pair.length != 2 || pair[0].length() != pair[1].length()) {
                    throw new IllegalStateException(LIST + ": not two words of one length: " + line);
                }
                each.accept(pair[0], pair[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(LIST, e);
        }
    }
}
