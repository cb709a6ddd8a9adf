package newsreader.line;

/** The answer to {@code help}: every command with its short names, or one command explained. */
final class HelpPrinter {
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
            printer.say(command.usage() + ": " + command.summary() + ".");
            if (!command.aliases().isEmpty()) {
                printer.say("Also written " + String.join(", ", command.aliases()) + ".");
            }
            return;
        }
        printer.say("There is no command \"" + argument + "\"; type help to see the commands.");
    }

    private void printAll() {
        printer.say("Commands:");
        for (Command command : Command.values()) {
            String aliases = command.aliases().isEmpty() ? "" : " (also " + String.join(", ", command.aliases()) + ")";
            // A dash starts each command, so that a screen reader and the eye both find where one ends.
            printer.labelled("- ", command.usage() + aliases + ": " + command.summary() + ".");
        }
        printer.say("Post numbers count in the list last shown. Tab completes commands and category names.");
    }
}
