package newsreader.open.viewer;

import java.util.List;
import java.util.Set;

/** What newsreader knows about common viewers and browsers by their names. */
final class KnownPrograms {
    /** Image viewers that draw inside the terminal and exit when done. */
    private static final Set<String> TERMINAL_IMAGE_VIEWERS = Set.of("chafa", "timg", "viu", "catimg", "img2sixel",
            "tiv", "pixcat");
    /** Browsers that run inside the terminal until the user quits them. */
    private static final Set<String> TERMINAL_BROWSERS = Set.of("w3m", "lynx", "links", "links2", "elinks", "browsh",
            "carbonyl");

    private KnownPrograms() {
    }

    static String baseName(String program) {
        int slash = program.lastIndexOf('/');
        return slash < 0 ? program : program.substring(slash + 1);
    }

    /** Prints an image to the terminal and exits (so the user needs a moment to look before the reader returns). */
    static boolean printsImage(String program, List<String> arguments) {
        String name = baseName(program);
        if (TERMINAL_IMAGE_VIEWERS.contains(name)) {
            return true;
        }
        // kitty +kitten icat, kitten icat
        return (name.equals("kitty") || name.equals("kitten")) && arguments.stream().anyMatch(a -> a.equals("icat"));
    }

    static boolean terminalBrowser(String program) {
        return TERMINAL_BROWSERS.contains(baseName(program));
    }
}
