package newsreader.open.viewer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsreader.open.address.Refusal;

/**
 * A viewer command as an argument vector with placeholders. Placeholders are replaced inside the one argument that
 * holds them, in one pass: what is put in is never split or scanned again.
 */
final class CommandTemplate {

    /** What a placeholder stands for. */
    public enum Slot { URL, FILE, TYPE }

    /** One piece of an argument: literal text, or a slot. */
    private record Piece(String text, Slot slot) {
    }

    private final List<List<Piece>> words;

    private CommandTemplate(List<List<Piece>> words) {
        this.words = words;
    }

    /** A viewer setting: {@code {url}} and {@code {file}}; with neither, the file is appended. */
    public static CommandTemplate ofViewerSetting(String command) throws Refusal {
        return build(CommandWords.split(command), Syntax.BRACES, Slot.FILE);
    }

    /** A mailcap view command: {@code %s} is the file, {@code %t} the type; with no {@code %s} the entry is unusable. */
    public static CommandTemplate ofMailcap(String command) throws Refusal {
        CommandTemplate template = build(CommandWords.split(command), Syntax.PERCENT_MAILCAP, null);
        if (!template.uses(Slot.FILE)) {
            throw new Refusal("mailcap command reads the image from standard input (no %s)");
        }
        return template;
    }

    /** One entry of {@code $BROWSER}: {@code %s} is the URL; with none, the URL is appended. */
    public static CommandTemplate ofBrowser(String command) throws Refusal {
        return build(CommandWords.split(command), Syntax.PERCENT_BROWSER, Slot.URL);
    }

    /** A fixed program followed by one slot, e.g. {@code xdg-open {file}}. */
    public static CommandTemplate of(String program, Slot slot) {
        return new CommandTemplate(List.of(List.of(new Piece(program, null)), List.of(new Piece(null, slot))));
    }

    private enum Syntax { BRACES, PERCENT_MAILCAP, PERCENT_BROWSER }

    private static CommandTemplate build(List<String> split, Syntax syntax, Slot appended) throws Refusal {
        List<List<Piece>> words = new ArrayList<>();
        for (String word : split) {
            words.add(pieces(word, syntax));
        }
        CommandTemplate template = new CommandTemplate(words);
        if (appended != null && !template.uses(Slot.URL) && !template.uses(Slot.FILE)) {
            words.add(List.of(new Piece(null, appended)));
        }
        return new CommandTemplate(List.copyOf(words));
    }

    private static List<Piece> pieces(String word, Syntax syntax) throws Refusal {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < word.length()) {
            Slot slot = null;
            int length = 0;
            if (syntax == Syntax.BRACES) {
                if (word.startsWith("{url}", i)) {
                    slot = Slot.URL;
                    length = 5;
                } else if (word.startsWith("{file}", i)) {
                    slot = Slot.FILE;
                    length = 6;
                }
            } else if (word.charAt(i) == '%' && i + 1 < word.length()) {
                char next = word.charAt(i + 1);
                if (next == '%') {
                    literal.append('%');
                    i += 2;
                    continue;
                }
                if (next == 's') {
                    slot = syntax == Syntax.PERCENT_MAILCAP ? Slot.FILE : Slot.URL;
                } else if (next == 't' && syntax == Syntax.PERCENT_MAILCAP) {
                    slot = Slot.TYPE;
                } else if (next == '{' && syntax == Syntax.PERCENT_MAILCAP) {
                    throw new Refusal("mailcap parameters (%{…}) are not supported");
                }
                length = slot == null ? 0 : 2;
            }
            if (slot != null) {
                if (literal.length() > 0) {
                    pieces.add(new Piece(literal.toString(), null));
                    literal.setLength(0);
                }
                pieces.add(new Piece(null, slot));
                i += length;
            } else {
                literal.append(word.charAt(i));
                i++;
            }
        }
        if (literal.length() > 0 || pieces.isEmpty()) {
            pieces.add(new Piece(literal.toString(), null));
        }
        return List.copyOf(pieces);
    }

    public boolean uses(Slot slot) {
        return words.stream().flatMap(List::stream).anyMatch(p -> p.slot() == slot);
    }

    /** The program as written (first word), for finding it on PATH and naming it in messages. */
    public String program() {
        StringBuilder b = new StringBuilder();
        for (Piece p : words.get(0)) {
            b.append(p.text() == null ? "" : p.text());
        }
        return b.toString();
    }

    /** The words after the program, as written with placeholders, e.g. to recognise {@code kitty +kitten icat}. */
    public List<String> literalArguments() {
        List<String> out = new ArrayList<>();
        for (List<Piece> word : words.subList(1, words.size())) {
            StringBuilder b = new StringBuilder();
            for (Piece p : word) {
                b.append(p.text() == null ? "{" + p.slot().name().toLowerCase(java.util.Locale.ROOT) + "}" : p.text());
            }
            out.add(b.toString());
        }
        return out;
    }

    /**
     * The argument vector for one target.
     *
     * @param url  what {@code {url}} becomes (may be null when the template does not use it)
     * @param file what {@code {file}} becomes (may be null when the template does not use it)
     * @param type what {@code %t} becomes
     */
    public List<String> argv(String url, Path file, String type) {
        List<String> argv = new ArrayList<>();
        for (List<Piece> word : words) {
            StringBuilder b = new StringBuilder();
            for (Piece p : word) {
                if (p.slot() == null) {
                    b.append(p.text());
                } else {
                    String value = switch (p.slot()) {
                        case URL -> url;
                        case FILE -> file == null ? null : file.toString();
                        case TYPE -> type;
                    };
                    if (value == null) {
                        throw new IllegalArgumentException("no value for " + p.slot());
                    }
                    b.append(value);
                }
            }
            argv.add(b.toString());
        }
        return List.copyOf(argv);
    }

    @Override
    public String toString() {
        return program() + " " + String.join(" ", literalArguments());
    }
}
