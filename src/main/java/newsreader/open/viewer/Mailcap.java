package newsreader.open.viewer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsreader.open.Environment;

/**
 * The entries of mailcap files in the order a mail reader would try them; parsing only, nothing is run. Public because
 * {@code Opener} reads the user's files with {@link #load} and its tests give it entries with {@link #of}.
 */
public final class Mailcap {
    /** Mailcap files larger than this are ignored: they are a few kilobytes in practice. */
    private static final long MAX_FILE_BYTES = 1024 * 1024;

    private final List<MailcapEntry> entries;

    Mailcap(List<MailcapEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    List<MailcapEntry> entries() {
        return entries;
    }

    /** Every entry that handles {@code mimeType}, in file order. */
    List<MailcapEntry> entriesFor(String mimeType) {
        return entries.stream().filter(e -> e.matches(mimeType)).toList();
    }

    /**
     * The mailcap files to read: {@code $MAILCAPS} when set (RFC 1524), else {@code ~/.mailcap} and
     * {@code /etc/mailcap}, as mutt reads them.
     */
    public static List<Path> searchPath(Environment env) {
        List<Path> files = new ArrayList<>();
        String mailcaps = env.get("MAILCAPS");
        if (mailcaps != null) {
            for (String part : mailcaps.split(":")) {
                if (!part.isEmpty()) {
                    files.add(part.startsWith("~/") ? env.home().resolve(part.substring(2)) : Path.of(part));
                }
            }
            return files;
        }
        files.add(env.home().resolve(".mailcap"));
        files.add(Path.of("/etc/mailcap"));
        return files;
    }

    /** Reads the files that exist, skipping unreadable ones: a broken mailcap must not stop the reader. */
    public static Mailcap load(List<Path> files) {
        List<MailcapEntry> all = new ArrayList<>();
        for (Path file : files) {
            try {
                if (Files.isRegularFile(file) && Files.size(file) <= MAX_FILE_BYTES) {
                    all.addAll(parse(Files.readString(file, StandardCharsets.UTF_8)));
                }
            } catch (IOException | RuntimeException e) {
                // Unreadable or not UTF-8: as if absent.
            }
        }
        return new Mailcap(all);
    }

    /** The entries of one mailcap file's text, as if read from a file. */
    public static Mailcap of(String text) {
        return new Mailcap(parse(text));
    }

    /** The entries of one mailcap file's text; malformed lines are skipped. */
    static List<MailcapEntry> parse(String text) {
        List<MailcapEntry> entries = new ArrayList<>();
        for (String line : logicalLines(text)) {
            MailcapEntry entry = parseLine(line);
            if (entry != null) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /** Joins lines ending in a backslash with the next and drops comments and blank lines. */
    private static List<String> logicalLines(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : text.split("\r?\n", -1)) {
            if (current.length() == 0 && (raw.isBlank() || raw.stripLeading().startsWith("#"))) {
                continue;
            }
            if (raw.endsWith("\\") && !raw.endsWith("\\\\")) {
                current.append(raw, 0, raw.length() - 1);
                continue;
            }
            current.append(raw);
            lines.add(current.toString());
            current.setLength(0);
        }
        if (current.length() > 0) {
            lines.add(current.toString());
        }
        return lines;
    }

    private static MailcapEntry parseLine(String line) {
        List<String> fields = fields(line);
        if (fields.size() < 2) {
            return null;
        }
        String type = fields.get(0).strip().toLowerCase(Locale.ROOT);
        String command = fields.get(1).strip();
        if (type.isEmpty() || command.isEmpty()) {
            return null;
        }
        boolean needsTerminal = false;
        boolean copiousOutput = false;
        String test = null;
        for (String field : fields.subList(2, fields.size())) {
            String f = field.strip();
            int eq = f.indexOf('=');
            String name = (eq < 0 ? f : f.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
            switch (name) {
                case "needsterminal" -> needsTerminal = true;
                case "copiousoutput" -> copiousOutput = true;
                case "test" -> test = eq < 0 ? "" : f.substring(eq + 1).strip();
                default -> {
                    // description=, print=, nametemplate=… do not change how an image is viewed.
                }
            }
        }
        return new MailcapEntry(type, command, needsTerminal, copiousOutput, test);
    }

    /** Splits on unescaped semicolons; {@code \;} stands for a semicolon inside a field. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(i + 1);
                if (next == ';') {
                    field.append(';');
                } else {
                    field.append(c).append(next);
                }
                i++;
            } else if (c == ';') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
