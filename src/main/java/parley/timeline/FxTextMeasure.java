package parley.timeline;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Measures labels with the real font; remembers recent widths since the same titles are drawn every frame. */
final class FxTextMeasure implements TextMeasure {
    private static final int CACHE_SIZE = 4096;
    private final Text probe = new Text();
    private final Map<String, Double> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Double> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    FxTextMeasure(Font font) {
        probe.setFont(font);
    }

    @Override
    public double width(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return cache.computeIfAbsent(text, t -> {
            probe.setText(t);
            return Math.ceil(probe.getLayoutBounds().getWidth());
        });
    }
}
