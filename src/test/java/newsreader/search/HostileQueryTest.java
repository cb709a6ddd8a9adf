package newsreader.search;

import static newsreader.search.PostFolder.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import newsreader.testing.Property;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever the user types is a query: nothing throws, nothing hangs, odd characters are text. */
class HostileQueryTest {
    private static final String[] PIECES = {
        "\"", "(", ")", "*", "?", "\\", ":", "title:", "TITLE：", "-", "--", "+", "!", "~", "^", "[", "]", "{", "}",
        "&&", "||", "AND", "OR", "NOT", "“", "”", "「", "」", " ", "\t", "\n", "\u0000", "\u001b[2J", "\u009b", "\u202e",
        "\ud83d\ude00", "\ud800", "芯片", "猫", "a", "chips", "검색", "コンピュータ", "/", "/.*/", "title:\"", "\"\"", "0", "１２３",
    };

    @TempDir
    static Path scratch;

    private static SearchIndex index;

    @BeforeAll
    static void indexPosts() {
        PostFolder posts = new PostFolder(scratch.resolve("posts"));
        posts.write("a.md", "芯片 (title)", day(1), "<p>芯片 chips \"quoted\" a*b c\\d title:x 검색 コンピュータ 猫</p>");
        index = OpenIndex.open(posts.root(), scratch.resolve("cache"));
        OpenIndex.update(index, posts.scan());
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void specialCharactersNeverThrow() {
        for (String query : List.of("\"", "(", "*", "\\", "title:", "title:\"", "-", "\"芯片", "芯片\"", "((芯片", "芯片*",
                "a\\", "\u0000", "\u001b]52;c;aGk=\u0007", "", " ", "title: 芯片", "-芯片", "--", "/.*/", "\ud800", "a".repeat(10_000),
                "芯片 ".repeat(1_000), "\"" + "猫".repeat(1_000) + "\"")) {
            assertThatCode(() -> index.search(query, 10)).as(query.length() > 40 ? query.substring(0, 40) : query)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void specialCharactersAroundAWordAreIgnored() throws IOException {
        assertThat(index.search("(芯片)", 10)).hasSize(1);
        assertThat(index.search("芯片*", 10)).hasSize(1);
        assertThat(index.search("\"芯片", 10)).hasSize(1);
        assertThat(index.search("title:", 10)).as("a bare prefix is the word 'title'").hasSize(1);
        assertThat(index.search("-芯片", 10)).as("only exclusions: nothing to look for").isEmpty();
        assertThat(index.search("   ", 10)).isEmpty();
        assertThat(index.search("\u001b[2J", 10)).as("escape dropped, '2j' is not in the post").isEmpty();
    }

    @Test
    void randomMixturesOfSyntaxNeverThrow() {
        Property.forAll("hostile search queries", 300, HostileQueryTest::mixture, query -> {
            try {
                assertThat(index.search(query, 5)).hasSizeLessThanOrEqualTo(5);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }, Property.strings());
    }

    private static String mixture(Random random) {
        StringBuilder out = new StringBuilder();
        int n = 1 + random.nextInt(12);
        for (int i = 0; i < n; i++) {
            if (random.nextInt(8) == 0) {
                out.append((char) random.nextInt(0x10000));
            } else {
                out.append(PIECES[random.nextInt(PIECES.length)]);
            }
        }
        return out.toString();
    }
}
