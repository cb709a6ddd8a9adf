package newsreader.post;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The first bytes of a post file, read a little at a time: a scan wants the front matter and nothing after it, and
 * must never cut a character in two or read a long file to its end for nothing.
 */
final class HeadBytes {
    private HeadBytes() {
    }

    /** Reads until {@code head} holds {@code wanted} bytes or the file ends. */
    static byte[] readMore(InputStream in, byte[] head, int wanted) throws IOException {
        byte[] grown = Arrays.copyOf(head, wanted);
        int filled = head.length;
        while (filled < wanted) {
            int n = in.read(grown, filled, wanted - filled);
            if (n < 0) {
                break;
            }
            filled += n;
        }
        return filled == wanted ? grown : Arrays.copyOf(grown, filled);
    }

    /**
     * Whether the first line, not yet whole in the head, could still be a delimiter line or a headless {@code key:}
     * line. A long single-line file (minified HTML) would otherwise be read far in only to find it has no front matter.
     */
    static boolean couldOpenFrontMatter(byte[] head) {
        int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF || (head[0] & 0xFF) == 0xFE)) {
            return true; // UTF-16: not judged byte by byte
        }
        i = skipBlanks(head, i);
        if (i == head.length) {
            return true;
        }
        byte first = head[i];
        if (first == '-' || first == '+' || first == ';') {
            while (i < head.length && head[i] == first) {
                i++;
            }
            return skipBlanks(head, i) == head.length;
        }
        if (first == '{' || first == '"') {
            return true;
        }
        if (!(first == '_' || first >= 'A' && first <= 'Z' || first >= 'a' && first <= 'z')) {
            return false;
        }
        while (i < head.length && (head[i] == '_' || head[i] == '.' || head[i] == '-' || Character.isLetterOrDigit(head[i]))) {
            i++;
        }
        i = skipBlanks(head, i);
        return i == head.length || head[i] == ':';
    }

    private static int skipBlanks(byte[] head, int from) {
        int i = from;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r')) {
            i++;
        }
        return i;
    }

    /**
     * Where a head cut short can be decoded without cutting a character in two. For UTF-8, GB18030 and Big5 that is
     * after the last line feed, a byte never part of a multi-byte character. UTF-16 (with its BOM) is cut at a whole
     * code unit that does not start a surrogate pair; the splitter knows the last line may be partial.
     */
    static int decodableEnd(byte[] head) {
        boolean utf16le = head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE;
        boolean utf16be = head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF;
        if (utf16le || utf16be) {
            int end = head.length & ~1;
            int highByte = utf16le ? end - 1 : end - 2;
            if (end >= 4 && (head[highByte] & 0xFC) == 0xD8) {
                end -= 2; // a high surrogate: keep it with its partner for the next read
            }
            return end;
        }
        for (int i = head.length - 1; i >= 0; i--) {
            if (head[i] == '\n') {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * Where the front matter of a head surely ends, if it is in the head: just after the first line made of three or
     * more {@code -}, {@code +} or {@code ;} (and trailing blanks) that follows the first non-blank line; -1 when there
     * is none, or when the head is UTF-16. Only a hint: the splitter still decides on the text up to there. Works on
     * bytes because line feeds and these characters never occur inside a multi-byte character in UTF-8, GB18030 or Big5.
     */
    static int frontMatterEnd(byte[] head) {
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF || (head[0] & 0xFF) == 0xFE)) {
            return -1;
        }
        int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        boolean seenText = false;
        while (i < head.length) {
            int newline = indexOf(head, (byte) '\n', i);
            if (newline < 0) {
                return -1;
            }
            if (seenText && isDelimiterLine(head, i, newline)) {
                return newline + 1;
            }
            seenText |= skipBlanks(head, i) < newline;
            i = newline + 1;
        }
        return -1;
    }

    private static boolean isDelimiterLine(byte[] head, int from, int to) {
        int end = to;
        while (end > from && (head[end - 1] == ' ' || head[end - 1] == '\t' || head[end - 1] == '\r')) {
            end--;
        }
        if (end - from < 3 || head[from] != '-' && head[from] != '+' && head[from] != ';') {
            return false;
        }
        for (int i = from + 1; i < end; i++) {
            if (head[i] != head[from]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether {@code bytes[from, to)} hold no NUL and are well-formed UTF-8 (shortest forms, no surrogates, nothing past
     * U+10FFFF), exactly what the strict decoder accepts, but without making any characters: the quick way of the loader
     * checks the body part of a head this way, so that it refuses the same files the full decode refuses.
     */
    static boolean isCleanUtf8(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            int b = bytes[i];
            if (b > 0) {
                i++;
                continue;
            }
            if (b == 0) {
                return false;
            }
            int lead = b & 0xFF;
            // Chinese text is mostly three-byte characters whose lead byte sets no extra bound (U+1000..U+CFFF and
            // U+E000..U+FFFF): checked first, in two tests, before the general case below.
            if (lead >= 0xE1 && lead <= 0xEF && lead != 0xED && i + 2 < to
                    && (bytes[i + 1] & 0xC0) == 0x80 && (bytes[i + 2] & 0xC0) == 0x80) {
                i += 3;
                continue;
            }
            int need;
            int min = 0x80;
            int max = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                need = 1;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                need = 2;
                if (lead == 0xE0) {
                    min = 0xA0;
                } else if (lead == 0xED) {
                    max = 0x9F; // U+D800..U+DFFF are surrogates, not characters
                }
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                need = 3;
                if (lead == 0xF0) {
                    min = 0x90;
                } else if (lead == 0xF4) {
                    max = 0x8F;
                }
            } else {
                return false;
            }
            if (i + need >= to) {
                return false; // cut short
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < min || second > max) {
                return false;
            }
            for (int k = 2; k <= need; k++) {
                int next = bytes[i + k] & 0xFF;
                if (next < 0x80 || next > 0xBF) {
                    return false;
                }
            }
            i += need + 1;
        }
        return true;
    }
}
