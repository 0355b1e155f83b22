package parley.timeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import parley.domain.Event;
import parley.domain.EventStatus;
import parley.domain.EventType;

/**
 * The types and statuses the analyst switched off by clicking their legend entries. Immutable: a toggle returns a new
 * filter, so it is one property value to persist and to compare.
 *
 * @param hiddenTypes    types not shown
 * @param hiddenStatuses statuses not shown (the legend offers planned, proposed and cancelled)
 */
public record LegendFilter(Set<EventType> hiddenTypes, Set<EventStatus> hiddenStatuses) {
    public static final LegendFilter NONE = new LegendFilter(Set.of(), Set.of());

    public LegendFilter {
        hiddenTypes = Set.copyOf(hiddenTypes);
        hiddenStatuses = Set.copyOf(hiddenStatuses);
    }

    /** A filter from saved names; names no longer known are ignored. */
    public static LegendFilter of(List<String> types, List<String> statuses) {
        Set<EventType> t = EnumSet.noneOf(EventType.class);
        Set<EventStatus> s = EnumSet.noneOf(EventStatus.class);
        for (String name : types == null ? List.<String>of() : types) {
            Stream.of(EventType.values()).filter(v -> v.name().equals(name)).forEach(t::add);
        }
        for (String name : statuses == null ? List.<String>of() : statuses) {
            Stream.of(EventStatus.values()).filter(v -> v.name().equals(name)).forEach(s::add);
        }
        return new LegendFilter(t, s);
    }

    public boolean isEmpty() {
        return hiddenTypes.isEmpty() && hiddenStatuses.isEmpty();
    }

    public boolean shows(Event e) {
        return !hiddenTypes.contains(e.type()) && !hiddenStatuses.contains(e.status());
    }

    public boolean hides(EventType type) {
        return hiddenTypes.contains(type);
    }

    public boolean hides(EventStatus status) {
        return hiddenStatuses.contains(status);
    }

    /** Shows the type when hidden, hides it when shown. */
    public LegendFilter toggle(EventType type) {
        Set<EventType> t = hiddenTypes.isEmpty() ? EnumSet.noneOf(EventType.class) : EnumSet.copyOf(hiddenTypes);
        if (!t.remove(type)) {
            t.add(type);
        }
        return new LegendFilter(t, hiddenStatuses);
    }

    public LegendFilter toggle(EventStatus status) {
        Set<EventStatus> s = hiddenStatuses.isEmpty() ? EnumSet.noneOf(EventStatus.class)
                : EnumSet.copyOf(hiddenStatuses);
        if (!s.remove(status)) {
            s.add(status);
        }
        return new LegendFilter(hiddenTypes, s);
    }

    /** Toggles a legend key: an {@link EventType} or an {@link EventStatus}; anything else leaves it as it is. */
    public LegendFilter toggle(Object key) {
        if (key instanceof EventType t) {
            return toggle(t);
        }
        if (key instanceof EventStatus s) {
            return toggle(s);
        }
        return this;
    }

    /** Saved names, in declaration order. */
    public List<String> typeNames() {
        return Stream.of(EventType.values()).filter(hiddenTypes::contains).map(Enum::name).toList();
    }

    public List<String> statusNames() {
        return Stream.of(EventStatus.values()).filter(hiddenStatuses::contains).map(Enum::name).toList();
    }

    /** "Call, Meeting, Planned": what is hidden, as the legend names it. */
    public String describe() {
        return Stream.concat(Stream.of(EventType.values()).filter(hiddenTypes::contains).map(EventGlyphs::label),
                Stream.of(EventStatus.values()).filter(hiddenStatuses::contains).map(LegendFilter::label))
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    /** "Planned" for PLANNED. */
    public static String label(EventStatus status) {
        return status.name().charAt(0) + status.name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
