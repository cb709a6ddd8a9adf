package newsreader.post;

import static newsreader.config.InterfaceLanguage.ENGLISH;
import static newsreader.config.InterfaceLanguage.SIMPLIFIED_CHINESE;
import static newsreader.config.InterfaceLanguage.TRADITIONAL_CHINESE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import newsreader.config.InterfaceLanguage;
import newsreader.messages.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file's problem keeps its reason as a message and its arguments, said whole in the language the interface speaks
 * when it is shown, also when it was read from the metadata cache in another language.
 */
class ProblemReasonsInEveryLanguageTest {
    @TempDir
    Path temp;
    private Path root;

    @BeforeEach
    void folder() throws IOException {
        root = Files.createDirectories(temp.resolve("posts"));
        Files.writeString(root.resolve("empty.md"), "");
        Files.writeString(root.resolve("open.md"), "---\ntitle: 没有结束\n", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("yaml.md"), "---\ntitle: [未闭合\n---\n正文\n", StandardCharsets.UTF_8);
        Files.write(root.resolve("binary.md"), new byte[] {'a', 0, 'b'});
        Files.writeString(root.resolve("good.md"), "---\ntitle: 好\n---\n正文\n", StandardCharsets.UTF_8);
    }

    private static Map<String, String> reasons(ScanResult scan, InterfaceLanguage language) {
        try (var speaking = Messages.speaking(language)) {
            return scan.problems().stream().collect(Collectors.toMap(PostProblem::relativePath, PostProblem::reason));
        }
    }

    @Test
    void eachProblemIsSaidWholeInEachLanguage() {
        ScanResult scan = new PostScanner(ZoneOffset.UTC).scan(root);
        assertThat(scan.problems()).hasSize(4);

        assertThat(reasons(scan, ENGLISH)).containsEntry("empty.md", "empty file")
                .containsEntry("open.md", "front matter not closed (no closing --- line)")
                .containsEntry("binary.md", "binary file (contains NUL bytes)")
                .hasEntrySatisfying("yaml.md", reason -> assertThat(reason).startsWith("YAML error at line 3: "));
        assertThat(reasons(scan, SIMPLIFIED_CHINESE)).containsEntry("empty.md", "空文件")
                .containsEntry("open.md", "前置元数据没有结束（缺少结束行 ---）")
                .containsEntry("binary.md", "二进制文件（含有 NUL 字节）")
                .hasEntrySatisfying("yaml.md", reason -> assertThat(reason).startsWith("YAML 错误，第 3 行："));
        assertThat(reasons(scan, TRADITIONAL_CHINESE)).containsEntry("empty.md", "空檔案")
                .containsEntry("open.md", "前置中繼資料沒有結束（缺少結束行 ---）")
                .containsEntry("binary.md", "二進位檔案（含有 NUL 位元組）");

        PostProblem empty = scan.problems().stream().filter(p -> p.relativePath().equals("empty.md")).findFirst().orElseThrow();
        try (var traditional = Messages.speaking(TRADITIONAL_CHINESE)) {
            assertThat(empty).hasToString("empty.md：空檔案");
            assertThat(empty.why().text(ENGLISH)).as("machine-read output stays English").isEqualTo("empty file");
        }
        assertThat(empty).hasToString("empty.md: empty file");
    }

    @Test
    void aProblemReadBackFromTheCacheStillSpeaksTheLanguageOfTheMomentItIsShown() {
        PostScanner cached = new PostScanner(PostLimits.DEFAULT, ZoneOffset.UTC, 2)
                .withCache(MetaCache.in(temp.resolve("cache")));
        ScanResult first;
        try (var english = Messages.speaking(ENGLISH)) {
            first = cached.scan(root); // writes the cache
        }
        ScanResult again = cached.scan(root);
        assertThat(again.problems()).extracting(PostProblem::why)
                .containsExactlyElementsOf(first.problems().stream().map(PostProblem::why).toList());
        assertThat(reasons(again, SIMPLIFIED_CHINESE)).containsEntry("empty.md", "空文件")
                .containsEntry("open.md", "前置元数据没有结束（缺少结束行 ---）");
    }

    @Test
    void readingOnePostSaysWhyNotInTheLanguage() {
        PostReader reader = new PostReader();
        try (var simplified = Messages.speaking(SIMPLIFIED_CHINESE)) {
            assertThatThrownBy(() -> reader.read(root.resolve("empty.md"), null)).isInstanceOf(PostException.class)
                    .hasMessage("空文件");
            assertThatThrownBy(() -> reader.read(root, root)).hasMessage("是文件夹，不是文章文件");
        }
        assertThatThrownBy(() -> reader.read(root.resolve("empty.md"), null)).hasMessage("empty file");
    }

    @Test
    void aReasonSurvivesTheCachesEncodingWithItsArguments() {
        ProblemReason reason = ProblemReason.of("file.too-large", "9 MB", "8 MB");
        assertThat(ProblemReason.decoded(reason.encoded())).isEqualTo(reason);
        assertThat(ProblemReason.decoded(ProblemReason.of("file.empty").encoded()).args()).isEmpty();
        Function<InterfaceLanguage, String> said = reason::text;
        assertThat(List.of(ENGLISH, SIMPLIFIED_CHINESE, TRADITIONAL_CHINESE)).extracting(said)
                .containsExactly("file too large (9 MB; the limit is 8 MB)", "文件过大（9 MB；上限为 8 MB）",
                        "檔案過大（9 MB；上限為 8 MB）");
    }
}
