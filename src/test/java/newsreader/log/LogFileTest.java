package newsreader.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Logger;
import java.util.stream.Stream;
import newsreader.testing.EndToEnd;
import newsreader.testing.ProgramRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log file: opened by the first record that passes the level, never the terminal, nothing at all for a quiet run. */
class LogFileTest {
    @TempDir
    Path dir;

    @AfterEach
    void closeTheLog() {
        // As a process's exit would: the next install in this JVM must find the file unlocked.
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
            handler.close();
        }
    }

    @Test
    void aLibrarysRecordGoesToThePrivateFileNotTheTerminal() throws IOException {
        Path log = dir.resolve("state/newsreader/newsreader.log");
        String err = stderrOf(() -> {
            LogFile.install(log, false);
            Logger.getLogger("org.sqlite.core.NativeDB").warning("数据库的警告");
        });
        Path current = Path.of(log + ".0");
        assertThat(err).isEmpty();
        assertThat(Files.readString(current, StandardCharsets.UTF_8)).contains("WARNING org.sqlite.core.NativeDB: 数据库的警告");
        assertThat(LogFile.written()).isEqualTo(current);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(current))).isEqualTo("rw-------");
    }

    @Test
    void aRecordBelowTheLevelOpensNoFileAndDebugLowersTheLevel() throws IOException {
        Path log = dir.resolve("state/newsreader/newsreader.log");
        LogFile.install(log, false);
        Logger.getLogger("newsreader.somewhere").fine("细节");
        assertThat(LogFile.written()).isNull();
        assertThat(dir.resolve("state")).doesNotExist();

        LogFile.install(log, true);
        Logger.getLogger("newsreader.somewhere").fine("细节");
        assertThat(Files.readString(Path.of(log + ".0"), StandardCharsets.UTF_8)).contains("FINE newsreader.somewhere: 细节");
    }

    @Test
    void anUnwritableLogIsNoFailureAndNamesNoFile() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("state"), "a file where the folder should be");
        String err = stderrOf(() -> {
            LogFile.install(notAFolder.resolve("newsreader/newsreader.log"), false);
            Logger.getLogger("newsreader.somewhere").severe("无处可写");
        });
        assertThat(err).isEmpty();
        assertThat(LogFile.written()).isNull();
    }

    /** A command that logs nothing does not even start java.util.logging, nor leave a log or lock file behind. */
    @Test
    @EndToEnd
    void aRunThatLogsNothingStartsNoLoggingAndWritesNoFile() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("posts"));
        Path state = dir.resolve("state");
        Path classes = dir.resolve("classes.txt");
        ProgramRun run = ProgramRun.run(List.of("-Xlog:class+load:file=" + classes), Map.of("XDG_STATE_HOME", state.toString()),
                "list", empty.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(classes)).as("classes loaded").contains("newsreader.cli.Main ")
                .doesNotContain("java.util.logging.LogManager ");
        assertThat(filesUnder(state)).isEmpty();

        ProgramRun debug = ProgramRun.with(Map.of("XDG_STATE_HOME", state.toString()), "list", "--debug", empty.toString());
        assertThat(debug.exitCode()).as(debug.err()).isZero();
        assertThat(filesUnder(state)).as("after the process ended, its lock released").containsExactly("newsreader.log.0");
    }

    private static List<String> filesUnder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String stderrOf(Runnable action) {
        PrintStream before = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(before);
        }
        return err.toString(StandardCharsets.UTF_8);
    }
}
