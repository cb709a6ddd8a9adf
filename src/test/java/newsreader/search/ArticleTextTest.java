package newsreader.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import newsreader.post.PostReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text the index gets from a post: one line, white space and invisible characters as a reader would see them. */
class ArticleTextTest {
    @TempDir
    Path scratch;

    private String textOf(String bodyHtml) throws Exception {
        PostFolder posts = new PostFolder(scratch.resolve("posts"));
        Path file = posts.write("a.md", "标题", Instant.parse("2024-05-01T00:00:00Z"), bodyHtml);
        return new ArticleText().of(new PostReader().read(file, posts.root()));
    }

    @Test
    void runsOfWhiteSpaceBecomeOneSpaceAndTheEndsAreTrimmed() throws Exception {
        assertEquals("芯片 发布 GPU 新一代 显卡",
                textOf("<p>  芯片 \t\t 发布\u2028\u2028GPU  </p><pre>新一代\n\n\n   显卡</pre>"));
    }

    @Test
    void invisibleAndControlCharactersGoAndWordsAroundThemJoin() throws Exception {
        assertEquals("芯片发布 abc", textOf("<p>芯\u200b片\u202e发\u0007布 a\u00adb\ufeffc</p>"));
    }

    @Test
    void referenceMarkersGoAndAnImageKeepsItsAltText() throws Exception {
        assertEquals("看 官方 发布会 照片 全文",
                textOf("<p>看 <a href=\"https://example.com/a\">官方</a> <img src=\"https://example.com/p.png\" alt=\"发布会 照片\"> 全文</p>"));
    }

    @Test
    void aBodyWithNoSpacesToSpareIsKeptAsItIs() throws Exception {
        assertEquals("第一段 第二段", textOf("<p>第一段</p><p>第二段</p>"));
    }
}
