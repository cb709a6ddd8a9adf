package newsreader.tui;

import java.io.IOException;
import java.util.Map;

/**
 * Asks the terminal, once at start, how it draws what terminals disagree on: by writing a probe and reading the
 * cursor position back ({@link Measure}). Two questions, one mechanism: how wide East Asian ambiguous characters
 * are (when the user left it to the reader), and whether emoji ZWJ sequences are joined into one picture.
 */
final class WidthProbe {
    /** What {@link ReaderOptions#ambiguousWidth()} says to mean "find out". */
    static final int DETECT = 0;
    /** An ambiguous character to measure: WHITE CIRCLE, drawn wide by terminals set up for CJK. */
    static final String AMBIGUOUS_PROBE = "○";
    /**
     * A family (man, woman, girl): every part an emoji that is wide on its own, so a terminal that does not join the
     * sequence moves on by 6 cells or more, and one that joins it by 2, the width the program gives it.
     */
    static final String EMOJI_SEQUENCE_PROBE = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";

    /** Measures how many cells the terminal gives a string; 0 when it cannot tell. */
    interface Measure {
        int cells(String probe) throws IOException;
    }

    private WidthProbe() {
    }

    /**
     * {@code measure} until a terminal once leaves a probe unanswered, then 0 without asking: a terminal that does
     * not report the cursor costs the reader's start one wait (5 s), not one for each question.
     */
    static Measure untilSilent(Measure measure) {
        boolean[] silent = {false};
        return probe -> {
            if (silent[0]) {
                return 0;
            }
            int cells = 0;
            try {
                cells = measure.cells(probe);
                return cells;
            } finally {
                silent[0] = cells <= 0;
            }
        };
    }

    /**
     * The width to use for ambiguous characters: what the user asked for, or else 1 inside tmux and screen (they
     * keep their own width tables whatever the outer terminal does), or else what the terminal answers for
     * {@link #AMBIGUOUS_PROBE}.
     */
    static int ambiguousWidth(int requested, Map<String, String> environment, Measure measure) {
        if (requested == 1 || requested == 2) {
            return requested;
        }
        if (insideMultiplexer(environment)) {
            return 1;
        }
        try {
            return measure.cells(AMBIGUOUS_PROBE) == 2 ? 2 : 1;
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }

    /**
     * Whether the terminal draws an emoji ZWJ sequence whole, in 2 cells. Asked inside tmux and screen too: they
     * place every cell themselves, so their own handling of the sequence is what counts. No answer, or any other
     * width, means no: the reader then keeps drawing a sequence as its first emoji, which every terminal draws
     * in 2 cells.
     */
    static boolean joinsEmojiSequences(Measure measure) {
        try {
            return measure.cells(EMOJI_SEQUENCE_PROBE) == 2;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static boolean insideMultiplexer(Map<String, String> environment) {
        String term = environment.getOrDefault("TERM", "");
        return !environment.getOrDefault("TMUX", "").isEmpty() || !environment.getOrDefault("STY", "").isEmpty()
                || term.startsWith("screen") || term.startsWith("tmux");
    }
}
