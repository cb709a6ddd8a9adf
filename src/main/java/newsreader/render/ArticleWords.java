package newsreader.render;

import java.util.EnumMap;
import java.util.Map;
import newsreader.config.InterfaceLanguage;
import newsreader.messages.Messages;

/**
 * The fixed words of a rendered article in one language (the {@code render} bundle): header labels, the references'
 * heading, the markers of pictures and media in running text, the footnotes' heading, "undated". Every front end
 * shows an article through the renderer, so they all get these words from here.
 *
 * <p>Looked up once per language: a folder's index renders every post, and a marker is written for each picture.
 */
public final class ArticleWords {
    private static final Messages BUNDLE = Messages.of("render");
    /** Stand-ins for a marker's places, filled in with plain string replacement rather than a formatter per marker. */
    private static final String NUMBER = "\uE000";
    private static final String ALT = "\uE001";
    /** Every language's words, made once: a list asks for "undated" for each undated post, from any thread. */
    private static final Map<InterfaceLanguage, ArticleWords> KNOWN = known();

    final String date;
    final String updated;
    final String author;
    final String category;
    final String tags;
    final String image;
    final String placeholder;
    final String references;
    final String notes;
    private final InterfaceLanguage language;
    private final String undated;
    private final String imageMarker;
    private final String imageAltMarker;
    private final Map<String, String> mediaMarkers;

    private ArticleWords(InterfaceLanguage language) {
        this.language = language;
        date = word("header.date");
        updated = word("header.updated");
        author = word("header.author");
        category = word("header.category");
        tags = word("header.tags");
        image = word("header.image");
        placeholder = word("header.image.placeholder");
        references = word("references.heading");
        notes = word("notes.heading");
        undated = word("date.undated");
        imageMarker = BUNDLE.getIn(language, "marker.image", NUMBER);
        imageAltMarker = BUNDLE.getIn(language, "marker.image.alt", NUMBER, ALT);
        mediaMarkers = Map.of("embed", BUNDLE.getIn(language, "marker.embed", NUMBER),
                "video", BUNDLE.getIn(language, "marker.video", NUMBER),
                "audio", BUNDLE.getIn(language, "marker.audio", NUMBER),
                "source", BUNDLE.getIn(language, "marker.source", NUMBER));
    }

    /** The words in the language the interface speaks now. */
    public static ArticleWords spoken() {
        return in(Messages.language());
    }

    /** The words in {@code language}. */
    public static ArticleWords in(InterfaceLanguage language) {
        return KNOWN.get(language);
    }

    private static Map<InterfaceLanguage, ArticleWords> known() {
        Map<InterfaceLanguage, ArticleWords> known = new EnumMap<>(InterfaceLanguage.class);
        for (InterfaceLanguage language : InterfaceLanguage.values()) {
            known.put(language, new ArticleWords(language));
        }
        return known;
    }

    private String word(String key) {
        return BUNDLE.getIn(language, key);
    }

    /** What a post without a date shows for its date. */
    public String undated() {
        return undated;
    }

    /** An undated post whose date field said {@code raw}, which could not be read as a date. */
    String undated(String raw) {
        return BUNDLE.getIn(language, "date.undated.raw", raw);
    }

    /** A picture's marker in running text, {@code [image 3]} or {@code [image 3: alt]}. */
    String imageMarker(int number, String alt) {
        String n = Integer.toString(number);
        return alt.isEmpty() ? imageMarker.replace(NUMBER, n) : imageAltMarker.replace(NUMBER, n).replace(ALT, alt);
    }

    /** Whether a paragraph ends with a picture's marker (its caption then stays under it). */
    boolean endsWithImageMarker(String text) {
        String end = imageMarker.substring(imageMarker.indexOf(NUMBER) + NUMBER.length());
        String start = imageMarker.substring(0, imageMarker.indexOf(NUMBER));
        return text.endsWith(end) && text.contains(start);
    }

    /** The marker of embedded media ({@code embed}, {@code video}, {@code audio}, {@code source}). */
    String mediaMarker(String kind, int number) {
        return mediaMarkers.getOrDefault(kind, mediaMarkers.get("embed")).replace(NUMBER, Integer.toString(number));
    }

    /** A picture in the references: {@code image: https://…}. */
    String referencedImage(String url) {
        return BUNDLE.getIn(language, "references.image", url);
    }

    /** The note that a body was cut after {@code megabytes}. */
    String bodyCut(int megabytes) {
        return BUNDLE.getIn(language, "body.cut", megabytes);
    }

    /** Why a post could not be shown when the JVM gave up on it. */
    String unrenderable(boolean nested) {
        return BUNDLE.getIn(language, nested ? "unrenderable.nested" : "unrenderable.large");
    }
}
