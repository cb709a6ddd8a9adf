package newsreader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import newsreader.testing.EndToEnd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * scripts/newsreader run as a user runs it, from a copy of the project's layout holding the script, the samples and a
 * jar of the compiled classes (its manifest names the dependencies where Maven keeps them), so no build starts. Such a
 * copy, without sources, is also how scripts/bench runs the program.
 */
@EndToEnd
class LauncherCopyTest {
    private static final long DEADLINE_SECONDS = 180;

    @TempDir
    Path temp;

    /**
     * The class-data training run lists and shows the bundled samples once after each build. It must leave no metadata
     * cache of the samples in the user's cache folder: the launcher runs it with a throwaway one.
     */
    @Test
    void theTrainingRunLeavesNothingInTheUsersCacheFolder() throws Exception {
        Path root = projectCopy();
        Path cache = Files.createDirectories(temp.resolve("cache"));
        Path tmp = Files.createDirectories(temp.resolve("tmp"));

        String output = launch(root, Map.of("XDG_CACHE_HOME", cache.toString(), "TMPDIR", tmp.toString()), "--version");

        assertThat(root.resolve("target/newsreader.jsa")).as("the training run ran to its end: %s", output).isRegularFile();
        assertThat(filesBelow(cache)).as("left in the cache folder").isEmpty();
        assertThat(filesBelow(tmp)).as("left in the temporary folder").isEmpty();
    }

    /**
     * Java decodes file names in the character type of the locale it starts in, and keeps it: the launcher gives it a
     * UTF-8 one when the session's is not, as under LANG=C (common over SSH) or a UTF-8 locale that is not installed
     * (glibc then uses C), and leaves a UTF-8 one alone. A Chinese file name is listed as it is under each.
     */
    @ParameterizedTest(name = "LANG={0}")
    @ValueSource(strings = {"C", "C.UTF-8", "xx_XX.UTF-8"})
    void chineseFileNamesAreReadWhateverTheSessionsCharacterType(String lang) throws Exception {
        Path root = projectCopy();
        Path posts = Files.createDirectories(temp.resolve("posts"));
        Files.copy(Path.of("sample-posts/周末读书笔记.md"), posts.resolve("周末读书笔记.md"));
        Files.createDirectories(temp.resolve("cache"));

        String output = launch(root, Map.of("LANG", lang, "XDG_CACHE_HOME", temp.resolve("cache").toString()),
                "list", "--json", posts.toString());

        assertThat(output).as("LANG=%s", lang).contains("\"path\":\"" + posts.resolve("周末读书笔记.md") + "\"");
    }

    private Path projectCopy() throws IOException, URISyntaxException {
        Path root = Files.createDirectories(temp.resolve("project"));
        Files.createDirectories(root.resolve("scripts"));
        Files.copy(Path.of("scripts/newsreader"), root.resolve("scripts/newsreader"));
        root.resolve("scripts/newsreader").toFile().setExecutable(true);
        copyFolder(Path.of("sample-posts"), root.resolve("sample-posts"));
        writeJar(Files.createDirectories(root.resolve("target")).resolve("newsreader.jar"));
        return root;
    }

    /**
     * Runs the copy's launcher with {@code environment} over a session without locale settings of its own, and
     * returns what it wrote (standard output and error, decoded as UTF-8) once it exited with status 0.
     */
    private String launch(Path root, Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("scripts/newsreader").toString()));
        command.addAll(List.of(arguments));
        Path outputFile = Files.createTempFile(temp, "output", ".txt");
        ProcessBuilder launcher = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(outputFile.toFile());
        launcher.environment().keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_"));
        for (String dir : List.of("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")) {
            launcher.environment().put(dir, Files.createDirectories(temp.resolve(dir.toLowerCase(java.util.Locale.ROOT))).toString());
        }
        launcher.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator
                + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        launcher.environment().putAll(environment);
        Process process = launcher.start();
        if (!process.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("scripts/newsreader did not finish in " + DEADLINE_SECONDS + " s");
        }
        String output = Files.readString(outputFile, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static List<Path> filesBelow(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(path -> !path.equals(folder)).toList();
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path path : all.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** The program's classes in a jar whose manifest starts {@link Main} and names the dependency jars. */
    private static void writeJar(Path jar) throws IOException, URISyntaxException {
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> dependencies = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                dependencies.add(Path.of(entry).toUri().toString());
            }
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", dependencies));
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
             Stream<Path> all = Files.walk(classes)) {
            for (Path path : all.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace(File.separatorChar, '/')));
                Files.copy(path, out);
                out.closeEntry();
            }
        }
    }
}
