package newsreader.open;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fake programs and environments for tests: nothing here touches the real PATH or display. Public because the tests
 * of every {@code open} sub-package use it.
 */
public final class TestPrograms {
    private TestPrograms() {
    }

    /** An executable file named {@code name} in {@code folder} that exits at once. */
    public static Path program(Path folder, String name) throws IOException {
        return script(folder, name, "exit 0\n");
    }

    public static Path script(Path folder, String name, String body) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    /**
     * A viewer that appends one record per call to {@code record}: the word CALL and then each argument, every one
     * followed by a NUL byte, so arguments with spaces or newlines come back exactly.
     */
    public static Path recorder(Path folder, String name, Path record) throws IOException {
        return script(folder, name, "printf 'CALL\\0' >> '" + record + "'\n"
                + "for a in \"$@\"; do printf '%s\\0' \"$a\" >> '" + record + "'; done\n");
    }

    /** The calls a recorder saw, each as its list of arguments. */
    public static List<List<String>> calls(Path record) throws IOException {
        List<List<String>> calls = new ArrayList<>();
        if (!Files.exists(record)) {
            return calls;
        }
        String text = Files.readString(record, StandardCharsets.UTF_8);
        List<String> current = null;
        for (String part : Arrays.asList(text.split("\0", -1))) {
            if (part.equals("CALL")) {
                current = new ArrayList<>();
                calls.add(current);
            } else if (current != null && !part.isEmpty()) {
                current.add(part);
            }
        }
        return calls;
    }

    /** An environment with only the given variables, Linux, and the given home. */
    public static Environment env(Path home, String... keyValues) {
        Map<String, String> vars = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            vars.put(keyValues[i], keyValues[i + 1]);
        }
        return new Environment(vars, "Linux", home);
    }
}
