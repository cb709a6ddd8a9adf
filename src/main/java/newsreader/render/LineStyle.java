package newsreader.render;

/** What a rendered line is, so that a screen can colour it; plain-text output ignores it. */
public enum LineStyle {
    TITLE,
    META,
    HEADING,
    BODY,
    QUOTE,
    CODE,
    TABLE,
    CAPTION,
    RULE,
    REFERENCE,
    BLANK
}
