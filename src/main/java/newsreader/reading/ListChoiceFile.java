package newsreader.reading;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The list choice the user made last with the reader's keys ({@code U}, {@code o}), remembered in the state folder
 * ({@code $XDG_STATE_HOME/newsreader/list-choice}) so that the next session, in the reader or line mode, starts with
 * it. The config's {@code sort} and {@code unread-only} are the choice until a key changes it. A file that cannot
 * be read, or holds anything else, is ignored: it is a convenience, not a setting.
 */
public final class ListChoiceFile {
    public static final String FILE_NAME = "list-choice";

    private final Path file;

    /** @param stateFolder newsreader's state folder ({@code newsreader.config.XdgDirectories#state}) */
    public ListChoiceFile(Path stateFolder) {
        this.file = stateFolder.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** The remembered choice, else {@code configured}. */
    public ListChoice load(ListChoice configured) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return configured;
        }
        ListChoice choice = configured;
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (key.equals("sort") && ListOrder.named(value) != null) {
                choice = choice.withOrder(ListOrder.named(value));
            } else if (key.equals("unread-only") && (value.equals("true") || value.equals("false"))) {
                choice = choice.withUnreadOnly(value.equals("true"));
            }
        }
        return choice;
    }

    /** Remembers a choice; the reason when it could not be written. */
    public Optional<String> save(ListChoice choice) {
        String text = "sort: " + choice.order().settingName() + "\nunread-only: " + choice.unreadOnly() + "\n";
        try {
            StateFile.write(file, text);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("list choice not remembered: " + e.getMessage());
        }
    }
}
