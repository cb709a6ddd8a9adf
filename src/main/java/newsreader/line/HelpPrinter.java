package newsreader.line;

/** The answer to {@code help}: every command with its short names, or one command explained. */
final class HelpPrinter {
    private static final newsreader.messages.Messages WORDS = newsreader.messages.Messages.of("line");

    private final Printer printer;
    private final CommandParser parser;

    HelpPrinter(Printer printer, CommandParser parser) {
        this.printer = printer;
        this.parser = parser;
    }

    /** @param argument a command as it would be typed ({@code cat}, {@code /}, {@code 12}), or empty for all */
    void print(String argument) {
        if (argument.isEmpty()) {
            printAll();
            return;
        }
        Input input = parser.parse(argument.equals("/") ? "search" : argument);
        if (input instanceof Input.Known known) {
            Command command = known.command();
            printer.say(WORDS.get("help.one", command.usage(), command.summary()));
            if (!command.aliases().isEmpty()) {
                printer.say(WORDS.get("help.aliases", String.join(WORDS.get("separator"), command.aliases())));
            }
            return;
        }
        printer.say(WORDS.get("unknown-command", argument));
    }

    private void printAll() {
        printer.say(WORDS.get("help.heading"));
        for (Command command : Command.values()) {
            String entry = command.aliases().isEmpty() ? WORDS.get("help.entry", command.usage(), command.summary())
                    : WORDS.get("help.entry.aliases", command.usage(),
                            String.join(WORDS.get("separator"), command.aliases()), command.summary());
            // A dash starts each command, so that a screen reader and the eye both find where one ends.
            printer.labelled("- ", entry);
        }
        printer.say(WORDS.get("help.footer"));
    }
}
