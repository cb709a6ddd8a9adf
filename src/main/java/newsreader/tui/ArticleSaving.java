package newsreader.tui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import newsreader.messages.Messages;

/**
 * {@code S}: writes an article's text to the path the user typed. The posts folder is only ever read, so a path in
 * it is refused; an existing file is written over only when the user said yes.
 */
final class ArticleSaving {
    private static final Messages WORDS = Messages.of("reader");

    /** How a save went: saved (the message says where), refused or failed (it says why), or it needs a yes first. */
    record Outcome(String message, boolean needsOverwrite) {
    }

    private ArticleSaving() {
    }

    static Outcome save(Effect.SaveText save) {
        Path target;
        try {
            target = resolve(save.typedPath());
        } catch (InvalidPathException e) {
            return new Outcome(WORDS.get("save.cannot", save.typedPath(), e.getReason()), false);
        }
        if (save.postsFolder() != null && inside(target, save.postsFolder())) {
            return new Outcome(WORDS.get("save.in-posts", target),
                    false);
        }
        if (Files.isDirectory(target)) {
            return new Outcome(WORDS.get("save.directory", target), false);
        }
        if (Files.exists(target) && !save.overwrite()) {
            return new Outcome(null, true);
        }
        try {
            Files.writeString(target, save.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
            return new Outcome(WORDS.get("save.saved", target), false);
        } catch (IOException e) {
            return new Outcome(WORDS.get("save.cannot", target, reason(e)), false);
        }
    }

    /** {@code ~/} is the home folder as in a shell; anything else relative is from the current directory. */
    static Path resolve(String typed) {
        String path = typed.strip();
        if (path.equals("~") || path.startsWith("~/")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Path.of(path).toAbsolutePath().normalize();
    }

    /** Compared through symbolic links where they exist, so that a link into the posts folder is refused too. */
    private static boolean inside(Path target, Path postsFolder) {
        Path folder = real(postsFolder.toAbsolutePath().normalize());
        Path parent = target.getParent();
        Path where = parent == null ? target : real(parent).resolve(target.getFileName());
        return where.startsWith(folder);
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    private static String reason(IOException e) {
        String kind = e.getClass().getSimpleName();
        if (kind.equals("NoSuchFileException")) {
            return WORDS.get("save.no-folder");
        } else if (kind.equals("AccessDeniedException")) {
            return WORDS.get("save.denied");
        }
        return e.getMessage() == null ? kind : e.getMessage();
    }
}
