package newsreader.open.viewer;

import java.util.ArrayList;
import java.util.List;
import newsreader.messages.Messages;
import newsreader.open.address.Refusal;

/**
 * Splits a command line into words the way a POSIX shell would quote them, and does nothing else: no variables, no
 * command substitution, no globbing, no redirection. Because such commands (a mailcap entry, {@code $BROWSER}) are
 * written for {@code sh -c}, characters that would make a shell do more than split words are refused rather than
 * passed through with a different meaning.
 */
final class CommandWords {
    private static final Messages WORDS = Messages.of("open");

    /** Characters a shell treats as operators or expansions when not quoted. */
    private static final String SHELL_SPECIAL = ";|&$`<>()\n\r";

    private CommandWords() {
    }

    /** The words of {@code command}; throws when it is empty, badly quoted or needs a shell. */
    public static List<String> split(String command) throws Refusal {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        int n = command.length();
        while (i < n) {
            char c = command.charAt(i);
            if (c == ' ' || c == '\t') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else if (c == '\'') {
                int end = command.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new Refusal(WORDS.get("command.unterminated-single"));
                }
                word.append(command, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '"') {
                i = doubleQuoted(command, i + 1, word);
                inWord = true;
            } else if (c == '\\') {
                if (i + 1 >= n) {
                    throw new Refusal(WORDS.get("command.backslash"));
                }
                word.append(command.charAt(i + 1));
                inWord = true;
                i += 2;
            } else if (SHELL_SPECIAL.indexOf(c) >= 0) {
                throw new Refusal(WORDS.get("command.needs-shell", printable(c)));
            } else if (Character.isISOControl(c)) {
                throw new Refusal(WORDS.get("command.control"));
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        if (words.isEmpty()) {
            throw new Refusal(WORDS.get("command.empty"));
        }
        return List.copyOf(words);
    }

    /** Reads a "…" section starting after its opening quote; returns the index after its closing quote. */
    private static int doubleQuoted(String command, int start, StringBuilder word) throws Refusal {
        int i = start;
        while (i < command.length()) {
            char c = command.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '$' || c == '`') {
                // Inside double quotes a shell still expands these.
                throw new Refusal(WORDS.get("command.needs-shell.quoted", String.valueOf(c)));
            }
            if (c == '\\' && i + 1 < command.length() && "\"\\$`".indexOf(command.charAt(i + 1)) >= 0) {
                word.append(command.charAt(i + 1));
                i += 2;
                continue;
            }
            if (Character.isISOControl(c)) {
                throw new Refusal(WORDS.get("command.control"));
            }
            word.append(c);
            i++;
        }
        throw new Refusal(WORDS.get("command.unterminated-double"));
    }

    private static String printable(char c) {
        return c == '\n' ? "\\n" : c == '\r' ? "\\r" : String.valueOf(c);
    }
}
