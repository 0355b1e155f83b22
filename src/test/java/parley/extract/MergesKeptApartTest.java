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
 * Merges kept apart (session 15): occasions pointed back at, one principal's encounters with others the same day,
 * plans and what became of them, and clauses with days of their own. Sentences of our own; each failed on the
 * session's base.
 */
class MergesKeptApartTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 3, 12); // a Thursday

    private static List<Event> events(String body) {
        String text = "CAPITALS DESK\nPublished: 12 March 2026\n\nA week of diplomacy\n\n" + body + "\n";
        Article a = new Article("apart15.txt", "txt", "", text, null, null, null, ANCHOR);
        return new RuleBasedExtractor().extract(a, ANCHOR).events();
    }

    private static List<String> present(Event e) {
        return e.participants().stream().filter(p -> p.role().present()).map(Participant::name).toList();
    }

    private static boolean cites(Event e, String words) {
        return e.mentions().stream().anyMatch(m -> m.text().contains(words));
    }

    // --- occasions pointed back at

    @Test
    void aFollowUpOnAnEarlierOccasionNeitherDatesNorSwallowsTheCurrentOne() {
        record Case(String text, String first, String second, EventType type, String notOn) {
        }
        for (Case c : List.of(
                new Case("Foreign Minister Lena Varga spoke by phone with Prime Minister Omar Haddad. They reviewed the"
                        + " results of Monday's call.", "Lena Varga", "Omar Haddad", EventType.CALL, "2026-03-09"),
                new Case("Foreign Minister Lena Varga phoned Prime Minister Omar Haddad to follow up on Monday's meeting"
                        + " in Rome.", "Lena Varga", "Omar Haddad", EventType.CALL, "2026-03-09"),
                new Case("Chancellor Petra Lind met President Aram Sarkis. The talks followed up on Friday's meeting in"
                        + " Geneva.", "Petra Lind", "Aram Sarkis", EventType.MEETING, "2026-03-06"),
                new Case("Chancellor Petra Lind received President Aram Sarkis, building on the 3 March meeting of their"
                        + " foreign ministers.", "Petra Lind", "Aram Sarkis", EventType.MEETING, "2026-03-03"),
                new Case("President Ilse Brandt and Prime Minister Omar Haddad discussed the outcome of last week's"
                        + " summit in a call.", "Ilse Brandt", "Omar Haddad", EventType.CALL, "2026-03-02"))) {
            List<Event> es = events(c.text());
            assertThat(es).as(c.text()).anySatisfy(e -> {
                assertThat(e.type()).isEqualTo(c.type());
                assertThat(present(e)).contains(c.first(), c.second());
                assertThat(e.date().iso()).isNotEqualTo(c.notOn());
            });
            assertThat(es).as(c.text()).noneMatch(e -> c.notOn().equals(e.date().iso()));
        }
    }

    @Test
    void aDayNamedAsTheTopicOfAnotherEventIsNotItsDay() {
        List<Event> es = events("Prime Minister Omar Haddad received Foreign Minister Lena Varga on Tuesday. Haddad later"
                + " phoned President Ilse Brandt to review Monday's summit.");
        assertThat(es).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.CALL);
            assertThat(e.date().iso()).isEqualTo("2026-03-10");
        });
    }

    @Test
    void anOccasionNamedByItsDayAfterAnUndatedReportDoesNotDateIt() {
        List<Event> es = events("Chancellor Petra Lind and President Aram Sarkis met in Berlin. The 3 March meeting of"
                + " the two leaders had ended without a deal.");
        assertThat(es).noneMatch(e -> "2026-03-03".equals(e.date().iso()) && cites(e, "met in Berlin"));
        // the same day named again is the same occasion
        List<Event> again = events("Chancellor Petra Lind met President Aram Sarkis in Berlin on Monday. Monday's meeting"
                + " ended without a deal.");
        assertThat(again).singleElement().satisfies(e -> assertThat(e.date().iso()).isEqualTo("2026-03-09"));
    }

    // --- one principal, different counterparts, the same day

    @Test
    void aPrincipalsEncounterWithSomeoneNamedByRoleIsNotTheNextOneWithOthers() {
        for (String text : List.of(
                "On Tuesday Prime Minister Omar Haddad received the Patriarch at his residence. He then had lunch with"
                        + " Foreign Minister Lena Varga and Foreign Minister Yusuf Demir.",
                "On Wednesday Chancellor Petra Lind received the visiting envoys. Lind later met President Aram Sarkis"
                        + " and Prime Minister Omar Haddad in Bonn.")) {
            List<Event> es = events(text);
            assertThat(es).as(text).hasSize(2);
            assertThat(es).as(text).anySatisfy(e -> assertThat(present(e)).hasSize(1));
        }
        // a role that is the title of the other's counterpart may be that person: one meeting
        List<Event> same = events("President Ilse Brandt met President Aram Sarkis on Monday. Brandt received the"
                + " president at the palace with full honours.");
        assertThat(same).singleElement();
    }

    @Test
    void stepsOfOneSentenceToOtherCounterpartsAreTwoEncounters() {
        for (String text : List.of(
                "President Ilse Brandt was in Lima on Friday. She met the Peruvian president in the morning, then held"
                        + " talks with Chancellor Petra Lind.",
                "On the sidelines of the summit in Lima on Friday, President Ilse Brandt met Prime Minister Omar Haddad,"
                        + " then held talks with Chancellor Petra Lind.")) {
            List<Event> es = events(text);
            assertThat(es).as(text).anySatisfy(e -> assertThat(present(e)).contains("Ilse Brandt", "Petra Lind")
                    .doesNotContain("Omar Haddad", "José Jerí"));
            assertThat(es).as(text).noneMatch(e -> present(e).contains("Petra Lind")
                    && (present(e).contains("Omar Haddad") || present(e).contains("José Jerí")));
        }
        // one who joins comes to the same encounter
        List<Event> joined = events("On Friday President Ilse Brandt met Prime Minister Omar Haddad in Vienna, then"
                + " Chancellor Petra Lind joined them.");
        assertThat(joined).singleElement();
    }

    // --- an undated report and the only dated occasion of its people

    @Test
    void anUndatedHeldReportDoesNotFuseIntoACancelledOccasionOrAnotherCounterpartsOne() {
        for (String text : List.of(
                "President Ilse Brandt has held talks with Chancellor Petra Lind. A meeting between Brandt and Lind"
                        + " planned for 2 March had been cancelled.",
                "President Ilse Brandt has held talks with President Aram Sarkis. A meeting between Brandt and Prime"
                        + " Minister Omar Haddad planned for 2 March had been cancelled.")) {
            List<Event> es = events(text);
            assertThat(es).as(text).noneMatch(e -> e.status() == parley.domain.EventStatus.CANCELLED
                    && cites(e, "has held talks"));
            assertThat(es).as(text).noneMatch(e -> present(e).contains("Aram Sarkis") && present(e).contains("Omar Haddad"));
        }
    }

    // --- a plan and the report that it happened

    @Test
    void aPlanMergedWithItsHeldReportIsHeld() {
        for (String text : List.of(
                "- 3 March: President Ilse Brandt is to meet Prime Minister Omar Haddad in Vienna.\n\nOn 3 March, Brandt"
                        + " met Haddad in Vienna.",
                "President Ilse Brandt was due to hold talks with Prime Minister Omar Haddad in Vienna on 10 March."
                        + " Brandt and Haddad met in Vienna on 10 March.")) {
            List<Event> es = events(text);
            assertThat(es).as(text).singleElement().satisfies(e -> {
                assertThat(e.status()).isEqualTo(parley.domain.EventStatus.HELD);
                assertThat(e.mentions()).anyMatch(m -> m.contribution().contains("the plan happened"));
            });
        }
    }

    // --- across articles

    private static Event fromSource(Event e, long source) {
        List<parley.domain.Mention> ms = e.mentions().stream().map(m -> new parley.domain.Mention(source, m.start(),
                m.end(), m.text(), m.contribution())).toList();
        return new Event(e.id(), e.type(), e.title(), e.date(), e.derivation(), e.location(), e.status(),
                e.participants(), ms, e.disagreements());
    }

    @Test
    void aChronologysMonthEntryStaysApartFromAnotherArticlesDay() {
        String chronology = "POLICY WATCH\nPublished: 20 March 2026\n\nA chronology of the talks\n\n## March\n\n"
                + "- President Ilse Brandt and Prime Minister Omar Haddad meet in Vienna.\n";
        Event entry = new RuleBasedExtractor().extract(new Article("c.md", "md", "", chronology, null, null, null,
                LocalDate.of(2026, 3, 20)), LocalDate.of(2026, 3, 20)).events().get(0);
        Event day = fromSource(events("President Ilse Brandt met Prime Minister Omar Haddad in Vienna on 3 March.")
                .get(0), 2);
        assertThat(entry.date().iso()).isEqualTo("2026-03");
        assertThat(new EventMerger().sameness(day, fromSource(entry, 1))).isNegative();
    }
}
