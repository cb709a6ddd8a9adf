package newsreader.line;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
        // "next page" is two words, so it cannot be found by its first word alone.
        if (word.equalsIgnoreCase("next") && argument.equalsIgnoreCase("page")) {
            return new Input.Known(Command.MORE, "");
        }
        return commandNamed(word).<Input>map(command -> new Input.Known(command, argument))
                .orElseGet(() -> new Input.Unknown(word));
    }

    /** The command one of whose names is {@code word}, in any case. */
    Optional<Command> commandNamed(String word) {
        return Optional.ofNullable(byName.get(word.toLowerCase(Locale.ROOT)));
    }

    /** ASCII space and tab, and the ideographic space a Chinese input method types. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000';
    }
}
