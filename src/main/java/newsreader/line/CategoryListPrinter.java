package newsreader.line;

import newsreader.reading.ChineseScript;

/** The answer to {@code cat} alone: every category, parents first, each with its number of posts. */
final class CategoryListPrinter {
    private static final newsreader.messages.Messages WORDS = newsreader.messages.Messages.of("line");

    private final Printer printer;
    private final ChineseScript script;

    /** @param script the script names are shown in; what is typed ({@code cat 新聞}) matches either script */
    CategoryListPrinter(Printer printer, ChineseScript script) {
        this.printer = printer;
        this.script = script;
    }

    /** @param allPosts how many posts the folder has, which is the widest count there can be */
    void print(CategoryIndex index, int allPosts) {
        if (index.entries().isEmpty()) {
            printer.say(WORDS.get("categories.none"));
            return;
        }
        printer.say(WORDS.get("categories.heading", index.entries().size()));
        int countCells = String.valueOf(allPosts).length();
        for (CategoryEntry entry : index.entries()) {
            String count = String.valueOf(entry.posts());
            printer.labelled(" ".repeat(countCells - count.length()) + count + "  ", script.convert(entry.shown()));
        }
        if (index.uncategorised() > 0) {
            printer.say(WORDS.get("categories.uncategorised", index.uncategorised()));
        }
        printer.say(WORDS.get("categories.hint", index.entries().get(0).typed()));
    }
}
