package newsreader.tui.term;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {
    @Test
    void noControlCharacterOrWidthMarkerIsWritten() {
        assertThat(TerminalText.printable("a\u001b]52;c;x\u0007b\u009b2J\u007f中\u034F\u202E"))
                .isEqualTo("a]52;c;xb2J中");
    }

    @Test
    void loneSurrogatesAreNotWritten() {
        assertThat(TerminalText.printable("a\uD840b\uDC0Bc𠀋")).isEqualTo("abc𠀋");
    }

    @Test
    void onlyAsciiAndStableCjkHaveCertainWidth() {
        assertThat(TerminalText.hasCertainWidth("a")).isTrue();
        assertThat(TerminalText.hasCertainWidth("中")).isTrue();
        assertThat(TerminalText.hasCertainWidth("，")).isTrue();
        assertThat(TerminalText.hasCertainWidth("😀")).isFalse();
        assertThat(TerminalText.hasCertainWidth("⭐")).isFalse();
        assertThat(TerminalText.hasCertainWidth("“")).isFalse();
        assertThat(TerminalText.hasCertainWidth("e\u0301")).isFalse();
    }

    @Test
    void aliasesExpandToTheirClusters() {
        GlyphAliases aliases = new GlyphAliases();
        String a = aliases.aliasFor("กุ");
        assertThat(aliases.aliasFor("กุ")).isEqualTo(a);
        assertThat(aliases.expand("x" + a + "y")).isEqualTo("xกุy");
        assertThat(aliases.expand("plain")).isEqualTo("plain");
    }
}
