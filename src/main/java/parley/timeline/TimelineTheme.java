package parley.timeline;

import java.util.EnumMap;
import java.util.Map;

import javafx.scene.paint.Color;

import parley.domain.EventType;

/**
 * The colours and font the painter uses. The window takes them from CSS (see {@code timeline.css}); {@link #light()}
 * holds the same values for code that paints without a stylesheet.
 */
public record TimelineTheme(Color background, Color grid, Color gridStrong, Color axisText, Color axisContext,
                            Color text, Color mutedText, Color cluster, Color clusterText, Color selection,
                            Color band, Map<EventType, Color> typeColours, String fontFamily, double fontSize) {

    public TimelineTheme {
        typeColours = Map.copyOf(typeColours);
    }

    public Color colour(EventType type) {
        return typeColours.getOrDefault(type, mutedText);
    }

    /** The light theme; the same values as the default looked-up colours in timeline.css. */
    public static TimelineTheme light() {
        Map<EventType, Color> c = new EnumMap<>(EventType.class);
        c.put(EventType.CALL, Color.web("#2f6db5"));
        c.put(EventType.MEETING, Color.web("#2e8a6e"));
        c.put(EventType.SUMMIT, Color.web("#7b4fb0"));
        c.put(EventType.TALKS, Color.web("#c27c12"));
        c.put(EventType.VISIT, Color.web("#1f8fa3"));
        c.put(EventType.PRESS_CONFERENCE, Color.web("#b5487a"));
        c.put(EventType.STATEMENT, Color.web("#5f6b7a"));
        c.put(EventType.MILITARY, Color.web("#c2412d"));
        c.put(EventType.OTHER, Color.web("#8a8f98"));
        return new TimelineTheme(Color.web("#fbfbfa"), Color.web("#eceae6"), Color.web("#d6d3cd"),
                Color.web("#6b7078"), Color.web("#2b2f36"), Color.web("#23272e"), Color.web("#8a8f98"),
                Color.web("#4a5563"), Color.WHITE, Color.web("#f0a020"), Color.web("#f4f3f0"), c,
                "System", 12);
    }

    public TimelineTheme withTypeColour(EventType type, Color colour) {
        Map<EventType, Color> c = new EnumMap<>(typeColours);
        c.put(type, colour);
        return new TimelineTheme(background, grid, gridStrong, axisText, axisContext, text, mutedText, cluster,
                clusterText, selection, band, c, fontFamily, fontSize);
    }
}
