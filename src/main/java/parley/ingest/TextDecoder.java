package parley.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns a file's bytes into text without mojibake. Order: a byte-order mark; UTF-16 recognised by its zero bytes;
 * strict UTF-8 (which also covers ASCII); UTF-8 with a few damaged bytes (these become U+FFFD); a charset the
 * HTML page declares; Windows-1252 when the non-ASCII bytes sit inside Latin words or are typographic punctuation;
 * juniversalchardet's guess; Windows-1252.
 * Latin-1 and ASCII are read as Windows-1252, their superset (as browsers do), so curly quotes survive.
 */
final class TextDecoder {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final int SAMPLE = 8192;

    private TextDecoder() {
    }

    /** Text decoded with the charset it was found to have. */
    record Decoded(String text, Charset charset) {
    }

    /** The charset of a byte-order mark, or null. */
    static Charset bomCharset(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return UTF_32LE;
        }
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return UTF_32BE;
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** UTF-16 without a mark, when the zero bytes of ASCII characters all fall on one side; else null. */
    static Charset utf16ByZeroes(byte[] b) {
        int n = Math.min(b.length, SAMPLE) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZero++;
            }
            if (b[i + 1] == 0) {
                oddZero++;
            }
        }
        int pairs = n / 2;
        if (oddZero * 10 >= pairs * 3 && evenZero * 20 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero * 10 >= pairs * 3 && oddZero * 20 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Decodes the bytes; {@code declared} is a charset name the document itself states, or null. */
    static Decoded decode(byte[] b, String declared) {
        Charset bom = bomCharset(b);
        if (bom != null) {
            return new Decoded(stripBom(new String(b, bom)), bom);
        }
        Charset wide = utf16ByZeroes(b);
        if (wide != null) {
            return new Decoded(stripBom(new String(b, wide)), wide);
        }
        String utf8 = strictUtf8(b);
        if (utf8 != null) {
            return new Decoded(stripBom(utf8), StandardCharsets.UTF_8);
        }
        if (mostlyUtf8(b)) {
            return new Decoded(stripBom(new String(b, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        }
        Charset stated = supported(declared);
        if (stated != null && !stated.equals(StandardCharsets.UTF_8)) {
            return new Decoded(new String(b, stated), stated);
        }
        Charset chosen = latinLooking(b) ? WINDOWS_1252 : guess(b);
        return new Decoded(new String(b, chosen), chosen);
    }

    /** CRLF and lone CR become LF; nothing else changes. */
    static String normaliseNewlines(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    private static String strictUtf8(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * True when the multi-byte sequences are nearly all valid UTF-8: a UTF-8 file with a damaged byte or two. Text in
     * a single-byte charset almost never forms valid sequences, so it does not pass.
     */
    static boolean mostlyUtf8(byte[] b) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
                    : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (len == 1) {
                i++;
                continue;
            }
            boolean ok = len > 0 && i + len <= b.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += len;
            } else {
                invalid++;
                i++;
            }
        }
        return valid >= 2 && invalid * 3 <= valid;
    }

    /** A charset Java knows by this name, with Latin-1 and ASCII widened to Windows-1252; else null. */
    static Charset supported(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("latin-1") || n.equals("us-ascii")
                || n.equals("ascii") || n.equals("iso8859-1") || n.equals("iso_8859-1")) {
            return WINDOWS_1252;
        }
        try {
            return Charset.isSupported(n) ? Charset.forName(n) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * True when most words holding non-ASCII bytes also hold ASCII letters ("café", "Zürich") or the bytes are
     * Windows-1252 punctuation (curly quotes, dashes, ellipsis). Cyrillic or Greek single-byte text instead forms
     * whole words of high bytes, and is left to the detector.
     */
    static boolean latinLooking(byte[] b) {
        int n = Math.min(b.length, SAMPLE * 4);
        int highWords = 0;
        int latinWords = 0;
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(b[i])) {
                i++;
            }
            int high = 0;
            int ascii = 0;
            int punct = 0;
            while (i < n && !isSpace(b[i])) {
                int c = b[i] & 0xFF;
                if (c >= 0x80) {
                    high++;
                    if (c >= 0x80 && c <= 0x9F || c == 0xA0 || c == 0xAB || c == 0xBB || c == 0xB4) {
                        punct++;
                    }
                } else if (Character.isLetter(c)) {
                    ascii++;
                }
                i++;
            }
            if (high > 0) {
                highWords++;
                if (ascii > high || punct == high) {
                    latinWords++;
                }
            }
        }
        return highWords == 0 || latinWords * 10 >= highWords * 7;
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    private static Charset guess(byte[] b) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(b, 0, Math.min(b.length, SAMPLE * 8));
        detector.dataEnd();
        Charset c = supported(detector.getDetectedCharset());
        return c == null || c.equals(StandardCharsets.UTF_8) ? WINDOWS_1252 : c;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
