package newsreader.log;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;

/**
 * java.util.logging's configuration, made when it starts (it instantiates the class named by
 * {@code java.util.logging.config.class}, which {@link LogFile#install} sets): the root logger's one handler is the
 * log file, opened on its first record. Without an installed log file (code that runs without {@code Main}, as some
 * tests do) it is the JDK's default: the console at INFO.
 */
public final class LogConfiguration {
    public LogConfiguration() throws IOException {
        String properties = LogFile.installed()
                ? "handlers=" + DeferredFileHandler.class.getName() + "\n.level=" + LogFile.level().getName() + "\n"
                : "handlers=java.util.logging.ConsoleHandler\n.level=INFO\n"
                        + "java.util.logging.ConsoleHandler.level=INFO\n"
                        + "java.util.logging.ConsoleHandler.formatter=java.util.logging.SimpleFormatter\n";
        LogManager.getLogManager().readConfiguration(new ByteArrayInputStream(properties.getBytes(StandardCharsets.ISO_8859_1)));
        LogFile.configured();
    }
}
