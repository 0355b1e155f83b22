package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Participant;
import parley.ingest.FileArticleReader;

/**
 * Clauses told without a subject take the document's protagonist (session 18): the person of the section's heading
 * line, else of the title, else the holder of the issuing office. Documents of our own words in ten layouts (Markdown
 * timeline, plain newsletter, readout, HTML week, ministry newsletter, numbered list, e-mail, bold engagement line,
 * prose title, lead-in list), each failing on the session's starting build, and guards.
 */
class ProtagonistsTest {
    @TempDir
    Path dir;

    private List<Event> events(String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            Article a = new FileArticleReader().read(file);
            return new RuleBasedExtractor().extract(a, a.published() != null ? a.published()
                    : LocalDate.of(2026, 3, 20)).events();
        } catch (java.io.IOException | parley.domain.UnreadableFileException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> present(Event e) {
        return e.participants().stream().filter(p -> p.role().present()).map(Participant::name).toList();
    }

    /** The event (not a visit) in which {@code name} takes part. */
    private static Event with(List<Event> es, String name) {
        return es.stream().filter(e -> e.type() != EventType.VISIT)
                .filter(e -> e.participants().stream().anyMatch(p -> p.name().equals(name))).findFirst().orElseThrow();
    }

    private static boolean visitOf(List<Event> es, String name, String place) {
        return es.stream().anyMatch(e -> e.type() == EventType.VISIT && place.equals(e.location())
                && present(e).contains(name));
    }

    @Test
    void aTimelineTitledWithItsPerson() {
        List<Event> es = events("timeline.md", "# Timeline | Chancellor Petra Lindqvist in the Gulf\n\n"
                + "*Published 14 March 2026*\n\n"
                + "- **Monday 9 March** – Arrived in Doha; met Prime Minister Mohammed bin Abdulrahman Al Thani.\n"
                + "- **Wednesday 11 March** – Flew to Abu Dhabi.\n");
        assertThat(present(with(es, "Mohammed bin Abdulrahman Al Thani"))).contains("Petra Lindqvist");
        assertThat(visitOf(es, "Petra Lindqvist", "Doha")).isTrue();
        assertThat(visitOf(es, "Petra Lindqvist", "Abu Dhabi")).isTrue();
    }

    @Test
    void aNewsletterSectionHeadedByItsMinister() {
        List<Event> es = events("newsletter.txt", "WEEKLY DIPLOMATIC NEWSLETTER\nIssue 14, 20 March 2026\n\n"
                + "Foreign Minister Jonas Berglund: engagements\n\n"
                + "Monday 16 March: Met his Estonian counterpart, Margus Tsahkna, in Tallinn.\n"
                + "Wednesday 18 March: Visited the port of Klaipeda with President Gitanas Nauseda.\n");
        assertThat(present(with(es, "Margus Tsahkna"))).contains("Jonas Berglund");
    }

    @Test
    void aReadoutOfAnOfficeSpeaksForItsHolder() {
        List<Event> es = events("readout.txt", "PRIME MINISTER'S OFFICE, FINLAND\nReadout, 5 May 2026\n\n"
                + "Spoke this morning by telephone with President Emmanuel Macron about support for Ukraine.\n\n"
                + "Later in the day received the Swedish prime minister, Ulf Kristersson, at Kesaranta.\n");
        assertThat(present(with(es, "Emmanuel Macron"))).contains("Petteri Orpo");
        assertThat(present(with(es, "Ulf Kristersson"))).contains("Petteri Orpo");
    }

    @Test
    void aWeekOnAWebPageWithBoldDays() {
        List<Event> es = events("week.html", "<html><head><title>President Ana Duarte's week in Asia</title></head>"
                + "<body><article><h1>President Ana Duarte's week in Asia</h1><p>Published 18 April 2026</p>"
                + "<p><b>Tuesday.</b> Talks with General Secretary To Lam; signed a fisheries accord.</p>"
                + "<p><b>Thursday.</b> In Manila, met President Ferdinand Marcos Jr. at Malacañang Palace.</p>"
                + "<p><b>Friday.</b> Telephoned Prime Minister Anthony Albanese before flying home.</p>"
                + "</article></body></html>");
        assertThat(present(with(es, "To Lam"))).contains("Ana Duarte");
        assertThat(present(with(es, "Anthony Albanese"))).contains("Ana Duarte");
        assertThat(present(with(es, "Ferdinand Marcos Jr"))).contains("Ana Duarte");
    }

    @Test
    void aDiaryHeadedByAnOfficeUnderAMinistrysMasthead() {
        List<Event> es = events("diary.txt", "NORWEGIAN MINISTRY OF FOREIGN AFFAIRS - MONTHLY NEWSLETTER\n"
                + "Published 30 April 2026\n\nForeign minister's diary\n\n"
                + "Arrived in Hanoi on 21 April and met President Luong Cuong.\n\n"
                + "On 24 April, hosted the Icelandic foreign minister, Thorgerdur Katrin Gunnarsdottir, in Oslo.\n");
        assertThat(present(with(es, "Luong Cuong"))).contains("Espen Barth Eide");
        assertThat(present(with(es, "Thorgerdur Katrin Gunnarsdottir"))).contains("Espen Barth Eide");
    }

    @Test
    void aNumberedListUnderAPersonsHeading() {
        List<Event> es = events("digest.md", "Diplomatic digest, 9 May 2026\n\n## President Lula in Rome\n\n"
                + "1. Met Pope Leo XIV at the Vatican on Friday 8 May.\n"
                + "2. Held talks with Prime Minister Giorgia Meloni at Palazzo Chigi on Friday.\n");
        assertThat(present(with(es, "Pope Leo XIV"))).contains("Luiz Inácio Lula da Silva");
        assertThat(present(with(es, "Giorgia Meloni"))).contains("Luiz Inácio Lula da Silva");
    }

    @Test
    void anEmailWeekInBrief() {
        List<Event> es = events("week.eml", "From: Bulletin Desk <desk@example.org>\nTo: readers@example.org\n"
                + "Subject: The Secretary-General's week\nDate: Sat, 16 May 2026 09:00:00 +0000\n"
                + "Content-Type: text/plain; charset=utf-8\n\n"
                + "UN Secretary-General Antonio Guterres: the week in brief\n\n"
                + "- Met with the President of Ghana, John Mahama, on Tuesday.\n"
                + "- Wednesday: spoke by phone with President Cyril Ramaphosa.\n");
        assertThat(present(with(es, "John Mahama"))).contains("António Guterres");
        assertThat(present(with(es, "Cyril Ramaphosa"))).contains("António Guterres");
    }

    @Test
    void aBoldEngagementLineAboveDatedEntries() {
        List<Event> es = events("engagements.md", "Nordic bulletin — 7 June 2026\n\n"
                + "**Premier Kari Lundebakken — engagements, 2–5 June**\n\n"
                + "2 June: received Prime Minister Mette Frederiksen in Oslo.\n\n"
                + "5 June: telephoned President Alexander Stubb.\n");
        assertThat(present(with(es, "Mette Frederiksen"))).contains("Kari Lundebakken");
        assertThat(present(with(es, "Alexander Stubb"))).contains("Kari Lundebakken");
    }

    @Test
    void aFeatureTitledWithItsTraveller() {
        List<Event> es = events("tour.txt", "Foreign Secretary Dawn Whitfield in Africa: five days, four capitals\n\n"
                + "Published 22 February 2026\n\nWhitfield's tour began in Accra.\n\n"
                + "Tuesday: flew to Abuja and met Foreign Minister Yusuf Tuggar.\n"
                + "Wednesday: in Nairobi, called on President William Ruto at State House.\n");
        assertThat(present(with(es, "Yusuf Tuggar"))).contains("Dawn Whitfield");
        assertThat(present(with(es, "William Ruto"))).contains("Dawn Whitfield");
        assertThat(visitOf(es, "Dawn Whitfield", "Abuja")).isTrue();
    }

    @Test
    void aDayHeadingKeepsTheSectionsPerson() {
        List<Event> es = events("programme.md", "# Programme notes, 20 March 2026\n\n"
                + "## Deputy Prime Minister Ola Strand: the week\n\n### Monday 16 March\n\n"
                + "- Visited Vilnius and held talks with Prime Minister Inga Ruginiene.\n");
        assertThat(present(with(es, "Inga Ruginiene"))).contains("Ola Strand");
    }

    @Test
    void aPlanKeepsItsStatusAndAPassiveItsAgents() {
        List<Event> es = events("plans.txt", "President Amara Sesay's diary\n\nPublished 10 March 2026\n\n"
                + "Will meet President William Ruto in Nairobi next week.\n\n"
                + "Talks were held by Foreign Minister Musalia Mudavadi and Prime Minister Mohammed bin Abdulrahman "
                + "Al Thani on Monday.\n");
        Event plan = with(es, "William Ruto");
        assertThat(present(plan)).contains("Amara Sesay");
        assertThat(plan.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(present(with(es, "Musalia Mudavadi"))).doesNotContain("Amara Sesay");
    }

    @Test
    void aSubjectOrAHeadingAboutACounterpartLendsNobody() {
        List<Event> told = events("told.txt", "Chancellor Petra Lindqvist's week\n\nPublished 10 March 2026\n\n"
                + "President William Ruto met Prime Minister Mohammed bin Abdulrahman Al Thani on Monday.\n\n"
                + "Talks in Doha with Emir Tamim bin Hamad Al Thani ended on Tuesday.\n");
        assertThat(present(with(told, "William Ruto"))).doesNotContain("Petra Lindqvist");
        List<Event> counterpart = events("counterpart.md", "# Notes, 10 March 2026\n\n"
                + "## Talks with President William Ruto\n\n- Met Foreign Minister Musalia Mudavadi on Monday.\n");
        assertThat(counterpart.stream().flatMap(e -> present(e).stream())).doesNotContain("William Ruto");
        List<Event> imperative = events("meet.txt", "Meet Chancellor Petra Lindqvist, the Gulf's new broker\n\n"
                + "Published 10 March 2026\n\nPresident William Ruto travelled to Doha on Monday.\n");
        assertThat(imperative.stream().flatMap(e -> present(e).stream())).doesNotContain("Petra Lindqvist");
    }
}
