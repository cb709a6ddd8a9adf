package newsreader.post;

/**
 * Text kept as one byte array, the way a {@code String} keeps it inside but without the {@code String} around it (24
 * bytes, a million times over for a million posts' titles): one byte for the form, then Latin-1 when every character
 * fits in a byte, else UTF-16, two bytes a character (half of what UTF-8 takes for Chinese). Every character survives,
 * unpaired surrogates included. The form is decided by the text alone, so equal texts give equal arrays.
 */
final class CompactText {
    private static final byte LATIN_1 = 0;
    private static final byte UTF_16 = 1;

    private CompactText() {
    }

    static byte[] pack(String text) {
        if (text == null) {
            return null;
        }
        int length = text.length();
        boolean narrow = true;
        for (int i = 0; i < length && narrow; i++) {
            narrow = text.charAt(i) <= 0xFF;
        }
        byte[] packed = new byte[1 + (narrow ? length : 2 * length)];
        packed[0] = narrow ? LATIN_1 : UTF_16;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (narrow) {
                packed[1 + i] = (byte) c;
            } else {
                packed[1 + 2 * i] = (byte) (c >>> 8);
                packed[2 + 2 * i] = (byte) c;
            }
        }
        return packed;
    }

    static String unpack(byte[] packed) {
        if (packed == null) {
            return null;
        }
        if (packed[0] == LATIN_1) {
            return new String(packed, 1, packed.length - 1, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        char[] chars = new char[(packed.length - 1) / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) ((packed[1 + 2 * i] & 0xFF) << 8 | packed[2 + 2 * i] & 0xFF);
        }
        return new String(chars);
    }
}
