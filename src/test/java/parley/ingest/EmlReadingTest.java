package parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.domain.Article;
import parley.domain.UnreadableFileException;

/** E-mail bulletins as analysts receive them, written for these tests. */
class EmlReadingTest {
    @TempDir
    Path dir;

    private Article read(String name, String mail) throws Exception {
        return Fixtures.READER.read(Fixtures.write(dir, name, mail.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void quotedPrintableHtmlOnlyBodyGoesThroughThePageReader() throws Exception {
        String mail = """
                From: Coast Post - Morning Desk <morning@coastpost.example>
                To: Readers <list@coastpost.example>
                Subject: [Coast Morning] =?UTF-8?Q?Ghana_and_Togo_agree_customs_checks_=E2=80=94_and_a_ferry?=
                Date: Mon, 6 May 2024 23:40:00 -0500
                MIME-Version: 1.0
                Content-Type: text/html; charset=UTF-8
                Content-Transfer-Encoding: quoted-printable

                <html><body><div class=3D"cookie-banner">We use cookies.</div><article>
                <h1>Customs checks agreed</h1><p>Ministers from Ghana and Togo met in Lom=C3=A9 on Monday and agreed =
                to share customs checks on the coastal road.</p><p>Officials said the ferry would run again in June.</p>
                </article><p><a href=3D"https://coastpost.example/unsubscribe">Unsubscribe</a></p></body></html>
                """;
        Article a = read("morning.eml", mail);
        assertThat(a.format()).isEqualTo("eml");
        assertThat(a.text()).contains("Ministers from Ghana and Togo met in Lomé on Monday and agreed to share customs")
                .doesNotContain("=3D", "=C3", "cookies", "Subject:", "MIME-Version");
        assertThat(a.title()).isEqualTo("Ghana and Togo agree customs checks — and a ferry");
        assertThat(a.publisher()).as("the From display name without its desk").isEqualTo("Coast Post");
        assertThat(a.published()).as("the sender's calendar day, not UTC's").isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(a.publishedSignal()).isEqualTo("e-mail Date header");
    }

    @Test
    void plainPartFirstBase64DecodedAttachmentsLeftOutWithANote() throws Exception {
        String plain = Base64.getMimeEncoder().encodeToString(("LAGOON BRIEFING\nEditor on duty: Ama Owusu\n\n"
                + "Ferry crews on the Volta returned to work on Tuesday after a week-long stoppage.\n")
                .getBytes(StandardCharsets.UTF_8));
        String mail = """
                From: Lagoon Briefing <brief@lagoon.example>
                Subject: LAGOON BRIEFING: Ferry crews back at work
                Date: Tue, 7 May 2024 08:00:00 +0000
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="outer"

                --outer
                Content-Type: multipart/alternative; boundary="inner"

                --inner
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: base64

                %s
                --inner
                Content-Type: text/html; charset=UTF-8

                <html><body><p>The HTML copy of the same bulletin.</p></body></html>
                --inner--
                --outer
                Content-Type: application/pdf; name="timetable.pdf"
                Content-Disposition: attachment; filename="timetable.pdf"
                Content-Transfer-Encoding: base64

                JVBERi0xLjQKJcfsj6IK
                --outer--
                """.formatted(plain);
        Article a = read("briefing.eml", mail);
        assertThat(a.text()).startsWith("LAGOON BRIEFING\nEditor on duty: Ama Owusu")
                .contains("Ferry crews on the Volta returned to work on Tuesday").doesNotContain("HTML copy", "JVBER");
        assertThat(a.title()).isEqualTo("Ferry crews back at work");
        assertThat(a.publisher()).isEqualTo("Lagoon Briefing");
        assertThat(a.author()).isEqualTo("Ama Owusu");
        assertThat(a.notes()).containsExactly("attachment ignored: timetable.pdf");
    }

    @Test
    void recognisedByItsHeadersWhateverItsName() throws Exception {
        String mail = "From: Lagoon Briefing <brief@lagoon.example>\nSubject: Ferry news\n"
                + "Date: Wed, 8 May 2024 09:00:00 +0000\n\nFerry crews met the regional minister in Ho on Wednesday.\n";
        Article a = read("saved-mail.txt", mail);
        assertThat(a.format()).isEqualTo("eml");
        assertThat(a.text()).isEqualTo("Ferry crews met the regional minister in Ho on Wednesday.\n");
        Article notMail = read("story.txt", "From: the editor\n\nFerry crews met the minister on Wednesday.\n");
        assertThat(notMail.format()).as("one header-like line is no e-mail").isEqualTo("txt");
    }

    @Test
    void anEmailWithoutTextIsRefusedWithAReason() {
        String mail = "From: Lagoon Briefing <brief@lagoon.example>\nSubject: Photo\nMIME-Version: 1.0\n"
                + "Content-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n";
        assertThatThrownBy(() -> read("photo.eml", mail)).isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("no text part");
    }
}
