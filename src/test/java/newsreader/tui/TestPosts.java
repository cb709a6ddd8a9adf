package newsreader.tui;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import newsreader.post.BodyFormat;
import newsreader.post.PostMeta;
import newsreader.post.PostProblem;
import newsreader.reading.Library;

/** Builds post metadata for tests without reading any file. */
final class TestPosts {
    static final Path ROOT = Path.of("/posts");

    private TestPosts() {
    }

    /** A post dated {@code date} (ISO instant, or null for undated) filed under one category path. */
    static PostMeta post(String relativePath, String title, String date, String... category) {
        List<List<String>> categories = category.length == 0 ? List.of() : List.of(Arrays.asList(category));
        return new PostMeta(ROOT.resolve(relativePath), relativePath, title,
                date == null ? null : Instant.parse(date), date, null, categories, List.of(), null, null,
                BodyFormat.MARKDOWN, 0L, 100L, Map.of());
    }

    static PostMeta withImage(PostMeta p, String image) {
        return new PostMeta(p.path(), p.relativePath(), p.title(), p.date(), p.rawDate(), p.updated(),
                p.categories(), p.tags(), p.author(), image, p.format(), p.modified(), p.size(), p.extra());
    }

    static PostMeta withCategories(PostMeta p, List<List<String>> categories) {
        return new PostMeta(p.path(), p.relativePath(), p.title(), p.date(), p.rawDate(), p.updated(),
                categories, p.tags(), p.author(), p.image(), p.format(), p.modified(), p.size(), p.extra());
    }

    static Library library(List<PostMeta> posts, PostProblem... problems) {
        return new Library(ROOT, posts, List.of(problems));
    }

    /** The state-store identity of the sample library's post at {@code relativePath}. */
    static String id(String relativePath) {
        return sample().posts().stream().filter(p -> p.relativePath().equals(relativePath)).findFirst()
                .map(Library::idOf).orElseThrow();
    }

    /** The sample library most tests use: Chinese and ASCII titles, nested categories, one undated post. */
    static Library sample() {
        List<PostMeta> posts = new ArrayList<>();
        posts.add(post("a.md", "国产独立游戏《雾港来信》宣布跳票", "2024-05-03T10:00:00Z", "新媒体", "cnBeta", "最新"));
        posts.add(post("b.md", "Spring Boot startup", "2024-05-02T10:00:00Z", "编程", "Java"));
        posts.add(post("c.md", "笔记本智能充电固件", "2024-05-01T10:00:00Z", "新媒体", "cnBeta", "热门"));
        posts.add(post("d.md", "Weekly notes", "2024-04-30T10:00:00Z", "新媒体", "IT之家"));
        posts.add(post("e.md", "没有日期的文章", null, "随笔"));
        return library(posts, new PostProblem(ROOT.resolve("bad.md"), "bad.md", "front matter has no closing ---"));
    }
}
