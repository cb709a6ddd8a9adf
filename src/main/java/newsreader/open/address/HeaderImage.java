package newsreader.open.address;

import java.util.List;
import java.util.Optional;
import newsreader.post.PostMeta;
import newsreader.render.Reference;

/**
 * Which image is a post's header image: the front matter's, else the first image of the body. Public for
 * {@code Opener}'s {@code o} key.
 */
public final class HeaderImage {
    private HeaderImage() {
    }

    /**
     * @param meta       the post ({@code image()} is headimg/thumbnail/cover/… as written)
     * @param references the article's references, or an empty list when the body has not been rendered
     */
    public static Optional<String> of(PostMeta meta, List<Reference> references) {
        if (meta != null && meta.image() != null && !meta.image().isBlank()) {
            return Optional.of(meta.image());
        }
        return references.stream().filter(Reference::image).map(Reference::url).findFirst();
    }
}
