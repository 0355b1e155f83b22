package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventType;
import parley.domain.Participant;

/**
 * A meeting of two held during a gathering of more the same day stays its own encounter when the text tells it as
 * one: dated by another hour of that day ("later that day", "that evening"), told with a yardstick of its own ("their
 * first since a brief encounter in Lima in October"), or named by a copular predicate ("the meeting that mattered
 * most was Holm's session with Serrat"). Sentences of our own.
 */
class EncountersInsideGatheringsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 12);

    private static List<Event> extract(String text) {
        return new RuleBasedExtractor().extract(new Article("g.txt", "txt", "", text, null, null, null, PUBLISHED),
                PUBLISHED).events();
    }

    private static List<String> people(Event e) {
        return e.participants().stream().filter(p -> p.role().present()).map(Participant::name).sorted().toList();
    }

    /** The event whose present people are exactly these (sorted), or null. */
    private static Event withPeople(List<Event> es, String... names) {
        List<String> want = java.util.Arrays.stream(names).sorted().toList();
        return es.stream().filter(e -> people(e).equals(want)).findFirst().orElse(null);
    }

    private static final String SUMMIT = """
            Leaders gather in Oslo

            The Nordic-Baltic summit took place in Oslo on Tuesday with Prime Minister Olaf Lind, President Anna \
            Berzina and Chancellor Petra Holm.

            """;

    // --- another hour of the same day

    @Test
    void aPairLaterThatDayIsNotTheDialogueOfThree() {
        List<Event> es = extract("""
                Ministers gather for Baltic Dialogue

                The Baltic Security Dialogue convened in Riga on Wednesday, bringing together President Anna Berzina, \
                Prime Minister Olaf Lind and Chancellor Petra Holm.

                Later that day Berzina met Lind alone at the castle to discuss the border.
                """);
        Event pair = withPeople(es, "Anna Berzina", "Olaf Lind");
        assertThat(pair).as(SeedArticlesTest.dump(es)).isNotNull();
        assertThat(pair.date().iso()).isEqualTo("2026-03-11");
        assertThat(withPeople(es, "Anna Berzina", "Olaf Lind", "Petra Holm")).isNotNull();
    }

    @Test
    void aBilateralEarlierThatDayStandsApart() {
        List<Event> es = extract("""
                Ministers gather for Baltic Dialogue

                The Baltic Security Dialogue convened in Riga on Wednesday, bringing together President Anna Berzina, \
                Prime Minister Olaf Lind and Chancellor Petra Holm.

                Earlier that day, Berzina and Holm held a bilateral meeting at the palace.
                """);
        Event pair = withPeople(es, "Anna Berzina", "Petra Holm");
        assertThat(pair).as(SeedArticlesTest.dump(es)).isNotNull();
        assertThat(pair.type()).isEqualTo(EventType.MEETING);
        assertThat(pair.date().iso()).isEqualTo("2026-03-11");
    }

    @Test
    void talksLaterThatDayOnAForumsFringesStandApart() {
        List<Event> es = extract("""
                Arctic ministers meet

                The Arctic Dialogue, a yearly forum, was held in Tromso on Monday with Minister Karl Lindqvist, \
                Minister Ana Duarte and Minister Omar Haddad.

                Lindqvist had talks with Duarte later that day on the fringes of the forum.
                """);
        Event pair = withPeople(es, "Ana Duarte", "Karl Lindqvist");
        assertThat(pair).as(SeedArticlesTest.dump(es)).isNotNull();
        assertThat(pair.date().iso()).isEqualTo("2026-03-09");
        assertThat(withPeople(es, "Ana Duarte", "Karl Lindqvist", "Omar Haddad")).isNotNull();
    }

    // --- a yardstick told beside the pair's talks

    @Test
    void talksOnTheMarginsKeepTheSummitsDayBesideAYardstickWithAMonth() {
        List<Event> es = extract(SUMMIT + """
                On the margins, Holm also held talks with President Marc Serrat, their first since a brief encounter \
                in Lima in October.
                """);
        Event pair = withPeople(es, "Marc Serrat", "Petra Holm");
        assertThat(pair).as(SeedArticlesTest.dump(es)).isNotNull();
        assertThat(pair.date().iso()).isEqualTo("2026-03-10");
        assertThat(pair.location()).isNotEqualTo("Lima");
        assertThat(withPeople(es, "Anna Berzina", "Olaf Lind", "Petra Holm").type()).isEqualTo(EventType.SUMMIT);
    }

    @Test
    void aYardstickMeetingWithItsOwnMonthDatesNoOtherEventOfItsClause() {
        List<Event> es = extract(SUMMIT + """
                On the margins, Holm also held talks with President Marc Serrat, their first since their meeting in \
                Lima in October.
                """);
        Event pair = withPeople(es, "Marc Serrat", "Petra Holm");
        assertThat(pair).as(SeedArticlesTest.dump(es)).isNotNull();
        assertThat(pair.date().iso()).isEqualTo("2026-03-10");
    }

    @Test
    void aPlaceInsideTheYardstickIsNotTheMeetings() {
        List<Event> es = extract("""
                Leaders gather in Oslo

                Leaders of eight countries met in Oslo on Tuesday for the Nordic-Baltic summit, chaired by Prime \
                Minister Olaf Lind and attended by President Anna Berzina and Chancellor Petra Holm.

                On the sidelines of the summit, Holm held a bilateral meeting with President Marc Serrat, the first \
                since they clashed in Lima last year.
                """);
        Event pair = withPeople(es, "Marc Serrat", "Petra Holm");
        assertThat(pair).as(SeedArticlesTest.dump(es)).isNotNull();
        assertThat(pair.location()).isNotEqualTo("Lima");
    }

    // --- the copular predicate names the encounter

    @Test
    void theMeetingThatDrewAttentionWasAnotherPairsSession() {
        List<Event> es = extract("""
                Leaders gather in Oslo

                Prime Minister Olaf Lind hosted the Nordic-Baltic summit in Oslo on Tuesday, attended by President \
                Anna Berzina and Chancellor Petra Holm.

                Holm first sat down with Lind for an hour. The meeting that drew the most attention, though, was \
                Holm's session with President Marc Serrat, which ran past midnight.
                """);
        assertThat(withPeople(es, "Olaf Lind", "Petra Holm")).as(SeedArticlesTest.dump(es)).isNotNull();
        assertThat(withPeople(es, "Marc Serrat", "Petra Holm")).as(SeedArticlesTest.dump(es)).isNotNull();
    }

    @Test
    void aSitDownNamedByThePredicateIsNotTheMeetingBefore() {
        List<Event> es = extract("""
                Chancellor in Oslo

                Chancellor Petra Holm met Prime Minister Olaf Lind in Oslo on Tuesday.

                The meeting that mattered most, however, was Holm's sit-down with President Marc Serrat.
                """);
        assertThat(withPeople(es, "Olaf Lind", "Petra Holm")).as(SeedArticlesTest.dump(es)).isNotNull();
        Event pair = withPeople(es, "Marc Serrat", "Petra Holm");
        assertThat(pair).as(SeedArticlesTest.dump(es)).isNotNull();
        assertThat(pair.date().iso()).isEqualTo("2026-03-10");
    }

    @Test
    void theSecondMeetingWasHerSessionWithAnother() {
        List<Event> es = extract("""
                Envoy's busy day

                Chancellor Petra Holm met Prime Minister Olaf Lind on Tuesday in Oslo to discuss energy.

                The second meeting was Holm's session with President Marc Serrat at the embassy.
                """);
        assertThat(withPeople(es, "Marc Serrat", "Petra Holm")).as(SeedArticlesTest.dump(es)).isNotNull();
    }

    @Test
    void aMeetingBetweenAnotherPairIsNotTheOneBefore() {
        List<Event> es = extract("""
                Chancellor in Oslo

                Chancellor Petra Holm met Prime Minister Olaf Lind in Oslo on Tuesday.

                The meeting after lunch was between Holm and President Marc Serrat, at the embassy.
                """);
        assertThat(withPeople(es, "Olaf Lind", "Petra Holm")).as(SeedArticlesTest.dump(es)).isNotNull();
        assertThat(withPeople(es, "Marc Serrat", "Petra Holm")).as(SeedArticlesTest.dump(es)).isNotNull();
    }

    @Test
    void theSamePairNamedByThePredicateIsStillTheMeetingBefore() {
        List<Event> es = extract("""
                Chancellor in Oslo

                Chancellor Petra Holm met Prime Minister Olaf Lind in Oslo on Tuesday.

                The meeting was between Holm and Lind, with no aides present.
                """);
        assertThat(es.stream().filter(e -> e.type() == EventType.MEETING)).as(SeedArticlesTest.dump(es)).hasSize(1);
    }

    @Test
    void theSummitsWatchedEncounterWasAPairsMeeting() {
        List<Event> es = extract("""
                Leaders gather in Oslo

                Prime Minister Olaf Lind hosted the Nordic-Baltic summit in Oslo on Tuesday, attended by President \
                Anna Berzina, President Marc Serrat and Chancellor Petra Holm.

                The most closely watched encounter of the summit was Holm's meeting with Serrat at the embassy.
                """);
        Event pair = withPeople(es, "Marc Serrat", "Petra Holm");
        assertThat(pair).as(SeedArticlesTest.dump(es)).isNotNull();
        assertThat(pair.type()).isEqualTo(EventType.MEETING);
        assertThat(pair.date().iso()).isEqualTo("2026-03-10");
    }

    @Test
    void theSummitsRealBusinessWasAPairsTalks() {
        List<Event> es = extract("""
                Leaders gather in Oslo

                Prime Minister Olaf Lind hosted the Nordic-Baltic summit in Oslo on Tuesday, attended by President \
                Anna Berzina, President Marc Serrat and Chancellor Petra Holm.

                The summit's real business, diplomats said, was Berzina's talks with Holm on the gas link.
                """);
        assertThat(withPeople(es, "Anna Berzina", "Petra Holm")).as(SeedArticlesTest.dump(es)).isNotNull();
        assertThat(es.stream().filter(e -> e.type() == EventType.SUMMIT)).hasSize(1);
    }
}
