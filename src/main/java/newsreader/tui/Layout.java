package newsreader.tui;

/**
 * Where each part of the screen goes for a size: tree and list side by side from 80 columns, one of them at a
 * time below that; the article over the whole width; the status line at the bottom.
 */
record Layout(Rect tree, Rect list, Rect article, int dividerColumn, int statusRow) {
    static final int SIDE_BY_SIDE_COLUMNS = 80;

    /** A rectangle of cells; empty when width or height is 0. */
    record Rect(int column, int row, int width, int height) {
        static final Rect NONE = new Rect(0, 0, 0, 0);

        int endColumn() {
            return column + width;
        }

        boolean isEmpty() {
            return width <= 0 || height <= 0;
        }
    }

    static Layout of(int columns, int rows, ReaderState.Mode mode, ReaderState.Pane focus) {
        int contentRows = Math.max(0, rows - 1);
        int statusRow = rows - 1;
        if (mode == ReaderState.Mode.ARTICLE) {
            // A one-cell margin each side where there is room: text glued to the edge is hard to read.
            int margin = columns >= 40 ? 1 : 0;
            Rect article = new Rect(margin, 0, columns - 2 * margin, contentRows);
            return new Layout(Rect.NONE, Rect.NONE, article, -1, statusRow);
        }
        if (columns >= SIDE_BY_SIDE_COLUMNS) {
            int treeWidth = Math.max(20, Math.min(40, columns * 3 / 10));
            Rect tree = new Rect(0, 0, treeWidth, contentRows);
            Rect list = new Rect(treeWidth + 1, 0, columns - treeWidth - 1, contentRows);
            return new Layout(tree, list, Rect.NONE, treeWidth, statusRow);
        }
        Rect whole = new Rect(0, 0, columns, contentRows);
        return focus == ReaderState.Pane.TREE
                ? new Layout(whole, Rect.NONE, Rect.NONE, -1, statusRow)
                : new Layout(Rect.NONE, whole, Rect.NONE, -1, statusRow);
    }

    boolean sideBySide() {
        return !tree.isEmpty() && !list.isEmpty();
    }
}
