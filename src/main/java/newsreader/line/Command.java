package newsreader.line;

import java.util.List;
import java.util.Locale;
import newsreader.messages.Messages;

/**
 * The commands of the prompt: each with its names (the first is the one help shows), typed in English in every
 * language, and its usage and one-line summary from the {@code line} bundle ({@code command.list.usage} …).
 */
enum Command {
    LIST(List.of("list", "l")),
    MORE(List.of("more", "next page")),
    OPEN(List.of("open", "o")),
    NEXT(List.of("next", "n")),
    PREVIOUS(List.of("prev", "p", "previous")),
    UNREAD(List.of("unread", "u")),
    READ(List.of("read")),
    STAR(List.of("star", "s")),
    SEARCH(List.of("search", "/")),
    FIND(List.of("find", "f")),
    CATEGORY(List.of("cat", "category")),
    ALL(List.of("all")),
    IMAGE(List.of("image", "i")),
    LINKS(List.of("links")),
    RESCAN(List.of("rescan", "reload")),
    PROBLEMS(List.of("problems")),
    HELP(List.of("help", "?")),
    QUIT(List.of("quit", "q", "exit"));

    private static final Messages WORDS = Messages.of("line");

    private final List<String> names;

    Command(List<String> names) {
        this.names = names;
    }

    /** Every name the command answers to, the main one first. */
    List<String> names() {
        return names;
    }

    /** The other names, shorter or longer: {@code l} for {@code list}. */
    List<String> aliases() {
        return names.subList(1, names.size());
    }

    String usage() {
        return WORDS.get(key() + ".usage");
    }

    String summary() {
        return WORDS.get(key() + ".summary");
    }

    private String key() {
        return "command." + name().toLowerCase(Locale.ROOT);
    }
}
