package newsreader.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PostOrderTest {
    private static PostMeta meta(String relativePath, String date, long modified) {
        return new PostMeta(Path.of("/p", relativePath), relativePath, relativePath, date == null ? null : Instant.parse(date),
                date, null, List.of(), List.of(), null, null, BodyFormat.MARKDOWN, modified, 0, Map.of());
    }

    @Test
    void datedNewestFirstThenUndatedByModificationTimeAndTiesByPath() {
        List<PostMeta> expected = List.of(
                meta("z-new.md", "2022-09-22T08:01:12Z", 1),
                meta("a-tie.md", "2021-01-01T00:00:00Z", 1),
                meta("b-tie.md", "2021-01-01T00:00:00Z", 9), // a newer file time does not matter for dated posts
                meta("old.md", "2001-01-01T00:00:00Z", 99),
                meta("u-recent.md", null, 50),
                meta("u-a.md", null, 20),
                meta("u-b.md", null, 20),
                meta("u-old.md", null, 10));
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            List<PostMeta> shuffled = new ArrayList<>(expected);
            Collections.shuffle(shuffled, random);
            shuffled.sort(PostOrder.NEWEST_FIRST);
            assertThat(shuffled).extracting(PostMeta::relativePath)
                    .containsExactlyElementsOf(expected.stream().map(PostMeta::relativePath).toList());
        }
    }

    @Test
    void problemsAreSortedByPath() {
        List<PostProblem> problems = new ArrayList<>(List.of(new PostProblem(Path.of("/b"), "b.md", "x"),
                new PostProblem(Path.of("/a"), "a.md", "y")));
        problems.sort(PostOrder.BY_PATH);
        assertThat(problems).extracting(PostProblem::relativePath).containsExactly("a.md", "b.md");
    }
}
