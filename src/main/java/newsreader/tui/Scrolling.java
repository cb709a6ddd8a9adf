package newsreader.tui;

/** Arithmetic of a selection moving in a list shown through a window of {@code height} rows. */
final class Scrolling {
    private Scrolling() {
    }

    static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    /** The first shown row that keeps {@code selection} in view, moving {@code top} as little as possible. */
    static int keepVisible(int selection, int top, int height, int size) {
        if (height <= 0 || size <= 0) {
            return 0;
        }
        int newTop = top;
        if (selection < newTop) {
            newTop = selection;
        } else if (selection >= newTop + height) {
            newTop = selection - height + 1;
        }
        return clamp(newTop, 0, Math.max(0, size - height));
    }

    /** How far a move action goes in a window of {@code height} rows; 0 for actions that are not moves. */
    static int step(Action action, int height) {
        int page = Math.max(1, height - 1);
        switch (action) {
            case UP: return -1;
            case DOWN: return 1;
            case PAGE_UP: return -page;
            case PAGE_DOWN:
            case PAGE_DOWN_OR_NEXT_UNREAD: return page;
            case HALF_PAGE_UP: return -Math.max(1, height / 2);
            case HALF_PAGE_DOWN: return Math.max(1, height / 2);
            case TOP: return Integer.MIN_VALUE / 2;
            case BOTTOM: return Integer.MAX_VALUE / 2;
            default: return 0;
        }
    }

    static boolean isMove(Action action) {
        return step(action, 2) != 0;
    }
}
