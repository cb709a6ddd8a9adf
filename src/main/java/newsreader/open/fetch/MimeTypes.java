package newsreader.open.fetch;

import java.util.Locale;
import java.util.Map;

/**
 * Image types: from a file name, from a Content-Type header, from the first bytes of a file, and file extensions.
 * Public because {@code Opener} guesses a type from the address before it chooses a viewer.
 */
public final class MimeTypes {
    public static final String ANY_IMAGE = "image/*";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("jpe", "image/jpeg"),
            Map.entry("png", "image/png"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("bmp", "image/bmp"), Map.entry("svg", "image/svg+xml"), Map.entry("avif", "image/avif"),
            Map.entry("tif", "image/tiff"), Map.entry("tiff", "image/tiff"), Map.entry("ico", "image/x-icon"),
            Map.entry("heic", "image/heic"));

    private static final Map<String, String> EXTENSION_OF = Map.ofEntries(
            Map.entry("image/jpeg", "jpg"), Map.entry("image/pjpeg", "jpg"), Map.entry("image/png", "png"),
            Map.entry("image/gif", "gif"), Map.entry("image/webp", "webp"), Map.entry("image/bmp", "bmp"),
            Map.entry("image/svg+xml", "svg"), Map.entry("image/avif", "avif"), Map.entry("image/tiff", "tif"),
            Map.entry("image/x-icon", "ico"), Map.entry("image/vnd.microsoft.icon", "ico"),
            Map.entry("image/heic", "heic"));

    private MimeTypes() {
    }

    /** The type a file name or URL path suggests, or {@link #ANY_IMAGE} when its extension says nothing. */
    public static String fromName(String name) {
        String path = name;
        int cut = path.indexOf('?');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        cut = path.indexOf('#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        int dot = path.lastIndexOf('.');
        if (dot < 0 || dot < path.lastIndexOf('/')) {
            return ANY_IMAGE;
        }
        return BY_EXTENSION.getOrDefault(path.substring(dot + 1).toLowerCase(Locale.ROOT), ANY_IMAGE);
    }

    /** The bare type of a Content-Type header ({@code image/png; charset=…} → {@code image/png}), lower case. */
    public static String fromHeader(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The type itself when it is one of the image types newsreader knows, else {@link #ANY_IMAGE}: a server's
     * Content-Type is free text ({@code image/$(id)}) and reaches a mailcap command's {@code %t}.
     */
    public static String known(String mimeType) {
        return EXTENSION_OF.containsKey(mimeType) ? mimeType : ANY_IMAGE;
    }

    /** Cache file extension for a type: one of a fixed set, so nothing from the server reaches a file name. */
    public static String extension(String mimeType) {
        return EXTENSION_OF.getOrDefault(mimeType, "img");
    }

    /** The type for a cache file's extension. */
    public static String fromExtension(String extension) {
        return BY_EXTENSION.getOrDefault(extension, ANY_IMAGE);
    }

    /** The image type the first bytes show, or null when they are not a known image format. */
    public static String sniff(byte[] head, int length) {
        if (startsWith(head, length, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (startsWith(head, length, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(head, length, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (length >= 12 && startsWith(head, length, 'R', 'I', 'F', 'F')
                && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
            return "image/webp";
        }
        if (startsWith(head, length, 'B', 'M')) {
            return "image/bmp";
        }
        return null;
    }

    private static boolean startsWith(byte[] head, int length, int... magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
