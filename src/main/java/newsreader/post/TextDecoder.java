package newsreader.post;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Turns the bytes of a post into text, or says why it cannot: never guesses silently into mojibake.
 *
 * <p>UTF-8 (with or without BOM) is the norm. A UTF-16 file with a BOM is decoded. Old Chinese archives hold GBK/GB18030
 * or Big5 files: those are decoded only when the bytes are not UTF-8, decode strictly in that charset, and ICU's
 * statistical detector names that charset with good confidence; anything else is "not UTF-8 text".
 */
final class TextDecoder {
    private static final int MIN_CONFIDENCE = 50;
    private static final Set<String> LEGACY_CHINESE = Set.of("GB18030", "Big5");

    /** Text and the charset it was decoded from. */
    record Decoded(String text, Charset charset) {
    }

    Decoded decode(byte[] bytes, int length) throws PostException {
        if (startsWith(bytes, length, 0xFE, 0xFF)) {
            return new Decoded(strict(StandardCharsets.UTF_16BE, bytes, 2, length - 2, "text.broken-utf16"), StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, length, 0xFF, 0xFE)) {
            return new Decoded(strict(StandardCharsets.UTF_16LE, bytes, 2, length - 2, "text.broken-utf16"), StandardCharsets.UTF_16LE);
        }
        // NUL never occurs in text files in UTF-8 or the legacy charsets; UTF-16 was handled above.
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                throw new PostException(ProblemReason.of("text.binary"));
            }
        }
        if (startsWith(bytes, length, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(StandardCharsets.UTF_8, bytes, 3, length - 3, "text.not-utf8"), StandardCharsets.UTF_8);
        }
        try {
            return new Decoded(decodeOrThrow(StandardCharsets.UTF_8, bytes, 0, length), StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return decodeLegacyChinese(bytes, length);
        }
    }

    private Decoded decodeLegacyChinese(byte[] bytes, int length) throws PostException {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length));
        CharsetMatch best = detector.detect();
        if (best != null && best.getConfidence() >= MIN_CONFIDENCE && LEGACY_CHINESE.contains(best.getName())) {
            Charset charset = Charset.forName(best.getName());
            try {
                return new Decoded(decodeOrThrow(charset, bytes, 0, length), charset);
            } catch (CharacterCodingException e) {
                // detected, but some bytes are not valid in it either: fall through to the plain refusal
            }
        }
        throw new UnknownEncoding();
    }

    /** The bytes are not UTF-8 and no other charset could be named with confidence (more bytes may help). */
    static final class UnknownEncoding extends PostException {
        UnknownEncoding() {
            super(ProblemReason.of("text.unknown-encoding"));
        }
    }

    private static String strict(Charset charset, byte[] bytes, int offset, int length, String reason) throws PostException {
        try {
            return decodeOrThrow(charset, bytes, offset, length);
        } catch (CharacterCodingException e) {
            throw new PostException(ProblemReason.of(reason));
        }
    }

    private static String decodeOrThrow(Charset charset, byte[] bytes, int offset, int length) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, length))
                .toString();
    }

    private static boolean startsWith(byte[] bytes, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
