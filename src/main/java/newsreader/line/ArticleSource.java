package newsreader.line;

import java.nio.file.Path;
import newsreader.post.PostException;
import newsreader.post.PostMeta;
import newsreader.post.PostReader;
import newsreader.reading.TextMeasure;
import newsreader.render.ArticleRenderer;
import newsreader.render.RenderedArticle;

/** Reads a post file in full and lays it out at a width, with the same renderer as the other modes. */
final class ArticleSource {
    private final Path root;
    private final PostReader reader;
    private final ArticleRenderer renderer;
    private final TextMeasure measure;

    ArticleSource(Path root, PostReader reader, ArticleRenderer renderer) {
        this(root, reader, renderer, TextMeasure.defaults());
    }

    /** @param measure the reading measure: no line of an article is wider than its width */
    ArticleSource(Path root, PostReader reader, ArticleRenderer renderer, TextMeasure measure) {
        this.root = root;
        this.reader = reader;
        this.renderer = renderer;
        this.measure = measure;
    }

    /**
     * Laid out at {@code width}, or the reading measure's width where that is less.
     *
     * @throws PostException with the one-line reason when the file cannot be read (changed since the scan, …) */
    RenderedArticle render(PostMeta post, int width) throws PostException {
        return renderer.render(reader.read(post.path(), root), measure.widthIn(width));
    }
}
