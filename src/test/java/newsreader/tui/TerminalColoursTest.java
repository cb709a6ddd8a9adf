package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalColoursTest {
    @Test
    void theColoursCapabilityIsRead() {
        assertThat(TerminalColours.colours("xterm-256color|xterm with 256 colors,\n\tam, colors#0x100, cols#80,\n"))
                .isEqualTo(256);
        assertThat(TerminalColours.colours("vt100|dec vt100,\n\tam, cols#80, lines#24,\n")).isZero();
    }

    /** A name that says its colours needs no terminfo: no {@code infocmp} process at start. */
    @Test
    void aNameThatCountsItsColoursIsTakenAtItsWord() {
        java.util.List<String> askedAbout = new java.util.ArrayList<>();
        java.util.function.Function<String, String> terminfo = term -> {
            askedAbout.add(term);
            return "vt100|dec vt100,\n\tam, cols#80, lines#24,\n";
        };
        assertThat(TerminalColours.shown("xterm-256color", terminfo)).isTrue();
        assertThat(TerminalColours.shown("tmux-direct", terminfo)).isTrue();
        assertThat(TerminalColours.shown("rxvt-88color", terminfo)).isTrue();
        assertThat(askedAbout).isEmpty();
        assertThat(TerminalColours.shown("vt100", terminfo)).isFalse();
        assertThat(TerminalColours.shown("xterm-mono", terminfo)).isFalse();
        assertThat(askedAbout).containsExactly("vt100", "xterm-mono");
    }

    @Test
    void aVt100HasNoColoursAndAnXtermHas() {
        try {
            org.jline.utils.InfoCmp.getInfoCmp("vt100");
        } catch (Exception e) {
            org.junit.jupiter.api.Assumptions.abort("infocmp is not installed or knows no vt100: " + e);
        }
        assertThat(TerminalColours.shown("xterm-256color")).isTrue();
        assertThat(TerminalColours.shown("screen")).isTrue();
        assertThat(TerminalColours.shown("vt100")).isFalse();
        assertThat(TerminalColours.shown("no-such-terminal-anywhere")).as("unknown: as before").isTrue();
    }
}
