package newsreader.post;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Recognises header images that are random placeholders rather than pictures of the post: RSS-to-Hexo pipelines fill
 * {@code headimg} with {@code https://picsum.photos/400/300?random=N} when a feed item has none (31 of the 60 real
 * posts). Each entry is a host (its subdomains included) or a host with a path prefix, for hosts that also serve real
 * images. The one recogniser the header line and the {@code o} key share; it lives in {@code post} because both the
 * renderer and the opener already depend on this package and on nothing of each other.
 */
public final class PlaceholderImages implements Predicate<String> {
    /** The services known to serve random or filler images; README's "Header images" lists the same. */
    public static final List<String> DEFAULT_ENTRIES = List.of(
            "picsum.photos", "source.unsplash.com/random", "placehold.co", "placehold.it", "placeholder.com",
            "dummyimage.com", "fakeimg.pl", "loremflickr.com", "lorempixel.com", "placekitten.com", "placeimg.com",
            "fillmurray.com", "placebear.com", "baconmockup.com");

    /** A host name, optionally followed by a path: no scheme, no spaces. */
    private static final Pattern ENTRY = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?"
            + "(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+(/\\S*)?");

    private final List<Entry> entries;

    private record Entry(String host, String pathPrefix) {
        static Entry parse(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            int slash = lower.indexOf('/');
            return slash < 0 ? new Entry(lower, "") : new Entry(lower.substring(0, slash), text.substring(slash));
        }

        boolean matches(String host, String path) {
            boolean sameHost = host.equals(this.host) || host.endsWith("." + this.host);
            return sameHost && path.startsWith(pathPrefix);
        }
    }

    private PlaceholderImages(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static PlaceholderImages defaults() {
        return new PlaceholderImages(DEFAULT_ENTRIES.stream().map(Entry::parse).toList());
    }

    /** Equal when they recognise the same entries: options records holding one compare by value. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PlaceholderImages images && images.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    /** These and the {@code placeholder-images} setting's entries (checked with {@link #problem} first). */
    public PlaceholderImages with(List<String> more) {
        List<Entry> all = new ArrayList<>(entries);
        more.stream().map(Entry::parse).forEach(all::add);
        return new PlaceholderImages(all);
    }

    /** Why a setting's entry cannot be used, or null when it can. */
    public static String problem(String entry) {
        if (entry == null || !ENTRY.matcher(entry).matches()) {
            return "expected a host, optionally with a path (picsum.photos, img.example.com/stock/), got '"
                    + entry + "'";
        }
        return null;
    }

    /** Whether an image address, as written in a post, is a placeholder; local paths never are. */
    @Override
    public boolean test(String address) {
        if (address == null) {
            return false;
        }
        String text = address.strip();
        if (text.startsWith("//")) {
            text = "https:" + text;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            return false;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return entries.stream().anyMatch(entry -> entry.matches(host, path));
    }
}
