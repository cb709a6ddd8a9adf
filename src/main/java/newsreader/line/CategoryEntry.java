package newsreader.line;

import java.util.List;

/**
 * One category of the folder, at any depth: its names (outermost first, each a whole front-matter name), how many
 * posts are in it or below it, and whether it has subcategories.
 */
record CategoryEntry(List<String> words, int posts, boolean hasChildren) {
    static final String SEPARATOR = " › ";

    CategoryEntry {
        words = List.copyOf(words);
    }

    /** As printed: {@code 新媒体 › cnBeta}. */
    String shown() {
        return String.join(SEPARATOR, words);
    }

    /** As typed after {@code cat} and offered by completion: {@code 新媒体/cnBeta}. */
    String typed() {
        return String.join("/", words);
    }
}
