package newsreader.reading;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the user left long articles, remembered in the state folder
 * ({@code $XDG_STATE_HOME/newsreader/reading-positions}) apart from the read marks, so that a damaged file costs a
 * place in an article and never a mark. A place is the fraction of the article's lines above the view: at another
 * width the article has other lines, and the fraction still lands near the same paragraph. The last
 * {@link #LIMIT} posts left are kept.
 */
public final class ReadingPositions {
    public static final String FILE_NAME = "reading-positions";
    public static final int LIMIT = 1000;

    private final Path file;

    /** @param stateFolder newsreader's state folder ({@code newsreader.config.XdgDirectories#state}) */
    public ReadingPositions(Path stateFolder) {
        this.file = stateFolder.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** Fractions (0 to 1) by post identity, least recently left first; lines that do not read are passed over. */
    public LinkedHashMap<String, Double> load() {
        LinkedHashMap<String, Double> positions = new LinkedHashMap<>();
        for (String line : StateFile.lines(file)) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                continue;
            }
            try {
                double fraction = Double.parseDouble(line.substring(0, tab));
                if (fraction > 0 && fraction < 1) {
                    remember(positions, line.substring(tab + 1), fraction);
                }
            } catch (NumberFormatException e) {
                // Not a line of ours.
            }
        }
        return positions;
    }

    /**
     * Sets (or, at the top, forgets) the place in one post, making it the most recent and dropping the oldest past
     * {@link #LIMIT}.
     */
    public static void remember(LinkedHashMap<String, Double> positions, String postId, double fraction) {
        positions.remove(postId);
        if (fraction > 0 && fraction < 1 && !postId.contains("\n")) {
            positions.put(postId, fraction);
        }
        while (positions.size() > LIMIT) {
            positions.remove(positions.keySet().iterator().next());
        }
    }

    /** Writes the places; the reason when they could not be written. */
    public Optional<String> save(Map<String, Double> positions) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Double> entry : positions.entrySet()) {
            text.append(String.format(Locale.ROOT, "%.6f", entry.getValue())).append('\t').append(entry.getKey()).append('\n');
        }
        try {
            StateFile.write(file, text.toString());
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("reading position not remembered: " + e.getMessage());
        }
    }
}
