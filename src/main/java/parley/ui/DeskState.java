package parley.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How the analyst left the desk: window bounds, the timeline's visible range and layout, the lanes' arrangement and
 * the theme. Saved as {@value #FILE} in the store folder (beside the database, never in it), so each store reopens as
 * it was left. A missing or unreadable file gives the defaults; it never stops the window from opening.
 *
 * @param x             window left, or NaN when unknown
 * @param y             window top, or NaN
 * @param width         window width, or NaN
 * @param height        window height, or NaN
 * @param maximized     window maximised
 * @param viewStart     second at the timeline's left edge, or NaN to fit all
 * @param secondsPerPx  timeline zoom, or NaN to fit all
 * @param lanes         lanes by participant (else stacked)
 * @param theme         LIGHT or DARK
 * @param laneOrder     the analyst's lane order
 * @param pinnedLanes   lanes pinned to the top
 * @param hiddenLanes   lanes hidden
 * @param hiddenTypes   event types switched off in the legend
 * @param hiddenStatuses event statuses switched off in the legend
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeskState(double x, double y, double width, double height, boolean maximized, double viewStart,
                        double secondsPerPx, boolean lanes, String theme, List<String> laneOrder,
                        Set<String> pinnedLanes, Set<String> hiddenLanes, List<String> hiddenTypes,
                        List<String> hiddenStatuses) {
    public static final String FILE = "desk.json";
    public static final DeskState DEFAULT = new DeskState(Double.NaN, Double.NaN, Double.NaN, Double.NaN, false,
            Double.NaN, Double.NaN, false, Theme.LIGHT.name(), List.of(), Set.of(), Set.of(), List.of(), List.of());
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS);

    public DeskState {
        theme = theme == null ? Theme.LIGHT.name() : theme;
        laneOrder = laneOrder == null ? List.of() : List.copyOf(laneOrder);
        pinnedLanes = pinnedLanes == null ? Set.of() : Set.copyOf(pinnedLanes);
        hiddenLanes = hiddenLanes == null ? Set.of() : Set.copyOf(hiddenLanes);
        hiddenTypes = hiddenTypes == null ? List.of() : List.copyOf(hiddenTypes);
        hiddenStatuses = hiddenStatuses == null ? List.of() : List.copyOf(hiddenStatuses);
    }

    /** The legend entries switched off, as a filter (names no longer known are dropped). */
    public parley.timeline.LegendFilter legendFilter() {
        return parley.timeline.LegendFilter.of(hiddenTypes, hiddenStatuses);
    }

    public Theme themeValue() {
        try {
            return Theme.valueOf(theme);
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
    }

    /** The same desk in another theme (a first start follows the operating system's preference). */
    public DeskState withTheme(Theme value) {
        return new DeskState(x, y, width, height, maximized, viewStart, secondsPerPx, lanes, value.name(), laneOrder,
                pinnedLanes, hiddenLanes, hiddenTypes, hiddenStatuses);
    }

    /** True when this store folder has a saved desk (else the window starts for the first time on it). */
    public static boolean savedIn(Path storeDir) {
        return Files.isRegularFile(storeDir.resolve(FILE));
    }

    public boolean hasWindowBounds() {
        return Double.isFinite(x) && Double.isFinite(y) && width >= 200 && height >= 150;
    }

    public boolean hasView() {
        return Double.isFinite(viewStart) && Double.isFinite(secondsPerPx) && secondsPerPx > 0;
    }

    /** Reads the state saved in this store folder; the defaults when there is none or it cannot be read. */
    public static DeskState load(Path storeDir) {
        Path file = storeDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return DEFAULT;
        }
        try {
            return JSON.readValue(file.toFile(), DeskState.class);
        } catch (IOException | RuntimeException e) {
            return DEFAULT;
        }
    }

    /** Writes the state to the store folder through a temporary file, so a crash never leaves half a file. */
    public void save(Path storeDir) throws IOException {
        Files.createDirectories(storeDir);
        Path tmp = storeDir.resolve(FILE + ".tmp");
        Files.write(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this));
        Files.move(tmp, storeDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
