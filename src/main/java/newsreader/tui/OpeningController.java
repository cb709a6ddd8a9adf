package newsreader.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import newsreader.messages.Messages;
import newsreader.open.OpenOutcome;
import newsreader.open.OpenTarget;
import newsreader.open.Progress;
import newsreader.open.TerminalLinks;
import newsreader.open.address.HeaderImage;
import newsreader.open.address.Refusal;
import newsreader.open.address.TargetPolicy;
import newsreader.post.PlaceholderImages;
import newsreader.post.PostMeta;
import newsreader.render.Reference;

/**
 * The {@code o} key, the numbers of the {@code u} window, and what comes back from opening: status messages, the
 * picture window, the link window. Starting a viewer in the terminal is the loop's part (it owns the terminal).
 */
final class OpeningController {
    private static final Messages WORDS = Messages.of("reader");

    private final ReaderState state;
    private final List<Effect> effects;
    /** Formats hyperlink and clipboard sequences (no terminal is touched here). */
    private final TerminalLinks links;
    /** The same placeholders the opener passes over, so that the address offered is the one it opens. */
    private final PlaceholderImages placeholders;

    OpeningController(ReaderState state, List<Effect> effects, TerminalLinks links, PlaceholderImages placeholders) {
        this.state = state;
        this.effects = effects;
        this.links = links;
        this.placeholders = placeholders;
    }

    /** {@code o}: the header image of the open article, else of the selected post. */
    void openImage() {
        PostMeta meta = state.mode == ReaderState.Mode.ARTICLE && state.article != null
                ? state.article.meta : state.selectedPost();
        if (meta == null) {
            return;
        }
        List<Reference> references = state.article != null && state.article.meta == meta
                ? state.article.references : List.of();
        // A second o while the first is still downloading or decoding: the new open replaces it (the opener cancels
        // the first).
        state.message = WORDS.get("opening.image");
        state.opening = true;
        state.openingAddress = webAddress(HeaderImage.choose(meta, references, placeholders).address());
        effects.add(new Effect.OpenHeaderImage(meta, references));
    }

    /**
     * A key in the links window: digits choose an entry (at once when no longer number could follow; {@code 0} is
     * the header image), Enter takes the number typed, {@code c} copies the entry chosen (before or after it) instead
     * of opening it. Returns false for keys the window's usual handling should get.
     */
    boolean linksKey(KeyStroke key) {
        boolean plain = key.getKeyType() == KeyType.Character && !key.isCtrlDown() && !key.isAltDown();
        if (plain && key.getCharacter() == '0' && state.linkChoice.isEmpty()) {
            take(0);
            return true;
        }
        if (plain && key.getCharacter() >= '0' && key.getCharacter() <= '9') {
            state.linkChoice += key.getCharacter();
            int number = Integer.parseInt(state.linkChoice);
            int count = state.article == null ? 0 : state.article.references.size();
            if (number * 10 > count || state.linkChoice.length() >= 4) {
                take(number);
            } else {
                state.message = WORDS.get(state.linkCopy ? "links.typed.copy" : "links.typed", state.linkChoice);
            }
            return true;
        }
        if (key.getKeyType() == KeyType.Enter && !state.linkChoice.isEmpty()) {
            take(Integer.parseInt(state.linkChoice));
            return true;
        }
        if (plain && key.getCharacter() == 'c') {
            state.linkCopy = true;
            if (!state.linkChoice.isEmpty()) {
                take(Integer.parseInt(state.linkChoice));
            } else {
                state.message = WORDS.get("links.copy-which");
            }
            return true;
        }
        state.linkChoice = "";
        state.linkCopy = false;
        return false;
    }

    /** Opens or copies entry {@code number} (0 the header image); either way the window closes. */
    private void take(int number) {
        boolean copy = state.linkCopy;
        state.linkChoice = "";
        state.linkCopy = false;
        state.overlay = ReaderState.Overlay.NONE;
        Reference chosen = state.article == null ? null : LinkEntries.find(state.article, number);
        if (chosen == null) {
            state.message = number == 0 ? WORDS.get("links.no-header") : WORDS.get("links.no-link", String.valueOf(number));
        } else if (copy) {
            copy(chosen);
        } else {
            state.message = number == 0 ? WORDS.get("opening.header")
                    : WORDS.get("opening.number", String.valueOf(number));
            state.opening = true;
            state.openingAddress = webAddress(chosen.url());
            effects.add(new Effect.OpenReference(chosen, state.article.meta.path()));
        }
    }

    private void copy(Reference chosen) {
        OpenTarget.Web web = webAddress(chosen.url());
        if (web == null) {
            state.message = WORDS.get("links.only-web");
            return;
        }
        copy(web);
    }

    private void copy(OpenTarget.Web address) {
        try {
            state.rawOutput = links.copyToClipboard(address);
            state.message = WORDS.get("links.copied");
        } catch (IllegalArgumentException e) {
            state.message = WORDS.get("links.cannot-copy", e.getMessage());
        }
    }

    /**
     * A key while the picture or the link window is up: {@code c} copies its address, q and Esc close it, and any
     * other key closes it and is then handled as usual (returns false) — a key is never spent just on closing.
     */
    boolean windowKey(KeyStroke key) {
        boolean plain = key.getKeyType() == KeyType.Character && !key.isCtrlDown() && !key.isAltDown();
        if (plain && key.getCharacter() == 'c' && state.link != null) {
            copy(state.link);
            return true;
        }
        state.overlay = ReaderState.Overlay.NONE;
        state.picture = null;
        state.link = null;
        state.linkSpots = List.of();
        return key.getKeyType() == KeyType.Escape || (plain && key.getCharacter() == 'q');
    }

    /** Esc while an image or link is being opened: stop it. */
    void cancel() {
        state.message = WORDS.get("opening.cancelling");
        // The user gave up on it: no window should pop up with its address.
        state.openingAddress = null;
        effects.add(new Effect.CancelOpen());
    }

    /** The outcome of an open, on the UI thread (a viewer in the terminal has already run by now). */
    void opened(OpenOutcome outcome) {
        state.opening = false;
        state.message = outcome.message();
        OpenTarget.Web tried = state.openingAddress;
        state.openingAddress = null;
        if (outcome instanceof OpenOutcome.ShowHere here) {
            state.picture = here.preview();
            state.link = here.preview().target() instanceof OpenTarget.Web web ? web : null;
            state.overlay = ReaderState.Overlay.PICTURE;
        } else if (outcome instanceof OpenOutcome.ShowLink link) {
            state.link = link.target();
            state.picture = null;
            state.overlay = ReaderState.Overlay.LINK;
        } else if (outcome instanceof OpenOutcome.Failed && tried != null) {
            // Offline, or no viewer and nothing to draw: the address is still the user's way to the image, from a
            // browser of their own. The status line says why it did not open.
            state.link = tried;
            state.picture = null;
            state.overlay = ReaderState.Overlay.LINK;
        }
    }

    /**
     * The web address being opened, kept to be offered if the open fails; null for anything else (a local file,
     * an address the policy refuses), which has nothing to offer.
     */
    static OpenTarget.Web webAddress(String address) {
        if (address == null) {
            return null;
        }
        try {
            return new OpenTarget.Web(TargetPolicy.web(address), address);
        } catch (Refusal e) {
            return null;
        }
    }

    void downloading(long bytes, long total) {
        state.message = Progress.describe(bytes, total);
    }
}
