package newsreader.text;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * A writer that lets no control character through, whatever is printed to it: the stream-wide form of
 * {@link SafeText}, for streams such as stderr that carry paths, reasons and exception messages from many places
 * (security.md, "escapes in file names"). Cleaning the stream rather than each message means a message added later,
 * or one written by a library (picocli's usage errors), cannot forget it.
 *
 * <p>It drops what {@link SafeText#isDropped} drops, except line feed, tab and carriage return: those only move the
 * cursor on the line being written (a progress line is redrawn with {@code \r}), and a message's line breaks are its
 * own. Characters are filtered one by one, so nothing is held back and a flush shows everything written.
 */
public final class SafeWriter extends FilterWriter {
    private static final int BUFFER_CHARS = 8192;
    /** Where a {@code String} is copied to be filtered; guarded by {@link #lock}. */
    private final char[] buffer = new char[BUFFER_CHARS];

    private SafeWriter(Writer out) {
        super(out);
    }

    /** {@code out} behind the filter, flushing at each line as {@code autoFlush} says. */
    public static PrintWriter wrap(Writer out, boolean autoFlush) {
        return new PrintWriter(new SafeWriter(out), autoFlush);
    }

    static boolean passes(char c) {
        // Printable ASCII and CJK first: nearly every character of a list, asked about a hundred million times.
        return c >= 0x20 && c < 0x7f || c >= 0x3000 && c < 0xd800
                || c == '\n' || c == '\t' || c == '\r' || !SafeText.isDropped(c);
    }

    @Override
    public void write(int c) throws IOException {
        if (passes((char) c)) {
            out.write(c);
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        int run = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            char c = chars[i];
            // the common characters checked here, not through a call per character: a list writes millions
            if (c >= 0x20 && c < 0x7f || c >= 0x3000 && c < 0xd800) {
                continue;
            }
            if (!passes(c)) {
                out.write(chars, run, i - run);
                run = i + 1;
            }
        }
        out.write(chars, run, end - run);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        // A piece at a time through one buffer: a copy of each text written (a list's rows come in pieces of 16,000
        // characters) was as much garbage as the whole output.
        synchronized (lock) {
            int end = offset + length;
            while (offset < end) {
                int piece = Math.min(end - offset, BUFFER_CHARS);
                text.getChars(offset, offset + piece, buffer, 0);
                write(buffer, 0, piece);
                offset += piece;
            }
        }
    }
}
