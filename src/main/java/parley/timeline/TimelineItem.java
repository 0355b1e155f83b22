package parley.timeline;

import java.time.LocalDate;

import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.Precision;

/**
 * An event placed in time: the interval it may cover and the point its mark stands at.
 *
 * @param event     the event
 * @param from      earliest second the event may cover
 * @param to        latest second (exclusive) it may cover
 * @param anchor    where its mark is drawn
 * @param kind      how the interval is drawn
 */
public record TimelineItem(Event event, double from, double to, double anchor, Extent kind) {

    /** A point in time, a soft span of uncertainty (date known only to the month or year), or a range bar. */
    public enum Extent { POINT, UNCERTAIN, RANGE }

    /** The item for a dated event; null for an undated one. */
    public static TimelineItem of(Event event) {
        EventDate d = event.date();
        if (!d.known()) {
            return null;
        }
        double start = seconds(d.start());
        if (d.time() != null) {
            double t = start + d.time().toSecondOfDay();
            return new TimelineItem(event, t, t, t, Extent.POINT);
        }
        LocalDate last = d.lastDay();
        double to = seconds(last) + TimeScale.DAY;
        if (d.end() != null && !last.equals(d.start())) {
            return new TimelineItem(event, start, to, start, Extent.RANGE);
        }
        Extent kind = d.precision() == Precision.MONTH || d.precision() == Precision.YEAR
                ? Extent.UNCERTAIN : Extent.POINT;
        return new TimelineItem(event, start, to, (start + to) / 2, kind);
    }

    static double seconds(LocalDate day) {
        return day.toEpochDay() * TimeScale.DAY;
    }
}
