package newsreader.tui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import newsreader.open.ColorDepth;
import newsreader.open.TerminalLinks;
import newsreader.post.PlaceholderImages;
import newsreader.post.Post;
import newsreader.post.PostException;
import newsreader.post.PostMeta;
import newsreader.reading.ChineseScript;
import newsreader.reading.ListChoice;
import newsreader.reading.ReadState;
import newsreader.render.Reference;
import newsreader.render.RenderedArticle;

/** What the controller needs from the world outside the screen; tests give it fakes. */
interface ReaderServices {
    /** Reads one post in full. */
    Post read(PostMeta meta) throws PostException;

    /** Lays a post out at a width in cells. */
    RenderedArticle layOut(Post post, int width, ChineseScript script);

    ReadState readState();

    /**
     * Starts opening the post's header image (else the first image of {@code references}); the outcome comes back
     * as a {@link ReaderEvent.Opened}, progress as {@link ReaderEvent.Downloading}.
     */
    void openHeaderImage(PostMeta meta, List<Reference> references);

    /** Starts opening one numbered link or image of an article, as {@link #openHeaderImage} does. */
    void openReference(Reference reference, Path postFile);

    /**
     * Stops the open in progress, whose {@link ReaderEvent.Opened} then says it was cancelled. Starting another open
     * stops the one before by itself; only the latest open's outcome comes back.
     */
    void cancelOpening();

    /** Hyperlink and clipboard sequences for this terminal. */
    TerminalLinks links();

    /** Which header images are random placeholders (the documented ones and the config's), passed over by o. */
    PlaceholderImages placeholders();

    /** The colours the terminal can show, for drawing a picture. */
    ColorDepth colorDepth();

    /** Starts searching titles and bodies; the hits come back as a {@link ReaderEvent.Found}. */
    void searchAllText(String query);

    /** Remembers the list choice the keys made for the next session; the reason when it could not. */
    Optional<String> rememberListChoice(ListChoice choice);

    /** Remembers the search prompts' history for the next session; the reason when it could not. */
    default Optional<String> rememberSearches(List<String> entries) {
        return Optional.empty();
    }

    /** Remembers where long articles were left for the next session; the reason when it could not. */
    default Optional<String> rememberPositions(java.util.Map<String, Double> positions) {
        return Optional.empty();
    }

    /** Starts scanning the folder again; the result comes back through {@link ReaderController#loaded}. */
    void requestReload();
}
