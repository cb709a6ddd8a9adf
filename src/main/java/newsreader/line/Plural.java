package newsreader.line;

/** "1 post", "2 posts": messages are read aloud by screen readers, so they should be proper English. */
final class Plural {
    private Plural() {
    }

    /** For nouns that take an s. */
    static String of(int count, String noun) {
        return of(count, noun, noun + "s");
    }

    static String of(int count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
