package newsreader.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites the class files of a library made for Java 5 as Java 8 class files, with the stack maps Java 8 requires,
 * into the program's classes, which the jar then carries instead of the library's own.
 *
 * <p>Why: picocli ships Java 5 class files, and Java 17's class-data sharing skips every class file older than
 * Java 6, so the launcher's archive held none of the 174 picocli classes every command loads. Each start read them
 * from the 43 MB jar and verified them with the old type-inferring verifier: about 100 ms of CPU before any work
 * ({@code list} of an empty folder, 0.43 s against 0.32 s). The code is unchanged; only the class-file version and
 * the stack maps are new, computed by ASM.
 *
 * <p>Usage: {@code ClassFileUpgrade OUTPUT_FOLDER CLASS...}: each class names a library on the class path (the jar
 * holding that class file; a copy already written to OUTPUT_FOLDER by an earlier build is passed over); all of that
 * jar's classes are written under OUTPUT_FOLDER.
 */
public final class ClassFileUpgrade {
    /** Java 6: the oldest class-file version the archive takes. */
    private static final int FIRST_ARCHIVED = Opcodes.V1_6;

    private ClassFileUpgrade() {
    }

    public static void main(String[] args) throws IOException, URISyntaxException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: ClassFileUpgrade OUTPUT_FOLDER CLASS...");
        }
        Path output = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            upgradeJar(jarOf(args[i]), output); // silent, as a quiet build is
        }
    }

    /** The jar on the class path that holds {@code className}. */
    static Path jarOf(String className) throws IOException, URISyntaxException {
        String resource = className.replace('.', '/') + ".class";
        for (URL url : java.util.Collections.list(ClassFileUpgrade.class.getClassLoader().getResources(resource))) {
            if (url.getProtocol().equals("jar")) {
                String path = url.getPath(); // file:/…/library.jar!/name/Class.class
                return Path.of(new java.net.URI(path.substring(0, path.indexOf("!/"))));
            }
        }
        throw new IOException("no jar on the class path holds " + resource);
    }

    /** Writes every class file of {@code jar} under {@code output}, upgraded when older than Java 6; returns how many. */
    static int upgradeJar(Path jar, Path output) throws IOException {
        int written = 0;
        try (JarFile file = new JarFile(jar.toFile());
                URLClassLoader library = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            for (JarEntry entry : java.util.Collections.list(file.entries())) {
                String name = entry.getName();
                if (!name.endsWith(".class") || name.startsWith("META-INF/")) {
                    continue;
                }
                byte[] bytes;
                try (InputStream in = file.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                Path target = output.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, upgrade(bytes, library));
                written++;
            }
        }
        return written;
    }

    /**
     * {@code classFile} as a Java 8 class file when it is older than Java 6, else as it is. {@code library} resolves
     * the classes the stack maps name (their common super classes); the JDK's come from the boot loader.
     */
    static byte[] upgrade(byte[] classFile, ClassLoader library) {
        if (majorVersion(classFile) >= FIRST_ARCHIVED) {
            return classFile;
        }
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return library;
            }
        };
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }

    /** The class file's major version (bytes 6 and 7, after the magic number and the minor version). */
    static int majorVersion(byte[] classFile) {
        if (classFile.length < 8) {
            throw new UncheckedIOException(new IOException("not a class file: " + classFile.length + " bytes"));
        }
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }
}
