package newsreader.render;

import org.jsoup.nodes.Element;

/**
 * Superscripts and subscripts ({@code <sup>}, {@code <sub>}) as plain text that still reads as one: with Unicode's
 * superscript and subscript characters when every character has one ({@code m²}, {@code H₂O}, {@code xⁿ}), else
 * with a caret or an underscore, as people write them in plain text ({@code x^(n+1)}, {@code a_max}, {@code 1^st}).
 * Run together with the text around them, {@code x2} and {@code H2O} would read as other words.
 */
final class Scripts {
    private static final String PLAIN = "0123456789+-=()n";
    private static final String SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ";
    private static final String SUBSCRIPT = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₙ";

    private Scripts() {
    }

    /**
     * Whether the element can be written as one piece of text: it holds no link or image (whose markers and
     * references the walk must make) and is not a note marker already bracketed ({@code <sup>[1]</sup>}).
     */
    static boolean canFlatten(Element script) {
        String text = script.text().strip();
        return !text.isEmpty() && !text.startsWith("[") && script.select("a, img").isEmpty();
    }

    /** The element's text as a superscript ({@code sup}) or a subscript. */
    static String flatten(Element script, boolean sup) {
        return of(script.text().strip().replace('\u2212', '-'), sup);
    }

    static String of(String text, boolean sup) {
        String small = sup ? SUPERSCRIPT : SUBSCRIPT;
        StringBuilder mapped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            int at = PLAIN.indexOf(text.charAt(i));
            if (at < 0) {
                return (sup ? "^" : "_") + (isWord(text) ? text : "(" + text + ")");
            }
            mapped.append(small.charAt(at));
        }
        return mapped.toString();
    }

    private static boolean isWord(String text) {
        return text.codePoints().allMatch(Character::isLetterOrDigit);
    }
}
