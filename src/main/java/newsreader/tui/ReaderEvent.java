package newsreader.tui;

import com.googlecode.lanterna.input.KeyStroke;

/** Something the reader's loop reacts to; all of them arrive through one queue, in order. */
sealed interface ReaderEvent {
    record Key(KeyStroke key) implements ReaderEvent {
    }

    record Resized() implements ReaderEvent {
    }

    record Loaded(Library library) implements ReaderEvent {
    }

    /** An image or link finished opening (on a background thread); handled on the UI thread. */
    record Opened(newsreader.open.OpenOutcome outcome) implements ReaderEvent {
    }

    /** A download advanced: {@code total} is -1 when the server did not say. */
    record Downloading(long bytes, long total) implements ReaderEvent {
    }

    /** The input stream ended or failed: the terminal is gone. */
    record InputClosed() implements ReaderEvent {
    }
}
