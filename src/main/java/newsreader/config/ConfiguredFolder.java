package newsreader.config;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code posts} setting: a folder, and where the config file names it. Whether the folder is there is asked only
 * when it is about to be read (by the commands that read it, and by {@code newsreader config}), never when the file
 * is loaded: a folder on a disk that is not mounted must not stop {@code show FILE}, which does not read it.
 *
 * @param folder the folder, a leading {@code ~/} already replaced by the home
 * @param origin where the file sets it, as messages begin: {@code config.yaml:3: posts: }
 */
public record ConfiguredFolder(Path folder, String origin) {

    /**
     * The folder, when it is one.
     *
     * @throws ConfigException naming the file, the line and the key when it is missing or not a folder
     */
    public Path existing() throws ConfigException {
        if (Files.isDirectory(folder)) {
            return folder;
        }
        throw new ConfigException(newsreader.messages.Messages.of("config").get(
                Files.exists(folder) ? "posts.not-a-folder" : "posts.no-such-folder", origin, folder.toString()));
    }
}
