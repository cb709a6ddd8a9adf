package newsreader.open.address;

/**
 * An address or command newsreader will not use; the message is for the status line ("refused: …"). Public because
 * {@code Opener} turns it into that message and the viewer package refuses commands with it too.
 */
public final class Refusal extends Exception {
    public Refusal(String message) {
        super(message);
    }
}
