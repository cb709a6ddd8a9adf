package newsreader.search;

/** The names of the fields of one post's document in the index. */
final class IndexFields {
    /** The post's path below the folder, {@code /}-separated: the document's key (indexed as one term, doc values). */
    static final String PATH = "path";
    /** The file as the scan found it, stored to read the body again for a snippet. */
    static final String FILE = "file";
    static final String TITLE = "title";
    static final String BODY = "body";
    /** Publication time in ms since the epoch, stored; absent for an undated post. */
    static final String DATE = "date";
    /** Sort key for ties: the date, or {@link Long#MIN_VALUE} so that undated posts come last. */
    static final String RECENCY = "recency";
    /** File size and modification time when indexed: a file whose two facts are unchanged is not read again. */
    static final String SIZE = "size";
    static final String MODIFIED = "modified";

    private IndexFields() {
    }
}
