package newsreader.tui;

import newsreader.post.Post;
import newsreader.post.PostException;
import newsreader.post.PostMeta;
import newsreader.render.RenderedArticle;
import newsreader.store.ReadStateStore;

/** What the controller needs from the world outside the screen; tests give it fakes. */
interface ReaderServices {
    /** Reads one post in full. */
    Post read(PostMeta meta) throws PostException;

    /** Lays a post out at a width in cells. */
    RenderedArticle layOut(Post post, int width);

    ReadStateStore readState();

    /** Starts scanning the folder again; the result comes back through {@link ReaderController#loaded}. */
    void requestReload();
}
