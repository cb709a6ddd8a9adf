package newsreader.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown footnotes ({@code text[^id]} and a {@code [^id]: note} line), which CommonMark itself does not know: read
 * as it is, a definition holding an address becomes a link definition and the marker a link, so the note vanished
 * among the references. The markers are numbered in the order they are first used and stay in the text as
 * {@code [^1]}; the notes are taken out of the body to be shown, numbered the same, in a Notes section after it.
 * Fenced code is left as it is written.
 */
final class MarkdownFootnotes {
    private static final Pattern DEFINITION = Pattern.compile("^ {0,3}\\[\\^([^\\]\\s]+)\\]:[ \\t]?(.*)$");
    private static final Pattern MARKER = Pattern.compile("\\[\\^([^\\]\\s]+)\\]");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~).*");

    /** The body without its note definitions and with its markers numbered, and the notes in number order. */
    record Split(String body, List<Note> notes) {
    }

    /** Note {@code number}'s Markdown text. */
    record Note(int number, String markdown) {
    }

    private MarkdownFootnotes() {
    }

    static Split of(String markdown) {
        if (markdown.indexOf("[^") < 0) {
            return new Split(markdown, List.of());
        }
        String[] lines = markdown.split("\n", -1);
        Map<String, StringBuilder> definitions = new LinkedHashMap<>();
        List<String> kept = new ArrayList<>();
        List<Boolean> code = new ArrayList<>();
        boolean inFence = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
            }
            Matcher def = inFence ? null : DEFINITION.matcher(line);
            if (def != null && def.matches()) {
                StringBuilder note = new StringBuilder(def.group(2));
                // Lines set in by four spaces (or a tab), blank lines between them included, go on with the note.
                while (i + 1 < lines.length && continues(lines, i + 1)) {
                    note.append('\n').append(lines[++i].strip());
                }
                definitions.putIfAbsent(def.group(1), note);
                continue;
            }
            kept.add(line);
            code.add(inFence);
        }
        if (definitions.isEmpty()) {
            return new Split(markdown, List.of());
        }
        Map<String, Integer> numbers = new LinkedHashMap<>();
        StringBuilder body = new StringBuilder(markdown.length());
        for (int i = 0; i < kept.size(); i++) {
            if (i > 0) {
                body.append('\n');
            }
            String line = kept.get(i);
            if (code.get(i)) {
                body.append(line);
                continue;
            }
            body.append(MARKER.matcher(line).replaceAll(m -> {
                if (!definitions.containsKey(m.group(1))) {
                    return Matcher.quoteReplacement(m.group());
                }
                int n = numbers.computeIfAbsent(m.group(1), id -> numbers.size() + 1);
                // Escaped, so that CommonMark shows the brackets instead of reading a link.
                return Matcher.quoteReplacement("\\[^" + n + "\\]");
            }));
        }
        List<Note> notes = new ArrayList<>();
        numbers.forEach((id, n) -> notes.add(new Note(n, definitions.get(id).toString().strip())));
        return new Split(body.toString(), notes);
    }

    private static boolean continues(String[] lines, int i) {
        if (indented(lines[i])) {
            return true;
        }
        return lines[i].isBlank() && i + 1 < lines.length && indented(lines[i + 1]);
    }

    private static boolean indented(String line) {
        return line.startsWith("    ") || line.startsWith("\t");
    }
}
