package newsreader.line;

import newsreader.messages.Messages;

/**
 * "1 post", "2 posts", "2 篇文章": messages are read aloud by screen readers, so a count agrees with its noun in each
 * language. Sentences with a count say it in their own pattern ({@code {0,choice,1#1 post|1<… posts}}); this is for
 * the count standing alone, as beside a completion candidate.
 */
final class Plural {
    private static final Messages WORDS = Messages.of("line");

    private Plural() {
    }

    static String posts(int count) {
        return WORDS.get("count.post", count);
    }
}
