package newsreader.open;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import newsreader.open.picture.Passthrough;

/**
 * The two escape sequences that may carry a post's data to the terminal: an OSC 8 hyperlink and an OSC 52 clipboard
 * copy. Only checked web addresses go in, and any control character anywhere is refused, so a post can never smuggle
 * its own sequence through them. Public because the reader writes these sequences itself.
 */
public final class TerminalLinks {
    private static final String ESC = "\u001b";
    private static final String ST = ESC + "\\";
    /** Terminals limit OSC 52 payloads (xterm to about 100 kB); a link never needs more. */
    private static final int MAX_CLIPBOARD_BYTES = 8192;

    private final boolean insideTmux;

    public TerminalLinks(boolean insideTmux) {
        this.insideTmux = insideTmux;
    }

    public static TerminalLinks forEnvironment(Environment env) {
        return new TerminalLinks(env.insideTmux());
    }

    /**
     * {@code text} as a hyperlink to {@code target}: {@code ESC ] 8 ; ; URL ESC \ text ESC ] 8 ; ; ESC \}.
     *
     * @throws IllegalArgumentException when the text holds a control character
     */
    public String hyperlink(OpenTarget.Web target, String text) {
        String url = target.text();
        requirePrintable(url, "URL");
        requirePrintable(text, "link text");
        if (url.contains(";")) {
            // OSC 8 separates its parameters with ';' only before the URL, but some terminals split further.
            url = url.replace(";", "%3B");
        }
        String open = Passthrough.wrapIf(insideTmux, ESC + "]8;;" + url + ST);
        String close = Passthrough.wrapIf(insideTmux, ESC + "]8;;" + ST);
        return open + text + close;
    }

    /** Puts the URL on the clipboard of the user's own terminal: {@code ESC ] 52 ; c ; base64 ESC \}. */
    public String copyToClipboard(OpenTarget.Web target) {
        String url = target.text();
        requirePrintable(url, "URL");
        byte[] bytes = url.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_CLIPBOARD_BYTES) {
            throw new IllegalArgumentException("URL too long for the clipboard");
        }
        return Passthrough.wrapIf(insideTmux, ESC + "]52;c;" + Base64.getEncoder().encodeToString(bytes) + ST);
    }

    /** No C0 or C1 control character, DEL, or bidi/zero-width format character. */
    static void requirePrintable(String s, String what) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || Character.getType(c) == Character.FORMAT) {
                throw new IllegalArgumentException(what + " contains a control character (U+"
                        + String.format("%04X", c) + ")");
            }
            i += Character.charCount(c);
        }
    }
}
