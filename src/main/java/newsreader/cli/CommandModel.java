package newsreader.cli;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The commands' picocli models, built in code. picocli reads annotations through Java's reflection, which makes each
 * annotation an instance of a class the JVM generates at run time (a class-data archive cannot keep them) and parses
 * the annotations of every field and method: reading the models of {@code newsreader} and {@code list} took about
 * 45 of the 420 ms of a {@code list} of 10,000 posts. Built in code, the same model costs a few milliseconds.
 *
 * <p>An option's value lives in a field of its command, written by picocli through the setter it is given: the help
 * and the man page are made from the same model, so they show every option the parser takes.
 */
final class CommandModel {
    /** The name picocli gives the standard help options' mixin, by which it knows a command has them. */
    private static final String STANDARD_HELP = "mixinStandardHelpOptions";

    private CommandModel() {
    }

    /** The model of {@code command}, named {@code name}, which picocli runs ({@link java.util.concurrent.Callable}). */
    static CommandSpec command(String name, Object command) {
        return CommandSpec.wrapWithoutInspection(command).name(name);
    }

    /**
     * An option of type {@code type} whose value is read with {@code get} and written with {@code set}. What the field
     * holds now is its value when the option is not given: picocli writes it back before each parse, as it does for
     * an annotated field.
     */
    static <T> OptionSpec.Builder option(Class<T> type, Supplier<T> get, Consumer<T> set, String... names) {
        Field<T> field = new Field<>(get, set);
        return OptionSpec.builder(names).type(type).getter(field).setter(field).initialValue(get.get());
    }

    /**
     * A positional parameter of type {@code type} whose value is read with {@code get} and written with {@code set}.
     * Unlike an annotated one, it is optional until it is said to be required.
     */
    static <T> PositionalParamSpec.Builder parameter(Class<T> type, Supplier<T> get, Consumer<T> set) {
        Field<T> field = new Field<>(get, set);
        return PositionalParamSpec.builder().type(type).getter(field).setter(field).initialValue(get.get());
    }

    /** Positional parameters taking a list of values of type {@code element}, read with {@code get} and written with {@code set}. */
    static <E> PositionalParamSpec.Builder parameters(Class<E> element, Supplier<List<E>> get, Consumer<List<E>> set) {
        Field<List<E>> field = new Field<>(get, set);
        return PositionalParamSpec.builder().type(List.class).auxiliaryTypes(element).getter(field).setter(field)
                .initialValue(get.get());
    }

    /**
     * {@code spec} with {@code -h}/{@code --help} and {@code -V}/{@code --version}, as picocli's
     * {@code mixinStandardHelpOptions} adds them (same names, words and place), without the annotated class it reads them from;
     * {@code -V} prints {@link Version}.
     */
    static CommandSpec withStandardHelp(CommandSpec spec) {
        spec.versionProvider(new Version());
        CommandSpec help = CommandSpec.create();
        help.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class)
                .descriptionKey(STANDARD_HELP + ".help").description("Show this help message and exit.").build());
        help.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class)
                .descriptionKey(STANDARD_HELP + ".version").description("Print version information and exit.").build());
        spec.addMixin(STANDARD_HELP, help);
        return spec;
    }

    /**
     * A value in a command's field. picocli's getter and setter are generic methods, which a lambda cannot implement;
     * this holds the two lambdas that can.
     */
    private static final class Field<T> implements IGetter, ISetter {
        private final Supplier<T> get;
        private final Consumer<T> set;

        Field(Supplier<T> get, Consumer<T> set) {
            this.get = get;
            this.set = set;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <R> R get() {
            return (R) get.get();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <R> R set(R value) {
            R old = get();
            set.accept((T) value);
            return old;
        }
    }
}
