package newsreader.tui;

import java.nio.file.Path;
import java.util.List;
import newsreader.post.Post;
import newsreader.post.PostMeta;
import newsreader.reading.ChineseScript;
import newsreader.render.Reference;

/**
 * Work an update asks for and the runtime does ({@link EffectRunner}): anything that reads files, writes the state
 * store, starts a process or may take long. The update functions only decide; what an effect finds comes back to
 * them as a {@link ReaderEvent}, so keys are never held up by a disk, a database or a network.
 */
sealed interface Effect {
    /**
     * Read a post and lay it out at {@code width}: answered by {@link ReaderEvent.ArticleReady} or
     * {@link ReaderEvent.ArticleFailed}.
     *
     * @param highlight a word to mark in the article (the query of a search hit); empty for none
     */
    record ShowPost(PostMeta meta, int width, String highlight, ChineseScript script) implements Effect {
    }

    /** Lay an open post out again at a new width or in another script: answered by {@link ReaderEvent.ArticleRelaidOut}. */
    record LayOutAgain(PostMeta meta, Post post, int width, ChineseScript script) implements Effect {
    }

    /**
     * Build the converter of a script {@code C} chose, off the screen's thread: answered by
     * {@link ReaderEvent.ScriptReady}.
     */
    record PrepareScript(ChineseScript script) implements Effect {
    }

    /**
     * Mark a post read or unread: answered by {@link ReaderEvent.MarksWritten}.
     *
     * @param done what the status line says when it was kept; null to leave it as it is
     */
    record SetRead(String postId, boolean read, String done) implements Effect {
    }

    /** Mark posts read in one step: answered by {@link ReaderEvent.MarksWritten}. */
    record MarkAllRead(List<String> postIds, String done) implements Effect {
    }

    /** Mark posts unread in one step (undoing a mark-all): answered by {@link ReaderEvent.MarksWritten}. */
    record MarkAllUnread(List<String> postIds, String done) implements Effect {
    }

    /** Star or unstar a post: answered by {@link ReaderEvent.MarksWritten}. */
    record SetStar(String postId, boolean starred, String done) implements Effect {
    }

    /** Read the marks again (another session may have written some): answered by {@link ReaderEvent.MarksWritten}. */
    record ReloadMarks() implements Effect {
    }

    /**
     * Look up which posts of a large library are read, for the tree's counts: answered by
     * {@link ReaderEvent.UnreadCounted}. Only the last one asked for is carried out.
     */
    record CountUnread(newsreader.reading.Library library, int readVersion) implements Effect {
    }

    /** Scan the folder again: answered by {@link ReaderEvent.Loaded}. */
    record ReloadFolder() implements Effect {
    }

    /** Open a post's header image: answered by {@link ReaderEvent.Opened} (and {@link ReaderEvent.Downloading}). */
    record OpenHeaderImage(PostMeta meta, List<Reference> references) implements Effect {
    }

    /** Open a link or image of an article: answered by {@link ReaderEvent.Opened}. */
    record OpenReference(Reference reference, Path postFile) implements Effect {
    }

    /** Stop the open in progress (its download or decode): answered by its {@link ReaderEvent.Opened}. */
    record CancelOpen() implements Effect {
    }

    /** Remember the list choice for the next session: answered by {@link ReaderEvent.MarksWritten} only if it failed. */
    record RememberListChoice(newsreader.reading.ListChoice choice) implements Effect {
    }

    /** Remember the search prompts' history (most recent first): answered by {@link ReaderEvent.MarksWritten} only if it failed. */
    record RememberSearches(List<String> entries) implements Effect {
    }

    /** Remember where long articles were left: answered by {@link ReaderEvent.MarksWritten} only if it failed. */
    record RememberPositions(java.util.Map<String, Double> positions) implements Effect {
    }

    /** Search titles and bodies: answered by {@link ReaderEvent.Found}. */
    record SearchAllText(String query) implements Effect {
    }

    /**
     * Write an article's text to a file: answered by {@link ReaderEvent.MarksWritten} with what happened, or
     * {@link ReaderEvent.SaveWouldOverwrite} when the file exists and {@code overwrite} is false.
     *
     * @param postsFolder the folder the posts are read from, never written to
     */
    record SaveText(String typedPath, String text, Path postsFolder, boolean overwrite) implements Effect {
    }
}
