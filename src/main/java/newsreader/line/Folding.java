package newsreader.line;

import com.ibm.icu.text.Normalizer2;

/**
 * Text as compared by search and category matching: NFKC with case folding, so that {@code JAVA}, {@code java} and
 * the full-width {@code ｊａｖａ} a Chinese input method may type are the same word.
 */
final class Folding {
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

    private Folding() {
    }

    static String fold(String text) {
        return NFKC_CASEFOLD.normalize(text);
    }
}
