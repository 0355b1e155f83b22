package parley.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.Participant;
import parley.domain.Role;

/**
 * One line of the participants panel.
 *
 * @param name   canonical name
 * @param kind   person, organisation or country
 * @param events events it takes part in
 * @param absent events the sources say it is absent from
 */
public record ParticipantRow(String name, EntityKind kind, int events, int absent) {

    /** True when every mention of it is an absence, so the panel can set it apart. */
    public boolean onlyAbsent() {
        return events == 0 && absent > 0;
    }

    /** "4 events · absent from 1". */
    public String counts() {
        StringBuilder sb = new StringBuilder();
        if (events > 0 || absent == 0) {
            sb.append(events).append(events == 1 ? " event" : " events");
        }
        if (absent > 0) {
            sb.append(sb.isEmpty() ? "" : " · ").append("absent from ").append(absent);
        }
        return sb.toString();
    }

    /**
     * Counts, per participant, the events it attends and those it is absent from; busiest first, then by name. An
     * event names a handful of participants, so a name listed twice is found by looking back along the list, not
     * with a set per event (at 100,000 events the sets were most of a launch's tally).
     */
    public static List<ParticipantRow> tally(List<Event> events) {
        Map<String, Tally> counts = new LinkedHashMap<>();
        for (Event e : events) {
            List<Participant> ps = e.participants();
            for (int i = 0; i < ps.size(); i++) {
                Participant p = ps.get(i);
                boolean present = p.role() != Role.ABSENT;
                // Counted once per event: as present when listed present anywhere, else once as absent.
                if (!present && presentIn(ps, p.name()) || listedBefore(ps, i, present)) {
                    continue;
                }
                Tally t = counts.get(p.name());
                if (t == null) {
                    t = new Tally(firstKind(ps, p.name()));
                    counts.put(p.name(), t);
                }
                if (present) {
                    t.events++;
                } else {
                    t.absent++;
                }
            }
        }
        List<ParticipantRow> rows = new ArrayList<>(counts.size());
        for (Map.Entry<String, Tally> en : counts.entrySet()) {
            Tally t = en.getValue();
            rows.add(new ParticipantRow(en.getKey(), t.kind, t.events, t.absent));
        }
        rows.sort(Comparator.comparingInt((ParticipantRow r) -> -(r.events() + r.absent()))
                .thenComparing(ParticipantRow::name, String.CASE_INSENSITIVE_ORDER));
        return rows;
    }

    /** The kind the name is first listed with in the event: the kind of its first appearance, as always shown. */
    private static EntityKind firstKind(List<Participant> ps, String name) {
        for (Participant p : ps) {
            if (p.name().equals(name)) {
                return p.kind();
            }
        }
        throw new IllegalStateException(name);
    }

    private static boolean presentIn(List<Participant> ps, String name) {
        for (Participant p : ps) {
            if (p.role() != Role.ABSENT && p.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** True when the same name with the same presence is listed before position {@code i}. */
    private static boolean listedBefore(List<Participant> ps, int i, boolean present) {
        String name = ps.get(i).name();
        for (int k = 0; k < i; k++) {
            Participant p = ps.get(k);
            if ((p.role() != Role.ABSENT) == present && p.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static final class Tally {
        final EntityKind kind;
        int events;
        int absent;

        Tally(EntityKind kind) {
            this.kind = kind;
        }
    }
}
