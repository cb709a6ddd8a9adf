package newsreader.line;

/** One line typed at the prompt, understood: nothing, a known command with its argument, or an unknown word. */
sealed interface Input {
    /** An empty line: the prompt simply comes back. */
    record Blank() implements Input {
    }

    /** @param argument what follows the command name, stripped; empty when nothing follows */
    record Known(Command command, String argument) implements Input {
    }

    record Unknown(String word) implements Input {
    }
}
