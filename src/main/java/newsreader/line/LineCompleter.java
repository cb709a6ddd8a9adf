package newsreader.line;

import java.util.List;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: command names as the first word, category paths after {@code cat}/{@code category}, command names
 * after {@code help}. JLine keeps the candidates that start with what is typed and escapes spaces in them.
 */
final class LineCompleter implements Completer {
    private final Supplier<CategoryIndex> categories;
    private final CommandParser commands = new CommandParser();

    /** @param categories the folder's categories now (a rescan changes them) */
    LineCompleter(Supplier<CategoryIndex> categories) {
        this.categories = categories;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        if (line.wordIndex() == 0) {
            addCommands(candidates);
            return;
        }
        Command command = commands.commandNamed(line.words().get(0)).orElse(null);
        if (command == Command.CATEGORY && line.wordIndex() == 1) {
            for (CategoryEntry entry : categories.get().entries()) {
                // A category with subcategories gets no space after it, so that typing / goes on into it.
                candidates.add(new Candidate(entry.typed(), entry.typed(), null, Plural.posts(entry.posts()),
                        null, null, !entry.hasChildren()));
            }
        } else if (command == Command.HELP && line.wordIndex() == 1) {
            addCommands(candidates);
        }
    }

    private static void addCommands(List<Candidate> candidates) {
        for (Command command : Command.values()) {
            for (String name : command.names()) {
                if (isOneWord(name)) {
                    // No description: on a dumb terminal a list of candidates is read out whole, so it must be short.
                    candidates.add(new Candidate(name, name, null, null, null, null, true));
                }
            }
        }
    }

    /** "next page" and "/" are typed, not completed: the first has a space, the second needs none. */
    private static boolean isOneWord(String name) {
        return name.chars().allMatch(Character::isLetter);
    }
}
