package newsreader.post;

/** How a post's body is written: decided by the file extension. */
public enum BodyFormat {
    MARKDOWN,
    HTML
}
