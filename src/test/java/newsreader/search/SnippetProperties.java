package newsreader.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import newsreader.testing.Property;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

/** For any text and any two-character word of it, the snippet is a short piece of the text with the word marked. */
class SnippetProperties {
    private static final String ALPHABET = "芯片新一代的了是在有和。，、！？ab Cd\u3000";

    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final SearchQuery queries = new SearchQuery(analyzer);
    private final Snippets snippets = new Snippets(analyzer);

    private record Case(String text, String word) {
    }

    private static Case draw(Random random) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(random.nextBoolean() ? 40 : 600);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        String word = random.nextBoolean() ? "芯片" : "新一代";
        int at = random.nextInt(text.length() + 1);
        text.insert(at, word);
        return new Case(text.toString(), word);
    }

    @Test
    void snippetsAreShortPiecesOfTheTextWithTheWordMarked() {
        Property.forAll("snippets mark the word", 300, SnippetProperties::draw, c -> {
            Query query = queries.of(c.word());
            Snippet snippet = snippets.ofBody(query, c.text());
            String plain = snippet.text().replace(SnippetFormatter.ELLIPSIS, "");
            assertThat(c.text()).contains(plain);
            assertThat(snippet.text().length()).isLessThanOrEqualTo(Snippets.BODY_MAX_CHARS + 2 * SnippetFormatter.ELLIPSIS.length());
            assertThat(snippet.highlights()).isNotEmpty();
            for (Highlight h : snippet.highlights()) {
                assertThat(h.end()).isLessThanOrEqualTo(snippet.text().length());
                // Touching matches are merged: a marked stretch is the word once or more, side by side.
                assertThat(snippet.text().substring(h.start(), h.end()).replace(c.word(), "")).isEmpty();
            }
        });
    }
}
