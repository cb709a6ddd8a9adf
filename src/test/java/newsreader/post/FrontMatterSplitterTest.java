package newsreader.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import newsreader.post.FrontMatterSplitter.Absent;
import newsreader.post.FrontMatterSplitter.Found;
import newsreader.post.FrontMatterSplitter.Incomplete;
import newsreader.post.FrontMatterSplitter.Split;
import org.junit.jupiter.api.Test;

class FrontMatterSplitterTest {
    private final FrontMatterSplitter splitter = new FrontMatterSplitter(1 << 20);

    private Found found(String text) throws PostException {
        Split split = splitter.split(text, true);
        assertThat(split).isInstanceOf(Found.class);
        return (Found) split;
    }

    @Test
    void yamlBetweenDashLinesAfterALeadingBlankLine() throws PostException {
        String text = "\n---\ntitle: 'x'\ndate: Invalid Date\n---\n\n<div>body</div>";
        Found found = found(text);
        assertThat(found.syntax()).isEqualTo(FrontMatterSyntax.YAML);
        assertThat(found.content()).isEqualTo("title: 'x'\ndate: Invalid Date\n");
        assertThat(found.firstLine()).isEqualTo(3);
        assertThat(found.delimited()).isTrue();
        assertThat(text.substring(found.bodyStart())).isEqualTo("\n<div>body</div>");
    }

    @Test
    void crlfLinesAndTrailingBlanksOnDelimiters() throws PostException {
        String text = "---  \r\ntitle: x\r\n---\r\nbody\r\n";
        Found found = found(text);
        assertThat(found.content()).isEqualTo("title: x\r\n");
        assertThat(text.substring(found.bodyStart())).isEqualTo("body\r\n");
    }

    @Test
    void tomlBetweenPlusLines() throws PostException {
        Found found = found("+++\ntitle = \"x\"\n+++\nbody");
        assertThat(found.syntax()).isEqualTo(FrontMatterSyntax.TOML);
        assertThat(found.content()).isEqualTo("title = \"x\"\n");
    }

    @Test
    void jsonBetweenSemicolonLines() throws PostException {
        Found found = found(";;;\n{\"title\": \"x\"}\n;;;\nbody");
        assertThat(found.syntax()).isEqualTo(FrontMatterSyntax.JSON);
        assertThat(found.content()).isEqualTo("{\"title\": \"x\"}\n");
    }

    @Test
    void jsonObjectFollowedBySemicolons() throws PostException {
        String text = "{\"title\": \"x\"}\n;;;\nbody";
        Found found = found(text);
        assertThat(found.syntax()).isEqualTo(FrontMatterSyntax.JSON);
        assertThat(found.delimited()).isFalse();
        assertThat(found.content()).isEqualTo("{\"title\": \"x\"}\n");
        assertThat(text.substring(found.bodyStart())).isEqualTo("body");
    }

    @Test
    void yamlWithoutOpeningLineIsACandidate() throws PostException {
        String text = "title: x\ndate: 2021-10-10\n---\nbody";
        Found found = found(text);
        assertThat(found.syntax()).isEqualTo(FrontMatterSyntax.YAML);
        assertThat(found.delimited()).isFalse();
        assertThat(found.firstLine()).isEqualTo(1);
        assertThat(text.substring(found.bodyStart())).isEqualTo("body");
    }

    @Test
    void yamlWithoutOpeningLineWithCrlf() throws PostException {
        Found found = found("title: x\r\ndate: 2021-10-10\r\n---\r\nbody");
        assertThat(found.content()).isEqualTo("title: x\r\ndate: 2021-10-10\r\n");
    }

    @Test
    void markdownWithARuleIsNotFrontMatter() throws PostException {
        assertThat(splitter.split("# Heading\n\nText\n\n---\n\nMore", true)).isInstanceOf(Absent.class);
        assertThat(splitter.split("<div>html</div>\n---\n", true)).isInstanceOf(Absent.class);
    }

    @Test
    void keyLikeFirstLineWithoutAnyRuleIsNotFrontMatter() throws PostException {
        assertThat(splitter.split("Note: this post has no front matter\nat all\n", true)).isInstanceOf(Absent.class);
    }

    @Test
    void unclosedFrontMatterIsAProblem() {
        assertThatThrownBy(() -> splitter.split("---\ntitle: x\nbody\n", true))
                .isInstanceOf(PostException.class).hasMessage("front matter not closed (no closing --- line)");
        assertThatThrownBy(() -> splitter.split("+++\ntitle = 1\n---\n", true))
                .hasMessage("front matter not closed (no closing +++ line)");
    }

    @Test
    void aHeadCutShortAsksForMore() throws PostException {
        assertThat(splitter.split("---\ntitle: x\n", false)).isEqualTo(new Incomplete(true));
        assertThat(splitter.split("\n\n", false)).isEqualTo(new Incomplete(false));
        // the last line of a head may be cut: "--" could become "---" or "--x"
        assertThat(splitter.split("---\ntitle: x\n---", false)).isEqualTo(new Incomplete(true));
    }

    @Test
    void blankTextHasNoFrontMatter() throws PostException {
        assertThat(splitter.split("", true)).isInstanceOf(Absent.class);
        assertThat(splitter.split("\n  \n", true)).isInstanceOf(Absent.class);
    }

    @Test
    void closingLineMustMatchTheOpeningKind() throws PostException {
        Found found = found("---\na: 1\n+++\nb: 2\n---\nbody");
        assertThat(found.content()).isEqualTo("a: 1\n+++\nb: 2\n");
    }

    @Test
    void frontMatterLongerThanTheLimitIsRefusedEvenInAHead() {
        FrontMatterSplitter small = new FrontMatterSplitter(20);
        String longYaml = "---\na: 1\nb: " + "x".repeat(30) + "\nc: 2\n";
        assertThatThrownBy(() -> small.split(longYaml, false)).hasMessage("front matter too large (over 20 bytes)");
        assertThatThrownBy(() -> small.split(longYaml + "---\n", true)).hasMessage("front matter too large (over 20 bytes)");
    }

    @Test
    void headlessCandidateLongerThanTheLimitIsNoFrontMatter() throws PostException {
        FrontMatterSplitter small = new FrontMatterSplitter(20);
        assertThat(small.split("a: 1\nb: " + "x".repeat(30) + "\nc: 2\n---\nbody", true)).isInstanceOf(Absent.class);
    }
}
