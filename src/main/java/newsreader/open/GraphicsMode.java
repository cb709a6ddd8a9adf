package newsreader.open;

/**
 * How newsreader draws an image inside the terminal. Public because it is a setting (config file and command line)
 * and the reader asks which mode is in force.
 */
public enum GraphicsMode {
    /** Kitty graphics when the terminal is kitty, else half blocks. */
    AUTO,
    /** Unicode upper half blocks, two pixels per cell, in 256 or true colour. */
    HALF_BLOCKS,
    /** The kitty graphics protocol (kitty, WezTerm, Ghostty, Konsole). */
    KITTY,
    /** DEC sixel graphics (xterm -ti vt340, foot, mlterm, WezTerm, recent tmux). */
    SIXEL;

    /** The mode to use: the configured one, or for AUTO what the environment says about the terminal. */
    public GraphicsMode resolve(Environment env) {
        if (this != AUTO) {
            return this;
        }
        String term = env.get("TERM");
        boolean kitty = env.isSet("KITTY_WINDOW_ID") || term != null && term.contains("kitty");
        return kitty ? KITTY : HALF_BLOCKS;
    }
}
