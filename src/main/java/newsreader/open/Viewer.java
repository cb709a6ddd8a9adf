package newsreader.open;

import java.nio.file.Path;

/**
 * A program that can show an image or open a link.
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
}
