package newsreader.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonAndTomlFrontMatterTest {
    private final JsonFrontMatter json = new JsonFrontMatter(PostLimits.DEFAULT);
    private final TomlFrontMatter toml = new TomlFrontMatter(PostLimits.DEFAULT);

    @Test
    void jsonObject() throws PostException {
        Map<String, Object> fields = json.load("{\"title\": \"你好\", \"tags\": [\"a\", 1], \"n\": 2}", 2);
        assertThat(fields).containsEntry("title", "你好").containsEntry("tags", List.of("a", 1)).containsEntry("n", 2);
    }

    @Test
    void hexoJsonWithoutBraces() throws PostException {
        Map<String, Object> fields = json.load("\"title\": \"Hello World\",\n\"date\": \"2013/7/13 20:46:25\"\n", 1);
        assertThat(fields).containsEntry("title", "Hello World").containsEntry("date", "2013/7/13 20:46:25");
    }

    @Test
    void jsonErrorNamesTheFileLine() {
        assertThatThrownBy(() -> json.load("{\n\"title\": \"x\",\n\"date\" 1\n}", 3))
                .isInstanceOf(PostException.class).hasMessageStartingWith("JSON error at line 5:")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void jsonDeepNestingIsStopped() {
        assertThatThrownBy(() -> json.load("{\"a\": " + "[".repeat(5000) + "]".repeat(5000) + "}", 1))
                .isInstanceOf(PostException.class).hasMessageStartingWith("JSON error");
    }

    @Test
    void jsonThatIsNotAnObjectIsRefused() {
        // without braces Hexo's form is read as the inside of an object, where a list cannot stand
        assertThatThrownBy(() -> json.load("[1, 2]", 1)).isInstanceOf(PostException.class).hasMessageStartingWith("JSON error at line 1:");
        assertThatThrownBy(() -> json.load("{\"a\": 1} {\"b\": 2}", 1)).isInstanceOf(PostException.class);
    }

    @Test
    void tomlWithDatesAsText() throws PostException {
        Map<String, Object> fields = toml.load("title = \"x\"\ndate = 2022-09-22T08:01:12+08:00\ntags = [\"a\", \"b\"]\n"
                + "[params]\nauthor = \"me\"\n", 2);
        assertThat(fields).containsEntry("title", "x").containsEntry("tags", List.of("a", "b"))
                .containsEntry("params", Map.of("author", "me"));
        assertThat(String.valueOf(fields.get("date"))).isEqualTo("2022-09-22T08:01:12+08:00");
    }

    @Test
    void tomlErrorNamesTheFileLine() {
        assertThatThrownBy(() -> toml.load("title = \"x\"\ndate = = 1\n", 2))
                .isInstanceOf(PostException.class).hasMessageStartingWith("TOML error at line 3:");
    }

    @Test
    void tomlDeepNestingIsStopped() {
        assertThatThrownBy(() -> toml.load("a = " + "[".repeat(20000) + "]".repeat(20000) + "\n", 1))
                .isInstanceOf(PostException.class).hasMessageStartingWith("TOML");
    }
}
