package parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Title, publisher and author as a person reads them, on small texts written for these rules. */
class TitlePublisherAuthorTest {
    @Test
    void bylinesNameThePeopleOnly() {
        assertThat(Bylines.authors("By Lena Okafor and Piotr Zielinski")).isEqualTo("Lena Okafor and Piotr Zielinski");
        assertThat(Bylines.authors("By Lena Okafor, Diplomatic Correspondent")).isEqualTo("Lena Okafor");
        assertThat(Bylines.authors("By Lena Okafor in Accra and Piotr Zielinski")).isEqualTo(
                "Lena Okafor and Piotr Zielinski");
        assertThat(Bylines.authors("Lena Okafor in Accra and Piotr Zielinski in Lome; additional reporting by the "
                + "Abuja bureau; Editing by Ruth Anand")).isEqualTo("Lena Okafor and Piotr Zielinski");
        assertThat(Bylines.authors("By Lena Okafor, Piotr Zielinski and Ama Owusu")).isEqualTo(
                "Lena Okafor, Piotr Zielinski and Ama Owusu");
        assertThat(Bylines.authors("By J. R. Mensah, Ports Editor")).isEqualTo("J. R. Mensah");
    }

    @Test
    void reportingCreditGivesTheReportersNotTheEditor() {
        String text = "Ports deal agreed\n\nLOME, May 2 (Coast Wire) - Officials agreed a deal.\n\n"
                + "(Reporting by Lena Okafor in Lome and Piotr Zielinski in Accra; Editing by Ruth Anand)\n";
        assertThat(TextMetadata.of(text).author()).isEqualTo("Lena Okafor and Piotr Zielinski");
    }

    @Test
    void aPhotographerIsNeverTheAuthor() {
        String text = "WEEKEND JOURNAL | Coasts\n\nWalking the lagoon road from Keta to Aflao\n\n"
                + "Words by Ama Owusu. Photographs by Kofi Badu.\n\nThe road runs between the sea and the lagoon.\n";
        assertThat(TextMetadata.of(text).author()).isEqualTo("Ama Owusu");
        assertThat(TextMetadata.of("Lagoon road reopens to traffic\n\nPhotographs by Kofi Badu\n\nIt reopened.\n")
                .author()).isNull();
    }

    @Test
    void labelledCredits() {
        assertThat(TextMetadata.of("HARBOUR HOUR\nEpisode notes\n\nInterviewer: Lena Okafor, ports editor\n"
                + "Guest: Dr Ama Owusu\n\nQ: What changed?\n").author()).isEqualTo("Lena Okafor");
        assertThat(TextMetadata.of("COAST DIGEST\n\nCompiled by: Piotr Zielinski\n\nToday's items.\n").author())
                .isEqualTo("Piotr Zielinski");
    }

    @Test
    void headlineBelowAMastheadBlockNeverTheMastheadOrSlug() {
        String wire = "COAST WIRE | WORLD DESK\nGHANA-TOGO/PORTS (UPDATE 1, adds minister)\n\n"
                + "Ghana and Togo agree shared customs checks on the coastal road\n\nBy Lena Okafor\n\n"
                + "LOME, May 2 (Coast Wire) - Officials agreed a deal.\n";
        assertThat(TextMetadata.of(wire).title()).isEqualTo(
                "Ghana and Togo agree shared customs checks on the coastal road");
        assertThat(TextMetadata.of(wire).publisher()).isEqualTo("Coast Wire");
        String paper = "THE LAGOON GAZETTE\nNews for the Volta region\nSaturday 4 May 2024\n\nPORTS\n\n"
                + "Ferry crews vote to return to work on Monday\n\nBy Ama Owusu, Transport Reporter\n\nCrews voted.\n\n"
                + "The Lagoon Gazette is printed in Keta.\n";
        assertThat(TextMetadata.of(paper).title()).isEqualTo("Ferry crews vote to return to work on Monday");
        assertThat(TextMetadata.of(paper).publisher()).as("as the text writes it").isEqualTo("The Lagoon Gazette");
        assertThat(TextMetadata.of(paper).author()).isEqualTo("Ama Owusu");
        String caps = "COAST READOUTS\nSummaries of official meetings.\n\nRef: CR/22\n====\n"
                + "GHANA-TOGO PORTS MEETING IN LOME\n====\n\n1. The two ministers met this morning and agreed to "
                + "share customs checks at the border post, with officers from both sides working in one building "
                + "from the first of June, and to publish a joint list of fees.\n";
        assertThat(TextMetadata.of(caps).title()).as("a headline in capitals when there is no other")
                .isEqualTo("GHANA-TOGO PORTS MEETING IN LOME");
        assertThat(TextMetadata.of(caps).publisher()).isEqualTo("Coast Readouts");
    }

    @Test
    void anOutletSayingWhoItBelongsTo() {
        String show = "THE DELTA HOUR\nEpisode 40\n\nHost: Kofi Badu\n\nKB: Welcome.\n\n"
                + "The Delta Hour is a weekly programme of the Volta Policy Centre. Views are the guests' own.\n";
        assertThat(TextMetadata.of(show).publisher()).isEqualTo("Volta Policy Centre");
        assertThat(TextMetadata.of(show).author()).as("a host is not an author").isNull();
        String letter = "# Lagoon Letter\n\n**Friday 3 May 2024** · Issue 7 · A weekly letter from Keta Media\n\n"
                + "Hello.\n";
        assertThat(TextMetadata.of(letter).publisher()).isEqualTo("Keta Media");
        assertThat(TextMetadata.of(letter).title()).isEqualTo("Lagoon Letter, issue 7");
    }

    @Test
    void pageOutletFromTitleSuffixAndLogoWhenNoMetaTag() {
        String story = "<article><h1>Customs talks in Lome</h1><p class=\"byline\">By Lena Okafor in Lome and Ama Owusu"
                + "</p><p>Officials from Ghana and Togo met in Lome on Tuesday to agree shared customs checks.</p>"
                + "</article>";
        HtmlArticle.Read r = HtmlArticle.read("<html><head><title>Customs talks in Lome | Coast Post</title>"
                + "<meta name=\"author\" content=\"Lena Okafor\"></head><body><header><a class=\"logo\" href=\"/\">"
                + "The Coast Post</a></header>" + story + "<footer>© Coast Post Media Ltd</footer></body></html>");
        assertThat(r.metadata().publisher()).isEqualTo("Coast Post");
        assertThat(r.metadata().author()).as("the byline names both; the meta tag only the first")
                .isEqualTo("Lena Okafor and Ama Owusu");
        HtmlArticle.Read logo = HtmlArticle.read("<html><head><title>Customs talks</title></head><body><header>"
                + "<a class=\"logo\" href=\"/\">The Coast Post</a></header>" + story + "</body></html>");
        assertThat(logo.metadata().publisher()).isEqualTo("The Coast Post");
    }
}
