package newsreader.open.viewer;

import java.util.List;
import java.util.Set;
import newsreader.messages.Messages;
import newsreader.open.address.Refusal;

/**
 * Recognises a command that hands a script to a shell ({@code sh -c '…'}, {@code env bash -lc '…'},
 * {@code busybox sh -c '…'}), by the programs' file names. A placeholder inside such a script is text a shell will
 * parse, so {@link CommandTemplate} must quote what it puts there; a placeholder in any other word is one argument
 * and needs nothing.
 */
final class ShellLine {
    private static final Messages WORDS = Messages.of("open");

    /** Shells that quote as POSIX sh does: {@code '…'} is literal, and {@code '\''} puts a quote inside it. */
    private static final Set<String> POSIX_SHELLS = Set.of("sh", "bash", "dash", "zsh", "ksh", "ksh93", "mksh",
            "lksh", "pdksh", "oksh", "ash", "yash", "posh", "rbash");
    /** Shells with other quoting rules (fish reads {@code \'} inside quotes, csh expands {@code !}): not filled. */
    private static final Set<String> OTHER_SHELLS = Set.of("fish", "csh", "tcsh", "rc", "es", "nu", "elvish",
            "xonsh", "pwsh", "powershell", "ion", "oil", "osh", "ysh");

    private ShellLine() {
    }

    /**
     * The index of the word that is the script a shell runs with {@code -c}, or -1 when the command is not a shell
     * with {@code -c}.
     *
     * @throws Refusal when it is a shell whose quoting rules are not those of sh
     */
    static int scriptWord(List<String> words) throws Refusal {
        int i = 0;
        if (i < words.size() && KnownPrograms.baseName(words.get(i)).equals("env")) {
            i++;
            // env's own options and VAR=value assignments come before the program.
            while (i < words.size() && (words.get(i).startsWith("-") || words.get(i).contains("="))) {
                String option = words.get(i);
                if (option.startsWith("-S") || option.startsWith("--split-string")) {
                    throw new Refusal(WORDS.get("command.env-split"));
                }
                i += option.equals("-u") || option.equals("-C") || option.equals("--unset")
                        || option.equals("--chdir") ? 2 : 1;
            }
        }
        if (i < words.size() && KnownPrograms.baseName(words.get(i)).equals("busybox")) {
            i++;
        }
        if (i >= words.size()) {
            return -1;
        }
        String shell = KnownPrograms.baseName(words.get(i));
        boolean posix = POSIX_SHELLS.contains(shell);
        if (!posix && !OTHER_SHELLS.contains(shell)) {
            return -1;
        }
        boolean script = false;
        for (i++; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("--") || word.equals("-")) {
                i++;
                break;
            }
            if (word.startsWith("--")) {
                continue;
            }
            if (word.length() > 1 && (word.startsWith("-") || word.startsWith("+"))) {
                script |= word.indexOf('c') > 0;
                if (word.endsWith("o") || word.endsWith("O")) {
                    i++; // -o option-name: the next word is the option's name
                }
                continue;
            }
            break;
        }
        if (!script || i >= words.size()) {
            return -1;
        }
        if (!posix) {
            throw new Refusal(WORDS.get("command.other-shell", shell));
        }
        return i;
    }
}
