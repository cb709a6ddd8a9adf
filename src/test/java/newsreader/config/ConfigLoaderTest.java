package newsreader.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import newsreader.tui.KeyBindings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    private final ConfigLoader loader = new ConfigLoader(KeyBindings::keyName, Path.of("/home/u"));

    @Test
    void theDefaultFileParsesToTheDefaults() throws ConfigException {
        assertThat(loader.parse(DefaultConfig.text(), "default")).isEqualTo(Settings.defaults());
    }

    @Test
    void aMissingFileGivesTheDefaults(@TempDir Path dir) throws ConfigException {
        assertThat(loader.load(dir.resolve("none.yaml"))).isEqualTo(Settings.defaults());
    }

    @Test
    void everySettingIsRead() throws ConfigException {
        Settings s = loader.parse("""
                posts: /srv/posts
                ambiguous-width: 2
                color: never
                date-format: "MM/dd HH:mm"
                time-zone: Asia/Shanghai
                viewer: "feh --scale-down {file}"
                viewer-terminal: true
                download:
                  max-size-mb: 5
                  timeout-seconds: 3
                keys: {next-unread: "N"}
                graphics: sixel
                placeholder-images: [img.example.com/stock/, fillers.example]
                """, "c.yaml");
        assertThat(s.posts()).isEqualTo(new ConfiguredFolder(Path.of("/srv/posts"), "c.yaml:1: posts: "));
        assertThat(s.ambiguousWidth()).isEqualTo(2);
        assertThat(s.color()).isEqualTo(Settings.ColorMode.NEVER);
        assertThat(s.dateFormat()).isEqualTo("MM/dd HH:mm");
        assertThat(s.timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(s.viewer()).isEqualTo("feh --scale-down {file}");
        assertThat(s.viewerTerminal()).isTrue();
        assertThat(s.downloadMaxBytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(s.downloadTimeoutSeconds()).isEqualTo(3);
        assertThat(s.keys()).isEqualTo(Map.of("next-unread", "N"));
        assertThat(s.graphics()).isEqualTo("sixel");
        assertThat(s.placeholderImages()).containsExactly("img.example.com/stock/", "fillers.example");
    }

    @Test
    void placeholderImagesMustBeAListOfHosts() {
        assertThatThrownBy(() -> loader.parse("placeholder-images: picsum.photos\n", "c.yaml"))
                .hasMessageStartingWith("c.yaml:1: placeholder-images: expected a list of hosts");
        assertThatThrownBy(() -> loader.parse("placeholder-images:\n  - ok.example\n  - https://x.example/\n", "c.yaml"))
                .hasMessageStartingWith("c.yaml:3: placeholder-images: expected a host, optionally with a path");
    }

    @Test
    void aTildeInThePostsFolderIsTheHomeTheLoaderWasGiven() throws ConfigException {
        assertThat(loader.parse("posts: ~/news\n", "c.yaml").posts().folder()).isEqualTo(Path.of("/home/u/news"));
        assertThat(loader.parse("posts: ~other/news\n", "c.yaml").posts().folder()).isEqualTo(Path.of("~other/news"));
    }

    @Test
    void aMissingPostsFolderLoadsAndIsNamedWithFileLineAndKeyWhenItIsToBeRead(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        ConfiguredFolder missing = loader.parse("color: auto\nposts: ~/gone\n", "c.yaml").posts();
        assertThatThrownBy(missing::existing).isInstanceOf(ConfigException.class)
                .hasMessage("c.yaml:2: posts: /home/u/gone: no such folder");
        ConfiguredFolder aFile = loader.parse("posts: " + file + "\n", "c.yaml").posts();
        assertThatThrownBy(aFile::existing).hasMessage("c.yaml:1: posts: " + file + ": not a folder");
        assertThat(loader.parse("posts: " + dir + "\n", "c.yaml").posts().existing()).isEqualTo(dir);
    }

    @Test
    void anUnknownKeyNamesTheFileTheLineAndTheKey() {
        assertThatThrownBy(() -> loader.parse("color: auto\ncolour: never\n", "c.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("c.yaml:2: colour: unknown setting");
    }

    @Test
    void theChineseScriptIsOneOfThreeWords() throws ConfigException {
        assertThat(Settings.defaults().chinese()).isEqualTo(Settings.Chinese.ORIGINAL);
        assertThat(loader.parse("chinese: traditional\n", "c.yaml").chinese()).isEqualTo(Settings.Chinese.TRADITIONAL);
        assertThat(loader.parse("chinese: Simplified\n", "c.yaml").chinese()).isEqualTo(Settings.Chinese.SIMPLIFIED);
        assertThatThrownBy(() -> loader.parse("chinese: cantonese\n", "c.yaml"))
                .hasMessage("c.yaml:1: chinese: must be original, simplified or traditional, not 'cantonese'");
    }

    @Test
    void theReadingMeasureIsRead() throws ConfigException {
        Settings s = loader.parse("text-width: 70\ntext-align: center\n", "c.yaml");
        assertThat(s.textWidth()).isEqualTo(70);
        assertThat(s.textCentred()).isTrue();
        assertThat(Settings.defaults().textWidth()).isEqualTo(newsreader.reading.TextMeasure.DEFAULT_WIDTH);
        assertThat(Settings.defaults().textCentred()).isFalse();
        assertThatThrownBy(() -> loader.parse("text-width: 5\n", "c.yaml"))
                .hasMessage("c.yaml:1: text-width: must be between 20 and 1000, not 5");
        assertThatThrownBy(() -> loader.parse("text-align: justify\n", "c.yaml"))
                .hasMessage("c.yaml:1: text-align: must be left or center, not 'justify'");
    }

    @Test
    void sortAndUnreadOnlyAreRead() throws ConfigException {
        Settings s = loader.parse("sort: Title\nunread-only: yes\n", "c.yaml");
        assertThat(s.sort()).isEqualTo("title");
        assertThat(s.unreadOnly()).isTrue();
        assertThat(Settings.defaults().sort()).isEqualTo("newest");
        assertThat(Settings.defaults().unreadOnly()).isFalse();
    }

    @Test
    void badValuesNameTheFileTheLineAndTheKey() {
        assertThatThrownBy(() -> loader.parse("ambiguous-width: 3\n", "c.yaml")).hasMessage("c.yaml:1: ambiguous-width: must be 1, 2 or auto, not '3'");
        assertThatThrownBy(() -> loader.parse("\n\ntime-zone: Mars/Olympus\n", "c.yaml")).hasMessageStartingWith("c.yaml:3: time-zone: not a time zone");
        assertThatThrownBy(() -> loader.parse("download:\n  max-size-mb: lots\n", "c.yaml")).hasMessageStartingWith("c.yaml:2: download.max-size-mb: must be a whole number");
        assertThatThrownBy(() -> loader.parse("date-format: \"yyyy-MM-dd {\"\n", "c.yaml")).hasMessageStartingWith("c.yaml:1: date-format: not a date pattern");
        assertThatThrownBy(() -> loader.parse("- a\n- b\n", "c.yaml")).hasMessageContaining("must be a mapping");
        assertThatThrownBy(() -> loader.parse("graphics: ascii-art\n", "c.yaml")).hasMessageStartingWith("c.yaml:1: graphics: must be auto");
        assertThatThrownBy(() -> loader.parse("sort: random\n", "c.yaml")).hasMessage("c.yaml:1: sort: must be newest, oldest, source, title, not 'random'");
        assertThatThrownBy(() -> loader.parse("unread-only: maybe\n", "c.yaml")).hasMessageStartingWith("c.yaml:1: unread-only: must be true or false");
        assertThatThrownBy(() -> loader.parse("color: [a\n", "c.yaml")).hasMessageStartingWith("c.yaml: not valid YAML");
    }

    @Test
    void theKeysAreCheckedByTheReadersRulesAndEachProblemIsNamedOnce() {
        assertThatThrownBy(() -> loader.parse("color: auto\nkeys: {bogus: \"x\"}\n", "c.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("c.yaml:2: keys.bogus: unknown action; known actions: ")
                .satisfies(e -> assertThat(e.getMessage().split("bogus", -1)).as("bogus named once").hasSize(2));
        assertThatThrownBy(() -> loader.parse("keys:\n  next-unread: N\n  reload: F5x\n", "c.yaml"))
                .hasMessageStartingWith("c.yaml:3: keys.reload: \"F5x\": not a key");
        assertThatThrownBy(() -> loader.parse("keys: {quit: \"\"}\n", "c.yaml")).hasMessage("c.yaml:1: keys.quit: \"\": no key given");
        assertThatThrownBy(() -> loader.parse("keys: {toggle-read: [r]}\n", "c.yaml"))
                .hasMessageStartingWith("c.yaml:1: keys.toggle-read: expected a single value");
    }

    @Test
    void oneKeyGivenToTwoActionsIsAProblemWhateverItsSpelling() {
        assertThatThrownBy(() -> loader.parse("keys:\n  next-unread: C-n\n  toggle-star: ^n\n", "c.yaml"))
                .hasMessage("c.yaml:3: keys.toggle-star: Ctrl-n is already given to next-unread; a key can mean one action");
    }

    @Test
    void yamlTagsAreNeverInstantiated() {
        assertThatThrownBy(() -> loader.parse("viewer: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]\n", "c.yaml"))
                .isInstanceOf(ConfigException.class);
    }

    @Test
    void configLivesUnderXdgConfigHomeOrHome() {
        assertThat(ConfigFile.location(Map.of("XDG_CONFIG_HOME", "/x/cfg", "HOME", "/home/u"))).isEqualTo(Path.of("/x/cfg/newsreader/config.yaml"));
        assertThat(ConfigFile.location(Map.of("HOME", "/home/u"))).isEqualTo(Path.of("/home/u/.config/newsreader/config.yaml"));
        assertThat(ConfigFile.location(Map.of("XDG_CONFIG_HOME", "relative", "HOME", "/home/u"))).isEqualTo(Path.of("/home/u/.config/newsreader/config.yaml"));
    }

    @Test
    void noColorTurnsAutoColoursOff() {
        Settings s = Settings.defaults();
        assertThat(s.useColor(Map.of())).isTrue();
        assertThat(s.useColor(Map.of("NO_COLOR", "1"))).isFalse();
        assertThat(s.useColor(Map.of("NO_COLOR", ""))).isTrue();
        assertThat(s.withColor(Settings.ColorMode.ALWAYS).useColor(Map.of("NO_COLOR", "1"))).isTrue();
    }

    @Test
    void aHugeFileIsRefused(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("config.yaml");
        Files.writeString(big, "# " + "x".repeat(300 * 1024));
        assertThatThrownBy(() -> loader.load(big)).hasMessageContaining("larger than");
    }
}
