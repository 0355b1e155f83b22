package parley.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import parley.domain.DateBasis;
import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Mention;
import parley.domain.Participant;
import parley.domain.Role;
import parley.domain.Source;

/** Hand-written events and sources for tests and screenshots, plus a deterministic generator for volume. */
public final class SampleData {
    private SampleData() {
    }

    public static Participant person(String name, Role role) {
        return new Participant(name, EntityKind.PERSON, null, role);
    }

    public static Participant country(String name, Role role) {
        return new Participant(name, EntityKind.COUNTRY, null, role);
    }

    public static Participant org(String name, Role role) {
        return new Participant(name, EntityKind.ORGANISATION, null, role);
    }

    public static Event event(EventType type, String title, EventDate date, EventStatus status, long source,
                              Participant... ps) {
        String quote = QUOTES.getOrDefault(title, "The report lists the " + type.name().toLowerCase()
                .replace('_', ' ') + " among the week's diplomatic contacts.");
        return new Event(0, type, title, date, null, null, status, List.of(ps),
                List.of(new Mention(source, 0, quote.length(), quote, "test")), List.of());
    }

    /** Supporting sentences for a few events, written for these fixtures. */
    private static final java.util.Map<String, String> QUOTES = java.util.Map.of(
            "Summit: Trump, Putin in Alaska", "The two presidents are due to meet in Anchorage on Friday, and Kyiv "
                    + "has not been invited to the table.",
            "Call: Starmer, Zelensky, Macron", "At midday the prime minister joined a video call with the Ukrainian "
                    + "and French presidents to agree a common line before the summit.",
            "Meeting in Geneva called off", "A planned round in Geneva was called off late on Tuesday.");

    public static Source source(String title, String publisher, LocalDate published) {
        return new Source(0, title.toLowerCase().replace(' ', '-') + ".html", "html", title, publisher, null,
                published, published == null ? DateBasis.UNKNOWN : DateBasis.STATED, null,
                Integer.toHexString(title.hashCode()), "text", Instant.EPOCH);
    }

    /** A store with three sources and about twenty events in summer 2025, two of them undated. */
    public static FakeEventStore store() {
        return fill(new FakeEventStore());
    }

    /** Adds the sample sources and events to this (empty) store; returns it. */
    public static <S extends FakeEventStore> S fill(S store) {
        LocalDate d = LocalDate.of(2025, 8, 1);
        store.add(source("Leaders line up calls before the Alaska summit", "Northern Ledger", d.plusDays(11)), List.of(
                event(EventType.CALL, "Call: Starmer, Zelensky, Macron", EventDate.at(d.plusDays(12),
                        LocalTime.NOON), EventStatus.HELD, 1, person("Keir Starmer", Role.ATTENDEE),
                        person("Volodymyr Zelensky", Role.ATTENDEE), person("Emmanuel Macron", Role.ATTENDEE)),
                event(EventType.SUMMIT, "Summit: Trump, Putin in Alaska", EventDate.day(d.plusDays(14)),
                        EventStatus.HELD, 1, person("Donald Trump", Role.HOST), person("Vladimir Putin",
                                Role.ATTENDEE), person("Volodymyr Zelensky", Role.ABSENT)),
                event(EventType.MEETING, "Coalition of the willing meets", EventDate.day(d.plusDays(12)),
                        EventStatus.HELD, 1, person("Keir Starmer", Role.CO_CHAIR),
                        person("Emmanuel Macron", Role.CO_CHAIR), org("European Union", Role.ATTENDEE)),
                event(EventType.PRESS_CONFERENCE, "Press conference in Berlin", EventDate.day(d.plusDays(12)),
                        EventStatus.HELD, 1, person("Friedrich Merz", Role.SPEAKER),
                        person("Volodymyr Zelensky", Role.SPEAKER)),
                event(EventType.STATEMENT, "Joint statement of European leaders", EventDate.day(d.plusDays(9)),
                        EventStatus.HELD, 1, org("European Union", Role.ATTENDEE)),
                event(EventType.VISIT, "Zelensky visits Washington", EventDate.day(d.plusDays(17)),
                        EventStatus.HELD, 1, person("Volodymyr Zelensky", Role.ATTENDEE),
                        country("United States", Role.HOST))));
        store.add(source("Talks resume as strikes continue", "Harbour Times", d.plusDays(20)), List.of(
                event(EventType.TALKS, "Talks in Istanbul", EventDate.range(LocalDate.of(2025, 7, 23),
                        LocalDate.of(2025, 7, 24)), EventStatus.HELD, 2, country("Ukraine", Role.ATTENDEE),
                        country("Russia", Role.ATTENDEE), country("Turkey", Role.HOST)),
                event(EventType.MILITARY, "Strikes on Kyiv", EventDate.day(d.plusDays(20)), EventStatus.HELD, 2,
                        country("Russia", Role.MENTIONED)),
                event(EventType.MEETING, "Trilateral meeting proposed", EventDate.month(YearMonth.of(2025, 9)),
                        EventStatus.PROPOSED, 2, person("Donald Trump", Role.ATTENDEE),
                        person("Vladimir Putin", Role.ATTENDEE), person("Volodymyr Zelensky", Role.ATTENDEE)),
                event(EventType.SUMMIT, "NATO summit in The Hague", EventDate.range(LocalDate.of(2025, 6, 24),
                        LocalDate.of(2025, 6, 25)), EventStatus.HELD, 2, org("NATO", Role.HOST)),
                event(EventType.VISIT, "Putin visit to Moscow by Witkoff", EventDate.day(d.plusDays(5)),
                        EventStatus.HELD, 2, person("Steve Witkoff", Role.ATTENDEE),
                        person("Vladimir Putin", Role.HOST)),
                event(EventType.CALL, "Call: Trump, Zelensky", EventDate.day(d.plusDays(15)), EventStatus.HELD, 2,
                        person("Donald Trump", Role.ATTENDEE), person("Volodymyr Zelensky", Role.ATTENDEE)),
                event(EventType.MEETING, "Meeting in Geneva called off", EventDate.day(d.plusDays(26)),
                        EventStatus.CANCELLED, 2, country("Ukraine", Role.ATTENDEE),
                        country("Russia", Role.ATTENDEE)),
                event(EventType.TALKS, "Peace talks planned", EventDate.day(d.plusDays(33)), EventStatus.PLANNED,
                        2, country("Ukraine", Role.ATTENDEE), country("Russia", Role.ATTENDEE))));
        store.add(source("What comes after the summit", null, null), List.of(
                event(EventType.STATEMENT, "Kremlin statement on guarantees", EventDate.UNKNOWN, EventStatus.HELD,
                        3, person("Dmitry Peskov", Role.SPEAKER)),
                event(EventType.MEETING, "Security guarantees meeting", EventDate.UNKNOWN, EventStatus.PLANNED, 3,
                        org("European Union", Role.ATTENDEE)),
                event(EventType.OTHER, "Sanctions review", EventDate.month(YearMonth.of(2025, 10)), EventStatus.PLANNED, 3,
                        org("European Union", Role.ATTENDEE))));
        return store;
    }

    /** n events spread over the years [from, from + years), all types and statuses, the same for the same n. */
    public static List<Event> many(int n, int fromYear, int years) {
        Random r = new Random(42);
        EventType[] types = EventType.values();
        EventStatus[] statuses = EventStatus.values();
        List<Event> out = new ArrayList<>(n);
        LocalDate start = LocalDate.of(fromYear, 1, 1);
        int days = years * 365;
        for (int i = 0; i < n; i++) {
            LocalDate day = start.plusDays(r.nextInt(days));
            EventType t = types[r.nextInt(types.length)];
            EventDate date = switch (r.nextInt(10)) {
                case 0 -> EventDate.month(YearMonth.from(day));
                case 1 -> EventDate.range(day, day.plusDays(1 + r.nextInt(3)));
                case 2 -> EventDate.at(day, LocalTime.of(r.nextInt(24), r.nextInt(60)));
                default -> EventDate.day(day);
            };
            out.add(new Event(i + 1, t, t.name().charAt(0) + t.name().substring(1).toLowerCase() + " no. " + (i + 1),
                    date, null, null, statuses[r.nextInt(10) < 7 ? 0 : r.nextInt(statuses.length)],
                    List.of(person("Person " + r.nextInt(50), Role.ATTENDEE)), List.of(), List.of()));
        }
        return out;
    }
}
