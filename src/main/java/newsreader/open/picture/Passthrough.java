package newsreader.open.picture;

/**
 * Wraps an escape sequence so that tmux hands it to the outer terminal ({@code ESC Ptmux; … ESC \}, every ESC inside
 * doubled). Needs {@code set -g allow-passthrough on} in tmux 3.3 and later. Public because the face's
 * {@code TerminalLinks} wraps its OSC 8 and OSC 52 sequences the same way as the graphics here.
 */
public final class Passthrough {
    private static final char ESC = '\u001b';

    private Passthrough() {
    }

    public static String tmux(String sequence) {
        StringBuilder out = new StringBuilder(sequence.length() + 16);
        out.append(ESC).append("Ptmux;");
        for (int i = 0; i < sequence.length(); i++) {
            char c = sequence.charAt(i);
            if (c == ESC) {
                out.append(ESC);
            }
            out.append(c);
        }
        return out.append(ESC).append('\\').toString();
    }

    /** The sequence as is, or wrapped when running inside tmux. */
    public static String wrapIf(boolean insideTmux, String sequence) {
        return insideTmux ? tmux(sequence) : sequence;
    }
}
