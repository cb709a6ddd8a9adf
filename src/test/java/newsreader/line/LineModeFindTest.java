package newsreader.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code find}: line mode's full-text search, through the same index as the reader's {@code F}; {@code search} still
 * looks in titles only. The index goes under surefire's {@code XDG_CACHE_HOME}, inside the build folder.
 */
class LineModeFindTest {
    @TempDir
    Path temp;
    LineSession session;

    @BeforeEach
    void writeFolder() throws IOException {
        session = new LineSession(SampleFolder.write(temp.resolve("posts")), LineSession.testOptions(temp));
    }

    @Test
    void findListsThePostsWhoseTextMatchesWhereSearchFindsNoTitle() {
        // 电池寿命 is in the body of 笔记本智能充电固件 only; 神经网络 in the body of 深度学习入门指南 only.
        LineSession.Result run = session.type("search 电池寿命", "find 电池寿命", "1", "F 神经网络 -充电", "find 不存在的词");

        assertThat(run.sentences(1)).contains("No title contains \"电池寿命\"");
        assertThat(run.sentences(2)).contains("1 post matching \"电池寿命\" in title or text").contains("笔记本智能充电固件")
                .doesNotContain("深度学习入门指南");
        assertThat(run.answer(3)).contains("笔记本智能充电固件").contains("以延长电池寿命");
        assertThat(run.sentences(4)).contains("深度学习入门指南").doesNotContain("笔记本智能充电固件");
        assertThat(run.sentences(5)).contains("No post's title or text matches \"不存在的词\"");
    }

    @Test
    void helpExplainsWhichSearchLooksWhere() {
        LineSession.Result run = session.type("help find", "help search");
        assertThat(run.sentences(1)).contains("find WORDS").contains("titles or text");
        assertThat(run.sentences(2)).contains("titles contain").contains("find looks in the text too");
    }
}
