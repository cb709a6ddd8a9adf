package newsreader.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XdgDirectoriesTest {
    @Test
    void absoluteVariablesWin() {
        XdgDirectories dirs = XdgDirectories.of(Map.of("HOME", "/home/u", "XDG_CONFIG_HOME", "/c", "XDG_DATA_HOME", "/d",
                "XDG_STATE_HOME", "/s", "XDG_CACHE_HOME", "/k"));
        assertThat(dirs.config()).isEqualTo(Path.of("/c/newsreader"));
        assertThat(dirs.data()).isEqualTo(Path.of("/d/newsreader"));
        assertThat(dirs.state()).isEqualTo(Path.of("/s/newsreader"));
        assertThat(dirs.cache()).isEqualTo(Path.of("/k/newsreader"));
    }

    @Test
    void unsetEmptyOrRelativeVariablesFallBackUnderHome() {
        XdgDirectories dirs = XdgDirectories.of(Map.of("HOME", "/home/u", "XDG_DATA_HOME", "", "XDG_STATE_HOME", "rel"));
        assertThat(dirs.config()).isEqualTo(Path.of("/home/u/.config/newsreader"));
        assertThat(dirs.data()).isEqualTo(Path.of("/home/u/.local/share/newsreader"));
        assertThat(dirs.state()).isEqualTo(Path.of("/home/u/.local/state/newsreader"));
        assertThat(dirs.cache()).isEqualTo(Path.of("/home/u/.cache/newsreader"));
    }

    @Test
    void theHomeIsHomeWhenAbsoluteElseJavasUserHome() {
        Path javas = Path.of(System.getProperty("user.home"));
        assertThat(XdgDirectories.home(Map.of("HOME", "/home/u"))).isEqualTo(Path.of("/home/u"));
        assertThat(XdgDirectories.home(Map.of("HOME", "relative/home"))).isEqualTo(javas);
        assertThat(XdgDirectories.home(Map.of("HOME", " "))).isEqualTo(javas);
        assertThat(XdgDirectories.home(Map.of())).isEqualTo(javas);
    }

    @Test
    void aRelativeHomeIsNeverWhereTheFoldersGo() {
        assertThat(XdgDirectories.of(Map.of("HOME", "rel")).cache())
                .isEqualTo(Path.of(System.getProperty("user.home"), ".cache", "newsreader"));
    }
}
