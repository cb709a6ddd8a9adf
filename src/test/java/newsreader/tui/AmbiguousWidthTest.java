package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AmbiguousWidthTest {
    private static final AmbiguousWidth.Measure WIDE = probe -> 2;
    private static final AmbiguousWidth.Measure NARROW = probe -> 1;
    private static final AmbiguousWidth.Measure SILENT = probe -> 0;

    @Test
    void anExplicitChoiceIsNeverOverridden() {
        assertThat(AmbiguousWidth.resolve(1, Map.of(), WIDE)).isEqualTo(1);
        assertThat(AmbiguousWidth.resolve(2, Map.of(), NARROW)).isEqualTo(2);
    }

    @Test
    void detectionAsksTheTerminalOutsideMultiplexers() {
        assertThat(AmbiguousWidth.resolve(0, Map.of("TERM", "xterm-256color"), WIDE)).isEqualTo(2);
        assertThat(AmbiguousWidth.resolve(0, Map.of("TERM", "xterm-256color"), NARROW)).isEqualTo(1);
    }

    @Test
    void insideTmuxOrScreenAmbiguousCharactersStayNarrowWithoutAsking() {
        AmbiguousWidth.Measure mustNotAsk = probe -> {
            throw new AssertionError("asked the terminal inside a multiplexer");
        };
        assertThat(AmbiguousWidth.resolve(0, Map.of("TMUX", "/tmp/tmux-0/default,1,0", "TERM", "xterm"), mustNotAsk))
                .isEqualTo(1);
        assertThat(AmbiguousWidth.resolve(0, Map.of("STY", "123.pts-0", "TERM", "xterm"), mustNotAsk)).isEqualTo(1);
        assertThat(AmbiguousWidth.resolve(0, Map.of("TERM", "screen-256color"), mustNotAsk)).isEqualTo(1);
        assertThat(AmbiguousWidth.resolve(0, Map.of("TERM", "tmux-256color"), mustNotAsk)).isEqualTo(1);
    }

    @Test
    void noAnswerOrAnErrorMeansNarrow() {
        assertThat(AmbiguousWidth.resolve(0, Map.of("TERM", "xterm"), SILENT)).isEqualTo(1);
        assertThat(AmbiguousWidth.resolve(0, Map.of("TERM", "xterm"), probe -> {
            throw new IOException("terminal gone");
        })).isEqualTo(1);
    }
}
