package parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.domain.Article;

/**
 * Publisher and authors in the header and footer forms that outlets use, several variants of each kind, on small
 * texts written for these tests (the outlets and people are invented).
 */
class SourceMetadataKindsTest {
    @TempDir
    Path dir;

    private Article read(String name, String content) throws Exception {
        return Fixtures.READER.read(Fixtures.write(dir, name, content.getBytes(StandardCharsets.UTF_8)));
    }

    private Article mail(String from, String body) throws Exception {
        String m = "From: " + from + "\nTo: Readers <list@example.org>\nSubject: Ferry timetable agreed\n"
                + "Date: Tue, 4 Mar 2025 08:00:00 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n"
                + body;
        return read("bulletin.eml", m.replace("\n", "\r\n"));
    }

    private static String publisher(String text) {
        return TextMetadata.of(text).publisher();
    }

    private static String author(String text) {
        return TextMetadata.of(text).author();
    }

    private static final String STORY = "\n\nFerry crews on the lagoon went back to work on Monday after the two "
            + "ministers met in Keta and agreed a new timetable for the crossings.\n";

    @Test
    void aWireLineGivesTheOutletBesideTheDate() {
        assertThat(publisher("Coastline Wire | 12 May 2025\n\nFerry ministers agree shared timetable" + STORY))
                .isEqualTo("Coastline Wire");
        assertThat(publisher("Sahel Dispatch | Monday 3 March 2025, 14:20 GMT\n\nFerry ministers agree shared timetable"
                + STORY)).as("with a weekday and a clock time").isEqualTo("Sahel Dispatch");
        assertThat(publisher("12/05/2025 | Orchard Press Agency\n\nFerry ministers agree shared timetable" + STORY))
                .as("the date first").isEqualTo("Orchard Press Agency");
        assertThat(publisher("Ferry ministers agree shared timetable\nLakeside Newswire · 2025-05-12" + STORY))
                .as("under the headline").isEqualTo("Lakeside Newswire");
        assertThat(TextMetadata.of("Coastline Wire | 12 May 2025\n\nFerry ministers agree shared timetable" + STORY)
                .title()).isEqualTo("Ferry ministers agree shared timetable");
        assertThat(publisher("Coastline Wire | Geneva | 12 May 2025 | 14:20 GMT\n\nFerry ministers agree shared timetable"
                + STORY)).as("with a place and a clock time").isEqualTo("Coastline Wire");
        assertThat(publisher("Coastline Wire | Published 12 May 2025\n\nFerry ministers agree shared timetable" + STORY))
                .as("a labelled date").isEqualTo("Coastline Wire");
        assertThat(publisher("GHANA-TOGO/FERRIES\nCoastline Wire -- 12 May 2025\n\nFerry ministers agree shared timetable"
                + STORY)).as("under a wire slug, a double hyphen").isEqualTo("Coastline Wire");
    }

    @Test
    void aHeadlineBesideADateIsNoOutlet() {
        assertThat(publisher("Ferry ministers meet in Keta to agree the timetable | 12 May 2025" + STORY)).isNull();
        assertThat(publisher("Ferry timetable agreed\nUpdated | 12 May 2025" + STORY)).isNull();
        assertThat(publisher("Ferry timetable agreed\nAma Owusu | 12 May 2025" + STORY)).as("a writer's name").isNull();
        assertThat(publisher("Ferry timetable agreed\nAbu Dhabi | 12 May 2025" + STORY)).as("a place").isNull();
        assertThat(publisher("Ferry timetable agreed\nKeta · 12 May 2025" + STORY)).as("a place").isNull();
        assertThat(publisher("Ferry timetable agreed\nThe Prime Minister | 12 May 2025" + STORY)).as("an office holder")
                .isNull();
    }

    @Test
    void anOutletAndItsSectionGiveTheOutlet() {
        String world = "Kestrel Herald - World\n\nFerry ministers agree shared timetable" + STORY;
        assertThat(publisher(world)).isEqualTo("Kestrel Herald");
        assertThat(TextMetadata.of(world).title()).as("the section line is no headline")
                .isEqualTo("Ferry ministers agree shared timetable");
        assertThat(publisher("Ridgeway Post - Middle East\nFerry ministers agree shared timetable" + STORY))
                .isEqualTo("Ridgeway Post");
        assertThat(publisher("The Fenland Chronicle – Politics\n\nFerry ministers agree shared timetable" + STORY))
                .as("an en dash").isEqualTo("The Fenland Chronicle");
        assertThat(publisher("The Marsh Lantern | Opinion\n\nFerry ministers agree shared timetable" + STORY))
                .as("a bar").isEqualTo("The Marsh Lantern");
        assertThat(publisher("Kestrel Herald - Gulf Affairs\n\nFerry ministers agree shared timetable" + STORY))
                .as("a section the paper names its own way").isEqualTo("Kestrel Herald");
    }

    @Test
    void aFeatureLineGivesTheOutlet() {
        String feature = "Kestrel Herald - Features\n\nA week on the lagoon ferries\n\nBy Ama Owusu\n" + STORY;
        assertThat(publisher(feature)).isEqualTo("Kestrel Herald");
        assertThat(TextMetadata.of(feature).title()).isEqualTo("A week on the lagoon ferries");
        assertThat(TextMetadata.of(feature).author()).isEqualTo("Ama Owusu");
        assertThat(publisher("Ridgeway Weekend - Long Reads\n\nA week on the lagoon ferries" + STORY))
                .isEqualTo("Ridgeway Weekend");
    }

    @Test
    void aFeatureLineOnAPageWithoutSiteTags() throws Exception {
        Article page = read("feature.html", "<html><head><title>A week on the lagoon ferries</title></head><body>"
                + "<article><p class=\"kicker\">Kestrel Herald - Features</p><h1>A week on the lagoon ferries</h1>"
                + "<p>Ferry crews on the lagoon went back to work on Monday after the two ministers met in Keta.</p>"
                + "</article></body></html>");
        assertThat(page.publisher()).isEqualTo("Kestrel Herald");
    }

    @Test
    void aHeadlineWithADashIsNoOutlet() {
        assertThat(publisher("Ferry talks - what we know so far" + STORY)).isNull();
        assertThat(publisher("Keta ferry strike - live" + STORY)).isNull();
    }

    @Test
    void theServiceThatPreparedATranscriptIsItsPublisher() {
        String t = "TRANSCRIPT\nPress conference of the ports minister, Keta\nPrepared by the Lagoon Transcription "
                + "Service\n\nMINISTER: Good morning." + STORY;
        assertThat(publisher(t)).isEqualTo("Lagoon Transcription Service");
        assertThat(author(t)).as("a service is no author").isNull();
        assertThat(publisher("Press conference of the ports minister\nTranscript prepared by the Office of the "
                + "Government Spokesperson\n\nMINISTER: Good morning." + STORY))
                .isEqualTo("Office of the Government Spokesperson");
        assertThat(publisher("Press conference of the ports minister\nPrepared by: Parliamentary Reporting Unit\n\n"
                + "MINISTER: Good morning." + STORY)).isEqualTo("Parliamentary Reporting Unit");
        assertThat(publisher("TRANSCRIPT OF PRESS CONFERENCE\nPorts minister, Keta\n\nThis transcript was prepared by "
                + "the Parliamentary Reporting Service, 3 March 2025\n\nMINISTER: Good morning." + STORY))
                .as("under a document kind in capitals").isEqualTo("Parliamentary Reporting Service");
        assertThat(publisher("Press conference of the ports minister\nPrepared by Lakeshore Monitoring from the "
                + "broadcast\n\nMINISTER: Good morning." + STORY)).isEqualTo("Lakeshore Monitoring");
    }

    @Test
    void peoplePreparingATextAreItsAuthors() {
        String t = "Ferry timetable: what was agreed\nPrepared by Ama Owusu and Kofi Badu\n" + STORY;
        assertThat(author(t)).isEqualTo("Ama Owusu and Kofi Badu");
        assertThat(publisher(t)).isNull();
    }

    @Test
    void aNewsletterBelongsToTheCompanyThatPublishesIt() {
        assertThat(publisher("# The Tidewater Letter\n\nThe Tidewater Letter, a newsletter from Saltmarsh Media\n"
                + STORY)).isEqualTo("Saltmarsh Media");
        assertThat(publisher("# The Tidewater Letter\n\n*Issue 14 · 3 March 2025*\n" + STORY
                + "\n---\n\n© 2025 Saltmarsh Media. All rights reserved.\n"))
                .as("the footer's copyright holder").isEqualTo("Saltmarsh Media");
        assertThat(publisher("# The Tidewater Letter\n\n*A weekly letter on the ports*\n" + STORY
                + "\n---\nThe Tidewater Letter is published by Saltmarsh Media Ltd.\n"))
                .as("a footer naming its publisher").isEqualTo("Saltmarsh Media");
        assertThat(publisher("# The Tidewater Letter\n\nGood morning." + STORY + "\n---\n"
                + "*The Tidewater Letter is a weekly newsletter from Saltmarsh Media.*\n"))
                .as("a footer saying whose letter it is").isEqualTo("Saltmarsh Media");
        assertThat(publisher("# The Tidewater Letter\n\nGood morning." + STORY + "\n---\n"
                + "*The Tidewater Letter is Saltmarsh Media's weekly newsletter on the ports.*\n"))
                .as("the company's own newsletter").isEqualTo("Saltmarsh Media");
        assertThat(publisher("# The Tidewater Letter\n\n*Issue 14*\n\nThis is The Tidewater Letter, sent every Friday."
                + STORY)).as("the letter naming itself names no company").isEqualTo("The Tidewater Letter");
        assertThat(publisher("THE TIDEWATER BRIEFING\nA weekly letter on the ports\n" + STORY
                + "\n(c) 2025 Saltmarsh Media\n")).as("a newsletter's masthead in capitals")
                .isEqualTo("Saltmarsh Media");
        assertThat(publisher("THE WEEKLY TIDEWATER\nPorts and shipping, every Friday\n" + STORY
                + "\nYou are receiving this because you subscribed.\n© 2025 Saltmarsh Media\n"))
                .as("a footer speaking to subscribers").isEqualTo("Saltmarsh Media");
        Metadata bare = TextMetadata.of("The Tidewater Letter — Issue 14\n\nSunday 8 June 2025\n" + STORY);
        assertThat(bare.publisher()).as("no company named: the letter itself").isEqualTo("The Tidewater Letter");
        assertThat(bare.title()).as("over no headline, its name line stays the title")
                .isEqualTo("The Tidewater Letter — Issue 14");
    }

    @Test
    void aNewspaperIsItsOwnPublisherWhoeverOwnsIt() {
        assertThat(publisher("THE LAGOON GAZETTE\nNews for the Volta region\n" + STORY
                + "\nThe Lagoon Gazette is published by Keta Media Group.\n© 2025 Keta Media Group\n"))
                .isEqualTo("The Lagoon Gazette");
    }

    @Test
    void aMarkdownBylineLineSplitByBars() {
        String md = "# Ferry ministers agree shared timetable\n\n*By Ama Owusu and Kofi Badu | Tidewater Review | "
                + "3 March 2025*\n" + STORY;
        assertThat(author(md)).isEqualTo("Ama Owusu and Kofi Badu");
        assertThat(publisher(md)).isEqualTo("Tidewater Review");
        String lower = "# Ferry ministers agree shared timetable\n\n_by Ama Owusu and Kofi Badu_ | Tidewater Review | "
                + "3 March 2025\n" + STORY;
        assertThat(author(lower)).as("a lower-case 'by' in italics").isEqualTo("Ama Owusu and Kofi Badu");
        assertThat(publisher(lower)).isEqualTo("Tidewater Review");
        String dateFirst = "# Ferry ministers agree shared timetable\n\n*3 March 2025 · Tidewater Review · by Ama Owusu*\n"
                + STORY;
        assertThat(author(dateFirst)).isEqualTo("Ama Owusu");
        assertThat(publisher(dateFirst)).isEqualTo("Tidewater Review");
    }

    @Test
    void creditsNamingTwoPeopleKeepBoth() {
        assertThat(author("Keta ferry strike: latest\n\nLive coverage by Ama Owusu and Kofi Badu\n" + STORY))
                .isEqualTo("Ama Owusu and Kofi Badu");
        assertThat(author("Keta ferry strike: latest\n\nLive blog by Ama Owusu, Kofi Badu and Esi Mensah\n" + STORY))
                .isEqualTo("Ama Owusu, Kofi Badu and Esi Mensah");
        assertThat(author("LAGOON NOTES\n\nCompiled by Ama Owusu and Kofi Badu for Saltmarsh Media\n" + STORY))
                .isEqualTo("Ama Owusu and Kofi Badu");
        assertThat(author("Ferry timetable agreed\n\nBy Ama Owusu and Kofi Badu for the Tidewater Review\n" + STORY))
                .isEqualTo("Ama Owusu and Kofi Badu");
        assertThat(author("Ferry timetable agreed\n\nBy Ama Owusu with Kofi Badu\n" + STORY))
                .isEqualTo("Ama Owusu and Kofi Badu");
        assertThat(author("FERRY TIMETABLE AGREED\n\nBY AMA OWUSU AND KOFI BADU\n" + STORY))
                .isEqualTo("AMA OWUSU and KOFI BADU");
        assertThat(author("Ferry timetable agreed\n\nBy Anke van der Berg and Kofi Badu\n" + STORY))
                .isEqualTo("Anke van der Berg and Kofi Badu");
        assertThat(author("Ferry timetable agreed\n\nBy Ama Owusu and Kofi Badu at Saltmarsh Media\n" + STORY))
                .isEqualTo("Ama Owusu and Kofi Badu");
    }

    @Test
    void liveCoverageCreditOnAPage() throws Exception {
        Article page = read("live.html", "<html><head><title>Keta ferry strike: latest</title></head><body><article>"
                + "<h1>Keta ferry strike: latest</h1><p class=\"byline\">Live coverage by Ama Owusu and Kofi Badu</p>"
                + "<p>Ferry crews on the lagoon went back to work on Monday after the two ministers met in Keta.</p>"
                + "</article></body></html>");
        assertThat(page.author()).isEqualTo("Ama Owusu and Kofi Badu");
    }

    @Test
    void theVisibleBylineWidensAStatedFirstAuthor() throws Exception {
        Article page = read("live2.html", "<html><head><title>Keta ferry strike: latest</title>"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Keta ferry strike\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Ama Owusu\"}}</script></head><body><article>"
                + "<h1>Keta ferry strike: latest</h1><p>Live coverage by Ama Owusu and Kofi Badu</p>"
                + "<p>Ferry crews on the lagoon went back to work on Monday after the two ministers met in Keta.</p>"
                + "</article></body></html>");
        assertThat(page.author()).isEqualTo("Ama Owusu and Kofi Badu");
        Article other = read("live3.html", "<html><head><title>Keta ferry strike: latest</title>"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Keta ferry strike\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Esi Mensah\"}}</script></head><body><article>"
                + "<h1>Keta ferry strike: latest</h1><p>Live coverage by Ama Owusu and Kofi Badu</p>"
                + "<p>Ferry crews on the lagoon went back to work on Monday after the two ministers met in Keta.</p>"
                + "</article></body></html>");
        assertThat(other.author()).as("a byline naming others does not replace the stated author")
                .isEqualTo("Esi Mensah");
        assertThat(Bylines.widest("Ama Owusu", "Ama Owusu and Kofi Badu")).isEqualTo("Ama Owusu and Kofi Badu");
        assertThat(Bylines.widest("Ama Owusu and Kofi Badu", "Ama Owusu")).isEqualTo("Ama Owusu and Kofi Badu");
        assertThat(Bylines.widest(null, "Ama Owusu")).isEqualTo("Ama Owusu");
    }

    @Test
    void aPersonSendingAMailIsNotItsPublisher() throws Exception {
        assertThat(mail("Ama Owusu <ama.owusu@saltmarsh.example>", "Hello all." + STORY
                + "\n--\n© 2025 Saltmarsh Media\n").publisher()).as("the body's copyright holder")
                .isEqualTo("Saltmarsh Media");
        assertThat(mail("Ama Owusu <ama.owusu@saltmarsh.example>", "THE TIDEWATER REVIEW\nPorts and shipping\n"
                + STORY).publisher()).as("the body's masthead").isEqualTo("The Tidewater Review");
        assertThat(mail("\"Ama Owusu, Saltmarsh Media\" <ama@saltmarsh.example>", "Hello all." + STORY).publisher())
                .as("the sender's organisation").isEqualTo("Saltmarsh Media");
        assertThat(mail("Ama Owusu (Saltmarsh Media) <ama@saltmarsh.example>", "Hello all." + STORY).publisher())
                .isEqualTo("Saltmarsh Media");
        assertThat(mail("Ama Owusu <ama@saltmarshmedia.example>", "Hello all." + STORY
                + "\nAma Owusu\nPorts analyst, Saltmarsh Media\n").publisher())
                .as("the organisation the sender's domain spells").isEqualTo("Saltmarsh Media");
        assertThat(mail("Ama Owusu <ama@saltmarsh.example>", "Hello all." + STORY
                + "\nAma Owusu\nSaltmarsh Media Partners, Keta\n").publisher())
                .as("with the organisation's own words").isEqualTo("Saltmarsh Media Partners");
        assertThat(mail("Ama Owusu <ama@keta.example>", "Hello all." + STORY).publisher())
                .as("a place that is also the domain is no organisation").isNotEqualTo("Keta");
    }

    @Test
    void aMailingNamedAfterItsNewsletterBelongsToItsCompany() throws Exception {
        assertThat(mail("The Tidewater Letter <letter@saltmarsh.example>", "The Tidewater Letter, a newsletter from "
                + "Saltmarsh Media" + STORY).publisher()).isEqualTo("Saltmarsh Media");
        assertThat(mail("Coast Post - Morning Desk <morning@coastpost.example>", "COAST POST MORNING\n" + STORY)
                .publisher()).as("an outlet sending its own mail stays").isEqualTo("Coast Post");
        assertThat(mail("Tidewater Alert <alerts@saltmarshmedia.example>", "TIDEWATER ALERT\nSaltmarsh Media | Ports "
                + "Desk, Keta\n" + STORY).publisher()).as("the company the body and the domain share")
                .isEqualTo("Saltmarsh Media");
    }

    @Test
    void peoplePreparingAMailAreItsAuthors() throws Exception {
        Article a = mail("Saltmarsh Media <desk@saltmarsh.example>", "LAGOON WATCH\nPrepared by Ama Owusu and Kofi Badu\n"
                + STORY);
        assertThat(a.author()).isEqualTo("Ama Owusu and Kofi Badu");
        assertThat(mail("Saltmarsh Media <desk@saltmarsh.example>", "LAGOON WATCH\nPrepared by Ama Owusu and Kofi Badu "
                + "of the Ports Desk\n" + STORY).author()).as("the desk after the second name").isEqualTo(
                "Ama Owusu and Kofi Badu");
        assertThat(a.publisher()).isEqualTo("Saltmarsh Media");
    }

    @Test
    void aWireWhoseBrandIsItsFirstLine() {
        String wire = "Harbour Post Wire\n\nFerry ministers agree a shared timetable for the lagoon crossings" + STORY;
        assertThat(publisher(wire)).isEqualTo("Harbour Post Wire");
        assertThat(TextMetadata.of(wire).title()).isEqualTo("Ferry ministers agree a shared timetable for the lagoon crossings");
        assertThat(publisher("Lagoon Transport Institute\nFerry ministers agree a shared timetable for the crossings"
                + STORY)).as("an organisation's word").isEqualTo("Lagoon Transport Institute");
        assertThat(publisher("Ferry Talks Resume\n\nFerry ministers agree a shared timetable for the crossings" + STORY))
                .as("a short headline names no outlet").isNull();
        assertThat(publisher("Keta Ferry News\nFerry deal agreed" + STORY)).as("not above a longer line").isNull();
    }

    @Test
    void anAgencyMastheadWithANoteInBrackets() {
        String same = "NORTHERN STAR NEWS AGENCY (foreign-language desk, reference translation)\n\nFerry ministers agree "
                + "a shared timetable" + STORY;
        assertThat(publisher(same)).isEqualTo("Northern Star News Agency");
        assertThat(TextMetadata.of(same).title()).isEqualTo("Ferry ministers agree a shared timetable");
        assertThat(publisher("NORTHERN STAR NEWS AGENCY\n(foreign-language desk, reference translation)\n\nFerry "
                + "ministers agree a shared timetable" + STORY)).as("the note on the next line")
                .isEqualTo("Northern Star News Agency");
    }

    @Test
    void aSignOffAtTheFootNamesThePublisher() {
        assertThat(publisher("# What the ferry deal means for the lagoon\n\nGood morning." + STORY + "\n---\n\n"
                + "*Lagoon Letter is published by Saltmarsh Media, saltmarsh.example*\n")).isEqualTo("Saltmarsh Media");
        assertThat(publisher("# What the ferry deal means for the lagoon\n\nGood morning." + STORY
                + "\nThe minister said the new timetable is backed by Parliament.\n")).as("a sentence of the story")
                .isNull();
    }

    /** Last of all, an outlet a credit line names beside the day or the team that made the text (session 18). */
    @Test
    void aCreditLineNamingTheOutletBesideTheDayOrTheTeam() {
        assertThat(publisher("COMMENT | Harbour matters\n\nWhy the lagoon needs a ferry pact\n\nBy Ama Owusu\n"
                + "Published 7 April 2024, The Lagoon Review" + STORY)).isEqualTo("The Lagoon Review");
        assertThat(publisher("# Ferry releases, March to April 2024\n\n*Compiled by the research team at Centre for "
                + "Lagoon Studies. Each entry sums up a release in our own words.*" + STORY))
                .isEqualTo("Centre for Lagoon Studies");
        assertThat(publisher("---\ntitle: Ferry pact\npublication: The Lagoon Review\ndate: 2024-04-07\n---\n" + STORY))
                .as("a front matter's publication field").isEqualTo("The Lagoon Review");
        assertThat(publisher("# Ferry pact\n\nThe ministers said the plan, published 7 April 2024, Keta officials "
                + "backed." + STORY)).as("a sentence of the story").isNull();
    }

    @Test
    void aBoldBrandOnABylineRow() {
        String md = "# Ferry ministers agree a shared timetable\n\n**Kestrel** · by Ama Owusu and Kofi Badu · 7 April 2024\n"
                + STORY;
        assertThat(publisher(md)).isEqualTo("Kestrel");
        assertThat(author(md)).isEqualTo("Ama Owusu and Kofi Badu");
        assertThat(publisher("# Ferry ministers agree a shared timetable\n\n**Keta** · 7 April 2024\n" + STORY))
                .as("a bold place beside a date, no byline").isNull();
    }

    @Test
    void aBriefWhoseSecondLineIsItsPublisherAndItsAddress() throws Exception {
        assertThat(publisher("Policy brief: ferries on the lagoon\nCentre for Coastal Transport Studies | "
                + "coastal-studies.example\n" + STORY)).isEqualTo("Centre for Coastal Transport Studies");
        assertThat(publisher("Policy brief: ferries on the lagoon\nAma Owusu | owusu.example\n" + STORY))
                .as("a person's address").isNull();
        byte[] pdf = TestPdfs.text(null, "Policy brief: ferries on the lagoon",
                "Centre for Coastal Transport Studies | coastal-studies.example", "",
                "Ferry crews on the lagoon went back to work on Monday after the two ministers met in Keta.");
        assertThat(Fixtures.READER.read(Fixtures.write(dir, "brief.pdf", pdf)).publisher()).as("the same line in a PDF")
                .isEqualTo("Centre for Coastal Transport Studies");
    }

    @Test
    void aCreditClosingAnItalicStandfirst() {
        assertThat(author("# What the ferry deal means for the lagoon\n\n*A weekly look at the ports of the Gulf of "
                + "Guinea. Written by Ama Owusu for subscribers.*\n" + STORY)).isEqualTo("Ama Owusu");
        assertThat(author("Ferry timetable agreed\n\nWritten by Ama Owusu and Kofi Badu for our members\n" + STORY))
                .isEqualTo("Ama Owusu and Kofi Badu");
    }

    @Test
    void aMailFromADeskBelongsToItsFirm() throws Exception {
        StringBuilder body = new StringBuilder("Hello all,").append(STORY);
        for (int i = 0; i < 12; i++) {
            body.append("\nThe crossings will run every two hours from Keta, and the fares stay as they were.\n");
        }
        Article a = mail("Europe Desk <desk@saltmarsh.example>", body + "\n--\nPrepared by Ama Owusu and Kofi Badu\n"
                + "Saltmarsh Partners | Europe Desk\n");
        assertThat(a.publisher()).isEqualTo("Saltmarsh Partners");
        assertThat(a.author()).as("the credit under the signature separator").isEqualTo("Ama Owusu and Kofi Badu");
        assertThat(mail("Europe Desk <desk@saltmarsh.example>", body + "\n--\nAma Owusu | Europe Desk\n").publisher())
                .as("a person beside the desk is no firm").isNotEqualTo("Ama Owusu");
    }

    /** Session 10: a desk set before its firm in the display name; a footer credit for a firm's clients. */
    @Test
    void aDeskBeforeItsFirmAndACreditForClients() throws Exception {
        StringBuilder body = new StringBuilder("Good morning,").append(STORY);
        for (int i = 0; i < 12; i++) {
            body.append("\nThe crossings will run every two hours from Keta, and the fares stay as they were.\n");
        }
        Article a = mail("\"Lagoon Desk, Saltmarsh Risk Partners\" <lagoon@saltmarshrisk.example>", body
                + "\n--\nWritten by Ama Owusu and Kofi Badu for clients of Saltmarsh Risk Partners, Keta\n");
        assertThat(a.publisher()).as("the firm after the desk").isEqualTo("Saltmarsh Risk Partners");
        assertThat(a.author()).as("the credit under the separator").isEqualTo("Ama Owusu and Kofi Badu");
        assertThat(mail("Lagoon Desk, Saltmarsh Risk Partners <lagoon@saltmarshrisk.example>", body + "\n--\nWritten by "
                + "Ama Owusu and Kofi Badu for the clients of Saltmarsh Risk Partners, Keta\n").author())
                .as("'the clients of' a firm are readers").isEqualTo("Ama Owusu and Kofi Badu");
        assertThat(mail("Saltmarsh Risk Partners <lagoon@saltmarshrisk.example>", body + "\n--\nThis note was written by "
                + "Ama Owusu and Kofi Badu for clients of Saltmarsh Risk Partners.\n").author())
                .as("a credit told as a sentence").isEqualTo("Ama Owusu and Kofi Badu");
        assertThat(mail("Lagoon Desk | Saltmarsh Risk Partners <lagoon@saltmarshrisk.example>", "Hello." + STORY)
                .publisher()).as("a bar between them").isEqualTo("Saltmarsh Risk Partners");
    }

    /** Session 10: a brief whose only brand is its first line, the organisation and its web address. */
    @Test
    void anInstituteAndItsAddressOnTheFirstLine() {
        assertThat(publisher("Institute of Western Ferry Studies | westferry.example\n\nFerry timetable: what the "
                + "agreement changes" + STORY)).isEqualTo("Institute of Western Ferry Studies");
        assertThat(publisher("Keta Centre for Coastal Policy · www.ketacoastal.example\nFerry timetable agreed" + STORY))
                .isEqualTo("Keta Centre for Coastal Policy");
        assertThat(publisher("Ferry timetable agreed | lagoontrade.example" + STORY)).as("a headline is no brand")
                .isNull();
    }
}
