package parley.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import parley.domain.Event;
import parley.domain.Source;
import parley.timeline.TextMeasure;
import parley.timeline.TimelineIndex;

/**
 * The export page of {@link PngExporter} as a vector document, for reports: PDF (one page, real text in an embedded
 * font) or SVG. The same page and painter draw it, through {@link PdfDrawing} or {@link SvgDrawing} instead of a
 * canvas, so it shows what the PNG shows. The drawing's work is bounded by the page, not by the events: 100,000
 * events cost their index and no more.
 */
public final class VectorExporter {
    /** CSS pixels to PDF points: a 1920-pixel export is a 1440-point (50 cm) page, its text at a readable size. */
    private static final double PT_PER_PX = 0.75;

    /** The vector formats. */
    public enum Format {
        PDF, SVG;

        /** "pdf", "svg". */
        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private VectorExporter() {
    }

    public static void export(List<Event> events, List<Source> sources, ExportOptions options, Path out,
                              Format format) {
        export(new TimelineIndex(events), sources, options, out, format);
    }

    /** Exports the events of an index already built (the window's). */
    public static void export(TimelineIndex index, List<Source> sources, ExportOptions options, Path out,
                              Format format) {
        PngExporter.checkSize(options);
        if (format == Format.SVG) {
            String svg = svg(index, sources, options);
            AtomicWrite.write(out, file -> file.write(svg.getBytes(StandardCharsets.UTF_8)));
        } else {
            AtomicWrite.write(out, file -> {
                try (PDDocument doc = pdf(index, sources, options)) {
                    doc.save(file);
                }
            });
        }
    }

    /** The SVG document as text. */
    static String svg(TimelineIndex index, List<Source> sources, ExportOptions options) {
        return FxRuntime.call(() -> {
            ExportPage page = PngExporter.page(index, sources, options, null);
            javafx.scene.text.Text probe = new javafx.scene.text.Text();
            SvgDrawing g = new SvgDrawing((text, size, bold) -> {
                probe.setFont(javafx.scene.text.Font.font(probe.getFont().getFamily(),
                        bold ? javafx.scene.text.FontWeight.BOLD : javafx.scene.text.FontWeight.NORMAL, size));
                probe.setText(text);
                return probe.getLayoutBounds().getWidth();
            });
            page.draw(g, true);
            return g.document(options.width(), options.height(), page.width(), page.height(), options.title());
        });
    }

    /** The PDF document, one page; the caller saves and closes it. */
    static PDDocument pdf(TimelineIndex index, List<Source> sources, ExportOptions options) throws IOException {
        PDDocument doc = new PDDocument();
        try {
            PdfFonts fonts = new PdfFonts(doc);
            // Labels are laid out with the widths the PDF's own font gives them, so none overlaps its neighbour.
            TextMeasure measure = text -> fonts.width(text == null ? "" : text, false) * 12;
            ExportPage page = FxRuntime.call(() -> PngExporter.page(index, sources, options, measure));
            float w = (float) (page.width() * page.zoom() * PT_PER_PX);
            float h = (float) (page.height() * page.zoom() * PT_PER_PX);
            PDPage pdfPage = new PDPage(new PDRectangle(w, h));
            doc.addPage(pdfPage);
            try (PDPageContentStream out = new PDPageContentStream(doc, pdfPage)) {
                double s = page.zoom() * PT_PER_PX;
                // Page units with y down, as the painter draws.
                out.transform(new org.apache.pdfbox.util.Matrix((float) s, 0, 0, (float) -s, 0, h));
                PdfDrawing g = new PdfDrawing(out, fonts, page.background());
                FxRuntime.call(() -> {
                    page.draw(g, true);
                    return null;
                });
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(options.title() == null || options.title().isBlank() ? "Parley timeline" : options.title());
            info.setCreator("Parley");
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }
}
