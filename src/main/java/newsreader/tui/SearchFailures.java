package newsreader.tui;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** The short reason an index update failed, for a status line: "No space left on device", not a wrapped trace. */
final class SearchFailures {
    private SearchFailures() {
    }

    static String reason(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
