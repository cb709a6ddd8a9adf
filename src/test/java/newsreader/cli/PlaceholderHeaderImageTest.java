package newsreader.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import newsreader.testing.ProgramRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code show} names a random placeholder header image as one instead of printing its address. */
class PlaceholderHeaderImageTest {
    private static final Path CORPUS = Path.of("../shared/corpus/real");

    @Test
    void aRealPostWithAPicsumHeaderImageShowsImagePlaceholder() {
        assumeThat(Files.isDirectory(CORPUS)).as("shared corpus missing at " + CORPUS.toAbsolutePath().normalize()
                + ", skipped").isTrue();
        // r001.md: headimg: 'https://picsum.photos/400/300?random=3528'
        ProgramRun run = InProcess.run("show", CORPUS.resolve("r001.md").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).contains("Image: (placeholder)");
        assertThat(run.out()).doesNotContain("picsum.photos");
    }

    @Test
    void aRealHeaderImageIsStillShownByItsAddress() {
        assumeThat(Files.isDirectory(CORPUS)).as("shared corpus missing, skipped").isTrue();
        ProgramRun run = InProcess.run("show", "--width", "200", CORPUS.resolve("r003.md").toString());
        assertThat(run.out().lines()).anyMatch(line -> line.startsWith("Image: https://")
                && !line.contains("picsum"));
    }

    @Test
    void theSettingAddsHosts(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("config.yaml"), "placeholder-images: [img.example.com/stock/]\n");
        Path post = Files.writeString(dir.resolve("p.md"),
                "---\ntitle: t\nheadimg: https://img.example.com/stock/7.jpg\n---\nbody\n");
        ProgramRun run = InProcess.run("show", "--config", config.toString(), post.toString());
        assertThat(run.out().lines()).contains("Image: (placeholder)");
    }
}
