package newsreader.open.picture;

import java.util.List;

/**
 * An image as rows of terminal cells, ready to draw: every row has {@link #columns()} cells, each one cell wide.
 * Public because the full-screen reader paints it cell by cell.
 *
 * @param rows the rows, top first
 */
public record CellPicture(List<List<ImageCell>> rows) {
    public CellPicture {
        rows = rows.stream().map(List::copyOf).toList();
    }

    public int height() {
        return rows.size();
    }

    public int columns() {
        return rows.isEmpty() ? 0 : rows.get(0).size();
    }

    public ImageCell cell(int column, int row) {
        return rows.get(row).get(column);
    }
}
