package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import newsreader.reading.Library;
import newsreader.reading.ReadState;
import newsreader.reading.Reading;
import newsreader.render.DateLabel;
import newsreader.search.SearchHit;
import newsreader.search.SearchLocation;
import newsreader.testing.EndToEnd;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's search index is built by a process of its own: the reader finds what it indexed, quitting stops it,
 * and one killed outright is reported on the status line and resumed from its last commit at the next start.
 */
@EndToEnd
class BackgroundIndexBuildTest {
    private static final long DEADLINE_SECONDS = 120;
    private static final int POSTS = 1_500;
    private static final String HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理";

    @TempDir
    Path dir;

    private final BlockingQueue<ReaderEvent> events = new LinkedBlockingQueue<>();

    private FolderServices services(Path posts) {
        return new FolderServices(posts, new Reading(new DateLabel(ZoneOffset.UTC), CellWidth.standard()),
                ReadState.inMemory(), events, null, dir.resolve("cache"));
    }

    @Test
    void theReaderFindsThePostsTheBuildProcessIndexed() throws Exception {
        Path posts = writePosts(dir.resolve("posts"), 40, 200);
        try (FolderServices services = services(posts)) {
            services.requestReload();
            assertThat(IndexBuilds.await(events, IndexBuilds::built, DEADLINE_SECONDS, event -> { }))
                    .as("the index was built within %d s", DEADLINE_SECONDS).isNotNull();

            services.searchAllText("编号37号");
            ReaderEvent answer = IndexBuilds.await(events, event -> event instanceof ReaderEvent.Found, DEADLINE_SECONDS,
                    event -> { });
            assertThat(answer).isInstanceOf(ReaderEvent.Found.class);
            ReaderEvent.Found found = (ReaderEvent.Found) answer;
            assertThat(found.hits()).extracting(SearchHit::relativePath).containsExactly("p0037.md");
            assertThat(found.note()).as("the note of a search of a whole index").isEmpty();
        }
    }

    @Test
    void quittingTheReaderStopsItsBuildProcess() throws Exception {
        Path posts = writePosts(dir.resolve("posts"), POSTS, 2_000);
        Optional<ProcessHandle> build;
        try (FolderServices services = services(posts).buildingIndexWith(List.of("-Xint"))) {
            services.requestReload();
            build = IndexBuilds.buildOf(posts, DEADLINE_SECONDS);
            assertThat(build).as("a build process within %d s", DEADLINE_SECONDS).isPresent();
        }
        assertThat(build.get().isAlive()).as("the build process once the reader has closed").isFalse();
        assertThat(IndexBuilds.running(posts)).isEmpty();
    }

    @Test
    void aKilledBuildIsReportedAndTheNextStartResumesFromItsLastCommit() throws Exception {
        Path posts = writePosts(dir.resolve("posts"), POSTS, 2_000);
        Path indexDirectory = SearchLocation.indexDirectory(posts, dir.resolve("cache"));
        int committed;
        String status;
        try (FolderServices services = services(posts).buildingIndexWith(List.of("-Xint"))) {
            ReaderState state = new ReaderState(Library.empty(posts));
            ReaderController controller = new ReaderController(state, services, CellWidth.standard());
            controller.resized(120, 30);
            VirtualScreen screen = new VirtualScreen(120, 30, CellWidth.standard());
            ReaderView view = new ReaderView(Theme.colour(), CellWidth.standard(), new DateLabel(ZoneOffset.UTC));
            services.requestReload();
            ProcessHandle build = IndexBuilds.buildOf(posts, DEADLINE_SECONDS).orElseThrow();
            committed = newsreader.testing.IndexCommits.first(indexDirectory, build, DEADLINE_SECONDS);
            assertThat(build.isAlive()).as("the build outlasts its first commit (posts: %d)", POSTS).isTrue();
            build.destroyForcibly();

            ReaderEvent notBuilt = IndexBuilds.await(events, event -> event instanceof ReaderEvent.SearchIndexNotBuilt,
                    DEADLINE_SECONDS, controller::update);
            assertThat(notBuilt).as("the news of the killed build").isNotNull();
            screen.draw(state, view);
            status = screen.row(29);
        }
        assertThat(status).contains("search index: not built").contains("signal 9");
        assertThat(committed).isPositive().isLessThan(POSTS);

        events.clear();
        try (FolderServices services = services(posts)) {
            services.requestReload();
            ReaderEvent first = IndexBuilds.await(events,
                    event -> event instanceof ReaderEvent.SearchIndexing indexing && indexing.total() != 0,
                    DEADLINE_SECONDS, event -> { });
            assertThat(first).isInstanceOf(ReaderEvent.SearchIndexing.class);
            assertThat(((ReaderEvent.SearchIndexing) first).total()).as("posts indexed again after the kill")
                    .isPositive().isLessThanOrEqualTo(POSTS - committed);
            assertThat(IndexBuilds.await(events, IndexBuilds::built, DEADLINE_SECONDS, event -> { }))
                    .as("the resumed build finished").isNotNull();
            services.searchAllText("编号1234号");
            ReaderEvent answer = IndexBuilds.await(events, event -> event instanceof ReaderEvent.Found, DEADLINE_SECONDS,
                    event -> { });
            assertThat(((ReaderEvent.Found) answer).hits()).extracting(SearchHit::relativePath)
                    .containsExactly("p1234.md");
        }
    }

    /** Posts "p0000.md"… whose bodies say "编号N号" among {@code characters} random Chinese characters. */
    private static Path writePosts(Path folder, int count, int characters) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(15);
        for (int i = 0; i < count; i++) {
            StringBuilder body = new StringBuilder("编号" + i + "号的文章。");
            for (int c = 0; c < characters; c++) {
                body.append(HAN.charAt(random.nextInt(HAN.length())));
            }
            Files.writeString(folder.resolve(String.format("p%04d.md", i)), "---\ntitle: 第" + i
                    + "篇\ndate: 2022-01-01 00:00:00\n---\n" + body + "\n");
        }
        return folder.toRealPath();
    }
}
