package newsreader.render;

import newsreader.post.Post;
import newsreader.text.CellWidth;

/** Turns a post into lines of text at a width: header, body blocks, numbered references. */
public final class ArticleRenderer {
    private final CellWidth widths;

    public ArticleRenderer(CellWidth widths) {
        this.widths = widths;
    }

    public RenderedArticle render(Post post, int width) {
        throw new UnsupportedOperationException("not yet");
    }
}
