package newsreader.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import newsreader.testing.Property;
import org.junit.jupiter.api.Test;

class SimpleYamlTest {
    private final SimpleYaml simple = new SimpleYaml();
    private final SafeYaml snake = new SafeYaml(PostLimits.DEFAULT);

    private static final String[] KEYS = {"title", "date", "categories", "tags", "author", "headimg", "comments", "on",
        "true", "True", "null", "Yes", "a.b", "a-b", "_x", "x1", "key with space", "ключ", "<<", "=", "1", "~"};
    private static final String[] VALUES = {"", " ", "plain", "two  words", "Thu, 22 Sep 2022 08:01:12 GMT",
        "2021-10-10 11:06:15", "2021-10-10", "2022-09-22T08:01:12.000Z", "Invalid Date", "yes", "No", "off", "true",
        "FALSE", "True", "null", "~", "Null", "NULL", "123", "-7", "0", "-0", "007", "0x1F", "0o17", "0b101", "1_000",
        "1.5", ".inf", ".NaN", "1e3", "12:30", "11:06:15", "+5", "'quoted'", "'it''s'", "''", "'unclosed", "'a' b",
        "'a' # c", "\"dq\"", "\"\"", "\"with \\\" escape\"", "\"a\" \"b\"", "\"unclosed", "a: b", "a #c", "a#b", "#c",
        "[a, b]", "{a: 1}", "a, b", "a [b] {c}", "&anchor x", "*alias", "!tag x", "!!str 5", "| block", "> folded",
        "%x", "@x", "`x", "- item", "-x", "?x", ":x", "x:", "a:b", "标题　", "　", "要求美国_闭嘴_", "a\u2028b",
        "a\u0085b", "ctl\u001bx", "del\u007f", "9999999999", "99999999999999999999", "-2147483648", "2147483648",
        "ü", "😀", "'😀 emoji'", "https://x/a.webp?x=1&y=2", "'https://x/a.webp'", "<<", "=", "It's", "a'b",
        "\u202Eevil", "\uFEFFbom"};

    /** What real front matters hold: half the values are drawn from these, so that many inputs take the simple way. */
    private static final String[] ORDINARY = {"plain", "两个 词", "Thu, 22 Sep 2022 08:01:12 GMT", "2021-10-10 11:06:15",
        "Invalid Date", "'quoted, with: colon'", "'it''s'", "\"dq\"", "false", "true", "42", "-1", "null", "",
        "'https://img.ithome.com/a.jpg'", "IT 之家", "a, b", "It's"};

    private static String pick(Random random, String[] options) {
        String[] from = options == VALUES && random.nextBoolean() ? ORDINARY : options;
        return from[random.nextInt(from.length)];
    }

    private static String frontMatter(Random random) {
        StringBuilder text = new StringBuilder();
        String newline = random.nextInt(5) == 0 ? "\r\n" : "\n";
        int lines = 1 + random.nextInt(7);
        for (int i = 0; i < lines; i++) {
            int kind = random.nextInt(20);
            String key = random.nextInt(4) == 0 ? pick(random, KEYS) : "k" + (random.nextInt(6) == 0 ? 0 : i);
            if (kind < 11) {
                text.append(key).append(':').append(random.nextInt(6) == 0 ? "" : " ").append(pick(random, VALUES));
            } else if (kind < 16) {
                text.append(key).append(':').append(random.nextBoolean() ? " " : "");
                int indent = random.nextInt(3);
                for (int item = 0; item < 1 + random.nextInt(4); item++) {
                    int itemIndent = random.nextInt(15) == 0 ? random.nextInt(3) : indent;
                    text.append(newline).append(" ".repeat(itemIndent)).append('-')
                            .append(random.nextInt(8) == 0 ? "" : " " + pick(random, VALUES));
                }
            } else if (kind == 16) {
                text.append("# a comment");
            } else if (kind == 17) {
                text.append(random.nextBoolean() ? "" : "   ");
            } else if (kind == 18) {
                text.append("  continued ").append(pick(random, VALUES));
            } else {
                text.append(key).append(":\t").append(pick(random, VALUES));
            }
            text.append(newline);
        }
        return text.toString();
    }

    @Test
    void whatTheSimpleReaderAcceptsSnakeYamlReadsTheSame() {
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger tried = new AtomicInteger();
        Property.forAll("simple YAML agrees with SnakeYAML", 4000, SimpleYamlTest::frontMatter, content -> {
            tried.incrementAndGet();
            Map<String, Object> fast = simple.read(content);
            if (fast == null) {
                return;
            }
            accepted.incrementAndGet();
            assertThatCode(() -> snake.loadWithSnakeYaml(content, 1)).as("SnakeYAML reads it too").doesNotThrowAnyException();
            try {
                assertThat(FieldValues.fieldsOf(fast, PostLimits.DEFAULT)).isEqualTo(snake.loadWithSnakeYaml(content, 1));
                assertThat(typesOf(fast)).isEqualTo(typesOf(snake.loadWithSnakeYaml(content, 1)));
            } catch (PostException e) {
                throw new AssertionError(e);
            }
        }, Property.strings());
        assertThat(accepted.get()).as("the simple form is common: %d of %d", accepted.get(), tried.get())
                .isGreaterThan(tried.get() / 20); // hundreds of agreeing cases: the rest mix in something unusual
    }

    /** Integer 5 and Long 5 are not equal, but to be sure: the class of every value, in order. */
    private static String typesOf(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder types = new StringBuilder("{");
            map.forEach((k, v) -> types.append(k).append('=').append(typesOf(v)).append(','));
            return types.append('}').toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(SimpleYamlTest::typesOf).toList().toString();
        }
        return value == null ? "null" : value.getClass().getSimpleName();
    }

    @Test
    void theArchiveFormIsReadWithoutSnakeYaml() throws PostException {
        String archive = "title: '要求美国_闭嘴_'\ncategories: \n - 新媒体\n - PMCAFF\n - 今日推荐 / 精选\n"
                + "headimg: 'https://picsum.photos/400/300?random=8366'\nauthor: PMCAFF\ncomments: false\n"
                + "date: Thu, 22 Sep 2022 08:01:12 GMT\nthumbnail: 'https://x/t.jpg'\n";
        Map<String, Object> fields = simple.read(archive);
        assertThat(fields).isNotNull();
        assertThat(fields.get("categories")).isEqualTo(List.of("新媒体", "PMCAFF", "今日推荐 / 精选"));
        assertThat(fields.get("comments")).isEqualTo(false);
        assertThat(fields.get("date")).isEqualTo("Thu, 22 Sep 2022 08:01:12 GMT");
        assertThat(FieldValues.fieldsOf(fields, PostLimits.DEFAULT)).isEqualTo(snake.loadWithSnakeYaml(archive, 1));
    }

    @Test
    void everyFrontMatterOfTheRealCorpusIsReadTheSameBothWays() throws IOException, PostException {
        Path corpus = Path.of("../shared/corpus/real");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(corpus), "../shared/corpus/real not present");
        FrontMatterSplitter splitter = new FrontMatterSplitter(PostLimits.DEFAULT.maxFrontMatterChars());
        int simpleOnes = 0;
        int all = 0;
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(file);
                if (splitter.split(text.startsWith("\uFEFF") ? text.substring(1) : text, true)
                        instanceof FrontMatterSplitter.Found found && found.syntax() == FrontMatterSyntax.YAML) {
                    all++;
                    Map<String, Object> fast = simple.read(found.content());
                    if (fast != null) {
                        simpleOnes++;
                        assertThat(FieldValues.fieldsOf(fast, PostLimits.DEFAULT)).as(file.toString())
                                .isEqualTo(snake.loadWithSnakeYaml(found.content(), 1));
                    }
                }
            }
        }
        assertThat(simpleOnes).as("most real front matters take the simple way").isGreaterThan(all * 8 / 10);
    }
}
