package newsreader.tui;

import static newsreader.tui.Keys.ch;
import static newsreader.tui.Keys.key;
import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import newsreader.post.Post;
import newsreader.post.PostException;
import newsreader.post.PostMeta;
import newsreader.reading.ReadState;
import newsreader.render.RenderedArticle;
import newsreader.store.SqliteStateStore;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys change the state at once; slow work happens as effects whose answers come back as events. */
class EffectsTest {
    private static final long DEADLINE_SECONDS = 60;

    @TempDir
    Path temp;

    @Test
    void aKeyReturnsWhileThePostIsStillBeingReadAndTheArticleOpensWhenItArrives() throws Exception {
        CountDownLatch diskAnswers = new CountDownLatch(1);
        FakeServices slowDisk = new FakeServices() {
            @Override
            public Post read(PostMeta meta) throws PostException {
                try {
                    diskAnswers.await(DEADLINE_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.read(meta);
            }
        };
        BlockingQueue<ReaderEvent> events = new LinkedBlockingQueue<>();
        ReaderState state = new ReaderState(TestPosts.sample());
        try (EffectRunner runner = EffectRunner.inBackground(slowDisk, events::add)) {
            ReaderController controller = new ReaderController(state, slowDisk, CellWidth.standard(), runner);
            controller.resized(100, 30);

            controller.key(key(KeyType.Enter));
            assertThat(state.mode).as("the key did not wait for the disk").isEqualTo(ReaderState.Mode.BROWSE);
            controller.key(ch('j'));
            assertThat(state.listSelection).as("other keys still work meanwhile").isEqualTo(1);

            diskAnswers.countDown();
            ReaderEvent answer = events.poll(DEADLINE_SECONDS, TimeUnit.SECONDS);
            assertThat(answer).isInstanceOf(ReaderEvent.ArticleReady.class);
            controller.update(answer);
            assertThat(state.mode).isEqualTo(ReaderState.Mode.ARTICLE);
            assertThat(state.article.meta.relativePath()).isEqualTo("a.md");

            // Opening it asked for a read mark, which is written on the runner's thread and answered too.
            ReaderEvent written = events.poll(DEADLINE_SECONDS, TimeUnit.SECONDS);
            assertThat(written).isInstanceOf(ReaderEvent.MarksWritten.class);
            assertThat(slowDisk.readState.isRead(state.article.meta)).isTrue();
        }
    }

    @Test
    void anAnswerForAPostTheReaderHasMovedOnFromIsDropped() {
        BlockingQueue<ReaderEvent> answers = new LinkedBlockingQueue<>();
        FakeServices services = new FakeServices();
        ReaderState state = new ReaderState(TestPosts.sample());
        try (EffectRunner runner = EffectRunner.inline(services, answers::add)) {
            ReaderController controller = new ReaderController(state, services, CellWidth.standard(), runner);
            controller.resized(100, 30);
            controller.key(key(KeyType.Enter));
            controller.key(ch('j'));
            controller.key(key(KeyType.Enter));
            ReaderEvent forA = answers.poll();
            ReaderEvent forB = answers.poll();

            controller.update(forA);
            assertThat(state.mode).as("a was asked for, then b").isEqualTo(ReaderState.Mode.BROWSE);
            controller.update(forB);
            assertThat(state.article.meta.relativePath()).isEqualTo("b.md");
            controller.update(forA);
            assertThat(state.article.meta.relativePath()).isEqualTo("b.md");
        }
    }

    @Test
    void aMarkTheStoreCannotKeepIsSaidInsteadOfMarkedRead() throws Exception {
        withStoreLockedElsewhere((reader, services, lock) -> {
            reader.controller().key(ch('r'));

            assertThat(reader.state().message).startsWith("Read mark not saved: ");
            assertThat(services.readState.isRead(reader.state().selectedPost())).isFalse();
            lock.execute("ROLLBACK");
            reader.controller().key(ch('r'));
            assertThat(services.readState.isRead(reader.state().selectedPost())).isTrue();
        });
    }

    @Test
    void aPostThatExhaustsTheHeapWhileBeingLaidOutIsThatPostsProblemAndTheReaderGoesOn() {
        FakeServices services = new FakeServices() {
            @Override
            public RenderedArticle layOut(Post post, int width, newsreader.reading.ChineseScript script) {
                if (post.meta().relativePath().equals("a.md")) {
                    throw new OutOfMemoryError("Java heap space");
                }
                return super.layOut(post, width, script);
            }
        };
        BlockingQueue<ReaderEvent> answers = new LinkedBlockingQueue<>();
        ReaderState state = new ReaderState(TestPosts.sample());
        try (EffectRunner runner = EffectRunner.inline(services, answers::add)) {
            ReaderController controller = new ReaderController(state, services, CellWidth.standard(), runner);
            controller.resized(100, 30);

            controller.key(key(KeyType.Enter));
            ReaderEvent answer = answers.poll();
            assertThat(answer).isInstanceOf(ReaderEvent.ArticleFailed.class);
            controller.update(answer);
            assertThat(state.mode).isEqualTo(ReaderState.Mode.BROWSE);
            assertThat(state.message).isEqualTo("Cannot show a.md: too large to show (OutOfMemoryError)");

            controller.key(ch('j'));
            controller.key(key(KeyType.Enter));
            ReaderEvent next = answers.poll();
            assertThat(next).as("the next post still opens").isInstanceOf(ReaderEvent.ArticleReady.class);
            controller.update(next);
            assertThat(state.article.meta.relativePath()).isEqualTo("b.md");
        }
    }

    @Test
    void markingAllReadThatTheStoreCannotKeepIsSaidAndNothingIsMarked() throws Exception {
        withStoreLockedElsewhere((reader, services, lock) -> {
            reader.controller().key(ch('A'));
            reader.controller().key(ch('y'));

            assertThat(reader.state().message).startsWith("Read marks not saved: ");
            assertThat(services.readState.isRead(reader.state().selectedPost())).isFalse();
            lock.execute("ROLLBACK");
        });
    }

    private record Reader(ReaderState state, ReaderController controller) {
    }

    @FunctionalInterface
    private interface LockedStoreCheck {
        void run(Reader reader, FakeServices services, Statement lock) throws Exception;
    }

    /**
     * A reader whose marks live in a real SQLite file while another session holds its write lock (for longer than
     * the store waits); the check may release it with {@code ROLLBACK}.
     */
    private void withStoreLockedElsewhere(LockedStoreCheck check) throws Exception {
        Path file = temp.resolve("state.db");
        try (SqliteStateStore store = SqliteStateStore.open(file);
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement lock = other.createStatement()) {
            FakeServices services = new FakeServices(new ReadState(store));
            ReaderState state = new ReaderState(TestPosts.sample());
            ReaderController controller = new ReaderController(state, services, CellWidth.standard());
            controller.resized(100, 30);
            lock.execute("BEGIN EXCLUSIVE");
            check.run(new Reader(state, controller), services, lock);
        }
    }
}
