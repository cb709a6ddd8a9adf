package newsreader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import newsreader.testing.ProgramRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code config}, {@code search} and {@code show} say on their own, in Simplified and Traditional Chinese. */
class CommandMessagesInChineseTest {
    @TempDir
    Path dir;

    @Test
    void configSaysWhereTheFileIsAndWhatIsWrongWithIt() throws IOException {
        Path absent = dir.resolve("none.yaml");
        assertThat(InProcess.run("--language", "zh-Hans", "config", "--config", absent.toString()).out())
                .isEqualTo(absent + "：不存在；使用默认设置\n");
        Path good = Files.writeString(dir.resolve("good.yaml"), "color: never\n");
        assertThat(InProcess.run("--language", "zh-Hant", "config", "--config", good.toString()).out())
                .isEqualTo(good + "：有效\n");
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "text-width: 5\n");
        ProgramRun badRun = InProcess.run("--language", "zh-Hant", "config", "--config", bad.toString());
        assertThat(badRun.exitCode()).isEqualTo(2);
        assertThat(badRun.err().lines()).containsExactly("設定檔：" + bad + ":1: text-width: 必須在 20 到 1000 之間，不能是 5",
                "請看 'newsreader --help'"); // the config belongs to every command
    }

    @Test
    void searchWithoutMatchesAndShowOfAMissingFileSaySo() throws IOException {
        Path posts = Files.createDirectories(dir.resolve("posts"));
        Files.writeString(posts.resolve("a.md"), "---\ntitle: 芯片\ndate: 2022-02-22\n---\n正文。\n", StandardCharsets.UTF_8);
        ProgramRun search = InProcess.run("--language", "zh-Hans", "search", posts.toString(), "不存在的词");
        assertThat(search.exitCode()).isZero();
        assertThat(search.err().lines()).containsExactly("没有结果");

        ProgramRun show = InProcess.run("--language", "zh-Hant", "show", dir.resolve("沒有.md").toString());
        assertThat(show.exitCode()).isEqualTo(2);
        assertThat(show.err().lines()).containsExactly("沒有這個檔案：" + dir.resolve("沒有.md"));

        ProgramRun width = InProcess.run("--language", "zh-Hans", "show", "--width", "0", "a.md");
        assertThat(width.err().lines()).first().isEqualTo("--width 至少为 1，不能是 0");
    }

    @Test
    void showLabelsTheArticleInTheLanguageAndEnglishStaysAsItWas() throws IOException {
        Path post = Files.writeString(dir.resolve("芯片.md"), "---\ntitle: 芯片\nauthor: 记者\ndate: 2022-02-22T03:33:04Z\n"
                + "categories: [科技]\nheadimg: https://img.example/head.jpg\n---\n正文。\n\n![电路板](https://img.example/b.png)\n",
                StandardCharsets.UTF_8);
        String simplified = InProcess.run("--language", "zh-Hans", "show", "--width", "60", post.toString()).out();
        assertThat(simplified.lines()).contains("作者：记者", "分类：科技", "头图：https://img.example/head.jpg", "[图片 1：电路板]",
                "链接与图片", "[1] 图片：https://img.example/b.png").anyMatch(line -> line.startsWith("日期：2022-02-2"));
        String traditional = InProcess.run("--language", "zh-Hant", "show", "--width", "60", post.toString()).out();
        assertThat(traditional.lines()).contains("分類：科技", "頭圖：https://img.example/head.jpg", "[圖片 1：电路板]",
                "連結與圖片");
        String english = InProcess.run("--language", "en", "show", "--width", "60", post.toString()).out();
        assertThat(english.lines()).contains("Author: 记者", "Category: 科技", "[image 1: 电路板]", "References")
                .anyMatch(line -> line.startsWith("Date: 2022-02-2"));
    }

    @Test
    void listAndShowGiveAFilesProblemInTheLanguageAndJsonKeepsEnglish() throws IOException {
        Path posts = Files.createDirectories(dir.resolve("posts"));
        Files.writeString(posts.resolve("good.md"), "---\ntitle: 好\n---\n正文。\n", StandardCharsets.UTF_8);
        Path empty = Files.writeString(posts.resolve("empty.md"), "");

        ProgramRun simplified = InProcess.run("--language", "zh-Hans", "list", "--no-cache", posts.toString());
        assertThat(simplified.exitCode()).isEqualTo(1);
        assertThat(simplified.err().lines()).containsExactly(empty + "：空文件");

        ProgramRun traditional = InProcess.run("--language", "zh-Hant", "show", empty.toString());
        assertThat(traditional.exitCode()).isEqualTo(1);
        assertThat(traditional.err().lines()).containsExactly(empty + "：空檔案");

        ProgramRun english = InProcess.run("--language", "en", "show", empty.toString());
        assertThat(english.err().lines()).containsExactly(empty + ": empty file");

        ProgramRun json = InProcess.run("--language", "zh-Hans", "list", "--json", "--no-cache", posts.toString());
        assertThat(json.out()).contains("\"problem\":\"empty file\"").doesNotContain("空文件");
    }
}
