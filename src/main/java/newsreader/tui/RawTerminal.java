package newsreader.tui;

import java.io.IOException;

/** Writes an escape sequence past the screen layer (OSC 8, OSC 52); tests record what would be written. */
interface RawTerminal {
    void write(String sequence) throws IOException;

    RawTerminal NONE = sequence -> { };
}
