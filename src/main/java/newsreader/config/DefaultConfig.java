package newsreader.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The commented default config file that {@code newsreader config --default} prints. */
public final class DefaultConfig {
    private DefaultConfig() {
    }

    public static String text() {
        try (InputStream in = DefaultConfig.class.getResourceAsStream("/newsreader/default-config.yaml")) {
            if (in == null) {
                throw new IllegalStateException("default-config.yaml is missing from the program");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
