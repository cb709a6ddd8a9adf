package newsreader.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThatCode;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostReaderTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path root;

    private final PostReader reader = new PostReader(SHANGHAI);

    private Path write(String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    @Test
    void bodyIsEverythingAfterTheClosingLineExactly() throws Exception {
        Path file = write("2022/a.md", "\n---\ntitle: A\ndate: 2022-09-22T08:01:12Z\n---\n\n<div>   \n<p>正文</p></div>   ");
        Post post = reader.read(file, root);
        assertThat(post.body()).isEqualTo("\n<div>   \n<p>正文</p></div>   ");
        assertThat(post.meta().title()).isEqualTo("A");
        assertThat(post.meta().relativePath()).isEqualTo("2022/a.md");
        assertThat(post.meta().date()).isEqualTo(Instant.parse("2022-09-22T08:01:12Z"));
        assertThat(post.meta().size()).isEqualTo(Files.size(file));
    }

    @Test
    void bodyOfEachFrontMatterForm() throws Exception {
        assertThat(reader.read(write("toml.md", "+++\ntitle = \"t\"\n+++\nTOML body"), root).body()).isEqualTo("TOML body");
        assertThat(reader.read(write("json.md", ";;;\n{\"title\": \"j\"}\n;;;\nJSON body"), root).body()).isEqualTo("JSON body");
        assertThat(reader.read(write("json2.md", "{\"title\": \"j\"}\n;;;\nJSON body"), root).body()).isEqualTo("JSON body");
        assertThat(reader.read(write("headless.md", "title: h\n---\nHexo body"), root).body()).isEqualTo("Hexo body");
        Post none = reader.read(write("none.html", "<p>no front matter</p>\n"), root);
        assertThat(none.body()).isEqualTo("<p>no front matter</p>\n");
        assertThat(none.meta().title()).isEqualTo("none");
        assertThat(none.meta().format()).isEqualTo(BodyFormat.HTML);
    }

    @Test
    void headlessCandidateThatIsNotYamlStaysInTheBody() throws Exception {
        String text = "Note: a line, then: more: colons\n  - odd\n---\nrest";
        Post post = reader.read(write("a.md", text), root);
        assertThat(post.body()).isEqualTo(text);
        assertThat(post.meta().title()).isEqualTo("a");
    }

    @Test
    void bomIsDroppedAndCrlfKeptInTheBody() throws Exception {
        Path file = write("a.md", "\uFEFF---\r\ntitle: x\r\n---\r\nline 1\r\nline 2\r\n");
        Post post = reader.read(file, root);
        assertThat(post.meta().title()).isEqualTo("x");
        assertThat(post.body()).isEqualTo("line 1\r\nline 2\r\n");
    }

    @Test
    void readGivesTheSameMetadataAsTheScan() throws Exception {
        write("a.md", "---\ntitle: x\ncategories: [[A, B], [C]]\ntags: t\ndate: Invalid Date\nfoo: bar\n---\nbody");
        PostMeta scanned = new PostScanner(SHANGHAI).withCache(MetaCache.none()).scan(root).posts().get(0);
        assertThat(reader.read(root.resolve("a.md"), root).meta()).isEqualTo(scanned);
        assertThat(scanned.categories()).containsExactly(List.of("A", "B"), List.of("C"));
    }

    @Test
    void withoutARootThePathIsRelativeToTheParent() throws Exception {
        Path file = write("deep/er/x.md", "x");
        assertThat(reader.read(file, null).meta().relativePath()).isEqualTo("x.md");
        assertThat(reader.read(file, root.resolve("deep")).meta().relativePath()).isEqualTo("er/x.md");
    }

    @Test
    void aFileOutsideItsFolderOrLinkedOutIsNotRead(@TempDir Path outside) throws Exception {
        Path file = write("deep/er/x.md", "x");
        assertThatThrownBy(() -> reader.read(file, root.resolve("elsewhere"))).hasMessage("outside the posts folder");
        Path secret = Files.writeString(outside.resolve("secret.md"), "---\ntitle: secret\n---\n");
        Path link = Files.createSymbolicLink(root.resolve("x.md"), secret);
        assertThatThrownBy(() -> reader.read(link, root)).hasMessage("links outside the posts folder");
        assertThat(reader.read(link, null).meta().title()).as("a file the user names is read").isEqualTo("secret");
    }

    @Test
    void gbkBodyIsDecoded() throws Exception {
        String text = "---\ntitle: 中文标题测试\n---\n<p>这是一篇用国标码保存的旧文章，内容应当正确显示，而不是乱码。</p>\n";
        Path file = root.resolve("gbk.md");
        Files.write(file, text.getBytes(Charset.forName("GBK")));
        Post post = reader.read(file, root);
        assertThat(post.meta().title()).isEqualTo("中文标题测试");
        assertThat(post.body()).isEqualTo("<p>这是一篇用国标码保存的旧文章，内容应当正确显示，而不是乱码。</p>\n");
    }

    @Test
    void eachFailureIsAPostExceptionWithAOneLineReason() throws Exception {
        assertThatThrownBy(() -> reader.read(write("open.md", "---\ntitle: x\n"), root))
                .isInstanceOf(PostException.class).hasMessage("front matter not closed (no closing --- line)");
        assertThatThrownBy(() -> reader.read(write("empty.md", ""), root)).hasMessage("empty file");
        assertThatThrownBy(() -> reader.read(root.resolve("missing.md"), root)).hasMessage("file vanished before it could be read");
        Path folder = Files.createDirectories(root.resolve("folder.md"));
        assertThatThrownBy(() -> reader.read(folder, root)).hasMessage("a folder, not a post file");
        assertThatThrownBy(() -> reader.read(write("bad.md", "---\na: [\n---\n"), root))
                .hasMessageStartingWith("YAML error at line 3:");
        assertThatThrownBy(() -> reader.read(write("bad.toml.md", "+++\na = \n+++\n"), root)).hasMessageStartingWith("TOML error");
        assertThatThrownBy(() -> reader.read(write("bad.json.md", ";;;\n{\"a\": }\n;;;\n"), root)).hasMessageStartingWith("JSON error");
    }

    @Test
    void aDanglingLinkIsNamedAsSuch() throws Exception {
        Path link = root.resolve("gone.md");
        assumeThatCode(() -> Files.createSymbolicLink(link, root.resolve("nowhere.md"))).as("symbolic links not supported")
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> reader.read(link, root)).hasMessage("broken symbolic link (its target does not exist)");
    }

    @Test
    void aFileLargerThanTheLimitIsNotRead() throws Exception {
        Path file = write("big.md", "x".repeat(5000));
        PostReader small = new PostReader(new PostLimits(4096, 1024, 50, 50, 1000), SHANGHAI);
        assertThatThrownBy(() -> small.read(file, root)).hasMessage("file too large (4.9 KB; the limit is 4 KB)");
    }

    @Test
    void aFileDeletedAfterListingIsAProblemNotACrash() throws Exception {
        Path file = write("a.md", "---\ntitle: x\n---\n");
        FileFacts listed = new FileFacts(file, "a.md", 0, Files.size(file));
        Files.delete(file);
        PostFileLoader loader = new PostFileLoader(PostLimits.DEFAULT, SHANGHAI);
        assertThatThrownBy(() -> loader.loadMeta(listed)).hasMessage("file vanished before it could be read");
        assertThatThrownBy(() -> loader.loadPost(listed)).hasMessage("file vanished before it could be read");
    }
}
