package newsreader.cli;

import newsreader.text.CellWidth;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code --ambiguous-width 1|2}, shared by the commands that lay text out. */
final class AmbiguousWidthOption extends SharedOption {
    @Override
    String name() {
        return "ambiguous";
    }

    private Integer value;

    @Override
    CommandSpec model() {
        CommandSpec model = CommandSpec.create();
        // set() checks the value: nothing is written back before a parse, as for an annotated setter method
        model.addOption(CommandModel.option(Integer.class, () -> value, this::set, "--ambiguous-width")
                .paramLabel("1|2").completionCandidates(new Values()).hasInitialValue(false).build());
        return model;
    }

    private void set(int width) {
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
