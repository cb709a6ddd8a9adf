package newsreader.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What reaches the terminal from untrusted text (security.md, cjk-typography.md §1). */
class SafeTextTest {
    @Test
    void escapeSequencesAndC1ControlsAreDropped() {
        assertThat(SafeText.line("a\u001B]52;c;Zm9v\u0007b")).isEqualTo("a]52;c;Zm9vb");
        assertThat(SafeText.line("x\u009B2Jy\u007F")).isEqualTo("x2Jy");
    }

    @Test
    void bidiControlsAndInvisibleFormatCharactersAreStripped() {
        assertThat(SafeText.line("abc\u202Edef\u2066g\u200Bh\uFEFF")).isEqualTo("abcdefgh");
    }

    @Test
    void joinersAndVariationSelectorsStayBecauseEmojiNeedThem() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69";
        assertThat(SafeText.line(family + "❤\uFE0F")).isEqualTo(family + "❤\uFE0F");
    }

    @Test
    void textIsNfcNormalized() {
        assertThat(SafeText.line("e\u0301")).isEqualTo("\u00E9");
    }

    @Test
    void linesKeepNewlinesAndTabsOnlyInMultilineText() {
        assertThat(SafeText.line("a\r\nb\tc")).isEqualTo("a b c");
        assertThat(SafeText.multiline("a\r\nb\rc\u2028d\te")).isEqualTo("a\nb\nc\nd\te");
    }

    @Test
    void halfASurrogatePairBecomesTheReplacementCharacter() {
        assertThat(SafeText.line("a\uD83Db\uDE00c")).isEqualTo("a\uFFFDb\uFFFDc");
        assertThat(SafeText.line("\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
    }

    @Test
    void deprecatedFormatAndAnnotationCharactersAreStripped() {
        assertThat(SafeText.line("a\u206Ab\u206Fc\uFFF9d\uFFFBe")).isEqualTo("abcde");
    }

    @Test
    void nothingThatSafeTextLetsThroughIsAControlCharacter() {
        StringBuilder every = new StringBuilder();
        for (int c = 0; c < 0x10000; c++) {
            every.append((char) c);
        }
        String safe = SafeText.multiline(every.toString());
        safe.codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean allowedControl = c == '\n' || c == '\t';
            assertThat(type == Character.CONTROL && !allowedControl).as("U+%04X", c).isFalse();
            assertThat(SafeText.isBidiControl((char) c) && c < 0x10000).as("U+%04X", c).isFalse();
            assertThat(Character.isSurrogate((char) c)).as("U+%04X", c).isFalse();
        });
    }
}
