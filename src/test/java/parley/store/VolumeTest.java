package parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Mention;
import parley.domain.Participant;
import parley.domain.Role;

/**
 * Twenty thousand events in and out, with the times printed (not asserted: the machine is shared). Run with
 * {@code -Dparley.store.volume=100000} to measure the size Parley is built for.
 */
class VolumeTest extends StoreTestBase {
    static final int EVENTS = Integer.getInteger("parley.store.volume", 20_000) / 20 * 20;
    static final int PER_ARTICLE = 20;
    static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);

    @Test
    void twentyThousandEventsGoInAndComeBack() {
        List<Long> sources = new ArrayList<>();
        for (int s = 0; s < EVENTS / PER_ARTICLE; s++) {
            sources.add(Fixtures.storeSource(store, "article" + s, s + 1, LocalDate.of(2020, 1, 1).plusDays(s),
                    Set.of((long) s, s + 100_000L)));
        }
        // CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long insertCpuBefore = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int s = 0; s < sources.size(); s++) {
            long source = sources.get(s);
            int article = s;
            // One transaction per article, as an import does.
            store.write(tx -> {
                for (int i = 0; i < PER_ARTICLE; i++) {
                    int n = article * PER_ARTICLE + i;
                    tx.insertEvent(event(n, source));
                }
                return null;
            });
        }
        long inserted = System.nanoTime();
        long insertCpu = threads.getCurrentThreadCpuTime() - insertCpuBefore;
        long cpuBefore = threads.getCurrentThreadCpuTime();
        List<Event> all = store.events();
        long readCpu = threads.getCurrentThreadCpuTime() - cpuBefore;
        long readAll = System.nanoTime();
        // A month in the middle of the events' days (seven events a day from 1 Jan 2020).
        LocalDate windowStart = FIRST_DAY.plusDays(EVENTS / 7 / 2);
        List<Event> month = store.eventsBetween(windowStart, windowStart.plusDays(30));
        long readMonth = System.nanoTime();

        System.out.printf("store volume: %d events inserted in %d ms (%d ms CPU; %d articles), events() read them in "
                        + "%d ms (%d ms CPU), a one-month window (%d events) in %d ms%n", EVENTS, ms(start, inserted),
                insertCpu / 1_000_000, sources.size(), ms(inserted, readAll), readCpu / 1_000_000, month.size(),
                ms(readAll, readMonth));

        assertThat(all).hasSize(EVENTS);
        assertThat(all.get(0).participants()).hasSize(3);
        assertThat(all.get(0).mentions()).hasSize(2);
        assertThat(all).isSortedAccordingTo((x, y) -> x.date().start().compareTo(y.date().start()));
        assertThat(month).hasSize(31 * 7).allSatisfy(e -> assertThat(e.date().start())
                .isBetween(windowStart, windowStart.plusDays(30)));
    }

    private static Event event(int n, long source) {
        return new Event(0, EventType.values()[n % EventType.values().length], "Event " + n,
                EventDate.day(FIRST_DAY.plusDays(n / 7)), null, "City " + (n % 50), EventStatus.HELD,
                List.of(new Participant("Person " + (n % 300), EntityKind.PERSON, null, Role.HOST),
                        new Participant("Country " + (n % 60), EntityKind.COUNTRY, null, Role.ATTENDEE),
                        new Participant("Person " + ((n + 1) % 300), EntityKind.PERSON, "Minister", Role.ABSENT)),
                List.of(new Mention(source, 0, 30, "Sentence about event " + n + ".", "trigger"),
                        new Mention(source, 31, 60, "Another sentence about it.", "date")),
                List.of());
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
