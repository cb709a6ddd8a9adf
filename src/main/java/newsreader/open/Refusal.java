package newsreader.open;

/** An address or command newsreader will not use; the message is for the status line ("refused: …"). */
public final class Refusal extends Exception {
    public Refusal(String message) {
        super(message);
    }
}
