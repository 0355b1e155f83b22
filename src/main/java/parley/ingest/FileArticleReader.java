package parley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import parley.domain.Article;
import parley.domain.ArticleReader;
import parley.domain.UnreadableFileException;

/**
 * Reads .txt, .md, .html/.htm, .pdf and .eml articles, deciding the format by content first (an HTML page saved as .txt,
 * a PDF named .html) and the extension second. Plain text and Markdown are kept as read (newlines normalised to
 * LF) so that mention offsets index into exactly what the analyst saved, save the emphasis marks around names in
 * Markdown, which no reader of the page sees ({@link NameEmphasis}); an HTML page gives its article body and
 * captions; a PDF gives its text layer. Everything a file cannot be turned into an article for becomes an
 * {@link UnreadableFileException} with a reason a person understands. Stateless and thread-safe.
 */
public final class FileArticleReader implements ArticleReader {
    /** Articles are kilobytes; anything past this is not one, and is refused before it is read into memory. */
    public static final long DEFAULT_SIZE_LIMIT = 20L * 1024 * 1024;

    private final long sizeLimit;

    public FileArticleReader() {
        this(DEFAULT_SIZE_LIMIT);
    }

    /** A reader refusing files over {@code sizeLimit} bytes. */
    public FileArticleReader(long sizeLimit) {
        if (sizeLimit <= 0) {
            throw new IllegalArgumentException("size limit must be positive: " + sizeLimit);
        }
        this.sizeLimit = sizeLimit;
    }

    @Override
    public Article read(Path file) throws UnreadableFileException {
        byte[] bytes = load(file);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String sha = sha256(bytes);
        FormatSniffer.Format format = FormatSniffer.byMagic(bytes);
        if (format == FormatSniffer.Format.PDF) {
            PdfText.Read pdf = PdfText.read(bytes);
            // The address printed on every page is the article's own; its date counts, the print date never does.
            DateSignals signals = TextDates.collect(pdf.text(), pdf.text().lines().toList(), new DateSignals());
            signals.add(DateSignals.Signal.URL, TextDates.urlDate(pdf.url()), "the address printed on each page");
            Metadata fromText = TextMetadata.of(pdf.text());
            // The document's author field often names only the first of the byline's authors.
            Metadata meta = new Metadata(pdf.title(), pdf.outlet(), Bylines.widest(pdf.author(), fromText.author()),
                    signals.decide()).orElse(fromText);
            return article(name, format, sha, pdf.text(), meta);
        }
        boolean htmlName = FormatSniffer.htmlByName(name);
        String declared = htmlName || startsLikeMarkup(bytes) ? HtmlArticle.declaredCharset(bytes) : null;
        String text = TextDecoder.decode(bytes, declared).text();
        if (FormatSniffer.looksBinary(text)) {
            throw new UnreadableFileException("not a text article: looks like binary data");
        }
        if (FormatSniffer.isEmail(text, name)) {
            EmlArticle.Read mail = EmlArticle.read(bytes);
            Metadata m = mail.metadata();
            List<String> notes = new ArrayList<>(m.dating().disagreements());
            notes.addAll(mail.notes());
            return new Article(name, FormatSniffer.Format.EML.label, sha, mail.text(), m.title(), m.publisher(),
                    m.author(), m.published(), m.dating().signal(), notes);
        }
        if (FormatSniffer.isWebArchive(text)) {
            throw new UnreadableFileException("a web archive (.mhtml) is not supported: save the page as"
                    + " \"Web Page, HTML only\" or print it to PDF");
        }
        format = FormatSniffer.byText(text, name);
        if (format == FormatSniffer.Format.HTML) {
            HtmlArticle.Read page = HtmlArticle.read(text);
            if (page.text().isBlank()) {
                throw new UnreadableFileException("web page has no article text");
            }
            return article(name, format, sha, page.text(), page.metadata());
        }
        String plain = TextDecoder.normaliseNewlines(text);
        if (format == FormatSniffer.Format.MD) {
            plain = NameEmphasis.unmark(plain); // what a reader of the page sees: "Minister Lena Ortiz", no marks
        }
        if (plain.isBlank()) {
            throw new UnreadableFileException("has no text (only blank space)");
        }
        return article(name, format, sha, plain, TextMetadata.of(plain));
    }

    private static Article article(String name, FormatSniffer.Format format, String sha, String text, Metadata m) {
        return new Article(name, format.label, sha, text, m.title(), m.publisher(), m.author(), m.published(),
                m.dating().signal(), m.dating().disagreements());
    }

    /** The file's bytes, at most the size limit, read once; a file growing past the limit meanwhile is refused. */
    private byte[] load(Path file) throws UnreadableFileException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new UnreadableFileException("cannot be read: it is a folder");
            }
            if (!attributes.isRegularFile()) {
                // A pipe or device could block forever or never end.
                throw new UnreadableFileException("cannot be read: not a regular file");
            }
            long size = attributes.size();
            if (size > sizeLimit) {
                throw tooLarge(size);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(sizeLimit + 1, Integer.MAX_VALUE - 16));
            }
            if (bytes.length > sizeLimit) {
                throw tooLarge(bytes.length);
            }
            if (bytes.length == 0) {
                throw new UnreadableFileException("empty file");
            }
            return bytes;
        } catch (IOException e) {
            throw new UnreadableFileException(ioReason(e), e);
        }
    }

    private UnreadableFileException tooLarge(long size) {
        return new UnreadableFileException("too large (" + megabytes(size) + "; the limit is " + megabytes(sizeLimit)
                + ")");
    }

    /** A size for people: "512 MB", "1.5 MB", "40 KB", "16 bytes". */
    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        if (mb >= 10) {
            return Math.round(mb) + " MB";
        }
        if (mb >= 1) {
            return String.format(Locale.ROOT, "%.1f MB", mb);
        }
        return bytes >= 1024 ? Math.round(bytes / 1024.0) + " KB" : bytes + " bytes";
    }

    /** "cannot be read: permission denied", "cannot be read: the file no longer exists", ... */
    static String ioReason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "cannot be read: the file no longer exists";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot be read: permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return "cannot be read: " + fse.getReason().toLowerCase(Locale.ROOT);
        }
        String m = e.getMessage();
        return "cannot be read: " + (m == null || m.isBlank() ? e.getClass().getSimpleName() : m);
    }

    private static boolean startsLikeMarkup(byte[] b) {
        for (int i = 0; i < Math.min(b.length, 512); i++) {
            int c = b[i] & 0xFF;
            if (c == '<') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != 0xEF && c != 0xBB && c != 0xBF) {
                return false;
            }
        }
        return false;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
