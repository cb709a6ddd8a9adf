package newsreader.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PropertyTest {

    @Test
    void aTruePropertyRunsEveryTry() {
        AtomicInteger runs = new AtomicInteger();
        Property.forAll("counts", 50, r -> r.nextInt(10), n -> runs.incrementAndGet());
        assertThat(runs.get()).isEqualTo(Property.tries(50));
    }

    @Test
    void aFalsePropertyFailsNamingItsSeedAndShrunkInput() {
        assertThatThrownBy(() -> Property.forAll("no x", 200,
                r -> "abcdefgh".repeat(1 + r.nextInt(5)) + (r.nextInt(3) == 0 ? "x" : "") + "ijklmnop",
                s -> assertThat(s).doesNotContain("x"), Property.strings()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("property 'no x' failed")
                .hasMessageContaining("-Dnewsreader.seed=")
                .hasMessageContaining("input: \"x\" (1 chars)");
    }

    @Test
    void theSameNameGivesTheSameInputs() {
        StringBuilder first = new StringBuilder();
        StringBuilder second = new StringBuilder();
        Property.forAll("repeat", 5, r -> r.nextLong(), n -> first.append(n).append(','));
        Property.forAll("repeat", 5, r -> r.nextLong(), n -> second.append(n).append(','));
        assertThat(first.toString()).isEqualTo(second.toString()).isNotEmpty();
    }

    record Case(String text, int width) {
    }

    @Test
    void aCompoundInputShrinksItsTextKeepsTheRestAndShowsControls() {
        assertThatThrownBy(() -> Property.forAll("no tab", 200,
                r -> new Case("abcdefgh".repeat(1 + r.nextInt(5)) + (r.nextInt(3) == 0 ? "\t" : "") + "ijkl", 7),
                c -> assertThat(c.text()).doesNotContain("\t"),
                Property.byText(Case::text, (c, text) -> new Case(text, c.width()))))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("input: Case[text=\"\\u0009\" (1 chars), width=7]");
    }

    @Test
    void generatorsStayInTheirBoundsAndReachThem() {
        java.util.Set<Integer> seen = new java.util.TreeSet<>();
        Property.forAll("ints", 500, Generators.ints(3, 9), n -> {
            assertThat(n).isBetween(3, 9);
            seen.add(n);
        });
        assertThat(seen).containsExactly(3, 4, 5, 6, 7, 8, 9);
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        Property.forAll("weights", 2000, Generators.frequency(
                Generators.weight(9, Generators.of("common")), Generators.weight(1, Generators.of("rare"))),
                s -> counts.merge(s, 1, Integer::sum));
        assertThat(counts.get("common")).isGreaterThan(5 * counts.get("rare"));
        assertThat(counts.get("rare")).isPositive();
    }
}
