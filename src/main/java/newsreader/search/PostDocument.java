package newsreader.search;

import newsreader.post.PostMeta;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/** One post as the index holds it: searchable title and body, the facts a hit shows, the facts an update compares. */
final class PostDocument {
    /** Lucene refuses a single indexed term longer than this many UTF-8 bytes; such a path cannot be a key. */
    static final int MAX_KEY_BYTES = 32_766;

    private PostDocument() {
    }

    /** Whether a relative path can serve as a document key. */
    static boolean isIndexable(String relativePath) {
        return new BytesRef(relativePath).length <= MAX_KEY_BYTES;
    }

    static Document of(PostMeta meta, String bodyText) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.PATH, meta.relativePath(), Field.Store.YES));
        doc.add(new SortedDocValuesField(IndexFields.PATH, new BytesRef(meta.relativePath())));
        doc.add(new StoredField(IndexFields.FILE, meta.path().toString()));
        doc.add(new TextField(IndexFields.TITLE, meta.title(), Field.Store.YES));
        doc.add(new TextField(IndexFields.BODY, bodyText, Field.Store.NO));
        if (meta.date() != null) {
            doc.add(new StoredField(IndexFields.DATE, meta.date().toEpochMilli()));
        }
        doc.add(new NumericDocValuesField(IndexFields.RECENCY, meta.date() == null ? Long.MIN_VALUE : meta.date().toEpochMilli()));
        doc.add(new NumericDocValuesField(IndexFields.SIZE, meta.size()));
        doc.add(new NumericDocValuesField(IndexFields.MODIFIED, meta.modified()));
        return doc;
    }
}
