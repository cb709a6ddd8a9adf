package newsreader.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The width rules of cjk-typography.md §1 on familiar characters. */
class CellWidthTest {
    private final CellWidth narrow = CellWidth.standard();
    private final CellWidth wide = new CellWidth(2);

    @Test
    void hanKanaHangulAndFullwidthFormsTakeTwoCells() {
        assertThat(narrow.of("中文")).isEqualTo(4);
        assertThat(narrow.of("かなカナ")).isEqualTo(8);
        assertThat(narrow.of("한국")).isEqualTo(4);
        assertThat(narrow.of("，。！（")).isEqualTo(8);
        assertThat(narrow.of("\u3000")).isEqualTo(2);
        assertThat(narrow.of("￥㎡")).isEqualTo(4);
    }

    @Test
    void ambiguousCharactersFollowTheSetting() {
        String ambiguous = "“”‘’…·—※○αЖ";
        assertThat(narrow.of(ambiguous)).isEqualTo(11);
        assertThat(wide.of(ambiguous)).isEqualTo(22);
    }

    @Test
    void latinDigitsAndHalfwidthKatakanaTakeOneCell() {
        assertThat(narrow.of("Hello 123")).isEqualTo(9);
        assertThat(wide.of("ｶﾀｶﾅ")).isEqualTo(4);
    }

    @Test
    void marksAndFormatCharactersTakeNoCell() {
        assertThat(narrow.of("e\u0301")).isEqualTo(1);
        assertThat(narrow.ofCluster("\u0301")).isZero();
        assertThat(narrow.ofCluster("\u200B")).isZero();
        assertThat(narrow.ofCluster("\u200D")).isZero();
        assertThat(narrow.ofCluster("\uFEFF")).isZero();
        assertThat(CellWidth.isZeroWidth("\u200D\u0301")).isTrue();
        assertThat(CellWidth.isZeroWidth("a\u0301")).isFalse();
    }

    @Test
    void controlsTakeNoCellAndTabIsASpace() {
        assertThat(narrow.ofCluster("\u001B")).isZero();
        assertThat(narrow.ofCluster("\u009B")).isZero();
        assertThat(narrow.ofCluster("\r\n")).isZero();
        assertThat(narrow.ofCluster("\t")).isEqualTo(1);
    }

    @Test
    void emojiPresentedAsEmojiTakeTwoCells() {
        assertThat(narrow.of("⌚")).isEqualTo(2);
        assertThat(narrow.of("😀")).isEqualTo(2);
        assertThat(narrow.of("❤")).isEqualTo(1);
        assertThat(narrow.of("❤\uFE0F")).isEqualTo(2);
        assertThat(narrow.of("\uD83C\uDDE8\uD83C\uDDF3")).isEqualTo(2);
        assertThat(narrow.of("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66")).isEqualTo(2);
        assertThat(narrow.of("\uD83D\uDC4D\uD83C\uDFFD")).isEqualTo(2);
    }

    @Test
    void extensionsPresentSkinTonesKeycapsAndZwjSequencesAsEmoji() {
        assertThat(narrow.of("☝\uD83C\uDFFB")).as("text-default base with a skin tone").isEqualTo(2);
        assertThat(narrow.of("1\uFE0F\u20E3")).as("keycap").isEqualTo(2);
        assertThat(narrow.of("#\u20E3")).as("keycap without VS16").isEqualTo(2);
        assertThat(narrow.of("\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08")).as("rainbow flag").isEqualTo(2);
        assertThat(narrow.of("\uD83D\uDC41\u200D\uD83D\uDDE8")).as("eye in speech bubble").isEqualTo(2);
    }

    @Test
    void aPrependedFormatCharacterDoesNotHideTheWideBase() {
        assertThat(narrow.ofCluster("\u0600\u0661")).isEqualTo(1);
    }

    @Test
    void measuringASliceNeedsNoCopy() {
        String text = "ab中文c";
        assertThat(narrow.ofCluster(text, 2, 3)).isEqualTo(2);
        assertThat(narrow.ofCluster(text, 3, 3)).isZero();
        assertThat(narrow.ofCodePoint(0x4E2D)).isEqualTo(2);
        assertThat(narrow.ofCodePoint(0x1F600)).isEqualTo(2);
    }

    @Test
    void onlyOneAndTwoAreAmbiguousWidths() {
        assertThatThrownBy(() -> new CellWidth(3)).isInstanceOf(IllegalArgumentException.class);
        assertThat(wide.ambiguousWidth()).isEqualTo(2);
    }
}
