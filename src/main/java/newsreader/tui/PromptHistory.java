package newsreader.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * What was searched for at the {@code /} and {@code F} prompts, most recent first, and stepping through it in a
 * prompt as shells and less do: older entries with ↑ (or Ctrl-p), newer ones with ↓ (or Ctrl-n), and past the newest
 * back to what was typed before. One history for every search prompt: a word looked for in titles is often the
 * word looked for in an article next. The state folder keeps it ({@code SearchHistoryFile}).
 */
final class PromptHistory {
    private final List<String> entries;
    private final int limit;

    PromptHistory(List<String> entries, int limit) {
        this.entries = new ArrayList<>(entries.subList(0, Math.min(limit, entries.size())));
        this.limit = limit;
    }

    List<String> entries() {
        return List.copyOf(entries);
    }

    /** Adds an entry as the most recent; false when there was nothing to add (blank, or the same as the last). */
    boolean add(String entry) {
        String clean = entry.strip();
        if (clean.isEmpty() || (!entries.isEmpty() && entries.get(0).equals(clean))) {
            return false;
        }
        entries.add(0, clean);
        if (entries.size() > limit) {
            entries.remove(entries.size() - 1);
        }
        return true;
    }

    /** Puts the next older entry in the prompt (passing over one the same as the text); false when none is left. */
    boolean older(TextInput input) {
        int next = input.recalled + 1;
        while (next < entries.size() && entries.get(next).equals(input.text())) {
            next++;
        }
        if (next >= entries.size()) {
            return false;
        }
        if (input.recalled < 0) {
            input.draft = input.text();
        }
        input.recall(next, entries.get(next));
        return true;
    }

    /** Puts the next newer entry in the prompt, or past the newest what was typed before; false at the draft. */
    boolean newer(TextInput input) {
        if (input.recalled < 0) {
            return false;
        }
        int next = input.recalled - 1;
        if (next < 0) {
            input.recall(-1, input.draft);
        } else {
            input.recall(next, entries.get(next));
        }
        return true;
    }
}
