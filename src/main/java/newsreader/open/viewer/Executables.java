package newsreader.open.viewer;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import newsreader.open.Environment;

/** Finds programs the way {@code execvp} would, without running anything. */
final class Executables {
    private final Environment env;

    public Executables(Environment env) {
        this.env = env;
    }

    /** The program's file: a name containing {@code /} as is, else the first match on {@code $PATH}. */
    public Optional<Path> find(String program) {
        if (program == null || program.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (program.contains("/")) {
                Path path = program.startsWith("~/") ? env.home().resolve(program.substring(2)) : Path.of(program);
                return runnable(path) ? Optional.of(path) : Optional.empty();
            }
            for (Path folder : env.pathFolders()) {
                Path candidate = folder.resolve(program);
                if (runnable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean runnable(Path path) {
        return Files.isRegularFile(path) && Files.isExecutable(path);
    }
}
