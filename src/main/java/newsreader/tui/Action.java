package newsreader.tui;

/** What a key asks for; the same action may come from several keys (arrows, vi, less). */
enum Action {
    UP, DOWN, PAGE_UP, PAGE_DOWN, HALF_PAGE_UP, HALF_PAGE_DOWN, TOP, BOTTOM,
    OPEN, LEFT, RIGHT, BACK, QUIT, SWITCH_PANE,
    FIND, SEARCH_ALL, NEXT_MATCH, PREVIOUS_MATCH, NEXT_POST, PREVIOUS_POST, NEXT_UNREAD,
    TOGGLE_READ, TOGGLE_STAR, MARK_ALL_READ, OPEN_IMAGE, LINKS, RELOAD, HELP, SUSPEND, ESCAPE, NONE
}
