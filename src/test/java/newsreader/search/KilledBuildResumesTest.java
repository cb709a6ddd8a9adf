package newsreader.search;

import static newsreader.search.PostFolder.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import newsreader.cli.Main;
import newsreader.testing.EndToEnd;
import newsreader.testing.FolderChecksum;
import newsreader.testing.ProgramRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed outright (SIGKILL: no shutdown hook, no last commit) is not lost: the next update finds what the
 * killed one committed, reads only the rest, and the folder of posts was never written.
 */
@EndToEnd
class KilledBuildResumesTest {
    private static final int POSTS = 1_500;
    private static final long DEADLINE_SECONDS = 120;
    private static final int BODY_CHARACTERS = 2_000;
    private static final String HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理";

    @TempDir
    Path scratch;

    @Test
    void theNextUpdateIndexesOnlyWhatAKilledBuildHadNotCommitted() throws Exception {
        PostFolder posts = new PostFolder(scratch.resolve("posts"));
        Random random = new Random(15);
        for (int i = 0; i < POSTS; i++) {
            posts.write("p" + i + ".md", "第" + i + "篇", day(i % 900), "<p>编号" + i + "的文章。" + text(random) + "</p>");
        }
        Map<String, String> before = FolderChecksum.of(posts.root());
        Path cache = scratch.resolve("cache");
        Path indexDirectory = SearchLocation.indexDirectory(posts.root(), cache.resolve("newsreader").resolve("search"));

        Process build = startSearch(posts.root(), cache);
        int committed;
        try {
            committed = newsreader.testing.IndexCommits.first(indexDirectory, build.toHandle(), DEADLINE_SECONDS);
            assertThat(build.isAlive()).as("the build outlasts its first commit (posts: %d)", POSTS).isTrue();
        } finally {
            build.destroyForcibly().waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS);
        }
        assertThat(committed).isPositive().isLessThan(POSTS);

        try (SearchIndex index = OpenIndex.open(posts.root(), cache.resolve("newsreader").resolve("search"))) {
            UpdateReport report = OpenIndex.update(index, posts.scan());
            assertThat(report.unchanged()).as("posts the killed build committed").isGreaterThanOrEqualTo(committed);
            assertThat(report.indexed() + report.unchanged()).isEqualTo(POSTS);
            assertThat(report.indexed()).as("posts read again").isEqualTo(POSTS - report.unchanged());
            assertThat(index.searchablePosts()).isEqualTo(POSTS);
            assertThat(OpenIndex.paths(index, "编号1234")).containsExactly("p1234.md");
        }
        assertThat(FolderChecksum.of(posts.root())).as("the posts folder").isEqualTo(before);
    }

    /**
     * Some two thousand characters of Chinese, about twice a real post: with {@link #POSTS} of them and an
     * interpreted JVM, the build takes far longer than the time between its commits, even on an idle machine.
     */
    private static String text(Random random) {
        StringBuilder text = new StringBuilder(BODY_CHARACTERS);
        for (int i = 0; i < BODY_CHARACTERS; i++) {
            text.append(HAN.charAt(random.nextInt(HAN.length())));
        }
        return text.toString();
    }

    /**
     * {@code newsreader search} in its own JVM, interpreted only ({@code -Xint}): slow enough that the build outlasts
     * its first commit, which is what the test needs to kill it in the middle.
     */
    private Process startSearch(Path folder, Path cache) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(ProgramRun.LAUNCHER_JVM_OPTIONS);
        command.add("-Xint");
        command.add("-Djava.io.tmpdir=" + Files.createDirectories(scratch.resolve("tmp")));
        command.add(Main.class.getName());
        command.addAll(List.of("search", folder.toString(), "芯片"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(scratch.resolve("out.txt").toFile())
                .redirectError(scratch.resolve("err.txt").toFile());
        for (String dir : List.of("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME")) {
            builder.environment().put(dir, scratch.resolve(dir.toLowerCase(java.util.Locale.ROOT)).toString());
        }
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        return builder.start();
    }
}
