package newsreader.open.picture;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the terminal's reply to Primary Device Attributes ({@code ESC [ c}), e.g. {@code ESC [ ? 62 ; 4 ; 22 c}:
 * attribute 4 means the terminal draws sixel graphics.
 */
final class DeviceAttributes {
    /** What to send to ask. */
    public static final String QUERY = "\u001b[c";
    private static final Pattern REPLY = Pattern.compile("\u001b\\[\\?([0-9;]*)c");
    /** What to send to ask for the size of a cell in pixels (xterm's window op 16); the reply is {@code CSI 6;h;w t}. */
    public static final String CELL_SIZE_QUERY = "\u001b[16t";
    private static final Pattern CELL_SIZE = Pattern.compile("\u001b\\[6;([0-9]{1,4});([0-9]{1,4})t");

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

    /**
     * The cell size in a reply to {@link #CELL_SIZE_QUERY}, as {@code {width, height}} in pixels, for sizing sixel
     * pictures; empty when the reply holds none (then {@link ImagePreview#CELL_WIDTH_PX} and
     * {@link ImagePreview#CELL_HEIGHT_PX} are a fair guess).
     */
    public static Optional<int[]> cellSize(String reply) {
        Matcher m = CELL_SIZE.matcher(reply);
        if (!m.find()) {
            return Optional.empty();
        }
        int height = Integer.parseInt(m.group(1));
        int width = Integer.parseInt(m.group(2));
        return width > 0 && height > 0 ? Optional.of(new int[] {width, height}) : Optional.empty();
    }
}
