package parley.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import parley.domain.DateBasis;
import parley.domain.DateDerivation;
import parley.domain.Entity;
import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventStore;
import parley.domain.EventType;
import parley.domain.Mention;
import parley.domain.Participant;
import parley.domain.Role;
import parley.domain.Source;

/**
 * Fills a store with a seeded synthetic history through the {@link EventStore} port: events spread over ten years
 * (mostly single days, some with a time, some known only to the month or year, some ranges, a few undated), two to
 * four participants each (some explicitly absent), one to three mentions into their source's text, and one ~5 KB
 * source (a generated article) per {@link #EVENTS_PER_SOURCE} events. Written {@link #SOURCES_PER_WRITE} sources
 * per transaction.
 */
public final class StoreGenerator {
    public static final int EVENTS_PER_SOURCE = 10;
    static final int SOURCES_PER_WRITE = 100;
    private static final String[] TRIGGERS = {"spoke by phone", "met", "summit", "talks", "state visit",
            "press conference", "joint statement", "strike", "meeting"};

    /** What was written. */
    public record Written(int events, int sources) {
    }

    private final long seed;
    private final Cast cast = Cast.load();
    private final CorpusGenerator articles;

    public StoreGenerator(long seed) {
        this.seed = seed;
        this.articles = new CorpusGenerator(seed);
    }

    /** Writes this many events (and their sources) into the store. */
    public Written fill(EventStore store, int events) {
        store.write(tx -> {
            tx.upsertEntities(entities());
            return null;
        });
        int sources = (events + EVENTS_PER_SOURCE - 1) / EVENTS_PER_SOURCE;
        int written = 0;
        for (int first = 0; first < sources; first += SOURCES_PER_WRITE) {
            int from = first;
            int to = Math.min(sources, first + SOURCES_PER_WRITE);
            int already = written;
            written += store.write(tx -> {
                int n = 0;
                for (int s = from; s < to; s++) {
                    n += writeSource(tx, s, Math.min(EVENTS_PER_SOURCE, events - already - n));
                }
                return n;
            });
        }
        return new Written(written, sources);
    }

    private List<Entity> entities() {
        List<Entity> out = new ArrayList<>();
        for (Cast.Person p : cast.leaders) {
            out.add(new Entity(0, p.name(), EntityKind.PERSON, p.title(), List.of()));
        }
        for (Cast.Person p : cast.officials) {
            out.add(new Entity(0, p.name(), EntityKind.PERSON, p.title(), List.of()));
        }
        return out;
    }

    private int writeSource(EventStore.Transaction tx, int s, int events) {
        CorpusGenerator.GeneratedArticle a = articles.article(s);
        SplittableRandom r = new SplittableRandom(seed * 7_919L + s);
        String text = a.content();
        Source source = new Source(0, a.fileName(), a.format(), "Synthetic source " + s, "Northern Ledger", null,
                a.published(), DateBasis.STATED, null, sha(s), text, Instant.parse("2026-01-01T00:00:00Z"));
        Set<Long> prints = new LinkedHashSet<>();
        for (int i = 0; i < 20; i++) {
            prints.add(r.nextLong());
        }
        long id = tx.insertSource(source, prints);
        List<int[]> sentences = sentences(text);
        for (int e = 0; e < events; e++) {
            tx.insertEvent(event(r, id, text, sentences, a.published()));
        }
        return events;
    }

    private Event event(SplittableRandom r, long sourceId, String text, List<int[]> sentences, LocalDate published) {
        EventType type = EventType.values()[r.nextInt(EventType.values().length)];
        List<Participant> participants = new ArrayList<>();
        int count = 2 + r.nextInt(3);
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            Cast.Person p = r.nextInt(3) == 0 ? Sentences.pick(r, cast.officials) : Sentences.pick(r, cast.leaders);
            if (names.add(p.name())) {
                Role role = names.size() == 1 ? Role.HOST : r.nextInt(20) == 0 ? Role.ABSENT : Role.ATTENDEE;
                participants.add(new Participant(p.name(), EntityKind.PERSON, p.title(), role));
            }
        }
        List<Mention> mentions = new ArrayList<>();
        int m = 1 + r.nextInt(3);
        for (int i = 0; i < m; i++) {
            int[] span = sentences.get(r.nextInt(sentences.size()));
            String trigger = TRIGGERS[r.nextInt(TRIGGERS.length)];
            mentions.add(new Mention(sourceId, span[0], span[1], text.substring(span[0], span[1]),
                    "trigger '" + trigger + "'; date; participants"));
        }
        EventDate date = date(r);
        DateDerivation derivation = date.known() ? new DateDerivation("on " + date.start().getDayOfWeek()
                .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH),
                "article of " + published, "weekday, past", date.iso()) : null;
        EventStatus status = switch (r.nextInt(20)) {
            case 0 -> EventStatus.CANCELLED;
            case 1 -> EventStatus.PROPOSED;
            case 2, 3 -> EventStatus.PLANNED;
            default -> EventStatus.HELD;
        };
        String title = EventTitle.of(type, participants);
        String location = r.nextInt(5) < 3 ? Sentences.pick(r, Sentences.CITIES) : null;
        return new Event(0, type, title, date, derivation, location, status, participants, mentions, List.of());
    }

    /** Uniform over ten years: 85% a day, 5% a day and time, 4% a month, 1% a year, 4% a range, 1% undated. */
    private static EventDate date(SplittableRandom r) {
        LocalDate day = CorpusGenerator.FIRST_DAY.plusDays(r.nextInt(CorpusGenerator.DAYS));
        int k = r.nextInt(100);
        if (k < 85) {
            return EventDate.day(day);
        } else if (k < 90) {
            return EventDate.at(day, LocalTime.of(8 + r.nextInt(12), 15 * r.nextInt(4)));
        } else if (k < 94) {
            return EventDate.month(YearMonth.from(day));
        } else if (k < 95) {
            return EventDate.year(day.getYear());
        } else if (k < 99) {
            return EventDate.range(day, day.plusDays(1 + r.nextInt(4)));
        }
        return EventDate.UNKNOWN;
    }

    /** Sentence spans: each run of text up to and including ". ", skipping markup-only lines. */
    static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = text.indexOf(". "); i >= 0; i = text.indexOf(". ", i + 2)) {
            if (i + 1 - start > 40) {
                out.add(new int[] {start, i + 1});
            }
            start = i + 2;
        }
        if (out.isEmpty()) {
            out.add(new int[] {0, Math.min(text.length(), 120)});
        }
        return out;
    }

    private static String sha(int s) {
        return String.format("%064x", 0x5ca1eL * 1_000_003L + s);
    }

    /** The titles the extractor gives: "Meeting: A, B". */
    private static final class EventTitle {
        static String of(EventType type, List<Participant> participants) {
            String kind = type.name().charAt(0) + type.name().substring(1).toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ');
            return kind + ": " + String.join(", ", participants.stream().filter(p -> p.role().present())
                    .map(Participant::name).toList());
        }
    }
}
