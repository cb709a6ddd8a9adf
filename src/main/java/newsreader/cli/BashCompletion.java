package newsreader.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The bash completion script: picocli's, made from the command model, with one change. picocli completes every path
 * parameter with file names; a DIR ({@code newsreader DIR}, {@code newsreader --line DIR}, {@code list DIR}) is
 * completed with folders only, so that Tab does not offer the posts themselves.
 */
final class BashCompletion {
    private static final String FILES = "positionals=$( compgen -f -- \"${curr_word}\" ) # files";
    private static final String FOLDERS = "positionals=$( compgen -d -- \"${curr_word}\" ) # folders";

    private BashCompletion() {
    }

    static String script(CommandLine root) {
        String script = AutoComplete.bash(root.getCommandName(), root);
        for (String function : folderFunctions(root.getCommandSpec())) {
            script = foldersIn(script, function);
        }
        return script;
    }

    /** picocli's completion function of each command whose positional parameter is a DIR. */
    private static List<String> folderFunctions(CommandSpec root) {
        List<String> functions = new ArrayList<>();
        String prefix = "_picocli_" + root.name();
        if (takesFolder(root)) {
            functions.add(prefix);
        }
        for (CommandLine sub : root.subcommands().values()) {
            if (!sub.getCommandSpec().usageMessage().hidden() && takesFolder(sub.getCommandSpec())) {
                functions.add(prefix + "_" + sub.getCommandName());
            }
        }
        return functions;
    }

    private static boolean takesFolder(CommandSpec spec) {
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if ("DIR".equals(p.paramLabel())) {
                return true;
            }
        }
        return false;
    }

    /** Folders instead of files for the positional parameter of one function; fails loudly if picocli changed. */
    static String foldersIn(String script, String function) {
        int start = script.indexOf("function " + function + "() {");
        int end = start < 0 ? -1 : script.indexOf("\n}\n", start);
        int files = start < 0 ? -1 : script.indexOf(FILES, start);
        if (files < 0 || files > end) {
            throw new IllegalStateException("the bash completion of " + function + " no longer completes files as expected");
        }
        return script.substring(0, files) + FOLDERS + script.substring(files + FILES.length());
    }
}
