package newsreader.reading;

import newsreader.config.Settings;
import newsreader.render.ArticleRenderer;
import newsreader.render.DateLabel;
import newsreader.text.CellWidth;

/**
 * What the settings decide about reading, made in one place for every front end: how dates are shown, how rows
 * and articles are laid out. A front end that builds its own date format or renderer would drift from the others.
 */
public final class Reading {
    private final DateLabel dates;
    private final CellWidth widths;

    public Reading(DateLabel dates, CellWidth widths) {
        this.dates = dates;
        this.widths = widths;
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
        return new PostRows(dates, widths);
    }

    public ArticleRenderer renderer() {
        return new ArticleRenderer(widths, dates);
    }
}
