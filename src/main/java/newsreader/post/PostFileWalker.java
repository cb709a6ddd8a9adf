package newsreader.post;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lists the post files below a folder, following symbolic links safely: a folder is entered once however many links
 * lead to it, a link back to a folder being walked is reported as a loop, and a file reached through several links is
 * listed once (under the first path met). Entries are visited in name order, so the result never depends on the order
 * the file system lists them in. Dot files and dot folders are skipped.
 *
 * <p>What looks like a post but cannot be one is a problem: a broken or looping link named like a post, a folder
 * named like a post (its content is still walked), a special file (such as a FIFO) named like a post, an unreadable
 * folder.
 */
final class PostFileWalker {
    /** The post files found, and the entries that could not be walked or read. */
    record Walk(List<FileFacts> files, List<PostProblem> problems) {
    }

    Walk walk(Path root) {
        Path start = root.toAbsolutePath().normalize();
        Run run = new Run();
        Path realStart;
        try {
            if (!Files.isDirectory(start)) {
                run.problem(start, "", Files.exists(start) ? "not a folder" : "folder not found");
                return run.result();
            }
            realStart = start.toRealPath();
        } catch (IOException e) {
            run.problem(start, "", IoReasons.of(e));
            return run.result();
        }
        run.visitedFolders.add(realStart);
        Set<Path> ancestors = new HashSet<>();
        ancestors.add(realStart);
        run.walkFolder(start, "", ancestors);
        return run.result();
    }

    /** The state of one walk; walks share nothing. */
    private static final class Run {
        private final List<FileFacts> files = new ArrayList<>();
        private final List<PostProblem> problems = new ArrayList<>();
        private final Set<Path> visitedFolders = new HashSet<>();
        private final Set<Path> seenFiles = new HashSet<>();

        Walk result() {
            return new Walk(List.copyOf(files), List.copyOf(problems));
        }

        void problem(Path path, String relativePath, String reason) {
            problems.add(new PostProblem(path, relativePath, reason));
        }

        void walkFolder(Path folder, String relativeFolder, Set<Path> ancestors) {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
                stream.forEach(entries::add);
            } catch (IOException | DirectoryIteratorException e) {
                IOException cause = e instanceof DirectoryIteratorException iterating ? iterating.getCause() : (IOException) e;
                problem(folder, relativeFolder.isEmpty() ? "." : relativeFolder, IoReasons.ofFolder(cause));
                return;
            }
            entries.sort(Comparator.comparing(entry -> entry.getFileName().toString()));
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!PostFileNames.isHidden(name)) {
                    visit(entry, name, relativeFolder.isEmpty() ? name : relativeFolder + "/" + name, ancestors);
                }
            }
        }

        private void visit(Path entry, String name, String relativePath, Set<Path> ancestors) {
            boolean postName = PostFileNames.isPostName(name);
            BasicFileAttributes attributes;
            Path real;
            try {
                attributes = Files.readAttributes(entry, BasicFileAttributes.class);
                real = entry.toRealPath();
            } catch (IOException e) {
                if (postName) {
                    problem(entry, relativePath, unreachable(entry, e));
                }
                return;
            }
            if (attributes.isDirectory()) {
                if (postName) {
                    problem(entry, relativePath, "a folder, not a post file");
                }
                if (ancestors.contains(real)) {
                    problem(entry, relativePath, "symbolic link loop (leads back to a folder above it)");
                } else if (visitedFolders.add(real)) {
                    ancestors.add(real);
                    walkFolder(entry, relativePath, ancestors);
                    ancestors.remove(real);
                }
            } else if (postName) {
                if (!attributes.isRegularFile()) {
                    problem(entry, relativePath, "not a regular file");
                } else if (seenFiles.add(real)) {
                    files.add(new FileFacts(entry, relativePath, attributes.lastModifiedTime().toMillis(), attributes.size()));
                }
            }
        }

        private static String unreachable(Path entry, IOException e) {
            if (Files.isSymbolicLink(entry)) {
                if (e instanceof NoSuchFileException) {
                    return "broken symbolic link (its target does not exist)";
                }
                String detail = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
                if (detail != null && detail.contains("levels of symbolic links")) {
                    return "symbolic link loop";
                }
            }
            return IoReasons.of(e);
        }
    }
}
