package newsreader.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Line mode's output is copied from the scrollback: its links, image and article keep every address whole. */
class LineModeAddressesTest {
    private static final String HEAD = "https://img.example.com/uploads/images/news/20220920/1663651200_482913.jpg";
    private static final String LINK = "https://www.example.com/articles/2022/09/a-rather-long-path-to-a-page.html";
    private static final String PICTURE = "https://i.example.com/p/2022/09/20/abcdefghijklmnopqrstuvwxyz0123.webp";

    @TempDir
    Path temp;
    private LineSession session;

    @BeforeEach
    void writeFolder() throws IOException {
        Path posts = Files.createDirectories(temp.resolve("posts"));
        Files.writeString(posts.resolve("a.md"), "---\ntitle: 地址\ndate: 2022-09-20 05:20:00\nheadimg: '" + HEAD
                + "'\n---\n<div><p>见<a href=\"" + LINK + "\">公告</a>和<img src=\"" + PICTURE + "\" alt=\"海报\"></p></div>\n");
        session = new LineSession(posts, LineSession.testOptions(temp));
    }

    private static List<String> lines(String answer) {
        return answer.lines().map(String::strip).toList();
    }

    @Test
    void linksPrintsEachAddressWholeOnALineOfItsOwnAfterItsLabel() {
        LineSession.Result run = session.type("open 1", "links");
        List<String> links = lines(run.answer(2));

        assertThat(links).containsSubsequence("[1]", LINK, "(公告)");
        assertThat(links).containsSubsequence("[2] image:", PICTURE, "(海报)");
    }

    @Test
    void theOpenedArticleKeepsItsHeaderImageAndReferencesWhole() {
        List<String> article = lines(session.type("open 1").answer(1));

        assertThat(article).containsSubsequence("Image:", HEAD);
        assertThat(article).contains(LINK, PICTURE);
    }
}
