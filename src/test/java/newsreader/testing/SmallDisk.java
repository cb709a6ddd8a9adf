package newsreader.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A tmpfs of a few kilobytes mounted on a test's folder: writes there fail with "No space left on device", as on a
 * full disk (chmod cannot stand in: tests run as root). Mounting needs root and a system that lets a container
 * mount; where it cannot, the test is skipped with a message, or fails when {@code NEWSREADER_REQUIRE_MOUNT=1} (for
 * machines where mounting is known to work).
 */
public final class SmallDisk implements AutoCloseable {
    private final Path at;

    private SmallDisk(Path at) {
        this.at = at;
    }

    /** Mounts a tmpfs of {@code kilobytes} on {@code at} (created when missing). */
    public static SmallDisk mount(Path at, int kilobytes) throws IOException {
        Files.createDirectories(at);
        String failure = run("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "tmpfs", at.toString());
        if (failure != null) {
            String message = "cannot mount a small tmpfs to fill (" + failure + "): skipping this full-disk test";
            if ("1".equals(System.getenv("NEWSREADER_REQUIRE_MOUNT"))) {
                throw new AssertionError(message.replace("skipping", "NEWSREADER_REQUIRE_MOUNT=1 makes it a failure of"));
            }
            Assumptions.abort(message + "; NEWSREADER_REQUIRE_MOUNT=1 makes it a failure");
        }
        return new SmallDisk(at);
    }

    @Override
    public void close() throws IOException {
        // Lazily: a process of the test may still hold a file there; the mount goes when it lets go.
        String failure = run("umount", "-l", at.toString());
        if (failure != null) {
            throw new IOException("cannot unmount " + at + ": " + failure);
        }
    }

    /** Null when the command succeeded, else what it said. */
    private static String run(String... command) throws IOException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return e.getMessage();
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return String.join(" ", command) + " did not finish";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return process.exitValue() == 0 ? null : said.isEmpty() ? "exit status " + process.exitValue() : said;
    }
}
