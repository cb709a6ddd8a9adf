package newsreader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsreader.post.BodyFormat;
import newsreader.post.PostMeta;
import newsreader.reading.PostRows;
import newsreader.render.DateLabel;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;

class ListTableTest {
    private final PostRows rows = new PostRows(new DateLabel(ZoneOffset.UTC), CellWidth.standard());

    private static PostMeta post(int i, String title, List<List<String>> categories) {
        return new PostMeta(Path.of("/posts/" + i + ".md"), i + ".md", title, Instant.ofEpochSecond(1_600_000_000L - i * 3600L),
                null, null, categories, List.of(), null, null, BodyFormat.values()[0], 0, 1, Map.of());
    }

    @Test
    void everyRowIsPrintedOnceInOrderAcrossBatchesAndChunks() {
        // rows of about 150 characters, CJK among them: 1,000 of them fill several chunks of the writer
        List<PostMeta> posts = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            posts.add(post(i, "第" + i + "篇 " + "标题".repeat(i % 60) + " end" + i, List.of(List.of("新媒体", "快讯"))));
        }
        StringWriter written = new StringWriter();
        PrintWriter out = new PrintWriter(written);
        new ListTable(rows, 0).print(posts, out);
        out.flush();
        String[] lines = written.toString().split("\n", -1);
        assertThat(lines).hasSize(1001);
        assertThat(lines[1000]).isEmpty();
        for (int i = 0; i < 1000; i++) {
            assertThat(lines[i]).startsWith(rows.date(posts.get(i))).endsWith(" end" + i).contains("新媒体 › 快讯");
        }
    }

    @Test
    void aRowEndsWithoutSpacesEvenWhenItsTitleIsBlank() {
        StringWriter written = new StringWriter();
        PrintWriter out = new PrintWriter(written);
        new ListTable(rows, 0).print(List.of(post(1, "   ", List.of()), post(2, "two", List.of())), out);
        out.flush();
        assertThat(written.toString().split("\n")).allSatisfy(line -> assertThat(line).doesNotEndWith(" "));
        assertThat(written.toString()).endsWith("two\n");
    }
}
