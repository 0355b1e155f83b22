package parley.export;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.shape.StrokeLineCap;

/**
 * The painter's drawing as SVG 1.1: paths, real {@code <text>} elements (searchable, selectable, restyled by any
 * editor), gradients as {@code <linearGradient>}, clips as {@code <clipPath>}. Coordinates are page units with two
 * decimals; the picture is sized in pixels by the caller's {@code width} and {@code height}.
 */
final class SvgDrawing extends VectorDrawing {
    /** Font families a viewer tries in turn, close to what the window draws with. */
    static final String FONTS = "'DejaVu Sans', 'Segoe UI', Arial, Helvetica, sans-serif";

    private final StringBuilder defs = new StringBuilder();
    private final StringBuilder body = new StringBuilder();
    private final TextWidth widths;
    /** Per saved state, how many clip groups were opened since (closed again on restore). */
    private final Deque<int[]> openGroups = new ArrayDeque<>();
    private int topGroups;
    private int ids;

    /** Measures text for centred and right-aligned labels (the viewer's font is not known: an estimate). */
    @FunctionalInterface
    interface TextWidth {
        double of(String text, double size, boolean bold);
    }

    SvgDrawing(TextWidth widths) {
        this.widths = widths;
    }

    /** The whole document: {@code width}×{@code height} pixels showing page units (0, 0)–(pageW, pageH). */
    String document(int width, int height, double pageW, double pageH, String title) {
        while (!openGroups.isEmpty()) {
            popping();
            openGroups.pop();
        }
        closeGroups(topGroups);
        StringBuilder out = new StringBuilder(body.length() + defs.length() + 512);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(n(pageW)).append(' ')
                .append(n(pageH)).append("\">\n");
        if (title != null && !title.isBlank()) {
            out.append("<title>").append(escape(title)).append("</title>\n");
        }
        if (defs.length() > 0) {
            out.append("<defs>\n").append(defs).append("</defs>\n");
        }
        out.append(body).append("</svg>\n");
        return out.toString();
    }

    @Override
    void pushed() {
        openGroups.push(new int[1]);
    }

    @Override
    void popping() {
        int[] open = openGroups.isEmpty() ? null : openGroups.peek();
        if (open != null) {
            closeGroups(open[0]);
            open[0] = 0;
        }
    }

    private void closeGroups(int n) {
        for (int i = 0; i < n; i++) {
            body.append("</g>\n");
        }
    }

    @Override
    void clipPath(Path p) {
        String id = "clip" + (++ids);
        defs.append("<clipPath id=\"").append(id).append("\"><path d=\"").append(d(p)).append("\"/></clipPath>\n");
        body.append("<g clip-path=\"url(#").append(id).append(")\">\n");
        if (openGroups.isEmpty()) {
            topGroups++;
        } else {
            openGroups.peek()[0]++;
        }
    }

    @Override
    void fillPath(Path p, Paint paint) {
        body.append("<path d=\"").append(d(p)).append('"').append(paint("fill", paint)).append("/>\n");
    }

    @Override
    void strokePath(Path p, Paint paint, double width, StrokeLineCap cap, double[] dashes) {
        body.append("<path d=\"").append(d(p)).append("\" fill=\"none\"").append(paint("stroke", paint))
                .append(" stroke-width=\"").append(n(width)).append('"');
        if (cap == StrokeLineCap.ROUND) {
            body.append(" stroke-linecap=\"round\"");
        } else if (cap == StrokeLineCap.SQUARE) {
            body.append(" stroke-linecap=\"square\"");
        }
        if (dashes.length > 0) {
            body.append(" stroke-dasharray=\"");
            for (int i = 0; i < dashes.length; i++) {
                body.append(i == 0 ? "" : " ").append(n(dashes[i]));
            }
            body.append('"');
        }
        body.append("/>\n");
    }

    @Override
    void text(String text, double x, double y, double size, boolean bold, Paint paint) {
        body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-family=\"")
                .append(FONTS).append("\" font-size=\"").append(n(size)).append('"');
        if (bold) {
            body.append(" font-weight=\"bold\"");
        }
        body.append(paint("fill", paint)).append(" xml:space=\"preserve\">").append(escape(text))
                .append("</text>\n");
    }

    @Override
    double textWidth(String text, double size, boolean bold) {
        return widths.of(text, size, bold);
    }

    /** fill="…" (or stroke) with its opacity; a linear gradient becomes a definition in page coordinates. */
    private String paint(String attr, Paint paint) {
        if (paint instanceof LinearGradient g && !g.isProportional()) {
            String id = "grad" + (++ids);
            defs.append("<linearGradient id=\"").append(id).append("\" gradientUnits=\"userSpaceOnUse\" x1=\"")
                    .append(n(px(g.getStartX(), g.getStartY()))).append("\" y1=\"")
                    .append(n(py(g.getStartX(), g.getStartY()))).append("\" x2=\"")
                    .append(n(px(g.getEndX(), g.getEndY()))).append("\" y2=\"")
                    .append(n(py(g.getEndX(), g.getEndY()))).append("\">");
            for (Stop s : g.getStops()) {
                defs.append("<stop offset=\"").append(n(s.getOffset())).append("\" stop-color=\"")
                        .append(hex(s.getColor())).append("\" stop-opacity=\"").append(n(s.getColor().getOpacity()))
                        .append("\"/>");
            }
            defs.append("</linearGradient>\n");
            return " " + attr + "=\"url(#" + id + ")\"";
        }
        Color c = solid(paint);
        String out = " " + attr + "=\"" + hex(c) + "\"";
        if (c.getOpacity() < 1) {
            out += " " + attr + "-opacity=\"" + n(c.getOpacity()) + "\"";
        }
        return out;
    }

    private static String d(Path p) {
        StringBuilder sb = new StringBuilder(p.size * 8);
        int k = 0;
        for (int i = 0; i < p.ops.length(); i++) {
            char op = p.ops.charAt(i);
            sb.append(op);
            int args = switch (op) {
                case 'M', 'L' -> 2;
                case 'C' -> 6;
                default -> 0;
            };
            for (int a = 0; a < args; a++) {
                sb.append(a == 0 ? "" : " ").append(n(p.coords[k++]));
            }
        }
        return sb.toString();
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    /** A number with at most two decimals, no trailing zeros. */
    static String n(double v) {
        if (!Double.isFinite(v)) {
            return "0";
        }
        long r = Math.round(v * 100);
        if (r % 100 == 0) {
            return Long.toString(r / 100);
        }
        String s = String.format(Locale.ROOT, "%.2f", r / 100.0);
        return s.endsWith("0") ? s.substring(0, s.length() - 1) : s;
    }

    /** Text content and attribute values: the five XML specials, and no control characters XML forbids. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0xFFFE || ch == 0xFFFF) {
                        sb.append(' ');
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.toString();
    }
}
