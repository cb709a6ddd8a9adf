package newsreader.line;

import static newsreader.testing.Posts.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import newsreader.reading.CategoryQuery;
import org.jline.reader.Candidate;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;

class LineCompleterTest {
    private final CategoryIndex categories = CategoryIndex.of(List.of(
            post("a.md", List.of("科技", "AI")),
            post("b.md", List.of("科技", "硬件")),
            post("c.md", List.of("Hacker News")),
            post("d.md", List.of("今日推荐 / 精选")),
            post("e.md")));
    private final LineCompleter completer = new LineCompleter(() -> categories);

    @Test
    void theFirstWordCompletesToCommandNames() {
        assertThat(values(complete("ca"))).contains("cat", "category", "list", "l", "open", "quit", "q")
                .doesNotContain("/", "next page", "?");
    }

    @Test
    void afterCatEveryCategoryPathIsACandidateWrittenWithSlashes() {
        List<Candidate> candidates = complete("cat 科");

        assertThat(values(candidates)).containsExactlyInAnyOrder(
                "科技", "科技/AI", "科技/硬件", "Hacker News", "今日推荐 / 精选");
        assertThat(candidates).filteredOn(c -> c.value().equals("科技")).singleElement()
                .satisfies(c -> assertThat(c.complete()).as("a parent lets the user type on into it").isFalse())
                .satisfies(c -> assertThat(c.descr()).isEqualTo("2 posts"));
        assertThat(candidates).filteredOn(c -> c.value().equals("科技/AI")).singleElement()
                .satisfies(c -> assertThat(c.complete()).isTrue());
        assertThat(values(complete("category "))).contains("科技/硬件");
    }

    @Test
    void aCompletedCategoryWithEscapedSpacesFindsItsPosts() {
        assertThat(CategoryQuery.of(TypedText.unescape("Hacker\\ News")).matches(post("x.md", List.of("Hacker News")))).isTrue();
        assertThat(CategoryQuery.of("今日推荐/精选").matches(post("x.md", List.of("今日推荐 / 精选")))).isTrue();
        assertThat(CategoryQuery.of("科技 › ai").matches(post("x.md", List.of("科技", "AI")))).isTrue();
        assertThat(CategoryQuery.of("科").matches(post("x.md", List.of("科技")))).as("whole names only").isFalse();
    }

    @Test
    void helpCompletesCommandNamesAndOtherCommandsCompleteNothing() {
        assertThat(values(complete("help "))).contains("search", "links");
        assertThat(complete("open ")).isEmpty();
        assertThat(complete("cat 科技 ")).as("a path is one word").isEmpty();
    }

    @Test
    void categoriesAreCountedOncePerPostAndListedParentsFirst() {
        CategoryIndex index = CategoryIndex.of(List.of(
                post("a.md", List.of("科技", "AI"), List.of("科技", "硬件")),
                post("b.md", List.of("科技")),
                post("c.md")));

        assertThat(index.entries()).extracting(CategoryEntry::shown, CategoryEntry::posts).containsExactly(
                tuple("科技", 2),
                tuple("科技 › 硬件", 1),
                tuple("科技 › AI", 1));
        assertThat(index.uncategorised()).isEqualTo(1);
    }

    private List<Candidate> complete(String typed) {
        ParsedLine line = new DefaultParser().parse(typed, typed.length(), Parser.ParseContext.COMPLETE);
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, line, candidates);
        return candidates;
    }

    private static List<String> values(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::value).toList();
    }
}
