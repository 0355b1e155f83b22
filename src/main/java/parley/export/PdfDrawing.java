package parley.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.shape.StrokeLineCap;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * The painter's drawing as PDF content: vector paths and real text in an embedded font, so a report's timeline can
 * be searched, copied and printed at any size. The page's y axis is flipped once at the start, so everything arrives
 * in page units with y down, as the painter draws. Transparency goes through graphics states (one per opacity); a
 * gradient (the soft span of a month- or year-only date) is drawn as thin solid strips under the shape's clip.
 */
final class PdfDrawing extends VectorDrawing {
    /** Strips a gradient is cut into: fine enough that no band shows at export sizes. */
    private static final int STRIPS = 24;

    private final PDPageContentStream out;
    private final PdfFonts fonts;
    private final Map<Integer, PDExtendedGraphicsState> alphas = new HashMap<>();
    /** The page's background, which gradient strips are composed onto (opaque strips leave no seams). */
    private final Color ground;

    PdfDrawing(PDPageContentStream out, PdfFonts fonts, Color ground) {
        this.out = out;
        this.fonts = fonts;
        this.ground = ground;
    }

    @Override
    void pushed() {
        io(out::saveGraphicsState);
    }

    @Override
    void popping() {
        io(out::restoreGraphicsState);
    }

    @Override
    void clipPath(Path p) {
        io(() -> {
            trace(p);
            out.clip();
        });
    }

    @Override
    void fillPath(Path p, Paint paint) {
        io(() -> {
            if (paint instanceof LinearGradient g && !g.isProportional() && g.getStops().size() > 1) {
                fillGradient(p, g);
                return;
            }
            out.saveGraphicsState();
            colour(solid(paint), false);
            trace(p);
            out.fill();
            out.restoreGraphicsState();
        });
    }

    /**
     * Strips across the gradient's axis (horizontal gradients only, which is what the painter makes), each opaque:
     * its colour composed onto the page's background, so overlapping strips show no seams.
     */
    private void fillGradient(Path p, LinearGradient g) throws IOException {
        double x0 = px(g.getStartX(), g.getStartY());
        double x1 = px(g.getEndX(), g.getEndY());
        double[] box = bounds(p);
        out.saveGraphicsState();
        trace(p);
        out.clip();
        double w = (x1 - x0) / STRIPS;
        for (int i = 0; i < STRIPS; i++) {
            double t = (i + 0.5) / STRIPS;
            out.saveGraphicsState();
            Color c = at(g, t);
            colour(ground.interpolate(Color.color(c.getRed(), c.getGreen(), c.getBlue()), c.getOpacity()), false);
            out.addRect((float) (x0 + i * w), (float) box[1], (float) (w + 0.5), (float) (box[3] - box[1]));
            out.fill();
            out.restoreGraphicsState();
        }
        out.restoreGraphicsState();
    }

    /** The gradient's colour at t in [0, 1], interpolated between its stops. */
    private static Color at(LinearGradient g, double t) {
        Stop prev = g.getStops().get(0);
        for (Stop s : g.getStops()) {
            if (s.getOffset() >= t) {
                double span = s.getOffset() - prev.getOffset();
                double f = span <= 0 ? 0 : (t - prev.getOffset()) / span;
                return prev.getColor().interpolate(s.getColor(), f);
            }
            prev = s;
        }
        return prev.getColor();
    }

    private static double[] bounds(Path p) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i + 1 < p.size; i += 2) {
            minX = Math.min(minX, p.coords[i]);
            maxX = Math.max(maxX, p.coords[i]);
            minY = Math.min(minY, p.coords[i + 1]);
            maxY = Math.max(maxY, p.coords[i + 1]);
        }
        return new double[] {minX, minY, maxX, maxY};
    }

    @Override
    void strokePath(Path p, Paint paint, double width, StrokeLineCap cap, double[] dashes) {
        io(() -> {
            out.saveGraphicsState();
            colour(solid(paint), true);
            out.setLineWidth((float) width);
            out.setLineCapStyle(cap == StrokeLineCap.ROUND ? 1 : cap == StrokeLineCap.SQUARE ? 2 : 0);
            if (dashes.length > 0) {
                float[] d = new float[dashes.length];
                for (int i = 0; i < d.length; i++) {
                    d[i] = (float) dashes[i];
                }
                out.setLineDashPattern(d, 0);
            }
            trace(p);
            out.stroke();
            out.restoreGraphicsState();
        });
    }

    @Override
    void text(String text, double x, double y, double size, boolean bold, Paint paint) {
        String shown = fonts.encodable(text, bold);
        if (shown.isBlank()) {
            return;
        }
        io(() -> {
            out.saveGraphicsState();
            colour(solid(paint), false);
            out.beginText();
            out.setFont(fonts.font(bold), 1);
            // The page is flipped (y down): a negative y scale sets the glyphs upright again.
            out.setTextMatrix(new Matrix((float) size, 0, 0, (float) -size, (float) x, (float) y));
            out.showText(shown);
            out.endText();
            out.restoreGraphicsState();
        });
    }

    @Override
    double textWidth(String text, double size, boolean bold) {
        return fonts.width(text, bold) * size;
    }

    private void colour(Color c, boolean stroke) throws IOException {
        if (stroke) {
            out.setStrokingColor((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue());
        } else {
            out.setNonStrokingColor((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue());
        }
        int alpha = (int) Math.round(c.getOpacity() * 100);
        if (alpha < 100) {
            PDExtendedGraphicsState gs = alphas.computeIfAbsent(alpha, a -> {
                PDExtendedGraphicsState s = new PDExtendedGraphicsState();
                s.setNonStrokingAlphaConstant(a / 100f);
                s.setStrokingAlphaConstant(a / 100f);
                return s;
            });
            out.setGraphicsStateParameters(gs);
        }
    }

    private void trace(Path p) throws IOException {
        int k = 0;
        for (int i = 0; i < p.ops.length(); i++) {
            switch (p.ops.charAt(i)) {
                case 'M' -> out.moveTo((float) p.coords[k++], (float) p.coords[k++]);
                case 'L' -> out.lineTo((float) p.coords[k++], (float) p.coords[k++]);
                case 'C' -> out.curveTo((float) p.coords[k++], (float) p.coords[k++], (float) p.coords[k++],
                        (float) p.coords[k++], (float) p.coords[k++], (float) p.coords[k++]);
                default -> out.closePath();
            }
        }
    }

    @FunctionalInterface
    private interface PdfWork {
        void run() throws IOException;
    }

    private static void io(PdfWork work) {
        try {
            work.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
