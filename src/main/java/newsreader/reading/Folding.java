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
    private Folding() {
    }

    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            // The reader's empty filter at its start: nothing to fold, and no tables to load for it (ICU's NFKC data
            // and the Traditional-to-Simplified tables took 20-30 ms of the screen's thread before its first frame).
            return "";
        }
        return HanWords.fold(HanFolding.fold(CaseFolding.NFKC.normalize(text)));
    }

    /** Loaded with the first text that is not empty. */
    private static final class CaseFolding {
        static final Normalizer2 NFKC = Normalizer2.getNFKCCasefoldInstance();
    }
}
