package newsreader.open;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the terminal's reply to Primary Device Attributes ({@code ESC [ c}), e.g. {@code ESC [ ? 62 ; 4 ; 22 c}:
 * attribute 4 means the terminal draws sixel graphics.
 */
public final class DeviceAttributes {
    /** What to send to ask. */
    public static final String QUERY = "\u001b[c";
    private static final Pattern REPLY = Pattern.compile("\u001b\\[\\?([0-9;]*)c");

    private DeviceAttributes() {
    }

    /** Whether a reply (possibly with other input around it) announces sixel support. */
    public static boolean supportsSixel(String reply) {
        Matcher m = REPLY.matcher(reply);
        if (!m.find()) {
            return false;
        }
        String[] attributes = m.group(1).split(";");
        // The first number is the terminal class (62, 64…), not an attribute.
        for (int i = 1; i < attributes.length; i++) {
            if (attributes[i].equals("4")) {
                return true;
            }
        }
        return false;
    }
}
