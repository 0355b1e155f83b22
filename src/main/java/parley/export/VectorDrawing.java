package parley.export;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import parley.timeline.DrawingContext;

/**
 * What the PDF and SVG drawings share: the state stack (paints, line, font, text alignment, transform) and the path
 * builder. Transforms are applied here, so a subclass receives paths and text already in page coordinates (y down)
 * and only has to write them out. Arcs, ovals and rounded corners become cubic Bézier curves.
 */
abstract class VectorDrawing implements DrawingContext {
    /** Bézier handle length for a quarter circle of radius 1. */
    private static final double KAPPA = 0.5522847498;

    /** The drawing state that save() keeps and restore() brings back. */
    static final class State {
        Paint fill = Color.BLACK;
        Paint stroke = Color.BLACK;
        double lineWidth = 1;
        StrokeLineCap cap = StrokeLineCap.SQUARE;
        double[] dashes = new double[0];
        Font font = Font.font("System", 12);
        TextAlignment align = TextAlignment.LEFT;
        VPos baseline = VPos.BASELINE;
        /** Affine transform a, b, c, d, e, f (x' = a x + c y + e, y' = b x + d y + f). */
        double[] m = {1, 0, 0, 1, 0, 0};

        State copy() {
            State s = new State();
            s.fill = fill;
            s.stroke = stroke;
            s.lineWidth = lineWidth;
            s.cap = cap;
            s.dashes = dashes;
            s.font = font;
            s.align = align;
            s.baseline = baseline;
            s.m = m.clone();
            return s;
        }
    }

    /** A path in page coordinates: ops M (x y), L (x y), C (x1 y1 x2 y2 x y) and Z. */
    static final class Path {
        final StringBuilder ops = new StringBuilder();
        double[] coords = new double[64];
        int size;

        void add(char op, double... xy) {
            ops.append(op);
            if (size + xy.length > coords.length) {
                coords = Arrays.copyOf(coords, Math.max(coords.length * 2, size + xy.length));
            }
            System.arraycopy(xy, 0, coords, size, xy.length);
            size += xy.length;
        }

        boolean isEmpty() {
            return ops.length() == 0;
        }
    }

    private final Deque<State> stack = new ArrayDeque<>();
    State state = new State();
    private Path path = new Path();
    /** Where the current subpath started and the pen is, in user coordinates (for closePath and arcs). */
    private double startX;
    private double startY;
    private double penX;
    private double penY;
    private boolean hasPen;

    // --- what a format writes --------------------------------------------------------------------------------

    /** Fills the path (page coordinates) with the paint. */
    abstract void fillPath(Path p, Paint paint);

    /** Strokes the path with the paint at this width (page units) and dashes (page units). */
    abstract void strokePath(Path p, Paint paint, double width, StrokeLineCap cap, double[] dashes);

    /** Intersects the clip with the path until the state saved last is restored. */
    abstract void clipPath(Path p);

    /** Called after the state is pushed ({@code save}) and before it is popped ({@code restore}). */
    abstract void pushed();

    abstract void popping();

    /**
     * Draws text with its baseline's left end at (x, y) in page coordinates, at this size, scaled by the transform
     * ({@code size} is already in page units).
     */
    abstract void text(String text, double x, double y, double size, boolean bold, Paint paint);

    /** Width of the text in page units at this size. */
    abstract double textWidth(String text, double size, boolean bold);

    // --- state ---------------------------------------------------------------------------------------------

    @Override
    public void save() {
        stack.push(state);
        state = state.copy();
        pushed();
    }

    @Override
    public void restore() {
        if (stack.isEmpty()) {
            return;
        }
        popping();
        state = stack.pop();
    }

    @Override
    public void translate(double x, double y) {
        double[] m = state.m;
        m[4] += m[0] * x + m[2] * y;
        m[5] += m[1] * x + m[3] * y;
    }

    @Override
    public void scale(double x, double y) {
        double[] m = state.m;
        m[0] *= x;
        m[1] *= x;
        m[2] *= y;
        m[3] *= y;
    }

    /** How much the transform enlarges lengths (uniform scales only, which is all the painter uses). */
    double unit() {
        double[] m = state.m;
        return Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
    }

    double px(double x, double y) {
        return state.m[0] * x + state.m[2] * y + state.m[4];
    }

    double py(double x, double y) {
        return state.m[1] * x + state.m[3] * y + state.m[5];
    }

    @Override
    public void setFill(Paint paint) {
        state.fill = paint;
    }

    @Override
    public void setStroke(Paint paint) {
        state.stroke = paint;
    }

    @Override
    public void setLineWidth(double width) {
        state.lineWidth = width;
    }

    @Override
    public void setLineCap(StrokeLineCap cap) {
        state.cap = cap;
    }

    @Override
    public void setLineDashes(double... dashes) {
        state.dashes = dashes == null ? new double[0] : dashes.clone();
    }

    @Override
    public void setFont(Font font) {
        state.font = font;
    }

    @Override
    public void setTextAlign(TextAlignment align) {
        state.align = align;
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        state.baseline = baseline;
    }

    // --- paths ---------------------------------------------------------------------------------------------

    @Override
    public void beginPath() {
        path = new Path();
        hasPen = false;
    }

    @Override
    public void moveTo(double x, double y) {
        path.add('M', px(x, y), py(x, y));
        startX = x;
        startY = y;
        penX = x;
        penY = y;
        hasPen = true;
    }

    @Override
    public void lineTo(double x, double y) {
        if (!hasPen) {
            moveTo(x, y);
            return;
        }
        path.add('L', px(x, y), py(x, y));
        penX = x;
        penY = y;
    }

    private void curveTo(double x1, double y1, double x2, double y2, double x, double y) {
        path.add('C', px(x1, y1), py(x1, y1), px(x2, y2), py(x2, y2), px(x, y), py(x, y));
        penX = x;
        penY = y;
    }

    @Override
    public void arc(double cx, double cy, double rx, double ry, double startAngle, double length) {
        // Angles go anticlockwise on screen (y down): a point at angle a is (cx + rx cos a, cy - ry sin a).
        int pieces = Math.max(1, (int) Math.ceil(Math.abs(length) / 90 - 1e-9));
        double step = Math.toRadians(length) / pieces;
        double a = Math.toRadians(startAngle);
        double x0 = cx + rx * Math.cos(a);
        double y0 = cy - ry * Math.sin(a);
        if (!hasPen) {
            moveTo(x0, y0);
        } else if (Math.abs(penX - x0) > 1e-9 || Math.abs(penY - y0) > 1e-9) {
            lineTo(x0, y0);
        }
        double k = 4.0 / 3 * Math.tan(step / 4);
        for (int i = 0; i < pieces; i++) {
            double b = a + step;
            double x1 = cx + rx * (Math.cos(a) - k * Math.sin(a));
            double y1 = cy - ry * (Math.sin(a) + k * Math.cos(a));
            double x2 = cx + rx * (Math.cos(b) + k * Math.sin(b));
            double y2 = cy - ry * (Math.sin(b) - k * Math.cos(b));
            curveTo(x1, y1, x2, y2, cx + rx * Math.cos(b), cy - ry * Math.sin(b));
            a = b;
        }
    }

    @Override
    public void rect(double x, double y, double w, double h) {
        moveTo(x, y);
        lineTo(x + w, y);
        lineTo(x + w, y + h);
        lineTo(x, y + h);
        closePath();
    }

    @Override
    public void closePath() {
        if (hasPen) {
            path.add('Z');
            penX = startX;
            penY = startY;
        }
    }

    @Override
    public void fill() {
        if (!path.isEmpty()) {
            fillPath(path, state.fill);
        }
    }

    @Override
    public void stroke() {
        if (!path.isEmpty()) {
            strokePath(path, state.stroke, state.lineWidth * unit(), state.cap, scaledDashes());
        }
    }

    @Override
    public void clip() {
        clipPath(path);
    }

    private double[] scaledDashes() {
        double u = unit();
        double[] d = state.dashes.clone();
        for (int i = 0; i < d.length; i++) {
            d[i] *= u;
        }
        return d;
    }

    // --- shapes --------------------------------------------------------------------------------------------

    /** Builds a shape as the current path, runs the action on it, and puts the caller's path back. */
    private void shape(Runnable trace, Runnable paint) {
        Path kept = path;
        boolean pen = hasPen;
        double sx = startX;
        double sy = startY;
        double x = penX;
        double y = penY;
        beginPath();
        trace.run();
        paint.run();
        path = kept;
        hasPen = pen;
        startX = sx;
        startY = sy;
        penX = x;
        penY = y;
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        if (w > 0 && h > 0) {
            shape(() -> rect(x, y, w, h), this::fill);
        }
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
        if (w > 0 && h > 0) {
            shape(() -> roundRect(x, y, w, h, arcW, arcH), this::fill);
        }
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
        shape(() -> roundRect(x, y, w, h, arcW, arcH), this::stroke);
    }

    private void roundRect(double x, double y, double w, double h, double arcW, double arcH) {
        double rx = Math.min(Math.abs(arcW) / 2, w / 2);
        double ry = Math.min(Math.abs(arcH) / 2, h / 2);
        double kx = rx * KAPPA;
        double ky = ry * KAPPA;
        moveTo(x + rx, y);
        lineTo(x + w - rx, y);
        curveTo(x + w - rx + kx, y, x + w, y + ry - ky, x + w, y + ry);
        lineTo(x + w, y + h - ry);
        curveTo(x + w, y + h - ry + ky, x + w - rx + kx, y + h, x + w - rx, y + h);
        lineTo(x + rx, y + h);
        curveTo(x + rx - kx, y + h, x, y + h - ry + ky, x, y + h - ry);
        lineTo(x, y + ry);
        curveTo(x, y + ry - ky, x + rx - kx, y, x + rx, y);
        closePath();
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        shape(() -> oval(x, y, w, h), this::fill);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        shape(() -> oval(x, y, w, h), this::stroke);
    }

    private void oval(double x, double y, double w, double h) {
        moveTo(x + w, y + h / 2);
        arc(x + w / 2, y + h / 2, w / 2, h / 2, 0, 360);
        closePath();
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        shape(() -> {
            moveTo(x1, y1);
            lineTo(x2, y2);
        }, this::stroke);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        if (n < 2) {
            return;
        }
        shape(() -> {
            moveTo(xs[0], ys[0]);
            for (int i = 1; i < n; i++) {
                lineTo(xs[i], ys[i]);
            }
        }, this::stroke);
    }

    // --- text ----------------------------------------------------------------------------------------------

    @Override
    public void fillText(String text, double x, double y) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Font f = state.font;
        double size = f.getSize();
        boolean bold = isBold(f);
        double left = x;
        if (state.align == TextAlignment.CENTER || state.align == TextAlignment.RIGHT) {
            double w = textWidth(text, size, bold);
            left = state.align == TextAlignment.CENTER ? x - w / 2 : x - w;
        }
        // Where the baseline sits for each vertical alignment, from a sans-serif face's ascent (0.93) and descent
        // (0.24): CENTER centres the line box on y, as JavaFX does.
        double base = switch (state.baseline) {
            case TOP -> y + 0.93 * size;
            case CENTER -> y + (0.93 - 0.24) / 2 * size;
            case BOTTOM -> y - 0.24 * size;
            default -> y;
        };
        text(text, px(left, base), py(left, base), size * unit(), bold, state.fill);
    }

    static boolean isBold(Font f) {
        String style = (f.getStyle() + " " + f.getName()).toLowerCase(java.util.Locale.ROOT);
        return style.contains("bold");
    }

    /** The colour a paint stands for where the format draws it plain: a gradient's middle stop. */
    static Color solid(Paint paint) {
        if (paint instanceof Color c) {
            return c;
        }
        if (paint instanceof javafx.scene.paint.LinearGradient g && !g.getStops().isEmpty()) {
            return g.getStops().get(g.getStops().size() / 2).getColor();
        }
        return Color.GRAY;
    }
}
