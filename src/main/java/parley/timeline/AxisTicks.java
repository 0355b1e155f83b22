package parley.timeline;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses tick steps that suit the zoom (decades down to minutes) and lists the ticks in view: a fine lower row and a
 * coarser context row above it, so the reader always sees both "14" and "March 2025".
 */
public final class AxisTicks {
    /** Minimum gap between two labelled ticks of the lower row, in pixels. */
    public static final double MIN_LABEL_SPACING = 56;

    /** One tick: its pixel, its label, and whether it belongs to the context row. */
    public record Tick(double x, String label, boolean context) {
    }

    private AxisTicks() {
    }

    /** The finest unit whose ticks stay at least {@link #MIN_LABEL_SPACING} pixels apart. */
    public static TickUnit unitFor(TimeScale scale) {
        for (TickUnit u : TickUnit.values()) {
            if (u.approxSeconds() / scale.secondsPerPx() >= MIN_LABEL_SPACING) {
                return u;
            }
        }
        return TickUnit.CENTURY;
    }

    /** The ticks in view, lower row first then context row, each row in pixel order. */
    public static List<Tick> ticks(TimeScale scale) {
        TickUnit unit = unitFor(scale);
        List<Tick> out = new ArrayList<>();
        addRow(scale, unit, false, out);
        addRow(scale, unit.context(), true, out);
        return out;
    }

    public static TickUnit contextUnit(TimeScale scale) {
        return unitFor(scale).context();
    }

    private static void addRow(TimeScale scale, TickUnit unit, boolean context, List<Tick> out) {
        LocalDateTime t = unit.floor(TickUnit.dateTime(scale.start()));
        double end = scale.end();
        // The bound guards against a degenerate scale; a row never has more ticks than pixels.
        for (int i = 0; i <= scale.width() + 2; i++) {
            double s = TickUnit.seconds(t);
            if (s > end) {
                break;
            }
            out.add(new Tick(scale.x(s), context ? unit.contextLabel(t) : unit.label(t), context));
            t = unit.next(t);
        }
    }
}
