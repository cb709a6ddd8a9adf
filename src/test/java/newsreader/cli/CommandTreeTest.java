package newsreader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsreader.testing.ProgramRun;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.ParseResult;

/**
 * A run gets the subcommand it names, not the whole tree, and parses exactly as with the whole tree; help and
 * completion still see every subcommand.
 */
class CommandTreeTest {
    private static NewsreaderCommand root() {
        return new NewsreaderCommand(new Console(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false, 80));
    }

    private static List<String> subcommands(CommandLine cli) {
        return new ArrayList<>(cli.getSubcommands().keySet());
    }

    @Test
    void theWholeTreeHasEverySubcommandUnderItsOwnName() {
        Map<String, CommandLine> all = CommandTree.whole(root()).getSubcommands();
        assertThat(all.keySet()).containsExactly("list", "show", "search", "config", "completion", "cds-training");
        all.forEach((name, command) -> {
            assertThat(command.getCommandSpec().name()).isEqualTo(name);
            assertThat(((Subcommand) command.getCommandSpec().userObject()).model().name()).isEqualTo(name);
        });
    }

    @Test
    void aRunGetsTheSubcommandItNamesOnly() {
        assertThat(subcommands(CommandTree.forArguments(root(), "list", "posts", "--json"))).containsExactly("list");
        assertThat(subcommands(CommandTree.forArguments(root(), "--language", "en", "show", "a.md"))).containsExactly("show");
        assertThat(subcommands(CommandTree.forArguments(root(), "posts"))).isEmpty();
        assertThat(subcommands(CommandTree.forArguments(root()))).isEmpty();
    }

    @Test
    void helpCompletionAndAmbiguousRunsGetTheWholeTree() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"-h"}, new String[] {"-Vh"},
                new String[] {"completion", "bash"}, new String[] {"list", "show"}, new String[] {"show", "list"})) {
            assertThat(subcommands(CommandTree.forArguments(root(), args))).as(String.join(" ", args)).hasSize(6);
        }
    }

    @Test
    void everyRunParsesAsWithTheWholeTree() {
        List<String[]> runs = List.of(new String[] {}, new String[] {"posts"}, new String[] {"list"},
                new String[] {"list", "posts", "-n", "3", "--json"}, new String[] {"--language", "zh-Hans", "list", "posts"},
                new String[] {"list", "--language", "en", "-c", "a/b", "posts"}, new String[] {"--", "list"},
                new String[] {"./list"}, new String[] {"--viewer", "show", "posts"}, new String[] {"show", "--width", "zero"},
                new String[] {"list", "--bogus"}, new String[] {"lsit"}, new String[] {"search", "posts", "芯片"},
                new String[] {"config"}, new String[] {"list", "list"}, new String[] {"--line", "--chinese", "simplified"},
                new String[] {"-V"}, new String[] {"list", "-h"}, new String[] {"show", "a.md", "list"});
        for (String[] args : runs) {
            assertThat(parsed(CommandTree.forArguments(root(), args), args)).as(String.join(" ", args))
                    .isEqualTo(parsed(CommandTree.whole(root()), args));
        }
    }

    @Test
    void theTopCommandsHelpStillListsEverySubcommand() {
        ProgramRun help = InProcess.run("--help");
        assertThat(help.exitCode()).isZero();
        for (String name : List.of("list", "show", "search", "config", "completion")) {
            assertThat(help.out()).containsPattern("(?m)^\\s+" + name + "\\s");
        }
    }

    /**
     * picocli reads an annotation through a class the JVM generates on every start, and the annotated fields and methods
     * through reflection: the commands and their shared options carry none, their models are built in code
     * ({@link CommandModel}).
     */
    @Test
    void theCommandsCarryNoPicocliAnnotation() {
        java.util.Set<Class<?>> classes = new java.util.LinkedHashSet<>();
        CommandLine whole = CommandTree.whole(root());
        classes.add(whole.getCommandSpec().userObject().getClass());
        whole.getSubcommands().values().forEach(sub -> classes.add(sub.getCommandSpec().userObject().getClass()));
        classes.addAll(List.of(ChineseOption.class, AmbiguousWidthOption.class, Subcommand.class, SharedOption.class));
        java.util.Set<String> annotated = new java.util.TreeSet<>();
        for (Class<?> type : classes) {
            List<java.lang.reflect.AnnotatedElement> elements = new ArrayList<>(List.of(type));
            elements.addAll(List.of(type.getDeclaredFields()));
            elements.addAll(List.of(type.getDeclaredMethods()));
            for (java.lang.reflect.AnnotatedElement element : elements) {
                for (java.lang.annotation.Annotation annotation : element.getAnnotations()) {
                    if (annotation.annotationType().getName().startsWith("picocli.")) {
                        annotated.add(element + ": " + annotation.annotationType().getSimpleName());
                    }
                }
            }
        }
        assertThat(classes).hasSizeGreaterThan(8);
        assertThat(annotated).isEmpty();
    }

    /** Every option a parse takes is one the model shows: a value given on the command line reaches its command. */
    @Test
    void everyOptionReachesItsCommand() {
        NewsreaderCommand root = root();
        CommandLine cli = CommandTree.whole(root);
        cli.parseArgs("--config", "c.yaml", "--no-color", "--debug", "--language", "en", "--line", "--ambiguous-width", "2",
                "--viewer", "feh", "posts");
        assertThat(List.of(String.valueOf(root.configFile), root.noColor, root.debug, root.language, root.line,
                root.ambiguousWidth, root.viewer, String.valueOf(root.folder)))
                .containsExactly("c.yaml", true, true, "en", true, 2, "feh", "posts");

        root = root();
        cli = CommandTree.whole(root);
        cli.parseArgs("list", "-c", "a/b", "--json", "-n", "3", "--no-cache", "posts", "--config", "d.yaml");
        ListCommand list = (ListCommand) cli.getSubcommands().get("list").getCommandSpec().userObject();
        assertThat(List.of(list.category, list.json, list.limit, list.noCache, String.valueOf(list.dir),
                String.valueOf(root.configFile))).containsExactly("a/b", true, 3, true, "posts", "d.yaml");

        cli = CommandTree.whole(root());
        cli.parseArgs("search", "posts", "芯片", "--json", "--no-update");
        SearchCommand search = (SearchCommand) cli.getSubcommands().get("search").getCommandSpec().userObject();
        assertThat(List.of(search.words, search.json, search.limit, search.noUpdate))
                .containsExactly(List.of("posts", "芯片"), true, 20, true);

        cli = CommandTree.whole(root());
        cli.parseArgs("show", "-w", "40", "a.md", "b.md");
        ShowCommand show = (ShowCommand) cli.getSubcommands().get("show").getCommandSpec().userObject();
        assertThat(List.of(show.width, String.valueOf(show.files))).containsExactly(40, "[a.md, b.md]");
    }

    @Test
    void sharedOptionsAndTheRootAreBoundToTheCommandsThatHaveThem() {
        NewsreaderCommand root = root();
        CommandLine cli = CommandTree.forArguments(root, "list");
        ListCommand list = (ListCommand) cli.getSubcommands().get("list").getCommandSpec().userObject();
        assertThat(list.parent).isSameAs(root);
        assertThat(list.spec).isSameAs(cli.getSubcommands().get("list").getCommandSpec());
        assertThat(list.chinese.command).isSameAs(list.spec);
        assertThat(root.chinese.command).isSameAs(cli.getCommandSpec());
        assertThat(InProcess.run("list", "--chinese", "klingon", ".").err()).contains("newsreader list --help");
    }

    /** The commands a parse chose and the values it gave each option and parameter; or the error it raised. */
    private static String parsed(CommandLine cli, String... args) {
        try {
            StringBuilder out = new StringBuilder();
            for (ParseResult result = cli.parseArgs(args); result != null; result = result.subcommand()) {
                out.append(result.commandSpec().qualifiedName()).append(':');
                for (ArgSpec arg : result.matchedArgs()) {
                    out.append(' ').append(arg.paramLabel()).append(arg.isOption() ? "(option)" : "").append('=')
                            .append(arg.stringValues());
                }
                out.append('\n');
            }
            return out.toString();
        } catch (CommandLine.ParameterException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
