package parley.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The fonts of a PDF export. A sans-serif TrueType face found on the system (DejaVu Sans, Liberation Sans, Arial) is
 * embedded as a subset with its Unicode map, so names in any European script stay searchable and copyable; with none
 * found, the PDF standard Helvetica is used and characters outside its encoding are shown as "?".
 */
final class PdfFonts {
    /** Regular and bold faces, in order of preference, where Linux, Windows and macOS keep them. */
    private static final List<String[]> CANDIDATES = List.of(
            new String[] {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"},
            new String[] {"/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"},
            new String[] {"/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"},
            new String[] {"/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
                "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"},
            new String[] {"C:\\Windows\\Fonts\\arial.ttf", "C:\\Windows\\Fonts\\arialbd.ttf"},
            new String[] {"/System/Library/Fonts/Supplemental/Arial.ttf",
                "/System/Library/Fonts/Supplemental/Arial Bold.ttf"},
            new String[] {"/Library/Fonts/Arial.ttf", "/Library/Fonts/Arial Bold.ttf"});

    private final PDFont regular;
    private final PDFont bold;
    private final java.util.Map<Integer, Boolean> regularHas = new java.util.HashMap<>();
    private final java.util.Map<Integer, Boolean> boldHas = new java.util.HashMap<>();

    PdfFonts(PDDocument doc) {
        PDFont r = null;
        PDFont b = null;
        for (String[] pair : CANDIDATES) {
            if (Files.isRegularFile(Path.of(pair[0]))) {
                try {
                    r = PDType0Font.load(doc, Path.of(pair[0]).toFile());
                    b = Files.isRegularFile(Path.of(pair[1])) ? PDType0Font.load(doc, Path.of(pair[1]).toFile()) : r;
                    break;
                } catch (IOException e) {
                    r = null; // an unreadable font file: try the next face
                }
            }
        }
        if (r == null) {
            r = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            b = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        }
        regular = r;
        bold = b;
    }

    PDFont font(boolean isBold) {
        return isBold ? bold : regular;
    }

    /** The text with every character the font cannot show replaced by "?" (and controls by spaces). */
    String encodable(String text, boolean isBold) {
        PDFont f = font(isBold);
        var has = isBold ? boldHas : regularHas;
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                sb.append(' ');
                return;
            }
            boolean ok = has.computeIfAbsent(cp, c -> {
                try {
                    f.encode(new String(Character.toChars(c)));
                    return true;
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
            sb.append(ok ? new String(Character.toChars(cp)) : "?");
        });
        return sb.toString();
    }

    /** Width of the text at size 1. */
    double width(String text, boolean isBold) {
        try {
            return font(isBold).getStringWidth(encodable(text, isBold)) / 1000.0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
