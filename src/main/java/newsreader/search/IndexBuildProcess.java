package newsreader.search;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One build of a folder's search index in a process of its own ({@link IndexBuildMain}), for the full-screen reader:
 * the build's garbage would otherwise make the reader's collector stop the whole JVM, keys included, and its own JVM
 * can compile it fully and give its memory back when it ends. The process is the same {@code java} with the same
 * class path, at the lowest CPU priority as a whole, its input closed and its errors discarded (never the screen);
 * what it says on its output reaches the {@link IndexBuildListener} from a thread of this process.
 */
public final class IndexBuildProcess {
    /** "indexing DONE TOTAL": how far the build is. */
    static final String PROGRESS = "indexing";
    /** "done": every post is indexed. */
    static final String DONE = "done";
    /** "held": another process writes the index; nothing written. */
    static final String HELD = "held";
    /** "failed REASON": the build stopped on an error. */
    static final String FAILED = "failed";

    private static final Path NICE = Path.of("/usr/bin/nice");
    private static final long STOP_WAIT_SECONDS = 5;
    /**
     * The build's JVM: the serial collector (two cores, nothing to gain from parallel collection), full tiered
     * compilation (C2's own work pays back on a large build: 100,000 posts took 120 s of CPU against 142 s with the
     * launcher's C1 only, though 10,000 took 23 s against 16 s), class-data sharing when an archive is there, and no
     * JVM output at all: its warnings would reach the progress lines. No performance-data file either: a build
     * stopped with SIGKILL would leave it behind in /tmp. The young generation held to 48 MB (the launcher's 12 MB
     * keeps a screen's pauses short, and a build has no screen): the collector's default third of the heap is all
     * touched, and the build's peak grew with it (10,000 posts: 276 MB against 218 MB, the same CPU). The old
     * generation kept within 10-20% of what lives after a full collection (the collector's default leaves 40-70% free):
     * the build holds the folder's list all along, and on 1,000,000 posts its anonymous memory went from about 920 MB
     * to 645-670 MB, at no loss of speed that showed; its full collections stop nobody but itself, at the lowest
     * priority.
     */
    static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:MaxNewSize=48m",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=20", "-Xshare:auto", "-XX:-UsePerfData",
            "-XX:+UnlockDiagnosticVMOptions", "-XX:-DisplayVMOutput", "-Xlog:disable");

    private final Process process;
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private volatile boolean stopping;

    private IndexBuildProcess(Process process) {
        this.process = process;
    }

    /**
     * Starts building the index of {@code folder} below {@code cacheRoot}.
     *
     * @param extraJvmOptions added to the build's JVM options (tests slow it down with {@code -Xint})
     * @throws IOException when the process cannot be started
     */
    public static IndexBuildProcess start(Path folder, Path cacheRoot, List<String> extraJvmOptions,
                                          IndexBuildListener listener) throws IOException {
        List<String> command = new ArrayList<>();
        boolean niced = Files.isExecutable(NICE);
        if (niced) {
            command.addAll(List.of(NICE.toString(), "-n", Integer.toString(LowPriority.NICE)));
        }
        command.add(javaCommand());
        command.addAll(JVM_OPTIONS);
        command.addAll(sharedArchiveOptions());
        command.addAll(extraJvmOptions);
        command.add(IndexBuildMain.class.getName());
        command.add(folder.toString());
        command.add(cacheRoot.toString());
        if (!niced) {
            command.add(IndexBuildMain.LOWER_THREADS);
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        // The class path goes in the environment, not on the command line: a long one (a development class path)
        // would push the folder past the first page of /proc/PID/cmdline, the part others (ps, Java's own
        // ProcessHandle) read, and a user could no longer tell which folder a build is for.
        builder.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        Process process = builder
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        IndexBuildProcess build = new IndexBuildProcess(process);
        Thread reader = new Thread(() -> build.follow(listener), "newsreader-index-build");
        reader.setDaemon(true);
        reader.start();
        return build;
    }

    /** The running {@code java}, as the user started it (the launcher's, or the image's own). */
    private static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The reader's class-data archive, when it was started with one: the build's start maps the same classes. */
    private static List<String> sharedArchiveOptions() {
        List<String> out = new ArrayList<>();
        for (String argument : ProcessHandle.current().info().arguments().orElse(new String[0])) {
            if (argument.startsWith("-XX:SharedArchiveFile=") || argument.startsWith("-XX:ArchiveRelocationMode=")) {
                out.add(argument);
            }
        }
        return out;
    }

    private void follow(IndexBuildListener listener) {
        boolean reported = false;
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                reported |= dispatch(line, listener);
            }
            int exit = process.waitFor();
            if (!reported && !stopping) {
                listener.died(exit);
            }
        } catch (IOException e) {
            if (!stopping) {
                listener.failed(String.valueOf(e.getMessage()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ended.complete(null);
        }
    }

    /** Hands one line on; true for the build's last word (done, held or failed). */
    private static boolean dispatch(String line, IndexBuildListener listener) {
        if (line.startsWith(PROGRESS + " ")) {
            String[] figures = line.split(" ");
            if (figures.length == 3) {
                try {
                    listener.progress(Integer.parseInt(figures[1]), Integer.parseInt(figures[2]));
                } catch (NumberFormatException ignored) {
                    // not a line of ours
                }
            }
            return false;
        }
        if (line.equals(DONE)) {
            listener.built();
            return true;
        }
        if (line.equals(HELD)) {
            listener.held();
            return true;
        }
        if (line.startsWith(FAILED + " ")) {
            listener.failed(line.substring(FAILED.length() + 1));
            return true;
        }
        return false;
    }

    /** The build process's id. */
    public long pid() {
        return process.pid();
    }

    /** Completes once the process has ended and everything it said was handed on. */
    public CompletableFuture<Void> ended() {
        return ended;
    }

    /**
     * Stops the build at once (it resumes from its last commit next time) and waits a moment for the process to go;
     * the listener hears nothing more.
     */
    public void stop() {
        stopping = true;
        process.destroy();
        try {
            if (!process.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
