package newsreader.line;

/** The answer to {@code cat} alone: every category, parents first, each with its number of posts. */
final class CategoryListPrinter {
    private final Printer printer;

    CategoryListPrinter(Printer printer) {
        this.printer = printer;
    }

    /** @param allPosts how many posts the folder has, which is the widest count there can be */
    void print(CategoryIndex index, int allPosts) {
        if (index.entries().isEmpty()) {
            printer.say("No post has a category.");
            return;
        }
        printer.say(Plural.of(index.entries().size(), "category", "categories") + ", each with its number of posts:");
        int countCells = String.valueOf(allPosts).length();
        for (CategoryEntry entry : index.entries()) {
            String count = String.valueOf(entry.posts());
            printer.labelled(" ".repeat(countCells - count.length()) + count + "  ", entry.shown());
        }
        if (index.uncategorised() > 0) {
            printer.say(Plural.of(index.uncategorised(), "post") + " without a category.");
        }
        printer.say("Type cat and a name to list its posts, for example cat " + index.entries().get(0).typed() + ".");
    }
}
