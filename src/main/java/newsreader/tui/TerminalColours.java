package newsreader.tui;

import java.io.IOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jline.utils.InfoCmp;

/**
 * Whether the terminal shows colours, as its terminfo entry says ({@code colors#8} and more): a VT100 or
 * {@code xterm-mono} has none, and colour codes would come out as stray attributes or garbage there. A terminal
 * terminfo does not know is taken to have colours, as before: most terminals today do.
 */
final class TerminalColours {
    /**
     * Endings of names that say their colours ({@code xterm-256color}, {@code tmux-direct}, {@code rxvt-88color}):
     * answered without terminfo, whose look-up runs {@code infocmp}, a process of its own: 70 ms of each start of the
     * reader.
     */
    private static final List<String> COUNTED_COLOURS = List.of("-256color", "-88color", "-16color", "-direct", "-truecolor");

    private TerminalColours() {
    }

    /** @param term the {@code TERM} value; null or blank is answered elsewhere (the reader refuses to start) */
    static boolean shown(String term) {
        return shown(term, TerminalColours::terminfo);
    }

    /**
     * @param terminfo the terminfo entry of a terminal name in {@code infocmp}'s form, null or blank when none is
     *                 known
     */
    static boolean shown(String term, Function<String, String> terminfo) {
        if (term == null || term.isBlank() || COUNTED_COLOURS.stream().anyMatch(term::endsWith)) {
            return true;
        }
        String entry = terminfo.apply(term);
        return entry == null || entry.isBlank() || colours(entry) >= 8;
    }

    private static String terminfo(String term) {
        try {
            return InfoCmp.getInfoCmp(term);
        } catch (IOException | RuntimeException e) {
            return InfoCmp.getDefaultInfoCmp(term);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The {@code colors} capability of a terminfo entry in {@code infocmp}'s form; 0 when it has none. */
    static int colours(String entry) {
        Map<InfoCmp.Capability, Integer> numbers = new HashMap<>();
        try {
            InfoCmp.parseInfoCmp(entry, EnumSet.noneOf(InfoCmp.Capability.class), numbers, new HashMap<>());
        } catch (RuntimeException e) {
            return 8;
        }
        Integer colours = numbers.get(InfoCmp.Capability.max_colors);
        return colours == null ? 0 : colours;
    }
}
