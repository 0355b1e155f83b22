package parley.timeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import parley.domain.Event;

/**
 * The events of a timeline sorted by their mark's time, so the painter asks only for the visible window (two binary
 * searches) and never walks all events; per type as well, so the zoomed-out overview counts each bin with two binary
 * searches instead of visiting its events. Undated events are kept apart for the "Undated" tray.
 */
public final class TimelineIndex {
    public static final TimelineIndex EMPTY = new TimelineIndex(List.of());

    private final TimelineItem[] items;
    private final double[] anchors;
    private final List<Event> undated;
    /** Per event type: the anchors of that type in time order, and where each sits in {@link #items}. */
    private final double[][] typeAnchors;
    private final int[][] typeItems;
    /** The farthest any item's interval reaches from its anchor, to widen window queries. */
    private final double reach;

    private final List<Event> events;
    private final List<String> lanes;
    /** Per participant lane: positions in {@link #items} of its events, in time order. */
    private final java.util.Map<String, int[]> laneItems;

    /** Indexes the events; for many events, build it off the FX thread and hand it to the view. */
    public TimelineIndex(Collection<Event> events) {
        this.events = List.copyOf(events);
        this.lanes = List.copyOf(LaneLayout.lanesOf(this.events));
        List<TimelineItem> dated = new ArrayList<>(events.size());
        List<Event> none = new ArrayList<>();
        for (Event e : events) {
            TimelineItem item = TimelineItem.of(e);
            if (item == null) {
                none.add(e);
            } else {
                dated.add(item);
            }
        }
        dated.sort(Comparator.comparingDouble(TimelineItem::anchor).thenComparingLong(i -> i.event().id()));
        items = dated.toArray(new TimelineItem[0]);
        anchors = new double[items.length];
        double r = 0;
        for (int i = 0; i < items.length; i++) {
            anchors[i] = items[i].anchor();
            r = Math.max(r, Math.max(items[i].anchor() - items[i].from(), items[i].to() - items[i].anchor()));
        }
        reach = r;
        undated = List.copyOf(none);
        // Per lane, the positions of its events in time order, as plain int arrays (no boxing, no set per event).
        java.util.Map<String, Positions> perLane = new java.util.HashMap<>();
        for (int i = 0; i < items.length; i++) {
            boolean any = false;
            for (parley.domain.Participant p : items[i].event().participants()) {
                if (p.role() != parley.domain.Role.ABSENT) {
                    perLane.computeIfAbsent(p.name(), k -> new Positions()).add(i);
                    any = true;
                }
            }
            if (!any) {
                perLane.computeIfAbsent(LaneLayout.NO_PARTICIPANT, k -> new Positions()).add(i);
            }
        }
        java.util.Map<String, int[]> laneMap = new java.util.HashMap<>();
        perLane.forEach((k, v) -> laneMap.put(k, v.toArray()));
        laneItems = laneMap;
        int types = parley.domain.EventType.values().length;
        int[] sizes = new int[types];
        for (TimelineItem it : items) {
            sizes[it.event().type().ordinal()]++;
        }
        typeAnchors = new double[types][];
        typeItems = new int[types][];
        for (int t = 0; t < types; t++) {
            typeAnchors[t] = new double[sizes[t]];
            typeItems[t] = new int[sizes[t]];
        }
        int[] fill = new int[types];
        for (int i = 0; i < items.length; i++) {
            int t = items[i].event().type().ordinal();
            typeAnchors[t][fill[t]] = anchors[i];
            typeItems[t][fill[t]++] = i;
        }
    }

    /** Position in time order of the first item of this type whose anchor is at or after t. */
    int typeLowerBound(int type, double t) {
        return lowerBound(typeAnchors[type], t);
    }

    double typeAnchor(int type, int k) {
        return typeAnchors[type][k];
    }

    TimelineItem typeItem(int type, int k) {
        return items[typeItems[type][k]];
    }

    /** Positions (in time order) of the dated events in this participant's lane; empty when none. */
    int[] laneItems(String lane) {
        return laneItems.getOrDefault(lane, new int[0]);
    }

    /** First k with get(positions[k]).anchor() >= t. */
    int laneLowerBound(int[] positions, double t) {
        int lo = 0;
        int hi = positions.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (anchors[positions[mid]] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** How far any item reaches from its anchor. */
    double reach() {
        return reach;
    }

    /** Participant lanes of the dated and undated events, busiest first (computed with the index). */
    public List<String> lanes() {
        return lanes;
    }

    /** The events as given, dated and undated. */
    public List<Event> events() {
        return events;
    }

    public int size() {
        return items.length;
    }

    public TimelineItem get(int i) {
        return items[i];
    }

    public List<Event> undated() {
        return undated;
    }

    /** First index whose interval may reach into [from, to). */
    public int firstVisible(double from) {
        return lowerBound(from - reach);
    }

    /** One past the last index whose anchor is before {@code to} plus the reach. */
    public int endVisible(double to) {
        return lowerBound(to + reach);
    }

    /** Position of this event in time order, or -1 when it is not a dated event of this index. */
    public int positionOf(Event e) {
        TimelineItem it = TimelineItem.of(e);
        if (it == null) {
            return -1;
        }
        for (int i = lowerBound(it.anchor()); i < items.length && anchors[i] == it.anchor(); i++) {
            if (items[i].event().id() == e.id() && items[i].event().equals(e)) {
                return i;
            }
        }
        return -1;
    }

    /** Position of the first item whose anchor is at or after t. */
    public int firstAtOrAfter(double t) {
        return lowerBound(t);
    }

    /** Earliest and latest second covered by any dated event, or null when there are none. */
    public double[] extent() {
        if (items.length == 0) {
            return null;
        }
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (int i = 0; i < items.length; i++) {
            lo = Math.min(lo, items[i].from());
            hi = Math.max(hi, items[i].to());
        }
        return new double[] {lo, hi};
    }

    /** A growing list of positions; a position added twice in a row (a name listed twice) is kept once. */
    private static final class Positions {
        private int[] values = new int[8];
        private int size;

        void add(int position) {
            if (size > 0 && values[size - 1] == position) {
                return;
            }
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = position;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }

    private int lowerBound(double t) {
        return lowerBound(anchors, t);
    }

    private static int lowerBound(double[] sorted, double t) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
