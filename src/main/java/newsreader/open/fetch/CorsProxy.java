package newsreader.open.fetch;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import newsreader.open.address.Refusal;
import newsreader.open.address.TargetPolicy;

/**
 * Recognises addresses wrapped in a CORS proxy, {@code https://cors.example.dev/?http://img.example.com/a.jpg}, as
 * RSS-to-Hexo archives write them. Such proxies come and go; the address behind one is worth a try when it fails.
 */
final class CorsProxy {
    private CorsProxy() {
    }

    /** The address behind the proxy, checked like any other; empty when {@code uri} is not a proxied address. */
    public static Optional<URI> inner(URI uri) {
        String path = uri.getRawPath();
        String query = uri.getRawQuery();
        if (query == null || (path != null && !path.isEmpty() && !path.equals("/"))) {
            return Optional.empty();
        }
        String lower = query.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return Optional.empty();
        }
        try {
            return Optional.of(TargetPolicy.web(query));
        } catch (Refusal e) {
            return Optional.empty();
        }
    }
}
