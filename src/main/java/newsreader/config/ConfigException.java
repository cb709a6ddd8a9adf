package newsreader.config;

/** The config file cannot be used; the message names the file, the line and the key, and says what is wrong. */
public class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message);
    }
}
