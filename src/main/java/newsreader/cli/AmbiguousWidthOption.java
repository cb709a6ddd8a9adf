package newsreader.cli;

import newsreader.text.CellWidth;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --ambiguous-width 1|2}, shared by the commands that lay text out. */
final class AmbiguousWidthOption extends SharedOption {
    @Override
    String name() {
        return "ambiguous";
    }

    private Integer value;

    @Option(names = "--ambiguous-width", paramLabel = "1|2", completionCandidates = Values.class)
    void set(int width) {
        if (width != 1 && width != 2) {
            throw new ParameterException(command.commandLine(),
                    CommandHelp.MESSAGES.get("error.ambiguous-width", String.valueOf(width)));
        }
        value = width;
    }

    /** What Tab offers after {@code --ambiguous-width}. */
    static final class Values implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.List.of("1", "2").iterator();
        }
    }

    /** The option when given, else the config's setting (where "auto" means 1: a pipe has no terminal to ask). */
    CellWidth widths(newsreader.config.Settings settings) {
        int width = value != null ? value : settings.ambiguousWidth();
        return new CellWidth(width == 2 ? 2 : 1);
    }
}
