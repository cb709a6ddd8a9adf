package newsreader.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
    private final Path home = Path.of("/home/someone");

    @Test
    void usesXdgDataHomeWhenAbsolute() {
        assertThat(DataDirectory.resolve(Map.of("XDG_DATA_HOME", "/data/x"), home))
                .isEqualTo(Path.of("/data/x/newsreader"));
    }

    @Test
    void fallsBackToLocalShareWhenUnsetEmptyOrRelative() {
        Path expected = Path.of("/home/someone/.local/share/newsreader");
        assertThat(DataDirectory.resolve(Map.of(), home)).isEqualTo(expected);
        assertThat(DataDirectory.resolve(Map.of("XDG_DATA_HOME", ""), home)).isEqualTo(expected);
        assertThat(DataDirectory.resolve(Map.of("XDG_DATA_HOME", "relative/dir"), home)).isEqualTo(expected);
    }
}
