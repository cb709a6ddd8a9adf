package newsreader.open;

import java.util.concurrent.CompletableFuture;
import newsreader.open.fetch.Cancellation;

/**
 * An image or link being opened in the background. Public because every opening returns one and the reader may
 * cancel it.
 *
 * @param result completes with the outcome (never exceptionally); its callbacks run on the background thread
 * @param cancellation stops a download or a decode in progress ({@link #cancel})
 */
public record OpenTask(CompletableFuture<OpenOutcome> result, Cancellation cancellation) {

    static OpenTask done(OpenOutcome outcome) {
        return new OpenTask(CompletableFuture.completedFuture(outcome), new Cancellation());
    }

    /** Stops the download or decode; the result then completes with "download cancelled" or "opening cancelled". */
    public void cancel() {
        cancellation.cancel();
    }
}
