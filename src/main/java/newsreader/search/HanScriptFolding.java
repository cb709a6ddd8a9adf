package newsreader.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import newsreader.text.HanFolding;

/**
 * Folds Traditional Chinese terms to Simplified ({@code 發} → {@code 发}), so that a post and a query in either script
 * meet on the same terms. Only the term's text changes: its offsets still point at the characters of the original,
 * which is what the highlighter marks. A character that folds outside the Basic Multilingual Plane makes the term
 * one UTF-16 unit longer; the term buffer grows for it.
 */
final class HanScriptFolding extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final StringBuilder folded = new StringBuilder();

    HanScriptFolding(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        for (int i = 0; i < length; ) {
            int codePoint = Character.codePointAt(buffer, i, length);
            int simplified = HanFolding.fold(codePoint);
            if (simplified != codePoint) {
                if (Character.charCount(simplified) == Character.charCount(codePoint)) {
                    Character.toChars(simplified, buffer, i); // the common case: in place, same length
                } else {
                    refold(i);
                    return true;
                }
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }

    /** Folds the rest of the term from {@code from} into a new buffer, when a character changes length. */
    private void refold(int from) {
        folded.setLength(0);
        folded.append(term.buffer(), 0, from);
        String rest = new String(term.buffer(), from, term.length() - from);
        folded.append(HanFolding.fold(rest));
        term.setEmpty().append(folded);
    }
}
