package newsreader.open.picture;

/**
 * The fixed part of xterm's 256-colour palette: a 6×6×6 colour cube (16–231) and 24 greys (232–255). Colours 0–15
 * are left out on purpose: terminals' themes redefine them.
 */
final class Xterm256 {
    private static final int[] CUBE_LEVELS = {0, 95, 135, 175, 215, 255};

    private Xterm256() {
    }

    /** The colour of palette entry {@code index} (16–255). */
    public static Rgb color(int index) {
        if (index < 16 || index > 255) {
            throw new IllegalArgumentException("not a fixed palette entry: " + index);
        }
        if (index >= 232) {
            int grey = 8 + 10 * (index - 232);
            return new Rgb(grey, grey, grey);
        }
        int i = index - 16;
        return new Rgb(CUBE_LEVELS[i / 36], CUBE_LEVELS[(i / 6) % 6], CUBE_LEVELS[i % 6]);
    }

    /** The palette entry closest to {@code c}: the nearest cube colour or the nearest grey, whichever is closer. */
    public static int nearest(Rgb c) {
        int r = nearestLevel(c.red());
        int g = nearestLevel(c.green());
        int b = nearestLevel(c.blue());
        int cubeIndex = 16 + 36 * r + 6 * g + b;
        int average = (c.red() + c.green() + c.blue()) / 3;
        int greyStep = Math.max(0, Math.min(23, Math.round((average - 8) / 10f)));
        int greyIndex = 232 + greyStep;
        return distance(c, color(greyIndex)) < distance(c, color(cubeIndex)) ? greyIndex : cubeIndex;
    }

    private static int nearestLevel(int value) {
        int best = 0;
        for (int i = 1; i < CUBE_LEVELS.length; i++) {
            if (Math.abs(CUBE_LEVELS[i] - value) < Math.abs(CUBE_LEVELS[best] - value)) {
                best = i;
            }
        }
        return best;
    }

    static int distance(Rgb a, Rgb b) {
        int dr = a.red() - b.red();
        int dg = a.green() - b.green();
        int db = a.blue() - b.blue();
        return dr * dr + dg * dg + db * db;
    }
}
