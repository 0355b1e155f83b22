package parley.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import parley.domain.UnreadableFileException;

/**
 * Decides how to read a file from its content first and its extension second, so an HTML page saved as .txt or a
 * PDF named .html is read for what it is, and an image or program renamed .txt is refused with a plain reason.
 */
final class FormatSniffer {
    enum Format {
        TXT("txt"), MD("md"), HTML("html"), PDF("pdf"), EML("eml");

        final String label;

        Format(String label) {
            this.label = label;
        }
    }

    private static final Pattern HTML_START = Pattern.compile(
            "(?is)^\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta|title|link"
                    + "|base|div|article|section|main|header|p|h[1-6]|table|script|style)\\b");

    private static final Pattern WEB_ARCHIVE = Pattern.compile(
            "(?is)\\A(?:[\\w-]+:[^\\n]*\\n)*?mime-version:.*?content-type:\\s*multipart/related");

    /** A header line of an Internet message: "Name: value", or a folded continuation. */
    private static final Pattern HEADER_LINE = Pattern.compile("^(?:[A-Za-z][A-Za-z0-9-]{0,60}:.*|[ \\t]+\\S.*)$");

    private FormatSniffer() {
    }

    /** PDF by its "%PDF-" header (allowed anywhere in the first kilobyte); else null. Refuses known binaries. */
    static Format byMagic(byte[] b) throws UnreadableFileException {
        if (indexOf(b, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0) {
            return Format.PDF;
        }
        String binary = binaryKind(b);
        if (binary != null) {
            throw new UnreadableFileException("not a text article: looks like " + binary);
        }
        return null;
    }

    /** Text that starts like markup is HTML whatever its name; other text is Markdown or plain by extension. */
    static Format byText(String text, String fileName) {
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        if (HTML_START.matcher(head).find()) {
            return Format.HTML;
        }
        String ext = extension(fileName);
        if (ext.equals("md") || ext.equals("markdown")) {
            return Format.MD;
        }
        return Format.TXT;
    }

    /**
     * An e-mail message: named .eml, or text opening with a header block (up to the first blank line) that has a
     * From line and a Subject or Date line. A browser's web archive (which also opens with such headers) is not one.
     */
    static boolean isEmail(String text, String fileName) {
        if (text.isEmpty() || !Character.isLetter(text.charAt(0))) {
            return false; // a message opens with its first header's name
        }
        String head = text.length() > 16_384 ? text.substring(0, 16_384) : text;
        boolean eml = extension(fileName).equals("eml");
        boolean from = false;
        boolean subjectOrDate = false;
        int headers = 0;
        int start = 0;
        while (start < head.length()) {
            int end = start;
            while (end < head.length() && head.charAt(end) != '\n' && head.charAt(end) != '\r') {
                end++;
            }
            String line = head.substring(start, end);
            start = end + (head.startsWith("\r\n", end) ? 2 : 1);
            if (line.isEmpty()) {
                break;
            }
            if (!HEADER_LINE.matcher(line).matches()) {
                if (!eml) {
                    return false;
                }
                break;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            from |= lower.startsWith("from:");
            subjectOrDate |= lower.startsWith("subject:") || lower.startsWith("date:");
            headers++;
        }
        return from && (subjectOrDate || eml) && (headers >= 2 || eml) && !isWebArchive(head)
                && !head.contains("Snapshot-Content-Location:");
    }

    /** A browser's single-file web archive (MIME multipart/related), whose HTML is encoded inside. */
    static boolean isWebArchive(String text) {
        String head = text.length() > 2048 ? text.substring(0, 2048) : text;
        return WEB_ARCHIVE.matcher(head).find();
    }

    /** True for extensions that promise HTML, so a page that declares a charset is decoded with it. */
    static boolean htmlByName(String fileName) {
        String ext = extension(fileName);
        return ext.equals("html") || ext.equals("htm") || ext.equals("xhtml") || ext.equals("shtml");
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** A description of a known binary format ("a PNG image"), or null. */
    static String binaryKind(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (starts(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B') {
            return "a WebP image";
        }
        if (starts(b, 'I', 'I', 0x2A, 0x00) || starts(b, 'M', 'M', 0x00, 0x2A)) {
            return "a TIFF image";
        }
        if (b.length >= 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
            return "a video or HEIC image";
        }
        if (starts(b, 'P', 'K', 3, 4) || starts(b, 'P', 'K', 5, 6)) {
            return "a ZIP archive (Word, OpenDocument and EPUB files are ZIP archives too)";
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "an old Microsoft Office document";
        }
        if (starts(b, 0x1F, 0x8B)) {
            return "a gzip archive";
        }
        if (starts(b, '7', 'z', 0xBC, 0xAF)) {
            return "a 7-Zip archive";
        }
        if (starts(b, 'R', 'a', 'r', '!')) {
            return "a RAR archive";
        }
        if (starts(b, 0x7F, 'E', 'L', 'F')) {
            return "an executable program (ELF)";
        }
        if (starts(b, 'M', 'Z') && b.length >= 64 && hasZeroIn(b, 64)) {
            return "a Windows program";
        }
        if (starts(b, 0xCA, 0xFE, 0xBA, 0xBE)) {
            return "a compiled program (Java class or macOS binary)";
        }
        if (starts(b, 0xCF, 0xFA, 0xED, 0xFE) || starts(b, 0xFE, 0xED, 0xFA, 0xCF)
                || starts(b, 0xCE, 0xFA, 0xED, 0xFE) || starts(b, 0xFE, 0xED, 0xFA, 0xCE)) {
            return "a macOS program";
        }
        if (starts(b, 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f')) {
            return "an SQLite database";
        }
        if (starts(b, 'I', 'D', '3') || starts(b, 0xFF, 0xFB) || starts(b, 'O', 'g', 'g', 'S')
                || starts(b, 'f', 'L', 'a', 'C')) {
            return "an audio file";
        }
        if (starts(b, '{', '\\', 'r', 't', 'f')) {
            return "an RTF document (save it as plain text or PDF)";
        }
        return null;
    }

    /**
     * True when decoded text holds control characters a text article never has (NUL and friends) in more than a
     * trace: binary data of an unknown kind.
     */
    static boolean looksBinary(String text) {
        int n = Math.min(text.length(), 65536);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == 0xFFFD) {
                control++;
            }
        }
        return control > 0 && control * 100 > n;
    }

    private static boolean hasZeroIn(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte[] needle, int within) {
        int last = Math.min(b.length - needle.length, within);
        outer:
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
