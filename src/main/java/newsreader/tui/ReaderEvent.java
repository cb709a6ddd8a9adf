package newsreader.tui;

import com.googlecode.lanterna.input.KeyStroke;
import newsreader.reading.Library;

/** Something the reader's loop reacts to; all of them arrive through one queue, in order. */
sealed interface ReaderEvent {
    record Key(KeyStroke key) implements ReaderEvent {
    }

    record Resized() implements ReaderEvent {
    }

    /**
     * The folder as known now.
     *
     * @param progress while a first scan is still under way, how far it is ("indexing 12,345 / 100,000"); null
     *                 once the library is complete
     */
    record Loaded(Library library, String progress, CategoryTree tree) implements ReaderEvent {
        Loaded(Library library) {
            this(library, null);
        }

        /**
         * The category tree is built here, on the thread that made the library (the scan's, the watcher's), not on
         * the screen's: for 100,000 posts it takes tens of milliseconds that a key would otherwise wait for.
         */
        Loaded(Library library, String progress) {
            this(library, progress, CategoryTree.of(library));
        }
    }

    /** An image or link finished opening (on a background thread); handled on the UI thread. */
    record Opened(newsreader.open.OpenOutcome outcome) implements ReaderEvent {
    }

    /** A download advanced: {@code total} is -1 when the server did not say. */
    record Downloading(long bytes, long total) implements ReaderEvent {
    }

    /**
     * A whole list's titles folded for the title filter, made off the screen's thread after the list was sent: the
     * first filter letter on 100,000 posts would otherwise fold them all while the key waits.
     */
    record TitlesFolded(Library library, String[] folded) implements ReaderEvent {
    }

    /** A full-text search finished: its hits, best first, and a note (index still building, or why it failed). */
    record Found(String query, java.util.List<newsreader.search.SearchHit> hits, String note) implements ReaderEvent {
    }

    /** The hits of a {@link Found} again, more of them or with more of their body snippets made. */
    record MoreHits(String query, java.util.List<newsreader.search.SearchHit> hits) implements ReaderEvent {
    }

    /** The search index is being built: {@code done} of {@code total}; {@code total} -1 when it is complete. */
    record SearchIndexing(int done, int total) implements ReaderEvent {
    }

    /** The search index could not be opened or written (a full or read-only disk): searches see what it had. */
    record SearchIndexFailed(String reason) implements ReaderEvent {
    }

    /** The process building the search index died or could not start: searches see what it committed before. */
    record SearchIndexNotBuilt(String reason) implements ReaderEvent {
    }

    /** A post asked for with {@link Effect.ShowPost} was read and laid out. */
    record ArticleReady(newsreader.post.PostMeta meta, newsreader.post.Post post,
                        newsreader.render.RenderedArticle article, int width, String highlight) implements ReaderEvent {
    }

    /** A post asked for with {@link Effect.ShowPost} could not be shown: the message says why. */
    record ArticleFailed(newsreader.post.PostMeta meta, String message) implements ReaderEvent {
    }

    /** The open post laid out again at a new width ({@link Effect.LayOutAgain}). */
    record ArticleRelaidOut(newsreader.post.PostMeta meta, newsreader.render.RenderedArticle article, int width)
            implements ReaderEvent {
    }

    /**
     * Read or star marks were written or read again.
     *
     * @param message what the status line says: what was done, or why it was not kept; null to leave it
     */
    /** The converter of a script {@code C} chose is built: the reader shows it now. */
    record ScriptReady(newsreader.reading.ChineseScript script) implements ReaderEvent {
    }

    record MarksWritten(String message) implements ReaderEvent {
    }

    /** The read posts of a large library were looked up ({@link Effect.CountUnread}): the tree's counts follow. */
    record UnreadCounted(ReadPosts read) implements ReaderEvent {
    }

    /** A SIGTSTP from outside ({@code kill -TSTP}): suspend, as Ctrl-z does. */
    record StopAsked() implements ReaderEvent {
    }

    /**
     * A SIGCONT: the process runs again after a stop, perhaps one it could not prepare for (SIGSTOP), while the
     * shell or another program may have changed the terminal's mode and screen.
     */
    record Continued() implements ReaderEvent {
    }

    /** The input stream ended or failed: the terminal is gone. */
    record InputClosed() implements ReaderEvent {
    }

    /** {@link Effect.SaveText} found a file at the path: the user is asked before it is written over. */
    record SaveWouldOverwrite(Effect.SaveText save) implements ReaderEvent {
    }
}
