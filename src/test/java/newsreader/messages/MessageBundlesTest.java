package newsreader.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import newsreader.reading.ChineseScript;
import newsreader.text.HanFolding;
import org.junit.jupiter.api.Test;

/**
 * Every bundle of the interface's words is complete in every language: the same keys, each message a valid pattern
 * with the same places, Simplified written in Simplified characters and Traditional in Traditional ones.
 */
class MessageBundlesTest {
    static final Path FOLDER = Path.of("src/main/resources/newsreader/messages");
    static final List<String> TRANSLATIONS = List.of("zh_Hans", "zh_Hant");
    /** {@code {0}}, {@code {1,number,integer}}, {@code {0,choice,…}}: the argument a place takes. */
    private static final Pattern PLACE = Pattern.compile("\\{(\\d+)");

    static List<String> bundleNames() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".properties") && !n.contains("_zh_"))
                    .map(n -> n.substring(0, n.length() - ".properties".length()))
                    .sorted().toList();
        }
    }

    static Properties load(String bundle, String suffix) throws IOException {
        Properties p = new Properties();
        Path file = FOLDER.resolve(bundle + (suffix.isEmpty() ? "" : "_" + suffix) + ".properties");
        assertThat(file).as("every bundle exists in every language").exists();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void everyKeyExistsInEveryLanguage() throws IOException {
        assertThat(bundleNames()).contains("common");
        for (String bundle : bundleNames()) {
            Set<String> english = load(bundle, "").stringPropertyNames();
            for (String translation : TRANSLATIONS) {
                assertThat(load(bundle, translation).stringPropertyNames())
                        .as("%s_%s has the keys of %s, no more, no fewer", bundle, translation, bundle)
                        .containsExactlyInAnyOrderElementsOf(english);
            }
        }
    }

    @Test
    void everyMessageIsAPatternWithTheSamePlacesInEveryLanguage() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : bundleNames()) {
            Properties english = load(bundle, "");
            for (String translation : TRANSLATIONS) {
                Properties translated = load(bundle, translation);
                for (String key : english.stringPropertyNames()) {
                    String theirs = translated.getProperty(key);
                    if (theirs == null) {
                        continue;
                    }
                    try {
                        new MessageFormat(theirs);
                        new MessageFormat(english.getProperty(key));
                    } catch (IllegalArgumentException e) {
                        problems.add(bundle + "_" + translation + " " + key + ": " + e.getMessage());
                        continue;
                    }
                    if (!places(theirs).equals(places(english.getProperty(key)))) {
                        problems.add(bundle + "_" + translation + " " + key + ": places " + places(theirs)
                                + " where English has " + places(english.getProperty(key)));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void simplifiedIsWrittenInSimplifiedAndTraditionalInTraditional() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : bundleNames()) {
            Properties simplified = load(bundle, "zh_Hans");
            Properties traditional = load(bundle, "zh_Hant");
            for (String key : simplified.stringPropertyNames()) {
                String text = simplified.getProperty(key);
                if (!HanFolding.fold(text).equals(text)) {
                    problems.add(bundle + "_zh_Hans " + key + ": Traditional characters in " + text);
                }
            }
            for (String key : traditional.stringPropertyNames()) {
                String text = traditional.getProperty(key);
                if (!ChineseScript.TRADITIONAL.convert(text).equals(text)) {
                    problems.add(bundle + "_zh_Hant " + key + ": Simplified characters in " + text
                            + " (Traditional: " + ChineseScript.TRADITIONAL.convert(text) + ")");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void messagesFormatInTheLanguageSpoken() {
        Messages common = Messages.of("common");
        try (var english = Messages.speaking(newsreader.config.InterfaceLanguage.ENGLISH)) {
            assertThat(common.get("posts.count", 1)).isEqualTo("1 post");
            assertThat(common.get("posts.count", 10000)).isEqualTo("10,000 posts");
        }
        try (var simplified = Messages.speaking(newsreader.config.InterfaceLanguage.SIMPLIFIED_CHINESE)) {
            assertThat(common.get("posts.count", 10000)).isEqualTo("10,000 篇文章");
            assertThat(common.get("language.name")).isEqualTo("简体中文");
        }
        try (var traditional = Messages.speaking(newsreader.config.InterfaceLanguage.TRADITIONAL_CHINESE)) {
            assertThat(common.get("language.name")).isEqualTo("繁體中文");
        }
        assertThat(Messages.language()).as("put back").isEqualTo(newsreader.config.InterfaceLanguage.ENGLISH);
    }

    private static Set<String> places(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACE.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
