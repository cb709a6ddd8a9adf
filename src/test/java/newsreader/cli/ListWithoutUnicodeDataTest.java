package newsreader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newsreader.testing.EndToEnd;
import newsreader.testing.ProgramRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chinese titles of common characters are measured and printed without ICU's property data or Java's normalization
 * data, whose loading cost a start 40–60 ms ({@code text/CommonCharacters}); a title that needs them still gets them.
 */
class ListWithoutUnicodeDataTest {
    private static final String ICU_PROPERTIES = "com.ibm.icu.impl.UCharacterProperty ";
    private static final String JDK_NORMALIZATION = "jdk.internal.icu.impl.NormalizerImpl ";

    @Test
    @EndToEnd
    void aListOfCommonChineseTitlesLoadsNoUnicodeData(@TempDir Path dir) throws IOException {
        Path posts = Files.createDirectories(dir.resolve("posts"));
        post(posts, "a.md", "【观察】华为发布“鸿蒙 5”：售价 ¥6,999 起，カメラ……", "新媒体");
        post(posts, "b.md", "三星确认电池技术（USB4）", "新媒体");

        String classes = classesLoadedBy(dir, "list", posts.toString());

        assertThat(classes).contains("newsreader.cli.ListTable ").doesNotContain(ICU_PROPERTIES, JDK_NORMALIZATION);
    }

    @Test
    @EndToEnd
    void aTitleThatNeedsTheDataStillGetsIt(@TempDir Path dir) throws IOException {
        Path posts = Files.createDirectories(dir.resolve("posts"));
        // the title is normalized; the category, measured for its column, is an emoji sequence
        post(posts, "a.md", "Cafe\u0301 新闻", "新媒体 👩‍💻");

        String classes = classesLoadedBy(dir, "list", posts.toString());

        assertThat(classes).contains(ICU_PROPERTIES, JDK_NORMALIZATION);
    }

    private static void post(Path folder, String name, String title, String feedSet) throws IOException {
        Files.writeString(folder.resolve(name), "---\ntitle: \"" + title + "\"\ndate: 2024-05-03 10:00\n"
                + "categories: [\"" + feedSet + "\", 少数派, 首页]\n---\n\n正文\n", StandardCharsets.UTF_8);
    }

    private static String classesLoadedBy(Path dir, String... args) throws IOException {
        Path classes = dir.resolve("classes.txt");
        ProgramRun run = ProgramRun.run(List.of("-Xlog:class+load:file=" + classes), Map.of(), args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("新媒体");
        return Files.readString(classes);
    }
}
