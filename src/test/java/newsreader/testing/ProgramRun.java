package newsreader.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import newsreader.cli.Main;

/** Runs the real program in a new JVM, as a user's shell would, with output going to files (not a terminal). */
public record ProgramRun(int exitCode, String out, String err) {
    private static final long TIMEOUT_SECONDS = 60;
    /**
     * The JVM options scripts/newsreader starts the program with: a quicker start, no thread dump over the screen on
     * SIGQUIT, and what users run ({@code LauncherOptionsTest} checks that the launchers say the same).
     */
    public static final List<String> LAUNCHER_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:MaxNewSize=12m",
            "-XX:+UseTransparentHugePages", "-Xlog:pagesize=off", "-XX:TieredStopAtLevel=1",
            "-XX:+UnlockDiagnosticVMOptions", "-XX:-DisplayVMOutput", "-XX:ArchiveRelocationMode=0");

    private static final List<String> LOCALE_NAMES = List.of("LANG", "LC_ALL", "LC_MESSAGES");

    public static ProgramRun of(String... args) {
        return with(Map.of(), args);
    }

    public static ProgramRun with(Map<String, String> env, String... args) {
        return run(List.of(), env, args);
    }

    /** Runs with extra JVM options, e.g. a small heap to show that memory stays bounded. */
    public static ProgramRun run(List<String> jvmOptions, Map<String, String> env, String... args) {
        return run(jvmOptions, Path.of("/dev/null"), env, args);
    }

    /** Runs with standard input read from {@code input} and extra JVM options. */
    public static ProgramRun withInput(Path input, Map<String, String> env, List<String> jvmOptions, String... args) {
        return run(jvmOptions, input, env, args);
    }

    /** Runs with standard input read from {@code input}. */
    public static ProgramRun withInput(Path input, Map<String, String> env, String... args) {
        return run(List.of(), input, env, args);
    }

    private static ProgramRun run(List<String> jvmOptions, Path input, Map<String, String> env, String... args) {
        // Output files, the scratch home and the JVM's own temporary files (SQLite's native library) all go in one
        // folder under the build folder, deleted afterwards: a run leaves nothing behind in /tmp.
        Path scratch = BuildFolder.scratch("newsreader-run");
        try {
            Path outFile = scratch.resolve("out.txt");
            Path errFile = scratch.resolve("err.txt");
            Path tmp = Files.createDirectories(scratch.resolve("tmp"));
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.addAll(LAUNCHER_JVM_OPTIONS);
            command.add("-Djava.io.tmpdir=" + tmp);
            command.addAll(jvmOptions);
            command.add(Main.class.getName());
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(input.toFile()))
                    .redirectOutput(outFile.toFile())
                    .redirectError(errFile.toFile());
            // Config, state, data and cache go to a scratch home, never the user's.
            for (String dir : List.of("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")) {
                builder.environment().put(dir, scratch.resolve(dir.toLowerCase(java.util.Locale.ROOT)).toString());
            }
            if (env.keySet().stream().anyMatch(LOCALE_NAMES::contains)) {
                // The run names its locale: the English that surefire's environment asks for must not win over it.
                LOCALE_NAMES.forEach(builder.environment()::remove);
                builder.environment().remove("NEWSREADER_USER_LC_ALL");
            }
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("newsreader " + String.join(" ", args) + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            return new ProgramRun(process.exitValue(),
                    Files.readString(outFile, StandardCharsets.UTF_8), Files.readString(errFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot run newsreader", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } finally {
            BuildFolder.delete(scratch);
        }
    }

    public List<String> outLines() {
        return out.isEmpty() ? List.of() : List.of(out.split("\n", -1)).subList(0, out.split("\n", -1).length - (out.endsWith("\n") ? 1 : 0));
    }
}
