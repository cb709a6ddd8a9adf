package newsreader.tui;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Tab in the {@code S} prompt: the last part of the path typed is completed as far as the names in its folder agree,
 * as a shell does; a single folder gets its {@code /}. One folder listing, so it is done on the spot.
 */
final class PathCompletion {
    private PathCompletion() {
    }

    static String complete(String typed) {
        int slash = typed.lastIndexOf('/');
        String folderPart = slash < 0 ? "" : typed.substring(0, slash + 1);
        String start = typed.substring(slash + 1);
        List<String> names = new ArrayList<>();
        Path folder;
        try {
            folder = folderPart.isEmpty() ? Path.of("").toAbsolutePath() : ArticleSaving.resolve(folderPart);
        } catch (InvalidPathException e) {
            return typed;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(start) && (start.startsWith(".") || !name.startsWith("."))) {
                    names.add(Files.isDirectory(entry) ? name + "/" : name);
                }
            }
        } catch (IOException | RuntimeException e) {
            return typed;
        }
        if (names.isEmpty()) {
            return typed;
        }
        String common = names.get(0);
        for (String name : names) {
            int same = 0;
            while (same < common.length() && same < name.length() && common.charAt(same) == name.charAt(same)) {
                same++;
            }
            common = common.substring(0, same);
        }
        return folderPart + (common.length() > start.length() ? common : start);
    }
}
