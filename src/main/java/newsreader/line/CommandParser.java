package newsreader.line;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Turns a typed line into an {@link Input}: command names and aliases, {@code /WORDS}, a bare number. */
final class CommandParser {
    private final Map<String, Command> byName = new HashMap<>();

    CommandParser() {
        for (Command command : Command.values()) {
            for (String name : command.names()) {
                byName.put(name, command);
            }
        }
    }

    Input parse(String line) {
        String text = line == null ? "" : line.strip();
        if (text.isEmpty()) {
            return new Input.Blank();
        }
        if (text.startsWith("/")) {
            return new Input.Known(Command.SEARCH, text.substring(1).strip());
        }
        if (PostNumber.looksLikeOne(text)) {
            return new Input.Known(Command.OPEN, text);
        }
        int end = 0;
        while (end < text.length() && !isSpace(text.charAt(end))) {
            end++;
        }
        String word = text.substring(0, end);
        String argument = text.substring(end).strip();
        String name = word.toLowerCase(Locale.ROOT);
        // "next page" is two words, so it cannot be found by its first word alone.
        if (name.equals("next") && argument.equalsIgnoreCase("page")) {
            return new Input.Known(Command.MORE, "");
        }
        Command command = byName.get(name);
        return command == null ? new Input.Unknown(word) : new Input.Known(command, argument);
    }

    /** ASCII space and tab, and the ideographic space a Chinese input method types. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000';
    }
}
