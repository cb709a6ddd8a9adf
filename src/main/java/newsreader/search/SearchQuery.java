package newsreader.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns typed text into a Lucene query without Lucene's query parser, so that no input can be a syntax error.
 * Every clause must match; a clause that analyses to several terms (a CJK word of three or more characters, a
 * hyphenated word, a quoted phrase) must match them in order, side by side. A clause matches the title or the body,
 * a title match counting {@link #TITLE_BOOST} times as much.
 */
final class SearchQuery {
    static final float TITLE_BOOST = 3f;

    private final Analyzer analyzer;

    SearchQuery(Analyzer queryAnalyzer) {
        this.analyzer = queryAnalyzer;
    }

    /** The query for {@code typed}, or null when it holds nothing to search for (blank, only punctuation, only exclusions). */
    Query of(String typed) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int required = 0;
        for (QueryClause clause : QuerySyntax.parse(typed)) {
            Query match = match(clause);
            if (match == null) {
                continue;
            }
            all.add(match, clause.excluded() ? BooleanClause.Occur.MUST_NOT : BooleanClause.Occur.MUST);
            if (!clause.excluded()) {
                required++;
            }
        }
        return required == 0 ? null : all.build();
    }

    private Query match(QueryClause clause) {
        Query title = inField(IndexFields.TITLE, clause.text());
        if (title == null) {
            return null;
        }
        if (clause.titleOnly()) {
            return title;
        }
        return new BooleanQuery.Builder()
                .add(new BoostQuery(title, TITLE_BOOST), BooleanClause.Occur.SHOULD)
                .add(inField(IndexFields.BODY, clause.text()), BooleanClause.Occur.SHOULD)
                .build();
    }

    /** One term, or the terms as a phrase at the positions the analyser gave them; null when there is no term. */
    private Query inField(String field, String text) {
        List<Token> tokens = wanted(tokens(field, text));
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0).term()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (Token token : tokens) {
            phrase.add(new Term(field, token.term()), token.position());
        }
        return phrase.build();
    }

    /** A term of the query with where the analyser put it. */
    private record Token(String term, int position, String type, int start, int end) {
        boolean covers(Token other) {
            return start <= other.start && other.end <= end;
        }
    }

    private List<Token> tokens(String field, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), Math.max(position, 0), type.type(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a query from a string cannot fail", e);
        }
        return tokens;
    }

    /**
     * Leaves out the single CJK characters that a bigram covers. Kept, they would not change what matches (the
     * phrase 芯 芯片 片 still needs the pair side by side) but would turn the one-term query for a two-character word
     * into a phrase of three, several times slower on a large index. A character standing alone ({@code 猫}) stays.
     */
    private static List<Token> wanted(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            boolean covered = token.type().equals(CJKBigramFilter.SINGLE_TYPE)
                    && tokens.stream().anyMatch(other -> other.type().equals(CJKBigramFilter.DOUBLE_TYPE) && other.covers(token));
            if (!covered) {
                out.add(token);
            }
        }
        return out;
    }
}
