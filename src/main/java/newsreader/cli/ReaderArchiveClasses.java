package newsreader.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The classes of the full-screen reader, loaded by the launcher's class-data training run so that its archive keeps
 * them. The training cannot start the reader itself (it has no terminal), and a dynamic archive keeps only classes
 * that were loaded: without this a reader start read some 320 classes of its own, Lanterna's and SQLite's from the jar
 * and verified them. Loading is enough: the archive links what it keeps. Found by package in the jars that hold them,
 * so that a class added later is kept without a list to maintain.
 */
final class ReaderArchiveClasses {
    /** Packages (as jar paths) whose classes a reader start may load, by a class of the jar that holds them. */
    private static final List<Source> SOURCES = List.of(
            new Source(ReaderArchiveClasses.class, List.of("newsreader/"), List.of("newsreader/build/")),
            new Source(com.googlecode.lanterna.screen.TerminalScreen.class, List.of("com/googlecode/lanterna/"),
                    // the GUI toolkit and the Swing/AWT terminals, which the reader never uses
                    List.of("com/googlecode/lanterna/gui2/", "com/googlecode/lanterna/terminal/swing/")),
            new Source(org.sqlite.JDBC.class, List.of("org/sqlite/"), List.of()));

    private record Source(Class<?> anchor, List<String> prefixes, List<String> excluded) {
        boolean wants(String entry) {
            return entry.endsWith(".class") && !entry.endsWith("module-info.class") && !entry.startsWith("META-INF/")
                    && prefixes.stream().anyMatch(entry::startsWith) && excluded.stream().noneMatch(entry::startsWith);
        }
    }

    private ReaderArchiveClasses() {
    }

    /** The names of the classes to load; none when the program does not run from jars (a development build). */
    static List<String> names() {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (Source source : SOURCES) {
            Path jar = jarOf(source.anchor());
            if (jar == null) {
                continue;
            }
            try (JarFile file = new JarFile(jar.toFile())) {
                Enumeration<JarEntry> entries = file.entries();
                while (entries.hasMoreElements()) {
                    String entry = entries.nextElement().getName();
                    if (source.wants(entry)) {
                        names.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
                    }
                }
            } catch (IOException e) {
                // nothing to add from this jar: the archive only misses some classes
            }
        }
        return new ArrayList<>(names);
    }

    /**
     * Loads the classes without initialising them (no static initialiser runs, no native library is loaded); returns
     * how many could not be loaded (a class whose optional dependency is absent), which the archive simply lacks.
     */
    static int load(List<String> names) {
        ClassLoader loader = ReaderArchiveClasses.class.getClassLoader();
        int failed = 0;
        for (String name : names) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                failed++;
            }
        }
        return failed;
    }

    private static Path jarOf(Class<?> anchor) {
        CodeSource source = anchor.getProtectionDomain().getCodeSource();
        if (source == null) {
            return null;
        }
        try {
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) && path.toString().endsWith(".jar") ? path : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
