package parley.timeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How the analyst arranged the participant lanes: an explicit order (names not in it follow, busiest first), lanes
 * pinned to the top, and hidden lanes. Immutable, so it can be saved and restored as it is.
 *
 * @param order  names in the order the analyst put them
 * @param pinned names kept at the top, in {@code order}'s order
 * @param hidden names not shown
 */
public record LaneSettings(List<String> order, Set<String> pinned, Set<String> hidden) {
    public static final LaneSettings DEFAULT = new LaneSettings(List.of(), Set.of(), Set.of());

    public LaneSettings {
        order = List.copyOf(order);
        pinned = Set.copyOf(pinned);
        hidden = Set.copyOf(hidden);
    }

    /** Every known lane in display order (pinned first), hidden ones left out. */
    public List<String> arrange(List<String> busiestFirst) {
        Set<String> all = new LinkedHashSet<>();
        Set<String> known = Set.copyOf(busiestFirst);
        for (String n : order) {
            if (known.contains(n)) {
                all.add(n);
            }
        }
        all.addAll(busiestFirst);
        List<String> top = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String n : all) {
            if (!hidden.contains(n)) {
                (pinned.contains(n) ? top : rest).add(n);
            }
        }
        top.addAll(rest);
        return top;
    }

    /** Moves a lane up (-1) or down (+1) among the pinned or the unpinned lanes it belongs to. */
    public LaneSettings move(String name, int delta, List<String> busiestFirst) {
        List<String> shown = arrange(busiestFirst);
        int i = shown.indexOf(name);
        int j = i + delta;
        if (i < 0 || j < 0 || j >= shown.size() || pinned.contains(name) != pinned.contains(shown.get(j))) {
            return this;
        }
        shown.set(i, shown.get(j));
        shown.set(j, name);
        return new LaneSettings(shown, pinned, hidden);
    }

    public LaneSettings togglePin(String name) {
        Set<String> p = new LinkedHashSet<>(pinned);
        if (!p.remove(name)) {
            p.add(name);
        }
        return new LaneSettings(order, p, hidden);
    }

    public LaneSettings hide(String name) {
        Set<String> h = new LinkedHashSet<>(hidden);
        h.add(name);
        return new LaneSettings(order, pinned, h);
    }

    public LaneSettings showAll() {
        return new LaneSettings(order, pinned, Set.of());
    }
}
