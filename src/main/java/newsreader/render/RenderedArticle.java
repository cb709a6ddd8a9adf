package newsreader.render;

import java.util.List;

/** An article laid out at one width: its lines (header, body, reference list) and its references. */
public record RenderedArticle(List<StyledLine> lines, List<Reference> references, int width) {
}
