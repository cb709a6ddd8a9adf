package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import newsreader.post.PostLimits;
import newsreader.post.PostScanner;
import newsreader.reading.Library;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's side of {@code cli/ControlCharactersInFrontMatterTest}: the post is in the list, not in Problems. */
class ControlCharactersInFrontMatterTest {
    @Test
    void aTitleWithARawEscapeIsAPostInTheReadersList(@TempDir Path posts) throws IOException {
        Files.writeString(posts.resolve("red.md"), "---\ntitle: \u001b[31mRed alert\u001b]0;x\u0007\ndate: 2022-09-20\n---\nbody\n");
        Library library = Library.of(posts, new PostScanner(PostLimits.DEFAULT, ZoneOffset.UTC, 2).scan(posts));
        ReaderState state = new ReaderState(library);
        new ReaderController(state, new FakeServices(), CellWidth.standard()).resized(100, 30);
        assertThat(library.problems()).isEmpty();
        assertThat(state.selectedPost()).isNotNull();
        assertThat(state.selectedPost().title()).isEqualTo("[31mRed alert]0;x");
    }
}
