package parley.timeline;

import javafx.geometry.VPos;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The drawing calls the timeline painter makes, and nothing more: a small 2D context with paths, rectangles, text,
 * a clip and a transform stack, in the terms of JavaFX's GraphicsContext (y down, angles in degrees, arc sizes as
 * diameters). The window draws through {@link FxDrawing} onto its canvas (and the PNG export onto tiles); the PDF and
 * SVG exports implement it as vector output, so every format shows the same picture from the same code, with real
 * text where the format has it.
 */
public interface DrawingContext {
    void save();

    void restore();

    void translate(double x, double y);

    void scale(double x, double y);

    /** A colour or a linear gradient (the soft spans of uncertain dates); other paints may be drawn as grey. */
    void setFill(Paint paint);

    void setStroke(Paint paint);

    void setLineWidth(double width);

    void setLineCap(StrokeLineCap cap);

    /** Dash lengths; none for a solid line. */
    void setLineDashes(double... dashes);

    void setFont(Font font);

    void setTextAlign(TextAlignment align);

    void setTextBaseline(VPos baseline);

    void beginPath();

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    /**
     * An arc of the ellipse centred at (cx, cy), from {@code startAngle} over {@code length} degrees, anticlockwise
     * on screen.
     */
    void arc(double cx, double cy, double rx, double ry, double startAngle, double length);

    void rect(double x, double y, double w, double h);

    void closePath();

    /** Fills the current path (non-zero winding). */
    void fill();

    void stroke();

    /** Intersects the clip with the current path, until the matching {@link #restore()}. */
    void clip();

    void fillRect(double x, double y, double w, double h);

    /** A rectangle with rounded corners; {@code arcW} and {@code arcH} are the corners' diameters. */
    void fillRoundRect(double x, double y, double w, double h, double arcW, double arcH);

    void strokeRoundRect(double x, double y, double w, double h, double arcW, double arcH);

    void fillOval(double x, double y, double w, double h);

    void strokeOval(double x, double y, double w, double h);

    void strokeLine(double x1, double y1, double x2, double y2);

    void strokePolyline(double[] xs, double[] ys, int n);

    void fillText(String text, double x, double y);
}
