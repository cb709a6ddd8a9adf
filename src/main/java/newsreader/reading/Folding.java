package newsreader.reading;

import com.ibm.icu.text.Normalizer2;
import newsreader.text.HanFolding;
import newsreader.text.HanWords;

/**
 * Text as compared by title and category queries: NFKC with case folding, so that {@code JAVA}, {@code java} and
 * the full-width {@code ｊａｖａ} a Chinese input method may type are the same word; and Traditional Chinese folded
 * to Simplified, so that {@code 發展} finds {@code 发展} and the other way round, words the scripts write with other
 * characters included ({@code 甚麼} finds {@code 什么}), as the full-text index does.
 */
public final class Folding {
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

    private Folding() {
    }

    public static String fold(String text) {
        return text == null ? "" : HanWords.fold(HanFolding.fold(NFKC_CASEFOLD.normalize(text)));
    }
}
