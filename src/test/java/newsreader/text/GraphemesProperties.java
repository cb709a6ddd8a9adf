package newsreader.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Graphemes} takes a shortcut when every char is a cluster of its own; whatever the text, it
 * must agree with ICU's cluster iterator, and the width of a text must be the sum of its clusters'.
 */
class GraphemesProperties {

    @Property(tries = 600)
    void boundariesAgreeWithIcu(@ForAll("tricky") String text) {
        assertThat(Graphemes.boundaries(text)).containsExactly(icuBoundaries(text));
        assertThat(String.join("", Graphemes.clusters(text))).isEqualTo(text);
    }

    @Property(tries = 500)
    void aTextIsAsWideAsItsClusters(@ForAll("tricky") String text) {
        CellWidth widths = new CellWidth(2);
        int sum = Graphemes.clusters(text).stream().mapToInt(widths::ofCluster).sum();
        assertThat(widths.of(text)).isEqualTo(sum);
    }

    /** Characters that join clusters (CR LF, marks, joiners, jamo, regional indicators, prepends) among plain ones. */
    @Provide
    Arbitrary<String> tricky() {
        Arbitrary<String> plain = Arbitraries.strings().withChars("a中。 \n\r\t\u0001\u3000").ofMaxLength(20);
        Arbitrary<String> piece = Arbitraries.oneOf(
                plain,
                MixedText.oneOf("a中。 \n\r\t\u0001\u0301\u0308\u200D\u200C\uFE0F\u1100\u1161\u11A8\uAC00\uAC01\u0600"
                        + "\u0915\u094D\u0924\u0E01\u0E38\u3000"),
                Arbitraries.of("\uD83C\uDDE8", "\uD83C\uDDF3", "\uD83D\uDE00", "\uD83C\uDFFD", "\uD83D\uDC69"),
                MixedText.arbitrary());
        return piece.list().ofMaxSize(30).map(parts -> String.join("", parts));
    }

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
