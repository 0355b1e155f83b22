package parley.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

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
 * printed from a browser carries the printing day, not the publication day). Lines printed on every page (print
 * date, page title, address, page numbers) are removed; see {@link RunningLines}.
 */
final class PdfText {
    /** Beyond this the parser's buffers spill to a temporary file instead of the heap. */
    private static final long MEMORY_BUDGET = 64L * 1024 * 1024;

    private PdfText() {
    }

    /** The text without running lines; title and author from the PDF's own information when usable. */
    record Read(String text, String title, String author, String url, String outlet) {
    }

    /** Pages beyond this are read as one block: running lines are looked for on the first ones only. */
    private static final int MAX_PAGES_APART = 200;

    static Read read(byte[] bytes) throws UnreadableFileException {
        try (PDDocument doc = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMixed(MEMORY_BUDGET).streamCache)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n");
            int pages = doc.getNumberOfPages();
            List<String> pageTexts = new ArrayList<>();
            for (int p = 1; p <= Math.min(pages, MAX_PAGES_APART); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                // a year alone on its line would pass for a page number: join a date's wrap before that is looked for
                pageTexts.add(DateWraps.joined(TextDecoder.normaliseNewlines(stripper.getText(doc))));
            }
            if (pages > MAX_PAGES_APART) {
                stripper.setStartPage(MAX_PAGES_APART + 1);
                stripper.setEndPage(pages);
                pageTexts.add(DateWraps.joined(TextDecoder.normaliseNewlines(stripper.getText(doc))));
            }
            if (pageTexts.stream().allMatch(String::isBlank)) {
                throw new UnreadableFileException(pages == 0 ? "PDF has no pages" : "PDF has no text layer (scanned?)");
            }
            RunningLines.Result running = RunningLines.strip(pageTexts);
            PDDocumentInformation info = doc.getDocumentInformation();
            String title = usableTitle(info.getTitle());
            return new Read(running.text(), title, usableAuthor(info.getAuthor()), running.url(), running.outlet());
        } catch (InvalidPasswordException e) {
            throw new UnreadableFileException("encrypted PDF (it needs a password to open)", e);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new UnreadableFileException("damaged or truncated PDF (" + describe(e) + ")", e);
        }
    }

    private static String usableTitle(String t) {
        String title = JsonLd.blankToNull(t);
        // A file name or the program that printed it is no title ("Microsoft Word - brief.docx", "Untitled").
        if (title == null || title.matches("(?i).*\\.(docx?|pdf|indd|odt|rtf|txt|html?|pages)$")
                || title.matches("(?i)^(untitled|microsoft word|document\\d*|print|printed|new tab|about:blank)\\b.*")
                || title.matches("(?i)^(?:mozilla firefox|google chrome|chrome|chromium|safari|microsoft edge|edge"
                        + "|wkhtmltopdf|libreoffice|openoffice|writer|pages|word|acrobat|adobe acrobat)"
                        + "(?:\\s+[\\d.]+)?$")
                || title.matches("(?i)^(?:https?://|www\\.)\\S+$")) {
            return null;
        }
        return HtmlArticle.withoutSiteSuffix(title, null, true);
    }

    private static String usableAuthor(String a) {
        String author = JsonLd.blankToNull(a);
        return author == null || author.matches("(?i).*\\b(admin|user|owner|administrator)\\b.*") ? null
                : Bylines.fromField(author);
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return m.length() > 120 ? m.substring(0, 120) + "…" : m;
    }
}
