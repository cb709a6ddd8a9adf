package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TextColor;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThemeTest {
    @Test
    void noColorInTheEnvironmentOrTheOptionGivesMonochrome() {
        assertThat(Theme.choose(true, Map.of())).isEqualTo(Theme.colour());
        assertThat(Theme.choose(true, Map.of("NO_COLOR", "1"))).isEqualTo(Theme.monochrome());
        assertThat(Theme.choose(false, Map.of())).isEqualTo(Theme.monochrome());
        // The NO_COLOR convention: present but empty means nothing.
        assertThat(Theme.choose(true, Map.of("NO_COLOR", ""))).isEqualTo(Theme.colour());
    }

    @Test
    void theFocusedPanesSelectionStandsOutMoreThanTheOthers() {
        Theme theme = Theme.colour();
        assertThat(theme.selection().background()).isEqualTo(TextColor.ANSI.BLUE);
        assertThat(theme.selectionUnfocused().reverse()).as("reverse video looks more selected than blue").isFalse();
        assertThat(theme.selectionUnfocused().bold()).isFalse();
        assertThat(theme.selectionUnfocused().background()).isEqualTo(TextColor.ANSI.BLACK_BRIGHT);
    }

    @Test
    void colourThemeNeverUsesTextColoursThatVanishOnLightOrDarkBackgrounds() {
        Theme theme = Theme.colour();
        for (var style : new newsreader.tui.term.CellStyle[] {theme.text(), theme.unread(), theme.date(),
                theme.category(), theme.count(), theme.title(), theme.meta(), theme.heading(), theme.quote(),
                theme.code(), theme.reference(), theme.problem()}) {
            assertThat(style.background()).isEqualTo(TextColor.ANSI.DEFAULT);
            assertThat(style.foreground()).isNotIn(TextColor.ANSI.YELLOW, TextColor.ANSI.YELLOW_BRIGHT,
                    TextColor.ANSI.WHITE, TextColor.ANSI.WHITE_BRIGHT, TextColor.ANSI.CYAN, TextColor.ANSI.CYAN_BRIGHT,
                    TextColor.ANSI.BLACK, TextColor.ANSI.BLACK_BRIGHT);
        }
    }
}
