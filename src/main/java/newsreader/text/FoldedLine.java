package newsreader.text;

/**
 * One screen line of folded preformatted text: {@code marker} (empty on the first line of a source
 * line, {@link Preformatted#CONTINUATION} or a shorter form on the others) then {@code text};
 * {@code width} counts both, in cells.
 */
public record FoldedLine(String marker, String text, int width) {
    /** Whether this line continues the one above it in the source. */
    public boolean isContinuation() {
        return !marker.isEmpty();
    }

    /** What the line shows: marker and text. */
    public String display() {
        return marker + text;
    }
}
