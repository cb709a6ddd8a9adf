package newsreader.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.assertj.core.api.Assumptions.assumeThatCode;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostScannerTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path root;

    private final PostScanner scanner = new PostScanner(PostLimits.DEFAULT, SHANGHAI, 3);

    private Path write(String relative, String content) throws IOException {
        return write(relative, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String relative, byte[] content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    private static PostMeta only(ScanResult result) {
        assertThat(result.problems()).isEmpty();
        assertThat(result.posts()).hasSize(1);
        return result.posts().get(0);
    }

    private static String reasonFor(ScanResult result, String relativePath) {
        return result.problems().stream().filter(p -> p.relativePath().equals(relativePath)).map(PostProblem::reason)
                .findFirst().orElseThrow(() -> new AssertionError("no problem for " + relativePath + " in " + result.problems()));
    }

    private static List<String> paths(ScanResult result) {
        return result.posts().stream().map(PostMeta::relativePath).collect(Collectors.toList());
    }

    // ---- front matter forms

    @Test
    void readsAnArchivePostLikeTheRealOnes() throws IOException {
        write("a.md", "\n---\ntitle: '要求美国_闭嘴_'\ncategories: \n - 新媒体\n - PMCAFF\n - 今日推荐 / 精选\n"
                + "headimg: 'https://picsum.photos/400/300?random=8366'\nauthor: PMCAFF\ncomments: false\n"
                + "date: Thu, 22 Sep 2022 08:01:12 GMT\nthumbnail: 'https://x/t.jpg'\n---\n\n<div>   \n<p>正文</p></div>   ");
        PostMeta meta = only(scanner.scan(root));
        assertThat(meta.title()).isEqualTo("要求美国_闭嘴_");
        assertThat(meta.categories()).containsExactly(List.of("新媒体", "PMCAFF", "今日推荐 / 精选"));
        assertThat(meta.date()).isEqualTo(Instant.parse("2022-09-22T08:01:12Z"));
        assertThat(meta.rawDate()).isEqualTo("Thu, 22 Sep 2022 08:01:12 GMT");
        assertThat(meta.author()).isEqualTo("PMCAFF");
        assertThat(meta.image()).isEqualTo("https://picsum.photos/400/300?random=8366");
        assertThat(meta.extra()).containsExactly(Map.entry("comments", false));
        assertThat(meta.format()).isEqualTo(BodyFormat.MARKDOWN);
        assertThat(meta.path()).isEqualTo(root.resolve("a.md").toAbsolutePath());
        assertThat(meta.size()).isEqualTo(Files.size(root.resolve("a.md")));
    }

    @Test
    void yamlWithBomAndCrlf() throws IOException {
        write("a.md", "\uFEFF\r\n---\r\ntitle: Hello\r\ndate: 2021-10-10 11:06:15\r\n---\r\nbody\r\n");
        PostMeta meta = only(scanner.scan(root));
        assertThat(meta.title()).isEqualTo("Hello");
        assertThat(meta.date()).isEqualTo(Instant.parse("2021-10-10T03:06:15Z"));
    }

    @Test
    void hexoYamlWithoutOpeningLine() throws IOException {
        write("a.md", "title: Headless\ndate: 2021/10/10 11:06\ntags: [x]\n---\nbody");
        PostMeta meta = only(scanner.scan(root));
        assertThat(meta.title()).isEqualTo("Headless");
        assertThat(meta.tags()).containsExactly("x");
        assertThat(meta.date()).isEqualTo(Instant.parse("2021-10-10T03:06:00Z"));
    }

    @Test
    void markdownWithoutFrontMatterButWithARuleIsNotMistakenForHeadlessYaml() throws IOException {
        write("notes.md", "Note: nothing here is metadata,\nit is prose.\n\n---\n\nMore prose.\n");
        write("setext.md", "Title\n---\n\ntext\n");
        ScanResult result = scanner.scan(root);
        assertThat(result.problems()).isEmpty();
        assertThat(result.posts()).extracting(PostMeta::title).containsExactlyInAnyOrder("notes", "setext");
        assertThat(result.posts()).allSatisfy(meta -> assertThat(meta.extra()).isEmpty());
    }

    @Test
    void jsonBetweenSemicolonLines() throws IOException {
        write("a.md", ";;;\n{\"title\": \"JSON post\", \"date\": \"2022-09-22T08:01:12+08:00\", \"categories\": [\"A\", \"B\"]}\n;;;\nbody");
        PostMeta meta = only(scanner.scan(root));
        assertThat(meta.title()).isEqualTo("JSON post");
        assertThat(meta.date()).isEqualTo(Instant.parse("2022-09-22T00:01:12Z"));
        assertThat(meta.categories()).containsExactly(List.of("A", "B"));
    }

    @Test
    void jsonFollowedBySemicolons() throws IOException {
        write("object.md", "{\"title\": \"Object\"}\n;;;\nbody");
        write("hexo.md", "\"title\": \"Hello World\",\n\"date\": \"2013/7/13 20:46:25\"\n;;;\nbody");
        ScanResult result = scanner.scan(root);
        assertThat(result.problems()).isEmpty();
        assertThat(result.posts()).extracting(PostMeta::title).containsExactly("Hello World", "Object");
        assertThat(result.posts().get(0).date()).isEqualTo(Instant.parse("2013-07-13T12:46:25Z"));
    }

    @Test
    void tomlBetweenPlusLines() throws IOException {
        write("a.md", "+++\ntitle = \"Hugo post\"\ndate = 2022-09-22T08:01:12Z\nlastmod = 2022-09-23\ncategories = [\"x\"]\n+++\nbody");
        PostMeta meta = only(scanner.scan(root));
        assertThat(meta.title()).isEqualTo("Hugo post");
        assertThat(meta.date()).isEqualTo(Instant.parse("2022-09-22T08:01:12Z"));
        assertThat(meta.updated()).isEqualTo(Instant.parse("2022-09-22T16:00:00Z"));
        assertThat(meta.categories()).containsExactly(List.of("x"));
    }

    @Test
    void everyFormReadsTheSameWithCrlfAndBom() throws IOException {
        String[] forms = {
                "\n---\ntitle: T\ndate: 2021-10-10 11:06:15\n---\nbody\n",
                "title: T\ndate: 2021-10-10 11:06:15\n---\nbody\n",
                ";;;\n{\"title\": \"T\", \"date\": \"2021-10-10 11:06:15\"}\n;;;\nbody\n",
                "\"title\": \"T\",\n\"date\": \"2021-10-10 11:06:15\"\n;;;\nbody\n",
                "+++\ntitle = \"T\"\ndate = \"2021-10-10 11:06:15\"\n+++\nbody\n"};
        for (int i = 0; i < forms.length; i++) {
            write("lf" + i + ".md", forms[i]);
            write("crlf" + i + ".md", "\uFEFF" + forms[i].replace("\n", "\r\n"));
        }
        ScanResult result = scanner.scan(root);
        assertThat(result.problems()).isEmpty();
        assertThat(result.posts()).hasSize(forms.length * 2).allSatisfy(meta -> {
            assertThat(meta.title()).as(meta.relativePath()).isEqualTo("T");
            assertThat(meta.date()).as(meta.relativePath()).isEqualTo(Instant.parse("2021-10-10T03:06:15Z"));
        });
    }

    @Test
    void noFrontMatterIsAPostNamedAfterItsFile() throws IOException {
        write("2022/Some post.markdown", "# Hello\n\nJust text.\n");
        PostMeta meta = only(scanner.scan(root));
        assertThat(meta.title()).isEqualTo("Some post");
        assertThat(meta.relativePath()).isEqualTo("2022/Some post.markdown");
        assertThat(meta.date()).isNull();
        assertThat(meta.rawDate()).isNull();
        assertThat(meta.categories()).isEmpty();
        assertThat(meta.tags()).isEmpty();
        assertThat(meta.extra()).isEmpty();
    }

    @Test
    void blankOrMissingTitleFallsBackToTheFileName() throws IOException {
        write("blank.md", "---\ntitle: '   '\n---\n");
        write("missing.html", "---\ndate: 2021-10-10\n---\n<p>x</p>");
        write("number.md", "---\ntitle: 2022\n---\n");
        ScanResult result = scanner.scan(root);
        assertThat(result.problems()).isEmpty();
        assertThat(result.posts()).extracting(PostMeta::title).containsExactlyInAnyOrder("blank", "missing", "2022");
        assertThat(result.posts()).filteredOn(m -> m.title().equals("missing")).extracting(PostMeta::format)
                .containsExactly(BodyFormat.HTML);
    }

    // ---- fields

    @Test
    void categoryForms() throws IOException {
        write("string.md", "---\ncategories: 今日推荐 / 精选\n---\n");
        write("lists.md", "---\ncategories:\n - [Diary, PlayStation]\n - [Life]\n---\n");
        write("jekyll.md", "---\ncategory: Jekyll\n---\n");
        write("mixed.md", "---\ncategories: \n - 新媒体\n - 36kr\n -  - 资讯\n---\n");
        write("blank.md", "---\ncategories: [' ', '', ' x ']\n---\n");
        Map<String, List<List<String>>> byTitle = scanner.scan(root).posts().stream()
                .collect(Collectors.toMap(PostMeta::title, PostMeta::categories));
        assertThat(byTitle).containsEntry("string", List.of(List.of("今日推荐 / 精选")))
                .containsEntry("lists", List.of(List.of("Diary", "PlayStation"), List.of("Life")))
                .containsEntry("jekyll", List.of(List.of("Jekyll")))
                .containsEntry("mixed", List.of(List.of("新媒体", "36kr", "资讯")))
                .containsEntry("blank", List.of(List.of("x")));
    }

    @Test
    void tagsAuthorAndImageForms() throws IOException {
        write("a.md", "---\ntags: solo\nauthor: [Ann, Bob]\ncover: c.jpg\nimage: i.jpg\n---\n");
        write("b.md", "---\ntags: [x, 2, ' ']\nauthor: {name: Carol, url: 'https://c'}\nfeatured_image: f.jpg\nbanner: ''\n---\n");
        write("c.md", "---\nauthor: 42\nheadimg: h.jpg\nthumbnail: t.jpg\n---\n");
        Map<String, PostMeta> byTitle = scanner.scan(root).posts().stream().collect(Collectors.toMap(PostMeta::title, m -> m));
        assertThat(byTitle.get("a").tags()).containsExactly("solo");
        assertThat(byTitle.get("a").author()).isEqualTo("Ann, Bob");
        assertThat(byTitle.get("a").image()).isEqualTo("c.jpg");
        assertThat(byTitle.get("b").tags()).containsExactly("x", "2");
        assertThat(byTitle.get("b").author()).isEqualTo("Carol");
        assertThat(byTitle.get("b").image()).isEqualTo("f.jpg");
        assertThat(byTitle.get("c").author()).isEqualTo("42");
        assertThat(byTitle.get("c").image()).isEqualTo("h.jpg");
    }

    @Test
    void unknownFieldsAreKeptInExtraInFileOrder() throws IOException {
        write("a.md", "---\ntitle: x\npermalink: /p/1\ndraft: true\nexcerpt: short\nnested: {a: [1, 2]}\n---\n");
        PostMeta meta = only(scanner.scan(root));
        assertThat(meta.extra().keySet()).containsExactly("permalink", "draft", "excerpt", "nested");
        assertThat(meta.extra()).containsEntry("draft", true).containsEntry("nested", Map.of("a", List.of(1, 2)));
    }

    @Test
    void invalidAndEmptyDatesAreUndatedButKeepWhatWasWritten() throws IOException {
        write("invalid.md", "---\ntitle: i\ndate: Invalid Date\n---\n");
        write("empty.md", "---\ntitle: e\ndate:\n---\n");
        write("quoted.md", "---\ntitle: q\ndate: ''\n---\n");
        Map<String, PostMeta> byTitle = scanner.scan(root).posts().stream().collect(Collectors.toMap(PostMeta::title, m -> m));
        assertThat(byTitle).hasSize(3);
        assertThat(byTitle.values()).allSatisfy(meta -> assertThat(meta.date()).isNull());
        assertThat(byTitle.get("i").rawDate()).isEqualTo("Invalid Date");
        assertThat(byTitle.get("e").rawDate()).isNull();
        assertThat(byTitle.get("q").rawDate()).isEqualTo("");
    }

    @Test
    void unquotedYamlDateWithoutZoneIsLocalTimeNotUtc() throws IOException {
        write("a.md", "---\ndate: 2022-01-13 05:12:08\nupdated: 2022-01-14T05:12:08Z\n---\n");
        PostMeta meta = only(scanner.scan(root));
        assertThat(meta.date()).isEqualTo(Instant.parse("2022-01-12T21:12:08Z"));
        assertThat(meta.rawDate()).isEqualTo("2022-01-13 05:12:08");
        assertThat(meta.updated()).isEqualTo(Instant.parse("2022-01-14T05:12:08Z"));
    }

    // ---- which files are posts

    @Test
    void findsPostExtensionsInAnyCaseAndIgnoresOtherFiles() throws IOException {
        write("a.MD", "x");
        write("b.Markdown", "x");
        write("c.HTML", "x");
        write("d/e.htm", "x");
        write("d/image.png", "x");
        write("d/data.json", "{}");
        write("readme.txt", "x");
        write("f.md.bak", "x");
        ScanResult result = scanner.scan(root);
        assertThat(result.problems()).isEmpty();
        assertThat(paths(result)).containsExactlyInAnyOrder("a.MD", "b.Markdown", "c.HTML", "d/e.htm");
    }

    @Test
    void hiddenFoldersAndFilesAreSkipped() throws IOException {
        write(".git/x.md", "x");
        write("sub/.cache/y.md", "x");
        write(".hidden.md", "x");
        write("sub/seen.md", "x");
        assertThat(paths(scanner.scan(root))).containsExactly("sub/seen.md");
    }

    @Test
    void aHiddenRootIsStillScanned() throws IOException {
        write(".posts/a.md", "x");
        assertThat(paths(scanner.scan(root.resolve(".posts")))).containsExactly("a.md");
    }

    @Test
    void aFolderNamedLikeAPostIsAProblemAndItsPostsStillLoad() throws IOException {
        write("2022.md/inside.md", "---\ntitle: inside\n---\n");
        ScanResult result = scanner.scan(root);
        assertThat(reasonFor(result, "2022.md")).isEqualTo("a folder, not a post file");
        assertThat(paths(result)).containsExactly("2022.md/inside.md");
    }

    @Test
    void symbolicLinksInsideAreFollowedAndAFileReachedTwiceCountsOnce() throws IOException {
        Path real = write("real/a.md", "---\ntitle: a\n---\n");
        write("elsewhere/b.md", "---\ntitle: b\n---\n");
        symlink(root.resolve("link-to-real"), root.resolve("real"));
        symlink(root.resolve("alias.md"), real);
        symlink(root.resolve("real/linked"), root.resolve("elsewhere"));
        ScanResult result = scanner.scan(root);
        assertThat(result.problems()).isEmpty();
        assertThat(result.posts()).extracting(PostMeta::title).containsExactlyInAnyOrder("a", "b");
        assertThat(paths(result)).containsExactlyInAnyOrder("real/a.md", "elsewhere/b.md");
    }

    @Test
    void aFileIsListedUnderItsRealPlaceWhetherItsLinksComeBeforeOrAfterIt() throws IOException {
        Path real = write("m/real.md", "---\ntitle: real\n---\n");
        symlink(root.resolve("a-before.md"), real);
        symlink(root.resolve("z-after.md"), real);
        symlink(root.resolve("m/z-after-in-folder.md"), real);
        ScanResult result = scanner.scan(root);
        assertThat(result.problems()).isEmpty();
        assertThat(paths(result)).containsExactly("m/real.md");
    }

    @Test
    void aFileReachedOnlyThroughLinksIsListedOnceUnderTheFirstLinkInNameOrder() throws IOException {
        // a hidden folder is not walked: its file is reached through the links alone
        Path hidden = write(".kept/only.md", "---\ntitle: only\n---\n");
        symlink(root.resolve("b-second.md"), hidden);
        symlink(root.resolve("a-first.md"), hidden);
        write("c/plain.md", "---\ntitle: plain\n---\n");
        symlink(root.resolve("c/z-third.md"), hidden);
        ScanResult result = scanner.scan(root);
        assertThat(result.problems()).isEmpty();
        assertThat(paths(result)).containsExactlyInAnyOrder("a-first.md", "c/plain.md");
    }

    @Test
    void aLargeFolderIsListedWholeWithItsFoldersLinksAndProblems() throws IOException {
        // over FolderAttributes.WORTH_SHARING entries: their attributes are read from both ends at once
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String name = String.format("big/%03d.md", i);
            write(name, "---\ntitle: p" + i + "\n---\n");
            expected.add(name);
        }
        write("big/150/inside.md", "---\ntitle: inside\n---\n");
        expected.add("big/150/inside.md");
        Files.createDirectories(root.resolve("big/200.md.d.md"));
        symlink(root.resolve("big/000-alias.md"), root.resolve("big/299.md"));
        symlink(root.resolve("big/999-alias.md"), root.resolve("big/000.md"));
        symlink(root.resolve("big/500-gone.md"), root.resolve("big/nowhere.md"));
        ScanResult result = scanner.scan(root);
        assertThat(paths(result)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(result.problems()).extracting(PostProblem::relativePath).containsExactly("big/200.md.d.md", "big/500-gone.md");
    }

    @Test
    void linksOutsideTheFolderAreProblemsAndNothingBehindThemIsRead(@TempDir Path outside) throws IOException {
        // outside: a second temporary folder, beside the posts folder rather than in it
        Files.writeString(outside.resolve("out.md"), "---\ntitle: out\n---\n");
        write("in.md", "---\ntitle: in\n---\n");
        symlink(root.resolve("external"), outside);
        symlink(root.resolve("out.md"), outside.resolve("out.md"));
        symlink(root.resolve("out.png"), outside.resolve("out.md"));
        ScanResult result = scanner.scan(root);
        assertThat(paths(result)).containsExactly("in.md");
        assertThat(result.problems()).extracting(PostProblem::relativePath).containsExactlyInAnyOrder("external", "out.md");
        assertThat(reasonFor(result, "external")).isEqualTo("links outside the posts folder");
        assertThat(reasonFor(result, "out.md")).isEqualTo("links outside the posts folder");
    }

    @Test
    void aLoopFurtherDownALinkedFolderIsFoundToo() throws IOException {
        Path linked = Files.createDirectories(root.resolve("linked/sub"));
        Files.writeString(linked.resolve("p.md"), "x");
        symlink(linked.resolve("up"), root.resolve("linked"));
        symlink(root.resolve("ext"), root.resolve("linked"));
        ScanResult result = scanner.scan(root);
        assertThat(paths(result)).containsExactly("linked/sub/p.md");
        assertThat(reasonFor(result, "linked/sub/up")).startsWith("symbolic link loop");
    }

    @Test
    void aSymbolicLinkLoopIsAProblemAndTheScanEnds() throws IOException {
        write("a/post.md", "---\ntitle: p\n---\n");
        symlink(root.resolve("a/back-to-root"), root);
        symlink(root.resolve("self.md"), root.resolve("self.md"));
        ScanResult result = scanner.scan(root);
        assertThat(paths(result)).containsExactly("a/post.md");
        assertThat(reasonFor(result, "a/back-to-root")).startsWith("symbolic link loop");
        assertThat(reasonFor(result, "self.md")).isEqualTo("symbolic link loop");
    }

    @Test
    void aDanglingSymbolicLinkIsAProblem() throws IOException {
        symlink(root.resolve("gone.md"), root.resolve("nowhere.md"));
        symlink(root.resolve("gone.png"), root.resolve("nowhere.png"));
        write("ok.md", "x");
        ScanResult result = scanner.scan(root);
        assertThat(paths(result)).containsExactly("ok.md");
        assertThat(result.problems()).extracting(PostProblem::relativePath).containsExactly("gone.md");
        assertThat(reasonFor(result, "gone.md")).isEqualTo("broken symbolic link (its target does not exist)");
    }

    // ---- problems, each alone, the others still load

    @Test
    void unclosedFrontMatterIsAProblem() throws IOException {
        write("open.md", "\n---\ntitle: x\n\n<div>no closing line</div>\n");
        write("ok.md", "---\ntitle: ok\n---\n");
        ScanResult result = scanner.scan(root);
        assertThat(reasonFor(result, "open.md")).isEqualTo("front matter not closed (no closing --- line)");
        assertThat(paths(result)).containsExactly("ok.md");
    }

    @Test
    void brokenYamlIsAProblemNamingTheLine() throws IOException {
        write("bad.md", "\n---\ntitle: 'unclosed\ndate: x\n---\nbody\n");
        write("ok.md", "x");
        ScanResult result = scanner.scan(root);
        assertThat(reasonFor(result, "bad.md")).matches("YAML error at line \\d+: .*").doesNotContain("\n");
        assertThat(paths(result)).containsExactly("ok.md");
    }

    @Test
    void yamlGlobalTagIsAProblem() throws IOException {
        write("evil.md", "---\ntitle: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost:1/\"]]]]\n---\n");
        ScanResult result = scanner.scan(root);
        assertThat(result.posts()).isEmpty();
        assertThat(reasonFor(result, "evil.md")).startsWith("YAML error at line 2:");
    }

    @Test
    void gbkFileIsDecoded() throws IOException {
        String post = "\n---\ntitle: '谷歌低调了 5 年的 Fuchsia OS，终于有望面世了'\ncategories:\n - 新媒体\n - 三六氪\n---\n<div>正文内容</div>\n";
        write("gbk.md", post.getBytes(Charset.forName("GBK")));
        PostMeta meta = only(scanner.scan(root));
        assertThat(meta.title()).isEqualTo("谷歌低调了 5 年的 Fuchsia OS，终于有望面世了");
        assertThat(meta.categories()).containsExactly(List.of("新媒体", "三六氪"));
    }

    @Test
    void gbkFileWhoseHeadAloneCannotTellIsStillDecoded() throws IOException {
        String post = "---\ntitle: 你好\n---\n" + "<p>ascii filler</p>\n".repeat(1000)
                + "<p>这是一篇用国标码保存的旧文章，正文很长，内容应当正确显示，而不是乱码。</p>\n".repeat(100);
        write("gbk.md", post.getBytes(Charset.forName("GBK")));
        assertThat(only(scanner.scan(root)).title()).isEqualTo("你好");
    }

    @Test
    void textInAnotherEncodingIsAProblem() throws IOException {
        write("latin1.md", "---\ntitle: Le réseau du café, première édition à Paris\n---\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(reasonFor(scanner.scan(root), "latin1.md")).isEqualTo("not UTF-8 text (unknown encoding)");
    }

    @Test
    void binaryFileIsAProblem() throws IOException {
        write("image.md", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertThat(reasonFor(scanner.scan(root), "image.md")).isEqualTo("binary file (contains NUL bytes)");
    }

    @Test
    void emptyFilesAreProblems() throws IOException {
        write("zero.md", "");
        write("blank.md", "\uFEFF\n  \r\n");
        ScanResult result = scanner.scan(root);
        assertThat(result.posts()).isEmpty();
        assertThat(reasonFor(result, "zero.md")).isEqualTo("empty file");
        assertThat(reasonFor(result, "blank.md")).isEqualTo("empty file");
    }

    @Test
    void filesAndFrontMatterOverTheLimitsAreProblems() throws IOException {
        PostLimits small = new PostLimits(2000, 100, 50, 50, 1000);
        write("big.md", "---\ntitle: big\n---\n" + "x".repeat(3000));
        write("long.md", "---\ntitle: long\nsummary: " + "y".repeat(200) + "\n---\nbody");
        write("headless-long.md", "title: t\nsummary: " + "y".repeat(200) + "\n---\nbody");
        write("ok.md", "---\ntitle: ok\n---\n");
        ScanResult result = new PostScanner(small, SHANGHAI, 2).scan(root);
        assertThat(reasonFor(result, "big.md")).isEqualTo("file too large (2.9 KB; the limit is 2.0 KB)");
        assertThat(reasonFor(result, "long.md")).isEqualTo("front matter too large (over 100 bytes)");
        // without an opening line, too long to be front matter means it never was: a post with no metadata
        assertThat(result.posts()).extracting(PostMeta::title).containsExactlyInAnyOrder("ok", "headless-long");
    }

    @Test
    void frontMatterLongerThanTheFirstReadIsStillFound() throws IOException {
        write("a.md", "---\ntitle: long\nsummary: " + "长".repeat(100_000) + "\n---\nbody");
        PostMeta meta = only(scanner.scan(root));
        assertThat(meta.title()).isEqualTo("long");
        assertThat((String) meta.extra().get("summary")).hasSize(100_000);
    }

    @Test
    void unclosedFrontMatterBeyondTheLimitIsTooLarge() throws IOException {
        write("a.md", "---\ntitle: x\n" + "line\n".repeat(300_000));
        assertThat(reasonFor(scanner.scan(root), "a.md")).isEqualTo("front matter too large (over 1 MB)");
    }

    @Test
    void badBytesInTheBodyWithinTheFirstReadAreStillProblems() throws IOException {
        // the quick way decodes only the front matter, yet refuses what decoding the whole first read refuses
        byte[] head = "---\ntitle: bad\n---\n<p>正文</p>\n".getBytes(StandardCharsets.UTF_8);
        byte[] invalid = java.util.Arrays.copyOf(head, head.length + 7);
        System.arraycopy(new byte[]{(byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xA1, (byte) 0xFF, (byte) 0xFE, (byte) 0x80}, 0,
                invalid, head.length, 7);
        write("invalid.md", invalid);
        byte[] nul = java.util.Arrays.copyOf(head, head.length + 4);
        write("nul.md", nul);
        byte[] surrogate = java.util.Arrays.copyOf(head, head.length + 3);
        System.arraycopy(new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0, surrogate, head.length, 3);
        write("surrogate.md", surrogate);
        ScanResult result = scanner.scan(root);
        assertThat(result.posts()).isEmpty();
        assertThat(reasonFor(result, "invalid.md")).isEqualTo("not UTF-8 text (unknown encoding)");
        assertThat(reasonFor(result, "nul.md")).isEqualTo("binary file (contains NUL bytes)");
        assertThat(reasonFor(result, "surrogate.md")).isEqualTo("not UTF-8 text (unknown encoding)");
    }

    @Test
    void onlyTheFrontMatterIsRead() throws IOException {
        // the body holds bytes that a full read refuses; a scan never gets that far
        byte[] head = "---\ntitle: head only\n---\n".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[200_000];
        java.util.Arrays.fill(body, (byte) 'x');
        body[150_000] = 0;
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        write("a.md", all);
        assertThat(only(scanner.scan(root)).title()).isEqualTo("head only");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PostReader(SHANGHAI).read(root.resolve("a.md"), root))
                .hasMessage("binary file (contains NUL bytes)");
    }

    @Test
    void aLongSingleLineFileIsNotReadFarIn() throws IOException {
        // no line feed at all: the first line shows at once it opens no front matter, so the NUL far in is never met
        byte[] html = ("<html><body>" + "<p>段落</p>".repeat(200_000)).getBytes(StandardCharsets.UTF_8);
        html[100_000] = 0;
        write("minified.html", html);
        write("key-like.md", ("title " + "x".repeat(50_000) + " more").getBytes(StandardCharsets.UTF_8));
        ScanResult result = scanner.scan(root);
        assertThat(result.problems()).isEmpty();
        assertThat(result.posts()).extracting(PostMeta::title).containsExactlyInAnyOrder("minified", "key-like");
    }

    @Test
    void unreadableFileIsAProblem() throws IOException {
        Path secret = write("secret.md", "---\ntitle: s\n---\n");
        write("ok.md", "x");
        assumeThatCode(() -> Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------")))
                .as("POSIX permissions needed").doesNotThrowAnyException();
        try {
            assumeThat(Files.isReadable(secret)).as("running as root: chmod 000 does not stop reading, test skipped").isFalse();
            ScanResult result = scanner.scan(root);
            assertThat(reasonFor(result, "secret.md")).isEqualTo("permission denied");
            assertThat(paths(result)).containsExactly("ok.md");
        } finally {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void unreadableFolderIsAProblem() throws IOException {
        Path folder = Files.createDirectories(root.resolve("locked"));
        write("locked/x.md", "x");
        write("ok.md", "x");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("---------"));
        try {
            assumeThat(Files.isReadable(folder)).as("running as root: chmod 000 does not stop reading, test skipped").isFalse();
            ScanResult result = scanner.scan(root);
            assertThat(reasonFor(result, "locked")).isEqualTo("folder not readable: permission denied");
            assertThat(paths(result)).containsExactly("ok.md");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aMissingFolderIsOneProblem() {
        ScanResult result = scanner.scan(root.resolve("nope"));
        assertThat(result.posts()).isEmpty();
        assertThat(result.problems()).extracting(PostProblem::reason).containsExactly("folder not found");
    }

    @Test
    void randomBytesNeverEscapeAsAnException() throws IOException {
        java.util.Random random = new java.util.Random(20221122);
        String alphabet = "-+;:{}[]\"'&*!|>#\n ab1\t";
        String[] heads = {"", "---\n", "+++\n", ";;;\n", "title: x\n", "{\n", "\uFEFF---\n"};
        for (int i = 0; i < 300; i++) {
            byte[] noise = new byte[random.nextInt(400)];
            random.nextBytes(noise);
            if (i % 2 == 0) { // printable noise reaches the parsers instead of stopping at the decoder
                for (int j = 0; j < noise.length; j++) {
                    noise[j] = (byte) alphabet.charAt(Math.floorMod(noise[j], alphabet.length()));
                }
            }
            byte[] head = heads[i % heads.length].getBytes(StandardCharsets.UTF_8);
            byte[] all = java.util.Arrays.copyOf(head, head.length + noise.length);
            System.arraycopy(noise, 0, all, head.length, noise.length);
            write("noise/n" + i + ".md", all);
        }
        ScanResult result = scanner.scan(root);
        assertThat(result.posts().size() + result.problems().size()).isEqualTo(300);
        assertThat(result.problems()).allSatisfy(problem -> {
            assertThat(problem.reason()).isNotBlank().doesNotContain("\n").doesNotStartWith("unexpected error");
            assertThat(problem.reason().length()).isLessThan(200);
        });
        assertThat(result.posts()).allSatisfy(meta -> assertThat(meta.title()).isNotBlank());
    }

    // ---- order

    @Test
    void datedNewestFirstThenUndatedByModificationTimeThenPath() throws IOException {
        write("old.md", "---\ndate: 2020-01-01\n---\n");
        write("new.md", "---\ndate: Thu, 22 Sep 2022 08:01:12 GMT\n---\n");
        write("same-b.md", "---\ndate: 2021-06-01T00:00:00Z\n---\n");
        write("same-a.md", "---\ndate: 2021-06-01 08:00:00\n---\n"); // the same instant in Shanghai
        touch(write("undated-recent.md", "---\ndate: Invalid Date\n---\n"), "2023-01-02T00:00:00Z");
        touch(write("undated-old.md", "no front matter"), "2019-01-01T00:00:00Z");
        touch(write("undated-tie-b.md", "x"), "2022-01-01T00:00:00Z");
        touch(write("undated-tie-a.md", "x"), "2022-01-01T00:00:00Z");
        // dated posts' modification times must not matter
        touch(root.resolve("old.md"), "2030-01-01T00:00:00Z");
        assertThat(paths(scanner.scan(root))).containsExactly("new.md", "same-a.md", "same-b.md", "old.md",
                "undated-recent.md", "undated-tie-a.md", "undated-tie-b.md", "undated-old.md");
    }

    @Test
    void parallelScansGiveTheSameResult() throws IOException {
        for (int i = 0; i < 200; i++) {
            write("d" + (i % 7) + "/p" + i + ".md", i % 5 == 0 ? "---\ndate: Invalid Date\n---\n" : "---\ndate: 2021-01-01\n---\n");
        }
        write("bad.md", "---\nunclosed\n");
        ScanResult once = new PostScanner(PostLimits.DEFAULT, SHANGHAI, 1).scan(root);
        ScanResult again = new PostScanner(PostLimits.DEFAULT, SHANGHAI, 8).scan(root);
        assertThat(again).isEqualTo(once);
        assertThat(once.posts()).hasSize(200);
        assertThat(once.problems()).hasSize(1);
    }

    @Test
    void aFolderOfHostilePostsIsNeverWritten() throws Exception {
        write("evil.md", "---\ntitle: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost:1/\"]]]]\n---\n");
        StringBuilder laughs = new StringBuilder("---\nl0: &l0 [x, x]\n");
        for (int i = 1; i <= 30; i++) {
            laughs.append("l").append(i).append(": &l").append(i).append(" [*l").append(i - 1).append(", *l").append(i - 1).append("]\n");
        }
        write("laughs.md", laughs.append("---\n").toString());
        write("deep.md", "---\na: " + "[".repeat(5000) + "\n---\n");
        write("open.md", "---\ntitle: x\n");
        write("empty.md", "");
        write("gbk.md", "---\ntitle: 中文标题，旧文章的编码测试\n---\n正文内容\n".getBytes(Charset.forName("GBK")));
        write("nul.md", new byte[]{'a', 0, 'b'});
        write("escape.md", "---\ntitle: \u001b]52;c;aGk=\u0007 clipboard\n---\nbody"); // a post, its controls removed
        write("ok.md", "---\ntitle: \u202Eevil\n---\nbody");
        Files.createDirectories(root.resolve("dir.md"));
        symlink(root.resolve("dangling.md"), root.resolve("none"));
        symlink(root.resolve("loop"), root);
        touch(root.resolve("ok.md"), "2020-01-01T00:00:00Z");
        Map<String, String> before = fingerprint(root);

        ScanResult result = scanner.scan(root);
        PostReader reader = new PostReader(SHANGHAI);
        for (PostMeta meta : result.posts()) {
            reader.read(meta.path(), root);
        }
        for (PostProblem problem : result.problems()) {
            try {
                reader.read(problem.path(), root);
            } catch (PostException expected) {
                assertThat(expected.getMessage()).isNotBlank().doesNotContain("\n");
            }
        }

        assertThat(fingerprint(root)).isEqualTo(before);
        assertThat(result.posts()).extracting(PostMeta::relativePath).containsExactlyInAnyOrder("escape.md", "gbk.md", "ok.md");
        assertThat(result.posts()).extracting(PostMeta::title).contains("]52;c;aGk= clipboard");
        assertThat(result.problems()).extracting(PostProblem::relativePath).containsExactlyInAnyOrder(
                "evil.md", "laughs.md", "deep.md", "open.md", "empty.md", "nul.md", "dir.md", "dangling.md", "loop");
        assertThat(result.problems()).allSatisfy(problem -> assertThat(problem.reason()).doesNotContainPattern("\\p{Cc}"));
    }

    /** Every entry below a folder with its size, modification time and content hash. */
    private static Map<String, String> fingerprint(Path folder) throws Exception {
        Map<String, String> prints = new java.util.TreeMap<>();
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        try (var walk = Files.walk(folder)) {
            for (Path path : walk.toList()) {
                String key = folder.relativize(path).toString();
                if (Files.isSymbolicLink(path)) {
                    prints.put(key, "link " + Files.readSymbolicLink(path));
                } else if (Files.isRegularFile(path)) {
                    prints.put(key, Files.size(path) + " " + Files.getLastModifiedTime(path).toMillis() + " "
                            + java.util.HexFormat.of().formatHex(sha.digest(Files.readAllBytes(path))));
                } else {
                    prints.put(key, "folder " + Files.getLastModifiedTime(path).toMillis());
                }
            }
        }
        return prints;
    }

    private static void touch(Path file, String instant) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(instant)));
    }

    private static void symlink(Path link, Path target) throws IOException {
        assumeThatCode(() -> Files.createSymbolicLink(link, target)).as("symbolic links not supported here")
                .doesNotThrowAnyException();
    }
}
