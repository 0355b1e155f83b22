package parley.timeline;

import java.util.Locale;

import parley.domain.EventType;

/** One distinct shape per event type, so types stay apart in grey print and for colour-blind readers. */
public final class EventGlyphs {
    private EventGlyphs() {
    }

    /** "Press conference" for PRESS_CONFERENCE. */
    public static String label(EventType type) {
        String s = type.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Traces the shape of this type centred on (x, y) with radius r as the current path. */
    public static void trace(DrawingContext g, EventType type, double x, double y, double r) {
        g.beginPath();
        switch (type) {
            case CALL -> circle(g, x, y, r);
            case MEETING -> poly(g, x, y, r * 0.9, 4, Math.PI / 4);
            case SUMMIT -> star(g, x, y, r * 1.2);
            case TALKS -> poly(g, x, y, r * 1.1, 4, 0);
            case VISIT -> poly(g, x, y + r * 0.15, r * 1.1, 3, -Math.PI / 2);
            case PRESS_CONFERENCE -> poly(g, x, y - r * 0.15, r * 1.1, 3, Math.PI / 2);
            case STATEMENT -> rect(g, x - r * 0.45, y - r, r * 0.9, r * 2);
            case MILITARY -> cross(g, x, y, r);
            case OTHER -> poly(g, x, y, r, 6, 0);
        }
        g.closePath();
    }

    private static void circle(DrawingContext g, double x, double y, double r) {
        g.moveTo(x + r, y);
        g.arc(x, y, r, r, 0, 360);
    }

    private static void rect(DrawingContext g, double x, double y, double w, double h) {
        g.moveTo(x, y);
        g.lineTo(x + w, y);
        g.lineTo(x + w, y + h);
        g.lineTo(x, y + h);
    }

    private static void poly(DrawingContext g, double x, double y, double r, int n, double phase) {
        for (int i = 0; i < n; i++) {
            double a = phase + i * 2 * Math.PI / n;
            double px = x + r * Math.cos(a);
            double py = y + r * Math.sin(a);
            if (i == 0) {
                g.moveTo(px, py);
            } else {
                g.lineTo(px, py);
            }
        }
    }

    private static void star(DrawingContext g, double x, double y, double r) {
        for (int i = 0; i < 10; i++) {
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double rr = i % 2 == 0 ? r : r * 0.45;
            double px = x + rr * Math.cos(a);
            double py = y + rr * Math.sin(a);
            if (i == 0) {
                g.moveTo(px, py);
            } else {
                g.lineTo(px, py);
            }
        }
    }

    private static void cross(DrawingContext g, double x, double y, double r) {
        double t = r * 0.38;
        double[][] pts = {{-t, -r}, {t, -r}, {t, -t}, {r, -t}, {r, t}, {t, t}, {t, r}, {-t, r}, {-t, t}, {-r, t},
            {-r, -t}, {-t, -t}};
        for (int i = 0; i < pts.length; i++) {
            // Turned 45 degrees so it reads as a strike mark, not a plus sign.
            double px = x + (pts[i][0] - pts[i][1]) * Math.sqrt(0.5);
            double py = y + (pts[i][0] + pts[i][1]) * Math.sqrt(0.5);
            if (i == 0) {
                g.moveTo(px, py);
            } else {
                g.lineTo(px, py);
            }
        }
    }
}
