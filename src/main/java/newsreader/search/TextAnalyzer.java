package newsreader.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import newsreader.text.HanWords;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How text becomes search terms, for Chinese, Japanese and Korean as for English.
 *
 * <p>Unicode word breaking (UAX #29) cuts Latin text into words and Han and Hiragana into single characters
 * (Katakana and Hangul runs into words); CJK runs then become overlapping pairs of characters (bigrams), so
 * {@code 芯片} is one term that a text holding 芯 and 片 apart does not have. This needs no dictionary and finds
 * every word, at the cost of some false hits inside longer words, which a phrase of bigrams mostly removes.
 * Latin words are folded to lower case and to ASCII, and plural and possessive endings are dropped
 * ({@code chips}, {@code chip's} and {@code chip} are one term); stronger stemming conflates too much.
 * Traditional Chinese is folded to Simplified ({@link HanScriptFolding}), so {@code 發展} and {@code 发展} are one term.
 *
 * <p>Each CJK character is also kept alone (type {@link CJKBigramFilter#SINGLE_TYPE}), at the position of the bigram it starts, so that
 * a one-character query ({@code 猫}) finds every text holding it. Queries are analysed the same way, so their
 * terms sit at the positions the index gives them and phrases across scripts ({@code 一代GPU}) stay exact; a
 * two-character query is its one bigram ({@link SearchQuery} drops the single characters a bigram covers).
 */
final class TextAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new CJKWidthFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new LatinFolding(stream);
        stream = new HanScriptFolding(stream);
        stream = new EnglishPossessiveFilter(stream);
        stream = new EnglishMinimalStemFilter(stream);
        stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, true);
        return new TokenStreamComponents(source, stream);
    }

    /**
     * Before the tokenizer cuts Chinese into characters: the words the two scripts write with other characters in
     * their Simplified form ({@link HanWords}, {@code 甚麼} → {@code 什么}), each as long as the word it replaces, so
     * the offsets the highlighter marks are still those of the characters the post wrote.
     */
    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        try {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
            }
            return new StringReader(HanWords.simplifiedWords(text.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new HanScriptFolding(new LatinFolding(new LowerCaseFilter(new CJKWidthFilter(in))));
    }
}
