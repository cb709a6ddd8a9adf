package newsreader.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The commented default config file that {@code newsreader config --default} prints, its comments in the interface's
 * language: one copy per language ({@code default-config.yaml}, {@code default-config_zh_Hans.yaml},
 * {@code default-config_zh_Hant.yaml}) with the same settings and values, which {@code DefaultConfigTest} checks.
 */
public final class DefaultConfig {
    private DefaultConfig() {
    }

    /** The file in the language the interface speaks. */
    public static String text() {
        return text(newsreader.messages.Messages.language());
    }

    public static String text(InterfaceLanguage language) {
        String name = language == InterfaceLanguage.ENGLISH ? "default-config.yaml"
                : "default-config_" + language.tag().replace('-', '_') + ".yaml";
        try (InputStream in = DefaultConfig.class.getResourceAsStream("/newsreader/" + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the program");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
