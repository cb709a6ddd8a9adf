package newsreader.reading;

import com.ibm.icu.text.Normalizer2;

/**
 * Text as compared by title and category queries: NFKC with case folding, so that {@code JAVA}, {@code java} and
 * the full-width {@code ｊａｖａ} a Chinese input method may type are the same word.
 */
public final class Folding {
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

    private Folding() {
    }

    public static String fold(String text) {
        return text == null ? "" : NFKC_CASEFOLD.normalize(text);
    }
}
