package newsreader.line;

import java.util.List;

/** The commands of the prompt: each with its names (the first is the one help shows), usage and one-line summary. */
enum Command {
    LIST(List.of("list", "l"), "list [PAGE]", "show the first page of the list, or page PAGE"),
    MORE(List.of("more", "next page"), "more", "show the next page of the list"),
    OPEN(List.of("open", "o"), "open N, or just N",
            "print post N of the list (open alone prints the current post again)"),
    NEXT(List.of("next", "n"), "next", "print the next post of the list"),
    PREVIOUS(List.of("prev", "p", "previous"), "prev", "print the previous post of the list"),
    UNREAD(List.of("unread", "u"), "unread [N]", "print the next unread post, or with N, mark post N unread"),
    READ(List.of("read"), "read [N|all]", "mark post N, or the current post, or with all every post of the list, read"),
    STAR(List.of("star", "s"), "star [N]", "star or unstar post N, or the current post (the reader lists starred posts)"),
    SEARCH(List.of("search", "/"), "search WORDS, or /WORDS",
            "list the posts whose titles contain all the words, in any case; \"quotes\" keep a phrase together "
                    + "(find looks in the text too)"),
    FIND(List.of("find", "f"), "find WORDS",
            "list the posts whose titles or text match, best match first, through the search index (as F in the "
                    + "full-screen reader and newsreader search): \"quoted words\" side by side, title:WORD, -WORD "
                    + "excludes"),
    CATEGORY(List.of("cat", "category"), "cat [PATH]",
            "list the categories with their post counts, or with PATH (names separated by /), only its posts"),
    ALL(List.of("all"), "all", "list every post again, without category or search"),
    IMAGE(List.of("image", "i"), "image", "print the address of the current post's header image"),
    LINKS(List.of("links"), "links", "list the current post's numbered links and images"),
    RESCAN(List.of("rescan", "reload"), "rescan", "read the folder again, to see posts added or changed since"),
    PROBLEMS(List.of("problems"), "problems", "list the files that could not be read as posts, with the reason"),
    HELP(List.of("help", "?"), "help [COMMAND]", "list the commands, or explain one"),
    QUIT(List.of("quit", "q", "exit"), "quit", "leave line mode (Ctrl-D also leaves)");

    private final List<String> names;
    private final String usage;
    private final String summary;

    Command(List<String> names, String usage, String summary) {
        this.names = names;
        this.usage = usage;
        this.summary = summary;
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
        return usage;
    }

    String summary() {
        return summary;
    }
}
