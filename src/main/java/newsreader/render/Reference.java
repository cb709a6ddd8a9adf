package newsreader.render;

/** A numbered link or image of an article: {@code [number] url}. */
public record Reference(int number, String url, boolean image, String label) {
}
