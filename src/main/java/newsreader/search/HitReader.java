package newsreader.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import newsreader.post.PostException;
import newsreader.post.PostReader;
import newsreader.text.SafeText;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Turns a scored document into a {@link SearchHit}: the stored facts, and snippets made from the post as it is on
 * disk now (the index keeps no bodies). A post that can no longer be read still shows, without a body snippet.
 */
final class HitReader {
    private final Path folder;
    private final Snippets snippets;
    private final PostReader reader = new PostReader();
    private final ArticleText text = new ArticleText();

    HitReader(Path folder, Snippets snippets) {
        this.folder = folder;
        this.snippets = snippets;
    }

    /** @param withBody whether to make the body snippet now (see {@link #withBody}) or leave it empty */
    SearchHit read(StoredFields stored, ScoreDoc scored, Query query, boolean withBody) throws IOException {
        Document doc = stored.document(scored.doc);
        String relative = doc.get(IndexFields.PATH);
        Path file = Path.of(doc.get(IndexFields.FILE));
        IndexableField date = doc.getField(IndexFields.DATE);
        Snippet title = snippets.ofTitle(query, SafeText.line(doc.get(IndexFields.TITLE)).strip());
        Snippet body = withBody ? snippets.ofBody(query, bodyText(file)) : Snippet.EMPTY;
        return new SearchHit(file, relative, title.text(), date == null ? null : Instant.ofEpochMilli(date.numericValue().longValue()),
                scored.score, body.text(), body.highlights(), title.highlights());
    }

    /** {@code hit} with its body snippet made from the post as it is on disk now. */
    SearchHit withBody(SearchHit hit, Query query) {
        Snippet body = snippets.ofBody(query, bodyText(hit.path()));
        return new SearchHit(hit.path(), hit.relativePath(), hit.title(), hit.date(), hit.score(), body.text(),
                body.highlights(), hit.titleHighlights());
    }

    private String bodyText(Path file) {
        try {
            return text.of(reader.read(file, folder));
        } catch (PostException | RuntimeException | StackOverflowError e) {
            return "";
        }
    }
}
