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
}
