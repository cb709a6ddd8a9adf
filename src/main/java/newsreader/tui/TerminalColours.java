package newsreader.tui;

import java.io.IOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.jline.utils.InfoCmp;

/**
 * Whether the terminal shows colours, as its terminfo entry says ({@code colors#8} and more): a VT100 or
 * {@code xterm-mono} has none, and colour codes would come out as stray attributes or garbage there. A terminal
 * terminfo does not know is taken to have colours, as before: most terminals today do.
 */
final class TerminalColours {
    private TerminalColours() {
    }

    /** @param term the {@code TERM} value; null or blank is answered elsewhere (the reader refuses to start) */
    static boolean shown(String term) {
        if (term == null || term.isBlank()) {
            return true;
        }
        String entry;
        try {
            entry = InfoCmp.getInfoCmp(term);
        } catch (IOException | RuntimeException e) {
            entry = InfoCmp.getDefaultInfoCmp(term);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
        return entry == null || entry.isBlank() || colours(entry) >= 8;
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
