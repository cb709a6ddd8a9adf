package newsreader.tui;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import newsreader.messages.Messages;

/** Whether the full-screen reader can start here, and what to tell the user about the locale. */
final class StartupCheck {
    private static final Messages WORDS = Messages.of("reader");

    /** Set by the launcher to the session's character map when it was not UTF-8 (and LC_ALL then made so). */
    static final String LAUNCHER_CHARMAP = "NEWSREADER_LOCALE_CHARMAP";

    private StartupCheck() {
    }

    /** Why the reader cannot start, or empty when it can. */
    static Optional<String> refusal(boolean hasConsole, Map<String, String> environment) {
        if (!hasConsole) {
            return Optional.of(WORDS.get("start.no-terminal"));
        }
        String term = environment.get("TERM");
        if (term == null || term.isBlank()) {
            return Optional.of(WORDS.get("start.no-term"));
        }
        if (term.equals("dumb")) {
            return Optional.of(WORDS.get("start.dumb"));
        }
        return Optional.empty();
    }

    /**
     * A warning when the locale is not UTF-8. The reader writes UTF-8 all the same (it never prints {@code ?} for
     * Chinese text), but a terminal set up for another encoding will show it wrongly, and the user should know why.
     */
    static Optional<String> localeWarning(Map<String, String> environment) {
        // The launcher (scripts/newsreader) gives the JVM a UTF-8 locale when the session has none, so that file
        // names decode, and says here what the user's locale was: that is the one the terminal was set up for.
        String launchedFrom = environment.get(LAUNCHER_CHARMAP);
        if (launchedFrom != null && !launchedFrom.isBlank()) {
            return Optional.of(WORDS.get("locale.launched", launchedFrom.strip()));
        }
        String name = "LC_ALL";
        String value = environment.get(name);
        if (value == null || value.isEmpty()) {
            name = "LC_CTYPE";
            value = environment.get(name);
        }
        if (value == null || value.isEmpty()) {
            name = "LANG";
            value = environment.get(name);
        }
        if (value == null || value.isEmpty()) {
            return Optional.of(WORDS.get("locale.unset"));
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.contains("utf-8") || lower.contains("utf8")) {
            return Optional.empty();
        }
        return Optional.of(WORDS.get("locale.not-utf8", name, value));
    }
}
