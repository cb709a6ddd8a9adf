package newsreader.render;

import java.util.List;
import newsreader.post.PostMeta;

/** A post's body parsed into blocks, with its numbered references: the part of rendering that does not depend on width. */
public record ParsedArticle(PostMeta meta, List<Block> blocks, List<Reference> references) {
}
