package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import newsreader.testing.EndToEnd;
import newsreader.testing.Tmux;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real program in a real terminal (tmux): start it on a folder, move, filter by a Chinese word, open a post,
 * scroll, search, go back, quit, and check the screen at each step and the terminal's mode afterwards.
 */
@EndToEnd
class TmuxEndToEndTest {
    private static final Pattern ECHO_ON = Pattern.compile("(?<![-\\w])echo(?![\\w])");
    private static final Pattern ICANON_ON = Pattern.compile("(?<![-\\w])icanon(?![\\w])");
    private static final Pattern IXON_ON = Pattern.compile("(?<![-\\w])ixon(?![\\w])");

    @TempDir
    Path work;
    Path posts;
    Path data;

    @BeforeEach
    void folder() throws IOException {
        Tmux.requireTmux();
        posts = Files.createDirectories(work.resolve("posts"));
        data = Files.createDirectories(work.resolve("data"));
        StringBuilder longBody = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            longBody.append("第").append(i).append("段：游戏开发团队在公告中解释了延期的原因，并感谢玩家的耐心等待。\n\n");
            if (i == 30) {
                longBody.append("制作人说，这个故事的灵感来自他的外婆。\n\n");
            }
        }
        write("news/fog.md", "国产独立游戏《雾港来信》宣布跳票至明年春季", "2024-05-03 10:00:00",
                "[新媒体, 3DM]", "headimg: 'https://img.example.com/fog.jpg'\n", longBody.toString());
        write("news/charge.md", "笔记本智能充电固件 电池寿命有望延长三成", "2024-05-02 10:00:00",
                "[新媒体, cnBeta, 最新]", "", "据外媒报道，星河电脑推送了新版固件。");
        write("dev/spring.md", "Spring Boot startup checklist", "2024-05-01 10:00:00", "[编程, Java]", "",
                "Three things to check first.");
        write("life/emoji.md", "周末碎碎念 ✅ 新键盘 😀 生僻字𠀋", "2024-04-30 10:00:00", "[生活 ☕]", "",
                "这周最开心的事：新键盘终于到了 ⭐⭐⭐！");
        write("evil.md", "\"\\e]0;PWNED\\a恶意标题\\e[2J\\x9b31m\"", "2024-04-29 10:00:00", "[安全]", "",
                "正文");
        Files.writeString(posts.resolve("broken.md"), "---\ntitle: 没有结束的前言\n", StandardCharsets.UTF_8);
    }

    private void write(String name, String title, String date, String categories, String extra, String body)
            throws IOException {
        Path file = posts.resolve(name);
        Files.createDirectories(file.getParent());
        String quotedTitle = title.startsWith("\"") ? title : "'" + title + "'";
        Files.writeString(file, "---\ntitle: " + quotedTitle + "\ndate: " + date + "\ncategories: " + categories
                + "\n" + extra + "---\n\n" + body + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void browseFilterOpenScrollSearchBackAndQuitLeaveTheTerminalAsItWas() throws Exception {
        Path output = work.resolve("output.bin");
        try (Tmux tmux = Tmux.start(work, 100, 30)) {
            Path launcher = Tmux.launcher(work, posts, data, "xterm-256color", "C.UTF-8");
            tmux.recordOutput(output);
            tmux.type("sh " + launcher);
            tmux.press("Enter");

            // Posts stream in and a frame reaches the pane in pieces: wait for everything the checks below need. The
            // tree is whole only once the scan is done ("5 posts, 1 problem"): Tab j must land on 安全, the first
            // category, which comes with the oldest post.
            String screen = tmux.waitFor("the whole post list", s -> s.contains("Spring Boot startup")
                    && s.contains("All posts") && s.contains("国产独立游戏《雾港来信》") && s.contains("新媒体")
                    && s.contains("Problems") && s.contains("5 posts, 1 problem"));
            assertThat(screen).contains("国产独立游戏《雾港来信》").contains("新媒体").contains("Problems");
            assertColumnsAlign(tmux.lines());

            // Move in the tree: the list follows the chosen category.
            tmux.press("Tab", "j");
            screen = tmux.waitFor("the 安全 category listed alone", s -> s.contains("1/1  安全"));
            tmux.press("g");
            tmux.waitForText("1/5  All posts");

            // Filter the list by a Chinese word, typed as the input method would.
            tmux.press("Tab", "/");
            tmux.type("雾港");
            screen = tmux.waitFor("the filtered list", s -> s.contains("Filter: 雾港") && !s.contains("Spring Boot")
                    && s.contains("国产独立游戏《雾港来信》"));
            assertThat(screen).contains("国产独立游戏《雾港来信》");
            tmux.press("Enter");
            tmux.waitForText("filter: 雾港");

            // Open the post.
            tmux.press("Enter");
            screen = tmux.waitFor("the article", s -> s.contains("第1段") && s.contains("line 1-")
                    && s.contains("国产独立游戏《雾港来信》宣布跳票至明年春季"));
            assertThat(screen).contains("国产独立游戏《雾港来信》宣布跳票至明年春季");

            // Scroll a page (less's Space) and a line (vi's j).
            tmux.press("Space");
            screen = tmux.waitFor("the next page", s -> !s.contains("第1段：") && s.contains("line 29-"));
            tmux.press("j");
            tmux.waitForText("line 30-");

            // Search, then go to the next match.
            tmux.press("/");
            tmux.type("外婆");
            tmux.press("Enter");
            tmux.waitFor("the match at the top and the search in the status line",
                    s -> s.lines().findFirst().orElse("").contains("外婆") && s.contains("/外婆"));

            // Back to the list, which still shows the filter and now marks the post read.
            tmux.press("q");
            screen = tmux.waitFor("the list again, the post marked read",
                    s -> s.contains("filter: 雾港") && !s.contains("line ") && !s.contains("*  2024-05-03"));
            assertThat(screen).doesNotContain("*  2024-05-03");

            tmux.press("q");
            screen = tmux.waitForText("EXIT=0");

            tmux.type("stty -a");
            tmux.press("Enter");
            screen = tmux.waitFor("stty output", s -> s.contains("icanon") && s.contains("ixon"));
            assertTerminalRestored(screen);
        }
        byte[] written = Files.readAllBytes(output);
        assertNoControlSequenceFromPosts(written);
        String text = new String(written, StandardCharsets.UTF_8);
        assertThat(text).as("wheel as arrow keys while running").contains("\u001b[?1007h");
        assertThat(text.lastIndexOf("\u001b[?1007l")).as("alternate scroll mode undone")
                .isGreaterThan(text.lastIndexOf("\u001b[?1007h"));
        assertThat(text.lastIndexOf("\u001b[?1049l")).as("alternate screen left")
                .isGreaterThan(text.lastIndexOf("\u001b[?1049h"));
        try (Stream<Path> files = Files.walk(data)) {
            assertThat(files.filter(Files::isRegularFile)).as("read state saved").isNotEmpty();
        }
    }

    /** In every row, the tree's counts and the divider must be at the same cell, however wide the names. */
    static void assertColumnsAlign(List<String> lines) {
        CellWidth widths = CellWidth.standard();
        Integer divider = null;
        for (String line : lines) {
            int bar = line.indexOf('│');
            if (bar < 0) {
                continue;
            }
            int cell = widths.of(line.substring(0, bar));
            if (divider == null) {
                divider = cell;
            }
            assertThat(cell).as("divider cell in: %s", line).isEqualTo(divider);
        }
        assertThat(divider).as("a divider was drawn").isNotNull();
    }

    private static void assertTerminalRestored(String sttyOutput) {
        assertThat(ECHO_ON.matcher(sttyOutput).find()).as("echo is on again:\n%s", sttyOutput).isTrue();
        assertThat(ICANON_ON.matcher(sttyOutput).find()).as("icanon is on again:\n%s", sttyOutput).isTrue();
        assertThat(IXON_ON.matcher(sttyOutput).find()).as("ixon is on again:\n%s", sttyOutput).isTrue();
        assertThat(sttyOutput).contains("intr = ^C");
    }

    /**
     * The program writes CSI sequences of its own, and OSC 8 hyperlinks over the addresses it shows (checked web
     * addresses of printable ASCII; inside tmux passed through with each ESC doubled), but never another OSC (window
     * title, clipboard), BEL or C1 byte.
     */
    private static void assertNoControlSequenceFromPosts(byte[] output) {
        String recorded = new String(output, StandardCharsets.UTF_8);
        assertThat(recorded).as("output was recorded").contains("恶意标题");
        String text = recorded.replaceAll("\u001b{1,2}\\]8;;[\\x21-\\x7e&&[^\u001b]]*\u001b{1,2}\\\\", "");
        assertThat(text).doesNotContain("\u001b]").doesNotContain("\u0007").doesNotContain("PWNED\u0007");
        for (char c : text.toCharArray()) {
            assertThat(c >= 0x80 && c <= 0x9f).as("C1 control U+%04X in the output", (int) c).isFalse();
        }
    }

    @Test
    void resizingLaysOutAgainAtOnceAndNeverShiftsTheScreen() throws Exception {
        try (Tmux tmux = Tmux.start(work, 100, 30)) {
            tmux.type("sh " + Tmux.launcher(work, posts, data, "xterm-256color", "C.UTF-8"));
            tmux.press("Enter");
            tmux.waitFor("the list", s -> s.contains("国产独立游戏") && s.contains("All posts"));
            tmux.press("Enter");
            tmux.waitForText("第1段");
            tmux.resize(60, 20);
            String screen = tmux.waitFor("the article at 60 columns", s -> s.contains("line 1-19/"));
            List<String> lines = tmux.lines();
            assertThat(lines.get(19)).startsWith("line 1-19/");
            assertThat(lines).allSatisfy(l -> assertThat(CellWidth.standard().of(l)).isLessThanOrEqualTo(60));
            tmux.press("q");
            tmux.resize(20, 6);
            // One pane at a time now; the top row is the first post and the status line is on the last row.
            // (Right after shrinking, tmux shows the old screen's bottom rows until the reader redraws.)
            tmux.waitFor("the list at 20x6", s -> s.lines().count() >= 6 && s.lines().toList().get(0).contains("国产")
                    && s.lines().toList().get(5).startsWith("1/5"));
            tmux.resize(100, 30);
            screen = tmux.waitFor("both panes again",
                    s -> s.contains("│") && s.contains("All posts") && s.contains("Spring Boot startup checklist"));
            assertColumnsAlign(tmux.lines());
            tmux.press("Q");
            tmux.waitForText("EXIT=0");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xterm-256color", "screen-256color", "tmux-256color", "linux", "vt100"})
    void startsDrawsChineseAndQuitsCleanlyWhateverTheTerm(String term) throws Exception {
        try (Tmux tmux = Tmux.start(work, 80, 24)) {
            tmux.type("sh " + Tmux.launcher(work, posts, data, term, "C.UTF-8"));
            tmux.press("Enter");
            tmux.waitFor("the list", s -> s.contains("国产独立游戏") && s.contains("All posts"));
            tmux.press("Q");
            tmux.waitForText("EXIT=0");
            tmux.type("stty -a");
            tmux.press("Enter");
            assertTerminalRestored(tmux.waitFor("stty output", s -> s.contains("icanon") && s.contains("ixon")));
        }
    }

    @Test
    void aNonUtf8LocaleIsReportedAndChineseIsStillDrawnNotAsQuestionMarks() throws Exception {
        try (Tmux tmux = Tmux.start(work, 100, 30)) {
            tmux.type("sh " + Tmux.launcher(work, posts, data, "xterm-256color", "C"));
            tmux.press("Enter");
            String screen = tmux.waitFor("the list", s -> s.contains("国产独立游戏") && s.contains("not UTF-8"));
            assertThat(screen).doesNotContain("??");
            tmux.press("q");
            tmux.waitForText("EXIT=0");
        }
    }

    @Test
    void outsideAMultiplexerTheAmbiguousWidthIsMeasuredAndTheProbeIsErased() throws Exception {
        Path output = work.resolve("probe.bin");
        try (Tmux tmux = Tmux.start(work, 100, 30)) {
            // Without TMUX in the environment the reader believes it talks to the terminal itself and asks it.
            Path config = Tmux.config(work, "ambiguous-width: auto\n");
            Path launcher = Tmux.launcher(work, posts, data, "xterm-256color", "C.UTF-8", "unset TMUX\n",
                    "--config", "'" + config + "'");
            tmux.recordOutput(output);
            tmux.type("sh " + launcher);
            tmux.press("Enter");
            String screen = tmux.waitFor("the list", s -> s.contains("国产独立游戏") && s.contains("All posts"));
            assertThat(screen).doesNotContain("○");
            // tmux draws ambiguous characters narrow, so the divider is the box-drawing bar, not ASCII.
            assertThat(screen).contains("│");
            tmux.press("Q");
            tmux.waitForText("EXIT=0");
        }
        String written = new String(Files.readAllBytes(output), StandardCharsets.UTF_8);
        assertThat(written).contains("○\u001b[6n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT", "HUP"})
    void aSignalEndsTheReaderWithTheTerminalRestored(String signal) throws Exception {
        try (Tmux tmux = Tmux.start(work, 100, 30)) {
            tmux.type("sh " + Tmux.launcher(work, posts, data, "xterm-256color", "C.UTF-8"));
            tmux.press("Enter");
            tmux.waitFor("the list", s -> s.contains("国产独立游戏") && s.contains("All posts"));
            long pid = tmux.javaPid();
            Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).start();
            assertThat(kill.waitFor()).isZero();
            tmux.waitFor("the shell after the reader", s -> s.contains("EXIT="));
            tmux.type("stty -a");
            tmux.press("Enter");
            assertTerminalRestored(tmux.waitFor("stty output", s -> s.contains("icanon") && s.contains("ixon")));
        }
    }


    @Test
    void aPostAddedWhileTheReaderRunsAppearsAndADeletedOneGoes() throws Exception {
        try (Tmux tmux = Tmux.start(work, 100, 30)) {
            Path launcher = Tmux.launcher(work, posts, data, "xterm-256color", "C.UTF-8",
                    "export XDG_CACHE_HOME='" + work.resolve("cache") + "'\n");
            tmux.type("sh " + launcher);
            tmux.press("Enter");
            // The folder is watched only once its first scan is done: a post written while posts still stream in may
            // be missed by both, and Spring Boot must be on the screen before its deletion can be seen.
            tmux.waitFor("the whole list", s -> s.contains("国产独立游戏《雾港来信》") && s.contains("5 posts, 1 problem"));

            write("news/new.md", "刚刚写好的新文章出现了", "2024-06-01 10:00:00", "[新媒体, 3DM]", "", "新内容。");
            // How soon it shows is a benchmark's business; here it must show, with no key pressed.
            String screen = tmux.waitForText("刚刚写好的新文章出现了");
            // Newest first: the new post is the first row of the list.
            assertThat(screen.lines().filter(l -> l.contains("2024-")).findFirst().orElse("")).contains("刚刚写好");

            Files.delete(posts.resolve("dev/spring.md"));
            tmux.waitFor("the deleted post gone", s -> !s.contains("Spring Boot startup checklist"));

            tmux.press("Q");
            tmux.waitForText("EXIT=0");
        }
    }

    @Test
    void capitalFFindsAChineseWordThatIsOnlyInABody() throws Exception {
        try (Tmux tmux = Tmux.start(work, 100, 30)) {
            Path launcher = Tmux.launcher(work, posts, data, "xterm-256color", "C.UTF-8",
                    "export XDG_CACHE_HOME='" + work.resolve("cache") + "'\n");
            tmux.type("sh " + launcher);
            tmux.press("Enter");
            tmux.waitForText("国产独立游戏《雾港来信》");

            // The index is built in the background just after the list appears: ask again until it answers.
            String screen = "";
            long deadline = System.nanoTime() + Tmux.TIMEOUT.toNanos();
            for (int attempt = 0; System.nanoTime() < deadline; attempt++) {
                tmux.press("F");
                tmux.waitForText("Search all text:");
                if (attempt == 0) {
                    tmux.type("外婆");
                }
                // Later attempts: F offers the last query again.
                tmux.waitForText("Search all text: 外婆");
                tmux.press("Enter");
                screen = tmux.waitFor("an answer", s -> s.contains("1 post") || s.contains("Nothing found")
                        || s.contains("not open yet"));
                if (screen.contains("1 post")) {
                    break;
                }
            }
            assertThat(screen).contains("国产独立游戏《雾港来信》").contains("外婆").contains("1 post");
            assertThat(screen).doesNotContain("Spring Boot");

            tmux.press("Enter");
            tmux.waitFor("the article", s -> s.contains("line ") && s.contains("/外婆"));
            tmux.press("q");
            tmux.waitForText("all text: 外婆");
            tmux.press("Q");
            tmux.waitForText("EXIT=0");
        }
    }

    @Test
    void remappedKeysWorkAndTheHelpShowsThem() throws Exception {
        // A bad action name never reaches the screen: the command line refuses it first
        // (CliTest.anUnknownActionInTheKeysSettingIsAUsageErrorBeforeTheScreenStarts).
        try (Tmux tmux = Tmux.start(work, 100, 30)) {
            Path launcher = Tmux.launcher(work, posts, data, "xterm-256color", "C.UTF-8",
                    "export XDG_CACHE_HOME='" + work.resolve("cache") + "'\n",
                    "--config", "'" + Tmux.config(work, "keys: {toggle-star: x}\n") + "'");
            tmux.type("sh " + launcher);
            tmux.press("Enter");
            tmux.waitForText("国产独立游戏《雾港来信》");
            tmux.press("x");
            tmux.waitForText("Starred");
            tmux.press("?");
            tmux.waitForText("toggle-star (your config)");
            tmux.press("q", "Q");
            tmux.waitForText("EXIT=0");
        }
        // The star outlives the session, in the SQLite store under the data directory.
        java.nio.file.Path dataDirectory = newsreader.store.DataDirectory.resolve(
                java.util.Map.of("XDG_DATA_HOME", data.toString()), work);
        try (newsreader.store.SqliteStateStore store = newsreader.store.SqliteStateStore.open(
                newsreader.store.SqliteStateStore.fileIn(dataDirectory))) {
            assertThat(store.starred()).singleElement().asString().startsWith("news/fog.md#");
        }
    }
}
