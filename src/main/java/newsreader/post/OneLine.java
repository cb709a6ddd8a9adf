package newsreader.post;

/** Squeezes a parser's message into one short line fit for a list of problems. */
final class OneLine {
    private static final int MAX = 160;

    private OneLine() {
    }

    static String of(String message) {
        if (message == null || message.isBlank()) {
            return "unknown error";
        }
        String line = message.replaceAll("\\s+", " ").strip();
        StringBuilder kept = new StringBuilder(line.length());
        line.codePoints().filter(c -> !Character.isISOControl(c)).forEach(kept::appendCodePoint);
        return kept.length() <= MAX ? kept.toString() : kept.substring(0, MAX - 1) + "…";
    }
}
