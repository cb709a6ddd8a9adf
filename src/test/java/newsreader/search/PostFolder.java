package newsreader.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import newsreader.post.PostMeta;
import newsreader.post.PostScanner;

/** A scratch folder of posts written by a test, in the archive's format (YAML front matter, HTML body). */
final class PostFolder {
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final Path root;
    /** Modification times are set by hand, a second apart, so that a rewrite is seen even within one clock tick. */
    private long clock = 1_600_000_000_000L;

    PostFolder(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** Writes {@code name} with a title, a date (null for none) and an HTML body. */
    Path write(String name, String title, Instant date, String bodyHtml) {
        StringBuilder text = new StringBuilder("---\n");
        text.append("title: '").append(title.replace("'", "''")).append("'\n");
        if (date != null) {
            text.append("date: ").append(RFC_1123.format(date)).append('\n');
        }
        text.append("---\n\n<div>\n").append(bodyHtml).append("\n</div>\n");
        return writeRaw(name, text.toString());
    }

    Path writeRaw(String name, String content) {
        try {
            Path file = root.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            clock += 1000;
            Files.setLastModifiedTime(file, FileTime.fromMillis(clock));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(String name) {
        try {
            Files.delete(root.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<PostMeta> scan() {
        return new PostScanner().scan(root).posts();
    }

    static Instant day(int day) {
        return Instant.parse("2022-03-01T08:00:00Z").plusSeconds(86_400L * day);
    }
}
