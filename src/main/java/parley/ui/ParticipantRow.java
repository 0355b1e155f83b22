package parley.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** Counts, per participant, the events it attends and those it is absent from; busiest first, then by name. */
    public static List<ParticipantRow> tally(List<Event> events) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, EntityKind> kinds = new LinkedHashMap<>();
        for (Event e : events) {
            Set<String> present = new HashSet<>();
            Set<String> away = new HashSet<>();
            for (Participant p : e.participants()) {
                kinds.putIfAbsent(p.name(), p.kind());
                if (p.role() == Role.ABSENT) {
                    away.add(p.name());
                } else {
                    present.add(p.name());
                }
            }
            away.removeAll(present);
            present.forEach(n -> counts.computeIfAbsent(n, k -> new int[2])[0]++);
            away.forEach(n -> counts.computeIfAbsent(n, k -> new int[2])[1]++);
        }
        List<ParticipantRow> rows = new ArrayList<>();
        counts.forEach((name, c) -> rows.add(new ParticipantRow(name, kinds.get(name), c[0], c[1])));
        rows.sort(Comparator.comparingInt((ParticipantRow r) -> -(r.events() + r.absent()))
                .thenComparing(ParticipantRow::name, String.CASE_INSENSITIVE_ORDER));
        return rows;
    }
}
