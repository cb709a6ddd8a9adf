package newsreader.cli;

import newsreader.text.CellWidth;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --ambiguous-width 1|2}, shared by the commands that lay text out. */
final class AmbiguousWidthOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private int value = 1;

    @Option(names = "--ambiguous-width", paramLabel = "1|2",
            description = "Cells your terminal gives ambiguous characters such as “ ” … ○ (default: 1).")
    void set(int width) {
        if (width != 1 && width != 2) {
            throw new ParameterException(spec.commandLine(), "--ambiguous-width must be 1 or 2, not " + width);
        }
        value = width;
    }

    CellWidth widths() {
        return new CellWidth(value);
    }
}
