package newsreader.open.viewer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsreader.messages.Messages;
import newsreader.open.address.Refusal;

/**
 * A viewer command as an argument vector with placeholders. Placeholders are replaced inside the one argument that
 * holds them, in one pass: what is put in is never split or scanned again. When the command is a shell running a
 * script ({@code sh -c '…'}, {@link ShellLine}), a placeholder inside the script is shell-quoted where it stands
 * ({@link ShellQuoting}), because a shell parses that word again (newsboat's CVE-2017-12904).
 */
final class CommandTemplate {
    private static final Messages WORDS = Messages.of("open");


    /** What a placeholder stands for. */
    public enum Slot { URL, FILE, TYPE }

    /** One piece of an argument: literal text, or a slot and how its value is quoted. */
    private record Piece(String text, Slot slot, ShellQuoting quoting) {
        static Piece literal(String text) {
            return new Piece(text, null, ShellQuoting.NONE);
        }

        static Piece slot(Slot slot) {
            return new Piece(null, slot, ShellQuoting.NONE);
        }
    }

    /** What {@code %t} may become: a bare media type, never free text from a server. */
    private static final java.util.regex.Pattern TYPE = java.util.regex.Pattern.compile("[a-z]+/([a-z0-9.+-]+|\\*)");

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
            throw new Refusal(WORDS.get("command.stdin"));
        }
        return template;
    }

    /** One entry of {@code $BROWSER}: {@code %s} is the URL; with none, the URL is appended. */
    public static CommandTemplate ofBrowser(String command) throws Refusal {
        return build(CommandWords.split(command), Syntax.PERCENT_BROWSER, Slot.URL);
    }

    /** A fixed program followed by one slot, e.g. {@code xdg-open {file}}. */
    public static CommandTemplate of(String program, Slot slot) {
        return new CommandTemplate(List.of(List.of(Piece.literal(program)), List.of(Piece.slot(slot))));
    }

    private enum Syntax { BRACES, PERCENT_MAILCAP, PERCENT_BROWSER }

    private static CommandTemplate build(List<String> split, Syntax syntax, Slot appended) throws Refusal {
        List<List<Piece>> words = new ArrayList<>();
        for (String word : split) {
            words.add(pieces(word, syntax));
        }
        int script = ShellLine.scriptWord(split);
        if (script >= 0) {
            words.set(script, quotedForTheShell(words.get(script)));
        }
        CommandTemplate template = new CommandTemplate(words);
        if (appended != null && !template.uses(Slot.URL) && !template.uses(Slot.FILE)) {
            // Appended as an argument of its own: after a shell's script it is $0 or $1, never script text.
            words.add(List.of(Piece.slot(appended)));
        }
        return new CommandTemplate(List.copyOf(words));
    }

    /** The script's pieces, each slot marked with how the shell must see its value quoted where it stands. */
    private static List<Piece> quotedForTheShell(List<Piece> script) throws Refusal {
        ShellQuoting.Reader reader = new ShellQuoting.Reader();
        List<Piece> quoted = new ArrayList<>();
        for (Piece piece : script) {
            if (piece.slot() == null) {
                reader.read(piece.text());
                quoted.add(piece);
            } else {
                quoted.add(new Piece(null, piece.slot(), reader.placeholder()));
            }
        }
        return List.copyOf(quoted);
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
                    throw new Refusal(WORDS.get("command.mailcap-parameters"));
                }
                length = slot == null ? 0 : 2;
            }
            if (slot != null) {
                if (literal.length() > 0) {
                    pieces.add(Piece.literal(literal.toString()));
                    literal.setLength(0);
                }
                pieces.add(Piece.slot(slot));
                i += length;
            } else {
                literal.append(word.charAt(i));
                i++;
            }
        }
        if (literal.length() > 0 || pieces.isEmpty()) {
            pieces.add(Piece.literal(literal.toString()));
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
                        case TYPE -> checkedType(type);
                    };
                    if (value == null) {
                        throw new IllegalArgumentException("no value for " + p.slot());
                    }
                    b.append(p.quoting().quote(value));
                }
            }
            argv.add(b.toString());
        }
        return List.copyOf(argv);
    }

    /** A type such as {@code image/png} or {@code image/*}; anything else is a caller's bug, not a value to pass on. */
    private static String checkedType(String type) {
        if (type != null && !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("not a media type: " + type);
        }
        return type;
    }

    @Override
    public String toString() {
        return program() + " " + String.join(" ", literalArguments());
    }
}
