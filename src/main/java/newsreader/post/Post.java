package newsreader.post;

/** One post read in full: its metadata and its body text exactly as the file holds it after the front matter. */
public record Post(PostMeta meta, String body) {
}
