package parley.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import parley.domain.Event;

/**
 * The events of a timeline sorted by their mark's time, so the painter asks only for the visible window (two binary
 * searches) and never walks all events. Undated events are kept apart for the "Undated" tray.
 */
public final class TimelineIndex {
    public static final TimelineIndex EMPTY = new TimelineIndex(List.of());

    private final TimelineItem[] items;
    private final double[] anchors;
    private final List<Event> undated;
    /** The farthest any item's interval reaches from its anchor, to widen window queries. */
    private final double reach;

    public TimelineIndex(Collection<Event> events) {
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

    private int lowerBound(double t) {
        int i = Arrays.binarySearch(anchors, t);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && anchors[i - 1] == t) {
            i--;
        }
        return i;
    }
}
