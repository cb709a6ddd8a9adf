package newsreader.line;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import newsreader.config.PrivateFiles;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/** JLine's line editor: editing keys, history kept in a file, tab completion of commands and categories. */
final class EditingPrompt implements Prompt {
    private final LineReader reader;
    private final boolean keepHistory;

    private EditingPrompt(LineReader reader, boolean keepHistory) {
        this.reader = reader;
        this.keepHistory = keepHistory;
    }

    /**
     * @param historyFile where the history is kept across sessions; when it cannot be, the prompt still works and
     *                    {@code printer} says why
     */
    static EditingPrompt open(Terminal terminal, Supplier<CategoryIndex> categories, Path historyFile,
                              Printer printer) {
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("newsreader")
                .completer(new LineCompleter(categories))
                // "!" in a search must stay a "!", not recall an earlier line.
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
        completeWithTab(reader);
        PromptSuspension.install(terminal);
        boolean keepHistory = prepareHistory(historyFile, printer);
        if (keepHistory) {
            reader.setVariable(LineReader.HISTORY_FILE, historyFile);
            try {
                reader.getHistory().load();
            } catch (IOException | RuntimeException e) {
                printer.say(newsreader.messages.Messages.of("line").get("history.unreadable", e.getMessage()));
            }
        }
        return new EditingPrompt(reader, keepHistory);
    }

    /**
     * JLine types a TAB into the line on a dumb terminal instead of completing, because it cannot redraw the line in
     * place. Line mode exists for dumb terminals, and completing only needs a carriage return to redraw, so TAB
     * completes there too.
     */
    private static void completeWithTab(LineReader reader) {
        for (String keyMap : new String[] {LineReader.MAIN, LineReader.EMACS, LineReader.VIINS}) {
            KeyMap<Binding> bindings = reader.getKeyMaps().get(keyMap);
            if (bindings != null) {
                bindings.bind(new Reference(LineReader.COMPLETE_WORD), "\t");
            }
        }
    }

    /** The history's folder must exist before JLine writes to it. */
    private static boolean prepareHistory(Path historyFile, Printer printer) {
        try {
            PrivateFiles.folder(historyFile.toAbsolutePath().getParent());
            return true;
        } catch (IOException | RuntimeException e) {
            printer.say(newsreader.messages.Messages.of("line").get("history.not-kept", historyFile.toString(), e.toString()));
            return false;
        }
    }

    @Override
    public String next(String prompt) {
        while (true) {
            try {
                return reader.readLine(prompt);
            } catch (UserInterruptException e) {
                // Ctrl-C drops the line being typed, as in a shell; it does not leave.
            } catch (EndOfFileException e) {
                return null;
            }
        }
    }

    @Override
    public void close() {
        if (!keepHistory) {
            return;
        }
        try {
            reader.getHistory().save();
        } catch (IOException | RuntimeException ignored) {
            // Losing the history of one session is not worth a message on the way out.
        }
    }
}
