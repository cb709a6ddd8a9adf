package newsreader.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import newsreader.testing.EndToEnd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * picocli's class files, upgraded as the build does it: every one a Java 8 class file that the JVM verifies, and
 * kept by a class-data archive, where picocli's own are not.
 */
class ClassFileUpgradeTest {
    private static final long DEADLINE_SECONDS = 90;

    @TempDir
    Path temp;

    @Test
    void everyPicocliClassBecomesAJava8ClassFileTheJvmVerifies() throws Exception {
        Path picocli = ClassFileUpgrade.jarOf("picocli.CommandLine");
        Path out = temp.resolve("classes");

        int written = ClassFileUpgrade.upgradeJar(picocli, out);

        List<Path> classFiles = classFilesBelow(out);
        assertThat(written).isEqualTo(classFiles.size()).isGreaterThan(100);
        for (Path classFile : classFiles) {
            assertThat(ClassFileUpgrade.majorVersion(Files.readAllBytes(classFile))).as("%s", classFile).isEqualTo(52);
        }
        // Linking verifies with the split verifier, which refuses a Java 8 class file whose stack maps are wrong.
        try (URLClassLoader upgraded = new URLClassLoader(new URL[] {out.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            for (Path classFile : classFiles) {
                String name = out.relativize(classFile).toString().replace(File.separatorChar, '.').replaceAll("\\.class$", "");
                Class<?> loaded = Class.forName(name, true, upgraded);
                assertThat(loaded.getClassLoader()).isSameAs(upgraded);
            }
        }
    }

    @Test
    void classFilesOfJava6AndLaterStayAsTheyAre() throws IOException {
        byte[] ours;
        try (var in = ClassFileUpgrade.class.getResourceAsStream("ClassFileUpgrade.class")) {
            ours = in.readAllBytes();
        }
        assertThat(ClassFileUpgrade.majorVersion(ours)).isEqualTo(61);
        assertThat(ClassFileUpgrade.upgrade(ours, getClass().getClassLoader())).isSameAs(ours);
    }

    @Test
    @EndToEnd
    void aClassDataArchiveKeepsTheUpgradedClassesAndNotPicocliOwn() throws Exception {
        Path picocli = ClassFileUpgrade.jarOf("picocli.CommandLine");
        Path upgradedClasses = temp.resolve("upgraded");
        ClassFileUpgrade.upgradeJar(picocli, upgradedClasses);
        Path upgraded = jar(upgradedClasses, temp.resolve("picocli-upgraded.jar"), true);
        Path program = jar(programClasses(), temp.resolve("program.jar"), false);

        assertThat(classSourceAfterArchiving(upgraded, program, "upgraded")).isEqualTo("shared objects file (top)");
        assertThat(classSourceAfterArchiving(picocli, program, "original")).startsWith("file:").endsWith(".jar");
    }

    /** Where {@code picocli.CommandLine} comes from in a start of the program that maps an archive of its first run. */
    private String classSourceAfterArchiving(Path picocli, Path program, String name) throws Exception {
        List<String> classPath = new ArrayList<>(List.of(picocli.toString(), program.toString()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar") && !entry.contains("picocli")) {
                classPath.add(entry);
            }
        }
        Path archive = temp.resolve(name + ".jsa");
        run(String.join(File.pathSeparator, classPath), "-XX:ArchiveClassesAtExit=" + archive);
        assertThat(archive).isRegularFile();
        String log = run(String.join(File.pathSeparator, classPath), "-XX:SharedArchiveFile=" + archive,
                "-Xlog:class+load=info");
        return log.lines().filter(line -> line.contains(" picocli.CommandLine source: ")).findFirst()
                .map(line -> line.substring(line.indexOf(" source: ") + " source: ".length())).orElse("not loaded: " + log);
    }

    private String run(String classPath, String... jvmOptions) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", classPath));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("newsreader.cli.Main", "--version"));
        Path output = temp.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        for (String dir : List.of("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")) {
            builder.environment().put(dir, Files.createDirectories(temp.resolve(dir.toLowerCase(java.util.Locale.ROOT))).toString());
        }
        Process process = builder.start();
        if (!process.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("java " + command + " did not finish in " + DEADLINE_SECONDS + " s");
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(text).isZero();
        return text;
    }

    /** The program's compiled classes, without any picocli classes an earlier packaging wrote beside them. */
    private static Path programClasses() throws Exception {
        return Path.of(newsreader.log.Trace.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** {@code classes} in {@code jar}; a class-data archive takes classes from jars only. */
    private static Path jar(Path classes, Path jar, boolean picocli) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> all = Files.walk(classes)) {
            for (Path path : all.filter(Files::isRegularFile).toList()) {
                String name = classes.relativize(path).toString().replace(File.separatorChar, '/');
                if (name.startsWith("picocli/") != picocli) {
                    continue;
                }
                out.putNextEntry(new JarEntry(name));
                Files.copy(path, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    private static List<Path> classFilesBelow(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(path -> path.toString().endsWith(".class")).toList();
        }
    }
}
