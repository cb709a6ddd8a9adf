package newsreader.text;

import static org.assertj.core.api.Assertions.assertThat;

import static newsreader.testing.Generators.charsOf;
import static newsreader.testing.Generators.joined;
import static newsreader.testing.Generators.of;
import static newsreader.testing.Generators.oneCodePointOf;
import static newsreader.testing.Generators.oneOf;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import newsreader.testing.Property;
import org.junit.jupiter.api.Test;

/**
 * {@link Graphemes} takes a shortcut when every char is a cluster of its own; whatever the text, it
 * must agree with ICU's cluster iterator, and the width of a text must be the sum of its clusters'.
 */
class GraphemesProperties {

    @Test
    void boundariesAgreeWithIcu() {
        Property.forAll("graphemes: boundaries agree with ICU", 600, TRICKY, text -> {
            assertThat(Graphemes.boundaries(text)).containsExactly(icuBoundaries(text));
            assertThat(String.join("", Graphemes.clusters(text))).isEqualTo(text);
        }, Property.strings());
    }

    @Test
    void aTextIsAsWideAsItsClusters() {
        Property.forAll("graphemes: a text is as wide as its clusters", 500, TRICKY, text -> {
            CellWidth widths = new CellWidth(2);
            int sum = Graphemes.clusters(text).stream().mapToInt(widths::ofCluster).sum();
            assertThat(widths.of(text)).isEqualTo(sum);
        }, Property.strings());
    }

    /** Characters that join clusters (CR LF, marks, joiners, jamo, regional indicators, prepends) among plain ones. */
    private static final Function<Random, String> TRICKY = joined(oneOf(
            charsOf("a中。 \n\r\t\u0001\u3000", 0, 20),
            oneCodePointOf("a中。 \n\r\t\u0001\u0301\u0308\u200D\u200C\uFE0F\u1100\u1161\u11A8\uAC00\uAC01\u0600"
                    + "\u0915\u094D\u0924\u0E01\u0E38\u3000"),
            of("\uD83C\uDDE8", "\uD83C\uDDF3", "\uD83D\uDE00", "\uD83C\uDFFD", "\uD83D\uDC69"),
            MixedText.generator()), 0, 30);

    private static int[] icuBoundaries(String text) {
        BreakIterator it = BreakIterator.getCharacterInstance();
        it.setText(text);
        List<Integer> out = new ArrayList<>();
        for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
            out.add(b);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
