package newsreader.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The program's classes join strings with plain code ({@code -XDstringConcat=inline} in the pom): the JDK's default,
 * an invokedynamic bootstrapped at the first run of each concatenation, spun 18 classes of method handles at every
 * start of a warm {@code list} (about 20 ms), which the class-data archive does not keep.
 */
class CompiledClassesTest {
    @Test
    void noClassBootstrapsStringConcatenationAtRunTime() throws Exception {
        Path classes = Path.of(newsreader.log.Trace.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Path> all;
        try (Stream<Path> files = Files.walk(classes.resolve("newsreader"))) {
            all = files.filter(path -> path.toString().endsWith(".class")).toList();
        }
        assertThat(all).hasSizeGreaterThan(500);
        List<Path> bootstrapping = all.stream().filter(CompiledClassesTest::bootstrapsConcatenation).toList();
        assertThat(bootstrapping).isEmpty();
    }

    private static boolean bootstrapsConcatenation(Path classFile) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1).contains("makeConcatWithConstants");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
