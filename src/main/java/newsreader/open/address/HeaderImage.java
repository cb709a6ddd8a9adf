package newsreader.open.address;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import newsreader.messages.Messages;
import newsreader.post.PlaceholderImages;
import newsreader.post.PostMeta;
import newsreader.render.Reference;

/**
 * Which image is a post's header image: the front matter's, else the first image of the body; a random placeholder
 * (picsum.photos…) never is, since it shows nothing of the post. Public for {@code Opener}'s {@code o} key.
 */
public final class HeaderImage {
    private static final Messages WORDS = Messages.of("open");


    private HeaderImage() {
    }

    /**
     * The header image, or why there is none to open.
     *
     * @param address the image to open; null when there is none
     * @param why     why there is none ("only a placeholder image") when {@code address} is null
     */
    public record Choice(String address, String why) {
    }

    /**
     * @param meta        the post ({@code image()} is headimg/thumbnail/cover/… as written)
     * @param references  the article's references, or an empty list when the body has not been rendered
     * @param placeholder which addresses are placeholders, passed over for the body's own pictures
     */
    public static Choice choose(PostMeta meta, List<Reference> references, Predicate<String> placeholder) {
        String front = meta == null || meta.image() == null || meta.image().isBlank() ? null : meta.image();
        if (front != null && !placeholder.test(front)) {
            return new Choice(front, null);
        }
        List<String> bodyImages = references.stream().filter(Reference::image).map(Reference::url).toList();
        Optional<String> own = bodyImages.stream().filter(placeholder.negate()).findFirst();
        if (own.isPresent()) {
            return new Choice(own.get(), null);
        }
        boolean sawPlaceholder = front != null || !bodyImages.isEmpty();
        return new Choice(null, WORDS.get(sawPlaceholder ? "image.only-placeholder" : "image.none"));
    }

    /** The header image with the documented placeholders passed over. */
    public static Optional<String> of(PostMeta meta, List<Reference> references) {
        return Optional.ofNullable(choose(meta, references, PlaceholderImages.defaults()).address());
    }
}
