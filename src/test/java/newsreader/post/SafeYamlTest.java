package newsreader.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SafeYamlTest {
    private final SafeYaml yaml = new SafeYaml(PostLimits.DEFAULT);

    @Test
    void unquotedTimestampsStayText() throws PostException {
        Map<String, Object> fields = yaml.load("date: 2022-01-13 05:12:08\nupdated: 2021-10-10\niso: 2022-09-22T08:01:12Z\n", 1);
        assertThat(fields).containsEntry("date", "2022-01-13 05:12:08")
                .containsEntry("updated", "2021-10-10")
                .containsEntry("iso", "2022-09-22T08:01:12Z");
    }

    @Test
    void wordsStayWordsAsInYaml12() throws PostException {
        Map<String, Object> fields = yaml.load("a: yes\nb: off\nc: true\nd: 11:06\ne: 42\nf: 1.5\ng: ~\n", 1);
        assertThat(fields).containsEntry("a", "yes").containsEntry("b", "off").containsEntry("c", true)
                .containsEntry("d", "11:06").containsEntry("e", 42).containsEntry("f", 1.5).containsEntry("g", null);
    }

    @Test
    void duplicateKeysAreAllowedAndTheLastWins() throws PostException {
        assertThat(yaml.load("title: one\ntitle: two\n", 1)).containsEntry("title", "two");
    }

    @Test
    void keysKeepFileOrderAndBecomeText() throws PostException {
        Map<String, Object> fields = yaml.load("b: 1\na: 2\n2022: x\n", 1);
        assertThat(fields.keySet()).containsExactly("b", "a", "2022");
    }

    @Test
    void globalTagsInstantiateNothing() {
        String attack = "title: x\nengine: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]\n";
        assertThatThrownBy(() -> yaml.load(attack, 2))
                .isInstanceOf(PostException.class)
                .hasMessageStartingWith("YAML error at line 3:")
                .hasMessageContaining("javax.script.ScriptEngineManager")
                .hasMessageNotContaining("\n");
    }

    @Test
    void explicitGlobalTagIsRefused() {
        assertThatThrownBy(() -> yaml.load("x: !<tag:example.com,2000:app/thing> 1\n", 1))
                .isInstanceOf(PostException.class).hasMessageStartingWith("YAML error");
    }

    @Test
    @Timeout(10)
    void billionLaughsIsStopped() {
        StringBuilder attack = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char p = (char) (c - 1);
            attack.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append("]\n");
        }
        assertThatThrownBy(() -> yaml.load(attack.toString(), 1)).isInstanceOf(PostException.class)
                .hasMessageContaining("alias");
    }

    @Test
    @Timeout(10)
    void fewAliasesExpandingHugelyAreStopped() {
        // 2 aliases per level stays under the alias limit but doubles at each of 24 levels
        StringBuilder attack = new StringBuilder("l0: &l0 [x, x]\n");
        for (int i = 1; i <= 24; i++) {
            attack.append("l").append(i).append(": &l").append(i).append(" [*l").append(i - 1).append(", *l").append(i - 1).append("]\n");
        }
        assertThatThrownBy(() -> yaml.load(attack.toString(), 1)).isInstanceOf(PostException.class)
                .hasMessageContaining("too large once expanded");
    }

    @Test
    void theAliasLimitIsTheOneGiven() throws PostException {
        SafeYaml strict = new SafeYaml(new PostLimits(1 << 20, 1 << 20, 2, 50, 1000));
        String twoAliases = "a: &a [x]\nb: *a\nc: *a\n";
        assertThat(strict.load(twoAliases, 1)).containsEntry("c", List.of("x"));
        assertThatThrownBy(() -> strict.load(twoAliases + "d: *a\n", 1)).isInstanceOf(PostException.class)
                .hasMessageContaining("aliases");
    }

    @Test
    void theNestingLimitIsTheOneGiven() throws PostException {
        SafeYaml strict = new SafeYaml(new PostLimits(1 << 20, 1 << 20, 50, 5, 1000));
        assertThat(strict.load("a: [[[1]]]\n", 1)).containsKey("a");
        assertThatThrownBy(() -> strict.load("a: [[[[[[[1]]]]]]]\n", 1)).isInstanceOf(PostException.class);
    }

    @Test
    void deepNestingIsStopped() {
        String attack = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        assertThatThrownBy(() -> yaml.load(attack, 1)).isInstanceOf(PostException.class).hasMessageContaining("YAML");
    }

    @Test
    void aSelfContainingListIsStopped() {
        assertThatThrownBy(() -> yaml.load("a: &a [*a]\n", 1)).isInstanceOf(PostException.class);
    }

    @Test
    void errorsNameTheFileLineOnOneLine() {
        assertThatThrownBy(() -> yaml.load("title: x\ndate: [unclosed\nauthor: y\n", 5))
                .isInstanceOf(PostException.class)
                .satisfies(e -> assertThat(e.getMessage()).matches("YAML error at line \\d+: .*").doesNotContain("\n"));
        assertThatThrownBy(() -> yaml.load("title: x\n  bad: indent: here\n", 3))
                .hasMessageStartingWith("YAML error at line 4:");
    }

    @Test
    void controlCharactersAreRefusedWithTheirLine() {
        assertThatThrownBy(() -> yaml.load("title: ok\nx: \u001b]52;c;aGk=\u0007\n", 2))
                .isInstanceOf(PostException.class).hasMessage("YAML error at line 3: character U+001B not allowed");
    }

    @Test
    void aScalarOrListIsNotASetOfFields() {
        assertThatThrownBy(() -> yaml.load("just text\n", 1)).hasMessage("front matter is not a set of fields (found a single value)");
        assertThatThrownBy(() -> yaml.load("- a\n- b\n", 1)).hasMessage("front matter is not a set of fields (found a list)");
    }

    @Test
    void emptyFrontMatterHasNoFields() throws PostException {
        assertThat(yaml.load("", 1)).isEmpty();
        assertThat(yaml.load("# only a comment\n", 1)).isEmpty();
    }

    @Test
    void loadedValuesCannotBeChanged() throws PostException {
        Map<String, Object> fields = yaml.load("tags: [a, b]\n", 1);
        assertThatThrownBy(() -> fields.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        @SuppressWarnings("unchecked")
        List<Object> tags = (List<Object>) fields.get("tags");
        assertThatThrownBy(() -> tags.add("c")).isInstanceOf(UnsupportedOperationException.class);
    }
}
