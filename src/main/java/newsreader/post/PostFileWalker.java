package newsreader.post;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Lists the post files below a folder, following symbolic links safely. Real folders are walked first and linked
 * folders after, so a post is listed under its real place when it has one inside the folder; a folder is entered once
 * however many links lead to it; a link to a folder above it is reported as a loop; a file reached through several
 * links is listed once. Entries are visited in name order, so the result never depends on the order the file system
 * lists them in. Dot files and dot folders are skipped.
 *
 * <p>Links are followed only while their target stays inside the folder (its real path below the folder's real path);
 * a link to a file named like a post, or to a folder, that leads outside is a problem, and nothing behind it is read.
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
        List<FileFacts> files = new ArrayList<>();
        List<PostProblem> problems = walk(root, files::add, folder -> { });
        return new Walk(List.copyOf(files), problems);
    }

    /**
     * Walks {@code root}, handing each post file to {@code found} as soon as it is certain to be listed (a file reached
     * through a symbolic link only at the end, since its real place may still turn up), so that reading can start
     * before the walk ends. Each file is handed over once.
     *
     * @param folders told of every folder walked (the root first), e.g. to watch them
     * @return the entries that could not be walked or read
     */
    List<PostProblem> walk(Path root, Consumer<FileFacts> found, Consumer<Path> folders) {
        Run run = new Run(found, folders);
        try {
            return walk(root, run);
        } finally {
            run.close();
        }
    }

    private static List<PostProblem> walk(Path root, Run run) {
        Path start = root.toAbsolutePath().normalize();
        Path realStart;
        try {
            if (!Files.isDirectory(start)) {
                run.problem(start, "", ProblemReason.of(Files.exists(start) ? "io.not-a-folder" : "folder.not-found"));
                return run.problems();
            }
            realStart = start.toRealPath();
            run.visitedFolders.add(realStart);
            run.realStart = realStart;
        } catch (IOException e) {
            run.problem(start, "", IoReasons.of(e));
            return run.problems();
        }
        run.walkFolder(start, realStart, "", true);
        while (!run.linkedFolders.isEmpty()) {
            run.followLinkedFolder(run.linkedFolders.removeFirst());
        }
        run.handOverLinkedFiles();
        return run.problems();
    }

    /** A symbolic link to a folder, met during the walk and followed once the real folders are done. */
    private record LinkedFolder(Path link, String relativePath) {
    }

    /**
     * A folder entry and its name, in name order: compared directly rather than through a key extractor, since a walk
     * of 100,000 posts compares names a million times.
     */
    private record Entry(Path path, String name) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry other) {
            return name.compareTo(other.name);
        }
    }

    /** The state of one walk; walks share nothing. */
    private static final class Run {
        private final Consumer<FileFacts> found;
        private final Consumer<Path> folders;
        /**
         * The {@link #keyOf key} of every file met other than through a link to it: a link to one of these is not listed.
         * Only the key is kept, in one array, not the file's facts: a walk of 100,000 posts would otherwise keep some
         * 30 MB alive to its end for the few links a folder may hold, and every young collection would copy it.
         */
        private final PathTable<String> realKeys = new PathTable<>(key -> key, 1024);
        /**
         * Files that are symbolic links, by key, held back until the walk ends: the real file may still be met. The
         * first link met to a file is the one listed.
         */
        private final Map<String, FileFacts> linkedFilesByKey = new LinkedHashMap<>();
        private Path realStart;
        private final List<PostProblem> problems = new ArrayList<>();
        private final Set<Path> visitedFolders = new HashSet<>();
        private final Deque<LinkedFolder> linkedFolders = new ArrayDeque<>();
        /** Reads the attributes of large folders' entries beside the walk (see {@link FolderAttributes}). */
        private ExecutorService helper;

        Run(Consumer<FileFacts> found, Consumer<Path> folders) {
            this.found = found;
            this.folders = folders;
        }

        private Executor helper() {
            if (helper == null) {
                helper = Executors.newSingleThreadExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "walk-attributes");
                    thread.setDaemon(true);
                    return thread;
                });
            }
            return helper;
        }

        void close() {
            if (helper != null) {
                helper.shutdown();
            }
        }

        List<PostProblem> problems() {
            return List.copyOf(problems);
        }

        void handOverLinkedFiles() {
            linkedFilesByKey.values().forEach(found);
        }

        void problem(Path path, String relativePath, ProblemReason reason) {
            problems.add(new PostProblem(path, relativePath, reason));
        }

        /**
         * @param realFolder the folder's real path, so that its entries' real paths cost no system call
         * @param inPlace    whether the real path is the walk's real start plus the relative path (no link on the way)
         */
        void walkFolder(Path folder, Path realFolder, String relativeFolder, boolean inPlace) {
            folders.accept(folder);
            List<Entry> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
                for (Path entry : stream) {
                    // the name is taken once: sorting by entry.getFileName() would decode it again at every comparison
                    String name = entry.getFileName().toString();
                    if (!PostFileNames.isHidden(name)) {
                        entries.add(new Entry(entry, name));
                    }
                }
            } catch (IOException | DirectoryIteratorException e) {
                IOException cause = e instanceof DirectoryIteratorException iterating ? iterating.getCause() : (IOException) e;
                problem(folder, relativeFolder.isEmpty() ? "." : relativeFolder, IoReasons.ofFolder(cause));
                return;
            }
            entries.sort(null);
            FolderAttributes attributes = null;
            if (entries.size() >= FolderAttributes.WORTH_SHARING) {
                List<Path> paths = new ArrayList<>(entries.size());
                entries.forEach(entry -> paths.add(entry.path()));
                attributes = FolderAttributes.start(paths, helper());
            }
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                String name = entry.name();
                visit(entry.path(), realFolder, inPlace, name, relativeFolder.isEmpty() ? name : relativeFolder + "/" + name,
                        attributes, i);
            }
        }

        /**
         * One system call for a plain entry (its attributes, without following links); a symbolic link costs two more
         * (its target's attributes and real path). The real path of a plain entry is its real folder's plus its name; of
         * a plain file in place, its relative path is as good a key, and costs nothing to make.
         */
        private void visit(Path entry, Path realFolder, boolean inPlace, String name, String relativePath,
                           FolderAttributes folderAttributes, int index) {
            boolean postName = PostFileNames.isPostName(name);
            BasicFileAttributes attributes;
            boolean link;
            Path real = null;
            try {
                attributes = folderAttributes != null ? folderAttributes.of(index) : FolderAttributes.of(entry);
                link = attributes.isSymbolicLink();
                if (link) {
                    attributes = Files.readAttributes(entry, BasicFileAttributes.class);
                    real = entry.toRealPath();
                }
            } catch (IOException e) {
                if (postName) {
                    problem(entry, relativePath, unreachable(entry, e));
                }
                return;
            }
            if (link && !real.startsWith(realStart)) {
                // A folder of posts is a stranger's archive: a link in it to /etc/hostname, /usr/share or / must not
                // make the reader show, index or watch what lies outside (security.md, "links out of the folder").
                if (postName || attributes.isDirectory()) {
                    problem(entry, relativePath, IoReasons.LINKS_OUTSIDE);
                }
                return;
            }
            if (attributes.isDirectory()) {
                if (postName) {
                    problem(entry, relativePath, ProblemReason.of("io.folder"));
                }
                if (link) {
                    linkedFolders.addLast(new LinkedFolder(entry, relativePath));
                } else {
                    Path realSub = realFolder.resolve(name);
                    if (visitedFolders.add(realSub)) { // a bind mount can show a folder twice, too
                        walkFolder(entry, realSub, relativePath, inPlace);
                    }
                }
            } else if (postName) {
                if (!attributes.isRegularFile()) {
                    problem(entry, relativePath, ProblemReason.of("io.not-regular"));
                    return;
                }
                FileFacts file = new FileFacts(entry, relativePath, attributes.lastModifiedTime().toMillis(),
                        attributes.size());
                if (link) {
                    String key = keyOf(real);
                    if (realKeys.get(key) == null) {
                        linkedFilesByKey.putIfAbsent(key, file);
                    }
                } else {
                    // a plain file in place is keyed by its relative path, which its facts hold anyway
                    String key = inPlace ? relativePath : keyOf(realFolder.resolve(name));
                    // one look-up for the usual file, met for the first time (a walk of 100,000 posts makes 100,000)
                    if (realKeys.put(key) == null) {
                        if (!linkedFilesByKey.isEmpty()) {
                            linkedFilesByKey.remove(key);
                        }
                        found.accept(file);
                    }
                }
            }
        }

        void followLinkedFolder(LinkedFolder linked) {
            Path real;
            Path realParent;
            try {
                real = linked.link().toRealPath();
                realParent = linked.link().getParent().toRealPath();
            } catch (IOException e) {
                problem(linked.link(), linked.relativePath(), IoReasons.of(e));
                return;
            }
            if (realParent.startsWith(real)) {
                problem(linked.link(), linked.relativePath(), ProblemReason.of("file.link-loop-above"));
            } else if (visitedFolders.add(real)) {
                walkFolder(linked.link(), real, linked.relativePath(), false);
            }
        }

        /** A file's real path as a key: relative (as in place) when it lies below the walk's start, else absolute. */
        private String keyOf(Path real) {
            if (!real.startsWith(realStart) || real.equals(realStart)) {
                return real.toString();
            }
            StringBuilder key = new StringBuilder();
            for (Path part : realStart.relativize(real)) {
                if (key.length() > 0) {
                    key.append('/');
                }
                key.append(part);
            }
            return key.toString();
        }

        private static ProblemReason unreachable(Path entry, IOException e) {
            if (Files.isSymbolicLink(entry)) {
                if (e instanceof NoSuchFileException) {
                    return ProblemReason.of("file.broken-link");
                }
                String detail = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
                if (detail != null && detail.contains("levels of symbolic links")) {
                    return ProblemReason.of("io.link-loop");
                }
            }
            return IoReasons.of(e);
        }
    }
}
