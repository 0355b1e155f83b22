package parley.ingest;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import parley.domain.UnreadableFileException;

/**
 * The text layer of a PDF, in reading order (PDFBox sorts by position, so two-column pages and out-of-order
 * drawing come out as a person reads them). Refuses password-protected, damaged and image-only PDFs with a reason.
 * The PDF's own title is used only when it is not a file or program name; its creation date is ignored (a page
 * printed from a browser carries the printing day, not the publication day).
 */
final class PdfText {
    /** Beyond this the parser's buffers spill to a temporary file instead of the heap. */
    private static final long MEMORY_BUDGET = 64L * 1024 * 1024;

    private PdfText() {
    }

    record Read(String text, String title, String author) {
    }

    static Read read(byte[] bytes) throws UnreadableFileException {
        try (PDDocument doc = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMixed(MEMORY_BUDGET).streamCache)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n");
            String text = TextDecoder.normaliseNewlines(stripper.getText(doc)).strip();
            if (text.isEmpty()) {
                throw new UnreadableFileException(doc.getNumberOfPages() == 0 ? "PDF has no pages"
                        : "PDF has no text layer (scanned?)");
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            return new Read(text, usableTitle(info.getTitle()), usableAuthor(info.getAuthor()));
        } catch (InvalidPasswordException e) {
            throw new UnreadableFileException("encrypted PDF (it needs a password to open)", e);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new UnreadableFileException("damaged or truncated PDF (" + describe(e) + ")", e);
        }
    }

    private static String usableTitle(String t) {
        String title = JsonLd.blankToNull(t);
        if (title == null || title.matches("(?i).*\\.(docx?|pdf|indd|odt|rtf|txt|html?)$")
                || title.matches("(?i)^(untitled|microsoft word|document\\d*)\\b.*")) {
            return null;
        }
        return HtmlArticle.withoutSiteSuffix(title, null, true);
    }

    private static String usableAuthor(String a) {
        String author = JsonLd.blankToNull(a);
        return author == null || author.matches("(?i).*\\b(admin|user|owner|administrator)\\b.*") ? null : author;
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return m.length() > 120 ? m.substring(0, 120) + "…" : m;
    }
}
