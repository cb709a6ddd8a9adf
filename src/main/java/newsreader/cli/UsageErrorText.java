package newsreader.cli;

import java.util.List;
import java.util.stream.Collectors;
import newsreader.messages.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The first line of a usage error in the interface's language. picocli writes its own errors in English; the common
 * ones (an unknown option, a stray or missing argument, a value that is not a number) are said again from the
 * {@code commands} bundle. Errors the commands raise are in the language already, as are picocli's rarer ones left
 * as they are.
 */
final class UsageErrorText {
    private static final Messages MESSAGES = CommandHelp.MESSAGES;

    private UsageErrorText() {
    }

    static String of(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            List<String> words = unmatched.getUnmatched();
            boolean options = words.stream().allMatch(w -> w.startsWith("-"));
            return MESSAGES.get(options ? "error.unknown-option" : "error.unmatched-argument", quoted(words), words.size());
        }
        if (e instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
            List<String> names = missing.getMissing().stream().map(UsageErrorText::name).toList();
            return MESSAGES.get("error.missing-parameter", quoted(names), names.size());
        }
        if (e.getCause() instanceof CommandLine.TypeConversionException && e.getArgSpec() != null && e.getValue() != null) {
            Class<?> type = e.getArgSpec().type();
            boolean number = type == int.class || type == Integer.class || type == long.class || type == Long.class;
            return MESSAGES.get(number ? "error.not-a-number" : "error.invalid-value", name(e.getArgSpec()), e.getValue());
        }
        return String.valueOf(e.getMessage());
    }

    /** {@code --width} for an option, {@code FILE} for a positional parameter. */
    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.longestName();
        }
        return arg instanceof PositionalParamSpec positional ? positional.paramLabel() : String.valueOf(arg);
    }

    private static String quoted(List<String> words) {
        return words.stream().map(w -> "'" + w + "'").collect(Collectors.joining(", "));
    }
}
