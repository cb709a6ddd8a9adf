package newsreader.line;

import java.nio.file.Path;
import newsreader.post.PostException;
import newsreader.post.PostMeta;
import newsreader.post.PostReader;
import newsreader.render.ArticleRenderer;
import newsreader.render.RenderedArticle;

/** Reads a post file in full and lays it out at a width, with the same renderer as the other modes. */
final class ArticleSource {
    private final Path root;
    private final PostReader reader;
    private final ArticleRenderer renderer;

    ArticleSource(Path root, PostReader reader, ArticleRenderer renderer) {
        this.root = root;
        this.reader = reader;
        this.renderer = renderer;
    }

    /** @throws PostException with the one-line reason when the file cannot be read (changed since the scan, …) */
    RenderedArticle render(PostMeta post, int width) throws PostException {
        return renderer.render(reader.read(post.path(), root), width);
    }
}
