package newsreader.reading;

import newsreader.config.Settings;
import newsreader.post.PlaceholderImages;
import newsreader.render.ArticleRenderer;
import newsreader.render.DateLabel;
import newsreader.text.CellWidth;

/**
 * What the settings decide about reading, made in one place for every front end: how dates are shown, how rows
 * and articles are laid out, which script Chinese is shown in. A front end that builds its own date format or renderer would drift from the others.
 */
public final class Reading {
    private final DateLabel dates;
    private final CellWidth widths;
    private final PlaceholderImages placeholders;
    private final ChineseScript script;

    public Reading(DateLabel dates, CellWidth widths) {
        this(dates, widths, PlaceholderImages.defaults());
    }

    public Reading(DateLabel dates, CellWidth widths, PlaceholderImages placeholders) {
        this(dates, widths, placeholders, ChineseScript.ORIGINAL);
    }

    public Reading(DateLabel dates, CellWidth widths, PlaceholderImages placeholders, ChineseScript script) {
        this.dates = dates;
        this.widths = widths;
        this.placeholders = placeholders;
        this.script = script;
    }

    /** The same reading with Chinese shown in {@code other} (the reader's key switches scripts while it runs). */
    public Reading withScript(ChineseScript other) {
        return new Reading(dates, widths, placeholders, other);
    }

    /** The script Chinese is shown in. */
    public ChineseScript script() {
        return script;
    }

    /** Placeholder header images: the documented services and the {@code placeholder-images} setting's. */
    public static PlaceholderImages placeholders(Settings settings) {
        return PlaceholderImages.defaults().with(settings.placeholderImages());
    }

    /** The one recogniser of placeholder header images, for the header line and the {@code o} key alike. */
    public PlaceholderImages placeholders() {
        return placeholders;
    }

    /** Which posts lists show, and in what order, as the settings ask (before a key changes it). */
    public static ListChoice listChoice(Settings settings) {
        return new ListChoice(ListOrder.named(settings.sort()), settings.unreadOnly());
    }

    /** How wide articles are laid out and where they stand, as the settings ask. */
    public static TextMeasure textMeasure(Settings settings) {
        return new TextMeasure(settings.textWidth(), settings.textCentred());
    }

    /** Dates as the settings ask for them. */
    public static DateLabel dates(Settings settings) {
        return new DateLabel(settings.timeZone(), settings.dateFormat());
    }

    public DateLabel dates() {
        return dates;
    }

    public CellWidth widths() {
        return widths;
    }

    public PostRows rows() {
        return new PostRows(dates, widths, script);
    }

    public ArticleRenderer renderer() {
        return new ArticleRenderer(widths, dates, placeholders, script::convert);
    }
}
