package newsreader.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.LibraryLoaderUtil;

/** SQLite's native library is written to the cache once, privately, and used from there by later runs. */
class SqliteLibraryTest {
    @TempDir
    Path dir;

    @Test
    void theLibraryIsWrittenOnceAsTheDriverHoldsItAndReplacedWhenDamaged() throws Exception {
        Path folder = dir.resolve("native");
        Path kept = SqliteLibrary.keptIn(folder);

        assertThat(kept).isNotNull().startsWith(folder).isRegularFile();
        try (InputStream original = LibraryLoaderUtil.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            assertThat(Files.readAllBytes(kept)).isEqualTo(original.readAllBytes());
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept.getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-------");

        FileTime marked = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(kept, marked);
        assertThat(SqliteLibrary.keptIn(folder)).isEqualTo(kept);
        assertThat(Files.getLastModifiedTime(kept)).as("not written again").isEqualTo(marked);

        Files.write(kept, new byte[] {1, 2, 3});
        assertThat(SqliteLibrary.keptIn(folder)).isEqualTo(kept);
        assertThat(Files.size(kept)).as("a damaged copy is replaced").isGreaterThan(100_000);
        try (var left = Files.list(kept.getParent())) {
            assertThat(left).as("no temporary file left").containsExactly(kept);
        }
    }

    /** The folder named without the driver's checks is the driver's own, on this machine and the usual others. */
    @Test
    void theMachinesFolderIsTheDriversOwn() {
        assertThat(SqliteLibrary.commonFolder(System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.runtime.name"), () -> readMaps()))
                .isIn(org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS(), null);
        if (System.getProperty("os.name").contains("Linux") && System.getProperty("os.arch").equals("amd64")) {
            assertThat(SqliteLibrary.commonFolder("Linux", "amd64", "OpenJDK Runtime Environment", () -> readMaps()))
                    .as("named here, not left to the driver")
                    .isEqualTo(org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS());
        }
        String glibc = "7f0 r-xp 00000000 08:01 1 /usr/lib/x86_64-linux-gnu/libc.so.6\n";
        String musl = "7f0 r-xp 00000000 08:01 1 /lib/ld-musl-x86_64.so.1\n";
        assertThat(SqliteLibrary.commonFolder("Mac OS X", "aarch64", "OpenJDK Runtime Environment", () -> null))
                .isEqualTo("Mac/aarch64");
        assertThat(SqliteLibrary.commonFolder("Linux", "aarch64", "OpenJDK Runtime Environment", () -> musl))
                .isEqualTo("Linux-Musl/aarch64");
        assertThat(SqliteLibrary.commonFolder("Linux", "ppc64le", "OpenJDK Runtime Environment", () -> glibc)).isNull();
        assertThat(SqliteLibrary.commonFolder("Linux", "amd64", "Android Runtime", () -> glibc)).isNull();
        assertThat(SqliteLibrary.commonFolder("Linux", "amd64", "OpenJDK Runtime Environment", () -> null)).isNull();
        assertThat(SqliteLibrary.commonFolder("Windows 11", "amd64", "OpenJDK Runtime Environment", () -> null)).isNull();
    }

    private static String readMaps() {
        try {
            return Files.readString(Path.of("/proc/self/maps"));
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** Run in a JVM of its own: where the driver loads its library from shows only at a JVM's first open. */
    public static final class Probe {
        public static void main(String[] args) throws Exception {
            try (SqliteStateStore store = SqliteStateStore.open(Path.of(args[0]))) {
                store.setRead("a", true);
                System.out.println("read " + store.isRead("a"));
            }
            Files.readAllLines(Path.of("/proc/self/maps")).stream().filter(line -> line.contains("sqlitejdbc"))
                    .map(line -> "mapped " + line.substring(line.indexOf('/'))).distinct().forEach(System.out::println);
        }
    }

    @Test
    void theReadStateOpensWithTheKeptLibrary() throws Exception {
        Path cache = dir.resolve("cache");
        ProcessBuilder probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Probe.class.getName(), dir.resolve("state.db").toString())
                .redirectErrorStream(true);
        probe.environment().put("XDG_CACHE_HOME", cache.toString());
        Process process = probe.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        assertThat(output).contains("read true");
        assertThat(output.lines().filter(line -> line.startsWith("mapped ")).toList())
                .as("the driver loaded the library kept in the cache folder, and no other copy: %s", output)
                .singleElement().asString().startsWith("mapped " + cache.resolve("newsreader/native"));
    }
}
