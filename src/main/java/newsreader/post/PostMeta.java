package newsreader.post;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a list needs to know about one post, read from its front matter only. A value: equal when every field is.
 *
 * <p>Kept lean because an archive holds 100,000 of them and more: a post read back from the metadata cache makes its
 * absolute path only when asked, and carries the hash of its title and date (part of its identity in the state
 * store) from the cache instead of hashing again at every start.
 *
 * @see #PostMeta(Path, String, String, Instant, String, Instant, List, List, String, String, BodyFormat, long, long, Map)
 */
public final class PostMeta {
    /**
     * The file (absolute) when the post was read from it; for a post read back from the cache, the scanned folder, the
     * file being that folder resolved with {@link #relativePath} whenever asked (most of a million posts never are, and
     * a kept path costs 150 bytes).
     */
    private final Path place;
    /**
     * The body format's ordinal, plus {@link #PLACE_IS_FOLDER} when {@link #place} is the scanned folder rather than
     * the file: one byte where an enum reference and a boolean would make the object 8 bytes larger.
     */
    private final byte flags;
    private final String relativePath;
    /** {@link CompactText}: a million titles without a String around each. */
    private final byte[] title;
    /**
     * {@link #date} as seconds and nanoseconds of the epoch ({@link #UNDATED} seconds when there is none): an
     * {@code Instant} per post cost 28 bytes of a million posts' memory; one is made when asked for.
     */
    private final long dateSeconds;
    private final int dateNanos;
    /** As written, or {@link #RFC_1123_OF_DATE} when it is the RFC 1123 form of {@link #date} (see {@link Rfc1123Dates}). */
    private final String rawDate;
    private final Instant updated;
    private final List<List<String>> categories;
    private final List<String> tags;
    private final String author;
    /** {@link CompactText}: a header image's address, asked for only when the post is opened. */
    private final byte[] image;
    private final long modified;
    private final long size;
    private final Map<String, Object> extra;
    /**
     * {@link TitleDateHash} of title and date as a number (48 bits; a string would cost 56 bytes a post): computed
     * once, when first needed, or known from the cache; {@link TitleDateHash#UNKNOWN} until then.
     */
    private volatile long identityHash;
    /**
     * {@link #identity()}, made when first asked for and kept: the screen asks for it at every row drawn and every
     * unread count, and keeping it here costs a field where a table beside the posts cost 16 to 32 bytes a post.
     */
    private volatile String identity;

    /**
     * @param path         the file, absolute
     * @param relativePath the path below the scanned folder, with {@code /} separators
     * @param title        the title, or the file name when the post has none; never null
     * @param date         when it was published; null when the post is undated (missing, empty or unreadable date)
     * @param rawDate      the date as written (e.g. {@code Invalid Date}), null when there was no date field
     * @param updated      {@code updated}/{@code lastmod}, null when absent or unreadable
     * @param categories   zero or more category paths (each a list of names, outermost first)
     * @param tags         tags, possibly empty
     * @param author       author name, null when absent
     * @param image        header image as written ({@code headimg}, {@code thumbnail}, …), null when absent
     * @param format       how the body is written
     * @param modified     file modification time (ms since the epoch): orders undated posts
     * @param size         file size in bytes
     * @param extra        every other front matter field, as loaded
     */
    public PostMeta(Path path, String relativePath, String title, Instant date, String rawDate, Instant updated,
                    List<List<String>> categories, List<String> tags, String author, String image, BodyFormat format,
                    long modified, long size, Map<String, Object> extra) {
        this(null, path, relativePath, title, date, rawDate, updated, categories, tags, author, image, format, modified,
                size, extra, TitleDateHash.UNKNOWN);
    }

    /** Stands for a raw date that is {@link Rfc1123Dates#format} of the date; compared by identity. */
    @SuppressWarnings("StringOperationCanBeSimplified")
    static final String RFC_1123_OF_DATE = new String("(the RFC 1123 form of the date)");

    private static final int PLACE_IS_FOLDER = 0x40;
    private static final BodyFormat[] FORMATS = BodyFormat.values();

    /** {@link #dateSeconds} of an undated post; no {@code Instant} is that far back. */
    private static final long UNDATED = Long.MIN_VALUE;

    private PostMeta(Path start, Path path, String relativePath, String title, Instant date, String rawDate,
                     Instant updated, List<List<String>> categories, List<String> tags, String author, String image,
                     BodyFormat format, long modified, long size, Map<String, Object> extra, long identityHash) {
        this.place = path != null ? path : start;
        this.flags = (byte) (format.ordinal() | (path == null ? PLACE_IS_FOLDER : 0));
        this.relativePath = relativePath;
        this.title = CompactText.pack(title);
        this.dateSeconds = date == null ? UNDATED : date.getEpochSecond();
        this.dateNanos = date == null ? 0 : date.getNano();
        this.rawDate = rawDate == RFC_1123_OF_DATE || Rfc1123Dates.isFormOf(rawDate, date) ? RFC_1123_OF_DATE : rawDate;
        this.updated = updated;
        this.categories = categories;
        this.tags = tags;
        this.author = author;
        this.image = CompactText.pack(image);
        this.modified = modified;
        this.size = size;
        this.extra = extra;
        this.identityHash = identityHash;
    }

    /** A post read back from the cache: its path is {@code start} resolved with the relative path, made when asked. */
    static PostMeta below(Path start, String relativePath, String title, Instant date, String rawDate, Instant updated,
                          List<List<String>> categories, List<String> tags, String author, String image,
                          BodyFormat format, long modified, long size, Map<String, Object> extra, long identityHash) {
        return new PostMeta(start, null, relativePath, title, date, rawDate, updated, categories, tags, author, image,
                format, modified, size, extra, identityHash);
    }

    public Path path() {
        return (flags & PLACE_IS_FOLDER) != 0 ? place.resolve(relativePath) : place;
    }

    public String relativePath() {
        return relativePath;
    }

    public String title() {
        return CompactText.unpack(title);
    }

    public Instant date() {
        return dateSeconds == UNDATED ? null : Instant.ofEpochSecond(dateSeconds, dateNanos);
    }

    /** Orders dated posts by date, as {@code date().compareTo(other.date())} would, without making either Instant. */
    int compareDates(PostMeta other) {
        int bySeconds = Long.compare(dateSeconds, other.dateSeconds);
        return bySeconds != 0 ? bySeconds : Integer.compare(dateNanos, other.dateNanos);
    }

    public String rawDate() {
        return rawDate == RFC_1123_OF_DATE ? Rfc1123Dates.format(date()) : rawDate;
    }

    /** Whether the raw date is the RFC 1123 form of the date, for the cache to say so instead of writing it. */
    boolean rawDateIsRfc1123() {
        return rawDate == RFC_1123_OF_DATE;
    }

    public Instant updated() {
        return updated;
    }

    public List<List<String>> categories() {
        return categories;
    }

    public List<String> tags() {
        return tags;
    }

    public String author() {
        return author;
    }

    public String image() {
        return CompactText.unpack(image);
    }

    public BodyFormat format() {
        return FORMATS[flags & ~PLACE_IS_FOLDER];
    }

    public long modified() {
        return modified;
    }

    public long size() {
        return size;
    }

    public Map<String, Object> extra() {
        return extra;
    }

    public boolean undated() {
        return dateSeconds == UNDATED;
    }

    /**
     * A short hash of the title and date (twelve hex digits) that tells apart two posts that came to hold the same file
     * name; {@code newsreader.store.PostIdentity} builds a post's identity from it.
     */
    public String identityHash() {
        return TitleDateHash.hex(identityBits());
    }

    /**
     * What the post is called in the state store: its relative path, {@code #} and {@link #identityHash()}
     * ({@code newsreader.store.PostIdentity} says why); made once.
     */
    public String identity() {
        String made = identity;
        if (made == null) {
            made = relativePath + "#" + identityHash();
            identity = made;
        }
        return made;
    }

    /** The same hash as a number, for the cache. */
    long identityBits() {
        long hash = identityHash;
        if (hash == TitleDateHash.UNKNOWN) {
            hash = TitleDateHash.of(title(), date());
            identityHash = hash;
        }
        return hash;
    }

    /** Whether the post's file is {@code file}, without keeping a path made to compare. */
    boolean isAt(Path file) {
        return file.equals(path());
    }

    /**
     * Whether the post's file is {@code folder} resolved with its relative path, told without making that path (a walk
     * of 100,000 cached posts made 100,000 to compare): true for a post read back from {@code folder}'s cache whose
     * relative path reads back as the bytes it was decoded from. File names are decoded as UTF-8 under the launcher;
     * a name that is not valid UTF-8 decodes to replacement characters, which resolve to other bytes.
     */
    boolean isBelow(Path folder) {
        return (flags & PLACE_IS_FOLDER) != 0 && NAMES_ARE_UTF_8 && place.equals(folder)
                && relativePath.indexOf('\uFFFD') < 0;
    }

    /** Whether file names are decoded as UTF-8, so that a name without a replacement character encodes back the same. */
    private static final boolean NAMES_ARE_UTF_8 = "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding"));

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof PostMeta that)) {
            return false;
        }
        return modified == that.modified && size == that.size && relativePath.equals(that.relativePath)
                && Arrays.equals(title, that.title) && dateSeconds == that.dateSeconds && dateNanos == that.dateNanos
                && Objects.equals(rawDate(), that.rawDate()) && Objects.equals(updated, that.updated)
                && Objects.equals(categories, that.categories) && Objects.equals(tags, that.tags)
                && Objects.equals(author, that.author) && Arrays.equals(image, that.image) && format() == that.format()
                && Objects.equals(extra, that.extra) && Objects.equals(path(), that.path());
    }

    @Override
    public int hashCode() {
        return Objects.hash(path(), relativePath, title(), date(), rawDate(), updated, categories, tags, author, image(), format(),
                modified, size, extra);
    }

    @Override
    public String toString() {
        return "PostMeta[path=" + path() + ", relativePath=" + relativePath + ", title=" + title() + ", date=" + date()
                + ", rawDate=" + rawDate() + ", updated=" + updated + ", categories=" + categories + ", tags=" + tags
                + ", author=" + author + ", image=" + image() + ", format=" + format() + ", modified=" + modified
                + ", size=" + size + ", extra=" + extra + "]";
    }
}
