package newsreader.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import newsreader.reading.ChineseScript;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Line mode's sentences that name a post's title or a category name them in the session's Chinese script. */
class LineModeInTheChosenScriptTest {
    @TempDir
    Path temp;
    LineSession session;

    @BeforeEach
    void writeFolder() throws IOException {
        Path folder = SampleFolder.write(temp.resolve("posts"));
        session = new LineSession(folder, LineSession.testOptions(temp).withWidth(200).withScript(ChineseScript.TRADITIONAL));
    }

    @Test
    void starAndReadMarksAndTheListsHeadingSpeakTraditional() {
        LineSession.Result run = session.type("star 1", "unread 1", "cat 编程");

        assertThat(run.answer(1)).contains("深度學習入門指南").doesNotContain("深度学习入门指南");
        assertThat(run.answer(2)).contains("深度學習入門指南");
        assertThat(run.answer(3)).as("a category typed in Simplified is named as the lists name it")
                .contains("in 編程").doesNotContain("编程");
    }
}
