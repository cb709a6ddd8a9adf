package newsreader.open.picture;

/** A 24-bit colour. Public because an {@link ImageCell}'s colours are these. */
public record Rgb(int red, int green, int blue) {
    public static final Rgb BLACK = new Rgb(0, 0, 0);

    public Rgb {
        if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
            throw new IllegalArgumentException("colour component out of 0..255");
        }
    }

    /** From {@code 0xRRGGBB}. */
    public static Rgb of(int rgb) {
        return new Rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    public int packed() {
        return (red << 16) | (green << 8) | blue;
    }

    /** The nearest colour of xterm's 256-colour palette (16–255; the first 16 depend on the user's theme). */
    public int xterm256() {
        return Xterm256.nearest(this);
    }
}
