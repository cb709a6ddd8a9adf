package newsreader.open.viewer;

import newsreader.messages.Messages;
import newsreader.open.address.Refusal;

/**
 * How a value put into a shell script is quoted, by where in the script it goes. The script's own text before the
 * placeholder decides whether it stands outside quotes, inside {@code '…'} or inside {@code "…"}; the value is then
 * quoted so that the shell reads it back exactly and the script's quoting is the same after it as before.
 */
enum ShellQuoting {
    /** A whole argument, not read by a shell: the value as it is. */
    NONE,
    /** Outside quotes in a script: {@code 'value'}, each {@code '} written {@code '\''}. */
    BARE,
    /** Inside {@code '…'}: close, put the quote in, reopen. */
    IN_SINGLE_QUOTES,
    /** Inside {@code "…"}, where {@code $} and backticks still expand: leave the double quotes around a bare value. */
    IN_DOUBLE_QUOTES;

    String quote(String value) {
        String escaped = value.replace("'", "'\\''");
        return switch (this) {
            case NONE -> value;
            case BARE -> "'" + escaped + "'";
            case IN_SINGLE_QUOTES -> escaped;
            case IN_DOUBLE_QUOTES -> "\"'" + escaped + "'\"";
        };
    }

    /** Reads a script's text piece by piece and says how a placeholder at the point reached must be quoted. */
    static final class Reader {
        private ShellQuoting state = BARE;
        private boolean escaped;
        private boolean dollar;
        private boolean substitution;

        /** Reads literal script text. */
        void read(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean afterDollar = dollar;
                dollar = false;
                if (escaped) {
                    escaped = false;
                    continue;
                }
                switch (state) {
                    case IN_SINGLE_QUOTES -> {
                        if (c == '\'') {
                            state = BARE;
                        }
                    }
                    case IN_DOUBLE_QUOTES -> {
                        if (c == '"') {
                            state = BARE;
                        } else if (c == '\\') {
                            escaped = true;
                        } else {
                            noteExpansion(c, afterDollar);
                        }
                    }
                    default -> {
                        if (c == '\'') {
                            // $'…' (bash, zsh, ksh) reads backslash escapes inside: not a plain quote.
                            substitution |= afterDollar;
                            state = IN_SINGLE_QUOTES;
                        } else if (c == '"') {
                            state = IN_DOUBLE_QUOTES;
                        } else if (c == '\\') {
                            escaped = true;
                        } else if (c == '<' && i + 1 < text.length() && text.charAt(i + 1) == '<') {
                            substitution = true; // a here-document's body is quoted by other rules
                        } else {
                            noteExpansion(c, afterDollar);
                        }
                    }
                }
            }
        }

        private void noteExpansion(char c, boolean afterDollar) {
            if (c == '$') {
                dollar = true;
            } else if (c == '`' || afterDollar && (c == '(' || c == '{')) {
                // Inside $( ), ` ` and ${ } quoting starts afresh; where it ends is not tracked here.
                substitution = true;
            }
        }

        /** How a placeholder at this point is quoted; refused where this reader cannot be sure. */
        ShellQuoting placeholder() throws Refusal {
            if (substitution) {
                throw new Refusal(Messages.of("open").get("command.placeholder-substituted"));
            }
            if (escaped || dollar) {
                throw new Refusal(Messages.of("open").get("command.placeholder-escaped"));
            }
            return state;
        }
    }
}
