package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newsreader.render.DateLabel;
import newsreader.testing.BuildFolder;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;

/**
 * Drawing a frame calls no record's own equals, hashCode or toString: each is bootstrapped through method handles at
 * its first call (java.lang.runtime.ObjectMethods), 50-90 ms of the first frame of every start when the cell style,
 * the cell key and the list's columns used theirs. A record the drawing hashes or compares writes them out.
 */
class RecordMethodsTest {
    /** Draws one frame of the sample posts on a virtual screen, in a JVM of its own. */
    public static void main(String[] args) {
        CellWidth widths = CellWidth.standard();
        ReaderState state = new ReaderState(newsreader.reading.Library.empty(TestPosts.ROOT));
        ReaderController controller = new ReaderController(state, new FakeServices(), widths);
        controller.resized(120, 40);
        controller.update(new ReaderEvent.Loaded(TestPosts.sample()));
        VirtualScreen screen = new VirtualScreen(120, 40, widths);
        screen.draw(state, new ReaderView(Theme.colour(), widths, new DateLabel(ZoneOffset.UTC)));
        System.out.println(screen.screenText());
    }

    @Test
    void drawingAFrameBootstrapsNoRecordMethod() throws IOException, InterruptedException {
        Path scratch = BuildFolder.scratch("record-methods");
        try {
            Path log = scratch.resolve("indy.txt");
            Path out = scratch.resolve("out.txt");
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xlog:methodhandles+indy=debug:file=" + log, "-cp", System.getProperty("java.class.path"),
                    RecordMethodsTest.class.getName())
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the frame drawn within a minute").isTrue();
            assertThat(process.exitValue()).as(Files.readString(out, StandardCharsets.UTF_8)).isZero();
            assertThat(Files.readString(out, StandardCharsets.UTF_8)).as("the frame").contains("Spring Boot startup");

            List<String> recordMethods = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.contains("resolve_invokedynamic Bootstrap in newsreader/"))
                    .filter(line -> line.matches(".* (equals|hashCode|toString):\\(.*"))
                    .toList();
            assertThat(recordMethods).isEmpty();
        } finally {
            BuildFolder.delete(scratch);
        }
    }
}
