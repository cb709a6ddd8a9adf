package newsreader.open;

import java.net.URI;
import java.nio.file.Path;
import newsreader.open.address.TargetPolicy;

/**
 * Something that passed {@link TargetPolicy}: a web address or a file inside the posts folder. Public because outcomes
 * and pictures carry it, and the reader shows, links and copies its address.
 */
public sealed interface OpenTarget {

    /** What a viewer's {@code {url}} becomes. */
    String url();

    /** A short form for messages. */
    String describe();

    /**
     * An {@code http} or {@code https} address.
     *
     * @param uri  the parsed address
     * @param text the address exactly as written in the post (passed to viewers unchanged, as one argument)
     */
    record Web(URI uri, String text) implements OpenTarget {
        @Override
        public String url() {
            return text;
        }

        @Override
        public String describe() {
            return uri.getHost();
        }
    }

    /** A regular file inside the posts folder, with symbolic links and {@code ..} resolved. */
    record Local(Path file) implements OpenTarget {
        @Override
        public String url() {
            return file.toUri().toString();
        }

        @Override
        public String describe() {
            return file.getFileName().toString();
        }
    }
}
