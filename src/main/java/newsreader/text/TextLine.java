package newsreader.text;

/**
 * One wrapped line, as offsets into the text that was wrapped: {@code text.substring(start, end)}
 * is what the line shows (trailing spaces already left out) and {@code width} its width in cells.
 */
public record TextLine(int start, int end, int width) {
    public String of(String text) {
        return text.substring(start, end);
    }
}
