package newsreader.post;

import java.util.List;
import newsreader.config.InterfaceLanguage;
import newsreader.messages.Messages;

/**
 * Why a file could not be read as a post, kept as a message of the {@code post} bundle and its arguments, so that
 * each front end says it whole in the language the interface speaks when it shows it (the metadata cache keeps the
 * key, not the English sentence). Arguments are text: a line number, a size, a parser's own words.
 */
public record ProblemReason(String key, List<String> args) {
    private static final Messages WORDS = Messages.of("post");
    /** Between the key and the arguments in {@link #encoded}: never in a reason's one-line arguments. */
    private static final char SEPARATOR = '\u0000';

    public ProblemReason {
        args = List.copyOf(args);
    }

    /** The reason {@code key} with its places filled by {@code args}. */
    public static ProblemReason of(String key, Object... args) {
        String[] texts = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new ProblemReason(key, List.of(texts));
    }

    /** A reason already worded by the caller (in the interface's language), shown as it is. */
    public static ProblemReason worded(String text) {
        return of("worded", text);
    }

    /** The reason in the language the interface speaks. */
    public String text() {
        return WORDS.get(key, args.toArray());
    }

    /** The reason in {@code language}, whatever the interface speaks (for machine-read output). */
    public String text(InterfaceLanguage language) {
        return WORDS.getIn(language, key, args.toArray());
    }

    /** {@code file} and this reason as one line: {@code a.md: empty file}, {@code a.md：空文件}. */
    public String about(Object file) {
        return WORDS.get("file.problem", file, text());
    }

    /** {@code file} as the label of its reason in a list ({@code a.md: }), the reason beside it. */
    public static String label(Object file) {
        return WORDS.get("file.label", file);
    }

    /** One string for the metadata cache, read back by {@link #decoded}. */
    String encoded() {
        StringBuilder out = new StringBuilder(key);
        for (String arg : args) {
            out.append(SEPARATOR).append(arg);
        }
        return out.toString();
    }

    static ProblemReason decoded(String encoded) {
        String[] parts = encoded.split(String.valueOf(SEPARATOR), -1);
        return new ProblemReason(parts[0], List.of(parts).subList(1, parts.length));
    }

    @Override
    public String toString() {
        return text();
    }
}
