package newsreader.reading;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What was typed at the reader's search prompts ({@code /} and {@code F}), most recent first, remembered in the
 * state folder ({@code $XDG_STATE_HOME/newsreader/search-history}, one entry a line) so that ↑ finds it in the next
 * session too. At most {@link #LIMIT} entries; an entry is never the same as the one before it.
 */
public final class SearchHistoryFile {
    public static final String FILE_NAME = "search-history";
    public static final int LIMIT = 100;

    private final Path file;

    /** @param stateFolder newsreader's state folder ({@code newsreader.config.XdgDirectories#state}) */
    public SearchHistoryFile(Path stateFolder) {
        this.file = stateFolder.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** The entries, most recent first; none when the file is missing or unreadable. */
    public List<String> load() {
        List<String> entries = new ArrayList<>();
        for (String line : StateFile.lines(file)) {
            entries = added(entries, line);
        }
        return reversedCopy(entries);
    }

    /** Remembers {@code entries} (most recent first); the reason when they could not be written. */
    public Optional<String> save(List<String> entries) {
        StringBuilder text = new StringBuilder();
        // Oldest first in the file, as shells keep theirs: load adds them back in the order they were typed.
        List<String> oldestFirst = reversedCopy(entries.subList(0, Math.min(LIMIT, entries.size())));
        for (String entry : oldestFirst) {
            text.append(entry).append('\n');
        }
        try {
            StateFile.write(file, text.toString());
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("search history not remembered: " + e.getMessage());
        }
    }

    /**
     * {@code entries} (oldest first) with {@code entry} after them: blank and repeated entries are left out, and
     * only the last {@link #LIMIT} kept.
     */
    private static List<String> added(List<String> entries, String entry) {
        String clean = entry.strip();
        if (clean.isEmpty() || clean.contains("\n") || (!entries.isEmpty() && entries.get(entries.size() - 1).equals(clean))) {
            return entries;
        }
        entries.add(clean);
        if (entries.size() > LIMIT) {
            entries.remove(0);
        }
        return entries;
    }

    private static List<String> reversedCopy(List<String> entries) {
        List<String> copy = new ArrayList<>(entries);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
