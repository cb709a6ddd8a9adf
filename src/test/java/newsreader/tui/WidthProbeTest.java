package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WidthProbeTest {
    private static final WidthProbe.Measure WIDE = probe -> 2;
    private static final WidthProbe.Measure NARROW = probe -> 1;
    private static final WidthProbe.Measure SILENT = probe -> 0;

    @Test
    void anExplicitChoiceIsNeverOverridden() {
        assertThat(WidthProbe.ambiguousWidth(1, Map.of(), WIDE)).isEqualTo(1);
        assertThat(WidthProbe.ambiguousWidth(2, Map.of(), NARROW)).isEqualTo(2);
    }

    @Test
    void detectionAsksTheTerminalOutsideMultiplexers() {
        assertThat(WidthProbe.ambiguousWidth(0, Map.of("TERM", "xterm-256color"), WIDE)).isEqualTo(2);
        assertThat(WidthProbe.ambiguousWidth(0, Map.of("TERM", "xterm-256color"), NARROW)).isEqualTo(1);
    }

    @Test
    void insideTmuxOrScreenAmbiguousCharactersStayNarrowWithoutAsking() {
        WidthProbe.Measure mustNotAsk = probe -> {
            throw new AssertionError("asked the terminal inside a multiplexer");
        };
        assertThat(WidthProbe.ambiguousWidth(0, Map.of("TMUX", "/tmp/tmux-0/default,1,0", "TERM", "xterm"), mustNotAsk))
                .isEqualTo(1);
        assertThat(WidthProbe.ambiguousWidth(0, Map.of("STY", "123.pts-0", "TERM", "xterm"), mustNotAsk)).isEqualTo(1);
        assertThat(WidthProbe.ambiguousWidth(0, Map.of("TERM", "screen-256color"), mustNotAsk)).isEqualTo(1);
        assertThat(WidthProbe.ambiguousWidth(0, Map.of("TERM", "tmux-256color"), mustNotAsk)).isEqualTo(1);
    }

    @Test
    void noAnswerOrAnErrorMeansNarrow() {
        assertThat(WidthProbe.ambiguousWidth(0, Map.of("TERM", "xterm"), SILENT)).isEqualTo(1);
        assertThat(WidthProbe.ambiguousWidth(0, Map.of("TERM", "xterm"), probe -> {
            throw new IOException("terminal gone");
        })).isEqualTo(1);
    }

    @Test
    void emojiSequencesAreJoinedOnlyWhenTheTerminalDrawsTheProbeInTwoCells() {
        assertThat(WidthProbe.joinsEmojiSequences(probe -> probe.equals(WidthProbe.EMOJI_SEQUENCE_PROBE) ? 2 : 1))
                .isTrue();
        assertThat(WidthProbe.joinsEmojiSequences(probe -> 6)).as("three emoji side by side").isFalse();
        assertThat(WidthProbe.joinsEmojiSequences(probe -> 8)).as("the joiners drawn too").isFalse();
        assertThat(WidthProbe.joinsEmojiSequences(probe -> 3)).as("emoji one cell wide, as in old tables").isFalse();
        assertThat(WidthProbe.joinsEmojiSequences(SILENT)).as("no answer").isFalse();
        assertThat(WidthProbe.joinsEmojiSequences(probe -> {
            throw new IOException("terminal gone");
        })).isFalse();
    }

    @Test
    void theEmojiProbeIsOneSequenceOfEmojiThatAreWideOnTheirOwn() {
        newsreader.text.CellWidth widths = newsreader.text.CellWidth.standard();
        String probe = WidthProbe.EMOJI_SEQUENCE_PROBE;
        assertThat(newsreader.text.Graphemes.clusters(probe)).hasSize(1);
        assertThat(widths.ofCluster(probe)).as("the width the program gives it, which the answer must match").isEqualTo(2);
        assertThat(probe.split("\u200D")).hasSize(3).allSatisfy(part -> assertThat(widths.of(part)).isEqualTo(2));
    }

    @Test
    void aTerminalThatLeftOneProbeUnansweredIsNotAskedAgain() throws IOException {
        int[] asked = {0};
        WidthProbe.Measure silentOnce = WidthProbe.untilSilent(probe -> {
            asked[0]++;
            throw new IOException("no cursor position report");
        });
        assertThat(WidthProbe.ambiguousWidth(0, Map.of("TERM", "xterm"), silentOnce)).isEqualTo(1);
        assertThat(WidthProbe.joinsEmojiSequences(silentOnce)).isFalse();
        assertThat(asked[0]).as("one wait for the answer, not two").isEqualTo(1);

        int[] answered = {0};
        WidthProbe.Measure answering = WidthProbe.untilSilent(probe -> {
            answered[0]++;
            return probe.equals(WidthProbe.AMBIGUOUS_PROBE) ? 1 : 2;
        });
        assertThat(WidthProbe.ambiguousWidth(0, Map.of("TERM", "xterm"), answering)).isEqualTo(1);
        assertThat(WidthProbe.joinsEmojiSequences(answering)).isTrue();
        assertThat(answered[0]).isEqualTo(2);
        assertThat(WidthProbe.untilSilent(SILENT).cells("x")).isZero();
    }
}
