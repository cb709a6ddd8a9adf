package newsreader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import newsreader.testing.EndToEnd;
import newsreader.testing.ProgramRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program started as a user starts it, its language taken from the session's locale: Simplified under
 * {@code LANG=zh_CN.UTF-8}, Traditional under {@code zh_TW.UTF-8}, and {@code --language} over both. This machine,
 * like many, lacks those locales; as the launcher does, the tests run Java under {@code LC_ALL=C.UTF-8} (so that
 * Chinese file names can be named) and keep the user's (empty) {@code LC_ALL} beside it.
 */
@EndToEnd
class CommandsInTheSessionsLanguageTest {
    private static final Map<String, String> SIMPLIFIED = session("zh_CN.UTF-8");
    private static final Map<String, String> TRADITIONAL = session("zh_TW.UTF-8");

    @TempDir
    Path dir;

    private static Map<String, String> session(String lang) {
        return Map.of("LANG", lang, "LC_ALL", "C.UTF-8", "NEWSREADER_USER_LC_ALL", "");
    }

    private Path post() throws IOException {
        Path file = dir.resolve("posts").resolve("芯片.md");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "---\ntitle: 国产芯片的新进展\ncategories:\n - 新媒体\ndate: 2022-02-22T03:33:04Z\n"
                + "---\n\n正文第一段。\n", StandardCharsets.UTF_8);
    }

    @Test
    void helpAndAUsageErrorFollowTheSessionsLocale() {
        ProgramRun simplified = ProgramRun.with(SIMPLIFIED, "list", "--help");
        assertThat(simplified.exitCode()).isZero();
        assertThat(simplified.out()).startsWith("用法：").contains("列出文件夹中的文章");
        assertThat(CommandHelpInEveryLanguageTest.linesWiderThan80(simplified.out())).isEmpty();

        ProgramRun traditional = ProgramRun.with(TRADITIONAL, "--help");
        assertThat(traditional.out()).startsWith("用法：").contains("資料夾", "設定檔");
        assertThat(CommandHelpInEveryLanguageTest.linesWiderThan80(traditional.out())).isEmpty();

        ProgramRun error = ProgramRun.with(TRADITIONAL, "list", "--bogus");
        assertThat(error.exitCode()).isEqualTo(2);
        assertThat(error.err().lines()).containsExactly("未知選項：'--bogus'", "請看 'newsreader list --help'");

        ProgramRun defaults = ProgramRun.with(TRADITIONAL, "config", "--default");
        assertThat(defaults.out()).startsWith("# newsreader 設定檔").contains("color: auto");

        ProgramRun english = ProgramRun.with(TRADITIONAL, "--language", "en", "list", "--bogus");
        assertThat(english.err().lines()).containsExactly("Unknown option: '--bogus'", "try 'newsreader list --help'");
    }

    @Test
    void listAndShowSpeakTheSessionsLanguage() throws IOException {
        Path post = post();
        ProgramRun none = ProgramRun.with(SIMPLIFIED, "list", "--category", "不存在", post.getParent().toString());
        assertThat(none.exitCode()).isZero();
        assertThat(none.err().lines()).containsExactly("没有文章归在分类 不存在 下");

        ProgramRun listed = ProgramRun.with(TRADITIONAL, "list", post.getParent().toString());
        assertThat(listed.out()).contains("国产芯片的新进展");

        Path missing = dir.resolve("沒有.md");
        ProgramRun show = ProgramRun.with(TRADITIONAL, "show", missing.toString(), post.toString());
        assertThat(show.exitCode()).isEqualTo(2);
        assertThat(show.err().lines()).containsExactly("沒有這個檔案：" + missing);
        assertThat(show.out()).contains("国产芯片的新进展", "正文第一段。");
        assertThat(show.out().lines()).contains("分類：新媒体").anyMatch(line -> line.startsWith("日期：2022-02-2"));

        ProgramRun shown = ProgramRun.with(SIMPLIFIED, "show", post.toString());
        assertThat(shown.out().lines()).contains("分类：新媒体").noneMatch(line -> line.startsWith("Date:"));
    }
}
