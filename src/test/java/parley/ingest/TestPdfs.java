package parley.ingest;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** PDFs made at test time with PDFBox: text (drawn out of order), password-protected and image-only. */
final class TestPdfs {
    private TestPdfs() {
    }

    /** A page whose lines are drawn bottom line first, so only position sorting gives the reading order. */
    static byte[] text(String title, String... lines) {
        try (PDDocument doc = new PDDocument()) {
            writeLines(doc, lines);
            doc.getDocumentInformation().setTitle(title);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] encrypted(String userPassword, String... lines) {
        try (PDDocument doc = new PDDocument()) {
            writeLines(doc, lines);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] imageOnly() {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 100);
            g.setColor(Color.BLACK);
            g.fillRect(20, 40, 160, 8);
            g.dispose();
            PDImageXObject x = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(x, 50, 500, 400, 200);
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeLines(PDDocument doc, String... lines) throws IOException {
        PDPage page = new PDPage();
        doc.addPage(page);
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            for (int i = lines.length - 1; i >= 0; i--) {
                cs.beginText();
                cs.setFont(font, 11);
                cs.newLineAtOffset(60, 720 - 18 * i);
                cs.showText(lines[i]);
                cs.endText();
            }
        }
    }

    /**
     * A document of several pages as a browser prints one: {@code header} at the top of every page and {@code footer}
     * at the bottom ("%d" becomes the page number), the body lines of each page in between.
     */
    static byte[] printed(String title, String creator, String header, String footer, String[]... pageBodies) {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < pageBodies.length; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    line(cs, font, 8, 40, 770, header.formatted(p + 1));
                    for (int i = 0; i < pageBodies[p].length; i++) {
                        line(cs, font, 11, 60, 720 - 18 * i, pageBodies[p][i]);
                    }
                    line(cs, font, 8, 40, 30, footer.formatted(p + 1));
                }
            }
            doc.getDocumentInformation().setTitle(title);
            doc.getDocumentInformation().setCreator(creator);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
