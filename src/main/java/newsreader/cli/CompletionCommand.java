package newsreader.cli;

import java.util.Locale;
import newsreader.reading.ExitCodes;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

/** {@code newsreader completion bash|zsh|fish}: a completion script for the shell, made from the command model. */
final class CompletionCommand extends Subcommand {
    String shell;

    @Override
    CommandSpec model() {
        CommandSpec model = CommandModel.command("completion", this);
        model.addPositional(CommandModel.parameter(String.class, () -> shell, value -> shell = value)
                .required(true).paramLabel("SHELL").descriptionKey("shell").completionCandidates(new Shells()).build());
        return model;
    }

    /** What Tab offers after {@code completion}. */
    static final class Shells implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.List.of("bash", "zsh", "fish").iterator();
        }
    }

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        String script = switch (shell.toLowerCase(Locale.ROOT)) {
            case "bash" -> BashCompletion.script(root);
            // The script is bash; zsh runs it through its bash completion layer.
            case "zsh" -> "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n"
                    + BashCompletion.script(root);
            case "fish" -> fish(CommandHelp.wordsNow(root.getCommandSpec()));
            default -> throw new CommandLine.ParameterException(spec.commandLine(), CommandHelp.MESSAGES.get("error.shell", shell));
        };
        parent.console().out().print(script);
        return ExitCodes.OK;
    }

    static String fish(CommandSpec root) {
        StringBuilder out = new StringBuilder("# fish completion for newsreader\ncomplete -c newsreader -f\n");
        out.append("complete -c newsreader -n __fish_use_subcommand -a '(__fish_complete_directories)'\n");
        for (CommandLine sub : root.subcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            out.append("complete -c newsreader -n __fish_use_subcommand -a ").append(spec.name())
                    .append(" -d ").append(quote(first(spec.usageMessage().description()))).append('\n');
            for (OptionSpec option : spec.options()) {
                out.append("complete -c newsreader -n '__fish_seen_subcommand_from ").append(spec.name()).append("'");
                for (String name : option.names()) {
                    out.append(name.startsWith("--") ? " -l " + name.substring(2) : " -s " + name.substring(1));
                }
                if (option.completionCandidates() != null) {
                    out.append(" -x -a ").append(quote(String.join(" ", option.completionCandidates())));
                } else if (option.arity().max() > 0) {
                    out.append(" -r");
                }
                out.append(" -d ").append(quote(first(option.description()))).append('\n');
            }
            if (!spec.positionalParameters().isEmpty()) {
                out.append("complete -c newsreader -n '__fish_seen_subcommand_from ").append(spec.name()).append("' -F\n");
            }
        }
        return out.toString();
    }

    private static String first(String[] lines) {
        return lines.length == 0 ? "" : lines[0];
    }

    private static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
