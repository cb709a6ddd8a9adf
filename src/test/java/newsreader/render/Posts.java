package newsreader.render;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import newsreader.post.BodyFormat;
import newsreader.post.Post;
import newsreader.post.PostMeta;

/** Posts built in memory for rendering tests. */
final class Posts {
    private Posts() {
    }

    static PostMeta meta(String title, BodyFormat format) {
        return new PostMeta(Path.of("/posts/t.md"), "t.md", title, Instant.parse("2022-02-22T03:33:04Z"), "Tue, 22 Feb 2022 03:33:04 GMT",
                null, List.of(List.of("新媒体", "cnBeta", "最新")), List.of(), "cnBeta",
                "https://img.example/head.webp", format, 0L, 0L, Map.of());
    }

    static Post html(String body) {
        return new Post(meta("标题", BodyFormat.HTML), body);
    }

    static Post markdown(String body) {
        return new Post(meta("Title", BodyFormat.MARKDOWN), body);
    }
}
