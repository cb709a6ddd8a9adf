package newsreader.tui;

import java.io.IOException;
import java.util.Map;

/** Decides how wide East Asian ambiguous characters are drawn when the user left it to the reader. */
final class AmbiguousWidth {
    /** What {@link ReaderOptions#ambiguousWidth()} says to mean "find out". */
    static final int DETECT = 0;
    /** An ambiguous character to measure: WHITE CIRCLE, drawn wide by terminals set up for CJK. */
    static final String PROBE = "○";

    /** Measures how many cells the terminal gives a string; 0 when it cannot tell. */
    interface Measure {
        int cells(String probe) throws IOException;
    }

    private AmbiguousWidth() {
    }

    /**
     * The width to use: what the user asked for, or else 1 inside tmux and screen (they keep their own width
     * tables whatever the outer terminal does), or else what the terminal answers for {@link #PROBE}.
     */
    static int resolve(int requested, Map<String, String> environment, Measure measure) {
        if (requested == 1 || requested == 2) {
            return requested;
        }
        if (insideMultiplexer(environment)) {
            return 1;
        }
        try {
            return measure.cells(PROBE) == 2 ? 2 : 1;
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }

    static boolean insideMultiplexer(Map<String, String> environment) {
        String term = environment.getOrDefault("TERM", "");
        return !environment.getOrDefault("TMUX", "").isEmpty() || !environment.getOrDefault("STY", "").isEmpty()
                || term.startsWith("screen") || term.startsWith("tmux");
    }
}
