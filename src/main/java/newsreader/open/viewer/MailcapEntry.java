package newsreader.open.viewer;

import java.util.Locale;

/**
 * One line of a mailcap file (RFC 1524).
 *
 * @param type          the MIME type, lower case; {@code image/*} or {@code image} match every image type
 * @param command       the view command as written (meant for {@code sh -c}; newsreader splits it itself)
 * @param needsTerminal the {@code needsterminal} flag
 * @param copiousOutput the {@code copiousoutput} flag: the command prints to the terminal and exits
 * @param test          the {@code test=} command, null when there is none
 */
record MailcapEntry(String type, String command, boolean needsTerminal, boolean copiousOutput, String test) {

    /** Whether this entry handles {@code mimeType}; a wildcard on either side matches its whole major type. */
    public boolean matches(String mimeType) {
        String wanted = mimeType.toLowerCase(Locale.ROOT);
        String own = type.contains("/") ? type : type + "/*";
        String ownMajor = own.substring(0, own.indexOf('/'));
        int slash = wanted.indexOf('/');
        String wantedMajor = slash < 0 ? wanted : wanted.substring(0, slash);
        if (!ownMajor.equals(wantedMajor)) {
            return false;
        }
        return own.endsWith("/*") || wanted.endsWith("/*") || own.equals(wanted);
    }

    /** The entry runs in the terminal rather than in a window of its own. */
    public boolean terminal() {
        return needsTerminal || copiousOutput;
    }
}
