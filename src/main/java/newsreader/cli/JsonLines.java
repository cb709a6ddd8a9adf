package newsreader.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsreader.config.InterfaceLanguage;
import newsreader.post.PostMeta;
import newsreader.post.PostProblem;

/** {@code list --json}: one JSON object a line, posts and problems alike, written by {@link SafeJson}. */
final class JsonLines {
    private final SafeJson json = new SafeJson();
    private final PrintWriter out;

    JsonLines(PrintWriter out) {
        this.out = out;
    }

    void post(PostMeta post) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("path", post.path().toString());
        row.put("title", post.title());
        row.put("date", post.date() == null ? null : post.date().toString());
        row.put("undated", post.undated());
        row.put("categories", post.categories());
        row.put("tags", post.tags());
        row.put("author", post.author());
        row.put("image", post.image());
        row.put("problem", null);
        write(row);
    }

    void problem(PostProblem problem) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("path", problem.path().toString());
        row.put("title", null);
        row.put("date", null);
        row.put("undated", true);
        row.put("categories", List.of());
        row.put("tags", List.of());
        row.put("author", null);
        row.put("image", null);
        // Read by programs: the same English words whatever language the interface speaks.
        row.put("problem", problem.why().text(InterfaceLanguage.ENGLISH));
        write(row);
    }

    private void write(Map<String, Object> row) {
        out.println(json.line(row));
    }
}
