package newsreader.open.viewer;

import java.util.List;

/**
 * The viewers that can open something, best first, and why a better one was passed over. Public because
 * {@link ViewerChooser} answers {@code Opener} with it.
 *
 * @param viewers usable viewers, best first; empty when none is found
 * @param note    why the configured viewer is not among them (e.g. "viewer setting: feh not found"), or null
 */
public record ViewerChoice(List<Viewer> viewers, String note) {
    public ViewerChoice {
        viewers = List.copyOf(viewers);
    }

    public boolean isEmpty() {
        return viewers.isEmpty();
    }

    public Viewer first() {
        return viewers.isEmpty() ? null : viewers.get(0);
    }
}
