package newsreader.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateDirectoryTest {
    private final Path home = Path.of("/home/reader");

    @Test
    void historyGoesUnderXdgStateHome() {
        assertThat(StateDirectory.historyFile(Map.of("XDG_STATE_HOME", "/var/state"), home))
                .isEqualTo(Path.of("/var/state/newsreader/line-history"));
    }

    @Test
    void anUnsetEmptyOrRelativeXdgStateHomeMeansTheDefaultUnderHome() {
        Path fallback = Path.of("/home/reader/.local/state/newsreader/line-history");
        assertThat(StateDirectory.historyFile(Map.of(), home)).isEqualTo(fallback);
        assertThat(StateDirectory.historyFile(Map.of("XDG_STATE_HOME", " "), home)).isEqualTo(fallback);
        assertThat(StateDirectory.historyFile(Map.of("XDG_STATE_HOME", "state"), home)).isEqualTo(fallback);
    }
}
