package newsreader.open.viewer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A program that can show an image or open a link. Public because {@code Opener} starts the chosen one; how its
 * command is written stays in this package ({@link #argv}).
 *
 * @param name       the program's name for messages ("opened with feh")
 * @param executable the program's file, found on PATH
 * @param template   its argument vector
 * @param terminal   it draws inside the terminal: the reader gives it the terminal and waits for it
 * @param pauseAfter it prints and exits (chafa, viu…): the user presses a key before the reader comes back
 * @param source     where it was configured, for messages and tests
 */
public record Viewer(String name, Path executable, CommandTemplate template, boolean terminal, boolean pauseAfter,
                     Source source) {

    /** Where a viewer came from, in the order they are tried. */
    public enum Source { SETTING, MAILCAP, BROWSER, SYSTEM }

    /** It needs the image as a file, so a web image is downloaded first. */
    public boolean needsFile() {
        return template.uses(CommandTemplate.Slot.FILE);
    }

    /**
     * The argument vector for one target, with the program found on PATH first, so the process runs exactly what was
     * checked.
     *
     * @param file the downloaded or local image; null when the command does not use it
     * @param type the image's type; null for a link
     */
    public List<String> argv(String url, Path file, String type) {
        List<String> argv = new ArrayList<>(template.argv(url, file, type));
        argv.set(0, executable.toString());
        return argv;
    }
}
