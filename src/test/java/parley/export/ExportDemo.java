package parley.export;

import java.nio.file.Path;
import java.time.LocalDate;

import parley.ui.FakeEventStore;
import parley.ui.SampleData;

/**
 * Writes a sample export for a person to look at: {@code ExportDemo OUT.png [width height [many]]}; also OUT.pdf and
 * OUT.svg, and OUT.pdf.png, the PDF as a PDF viewer would show it (rendered by PDFBox).
 */
public final class ExportDemo {
    private ExportDemo() {
    }

    public static void main(String[] args) {
        FakeEventStore store = SampleData.store();
        int w = args.length > 1 ? Integer.parseInt(args[1]) : 1600;
        int h = args.length > 2 ? Integer.parseInt(args[2]) : 900;
        PngExporter.export(store.events(), store.sources(),
                new ExportOptions(w, h, null, null, "Ukraine diplomacy, summer 2025"), Path.of(args[0]));
        for (VectorExporter.Format f : VectorExporter.Format.values()) {
            VectorExporter.export(store.events(), store.sources(),
                    new ExportOptions(w, h, null, null, "Ukraine diplomacy, summer 2025"),
                    Path.of(args[0].replaceAll("\\.png$", "") + "." + f.extension()), f);
        }
        try (var doc = org.apache.pdfbox.Loader.loadPDF(Path.of(args[0].replaceAll("\\.png$", "") + ".pdf").toFile())) {
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 96),
                    "png", Path.of(args[0].replaceAll("\\.png$", "") + ".pdf.png").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (args.length > 3) {
            PngExporter.export(SampleData.many(Integer.parseInt(args[3]), 2000, 25), store.sources(),
                    new ExportOptions(w, h, LocalDate.of(2010, 1, 1), null, "Volume"), Path.of(args[0] + ".many.png"));
        }
        System.exit(0);
    }
}
