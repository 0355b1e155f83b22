package parley.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.ui.SampleData;

/** PDF and SVG exports are real documents: they parse, and their text holds the events' titles and the legend. */
class VectorExportTest {
    @TempDir
    Path dir;

    private static Event event(long id, EventType type, String title, LocalDate day, EventStatus status) {
        return new Event(id, type, title, EventDate.day(day), null, null, status, List.of(), List.of(), List.of());
    }

    /** A week of talks in the autumn of 2024, and one look back at a visit eleven years before. */
    private static List<Event> story() {
        LocalDate d = LocalDate.of(2024, 10, 7);
        List<Event> out = new ArrayList<>(List.of(
                event(1, EventType.CALL, "Call: Ruto, Ramaphosa", d, EventStatus.HELD),
                event(2, EventType.MEETING, "Envoys meet in Nairobi", d.plusDays(1), EventStatus.HELD),
                event(3, EventType.TALKS, "Ceasefire talks in Addis Ababa", d.plusDays(2), EventStatus.HELD),
                event(4, EventType.PRESS_CONFERENCE, "Press conference: Faki", d.plusDays(3), EventStatus.HELD),
                event(5, EventType.SUMMIT, "Regional summit in Kigali", d.plusDays(5), EventStatus.PLANNED),
                event(6, EventType.STATEMENT, "Statement on the corridor", d.plusDays(4), EventStatus.HELD),
                event(7, EventType.MEETING, "Ministers' meeting called off", d.plusDays(6), EventStatus.CANCELLED),
                event(8, EventType.VISIT, "Şahin visits Luanda", d.plusDays(2), EventStatus.HELD),
                event(9, EventType.CALL, "Call: Tinubu, Mahama", d.plusDays(3), EventStatus.HELD),
                event(10, EventType.TALKS, "Follow-up talks", d.plusDays(6), EventStatus.HELD)));
        out.add(event(11, EventType.VISIT, "First visit of a foreign minister", LocalDate.of(2013, 5, 2),
                EventStatus.HELD));
        return out;
    }

    @Test
    void aPdfExportHasOnePageWhoseTextHoldsTheTitlesTheLegendAndTheOutlierCount() throws Exception {
        Path out = dir.resolve("timeline.pdf");
        VectorExporter.export(story(), List.of(SampleData.source("Talks week", "Lake Courier",
                LocalDate.of(2024, 10, 14))), new ExportOptions(1600, 900, null, null, "Talks week"), out,
                VectorExporter.Format.PDF);

        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(1600 * 0.75f, org.assertj.core.data.Offset.offset(0.5f));
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Talks week", "Lake Courier", "Call", "Meeting", "Planned", "Cancelled");
            for (Event e : story().subList(0, 10)) {
                assertThat(text).as(e.title()).contains(e.title());
            }
            // The fit leaves the 2013 visit out of view and counts it at the left edge.
            assertThat(text).doesNotContain("First visit of a foreign minister").contains("« 1 earlier");
        }
        assertThat(Files.list(dir)).as("no partial file left").containsExactly(out);
    }

    @Test
    void anSvgExportIsWellFormedXmlWithTextElementsForEveryTitle() throws Exception {
        Path out = dir.resolve("timeline.svg");
        VectorExporter.export(story(), List.of(), new ExportOptions(1600, 900, LocalDate.of(2013, 1, 1),
                LocalDate.of(2024, 12, 31), "Talks <&> week"), out, VectorExporter.Format.SVG);

        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(out.toFile());
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo("1600");
        NodeList texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent()).append('\n');
        }
        assertThat(all).contains("Talks <&> week", "Press conference", "Month or year only");
        // Eleven years in view: the 2013 visit is drawn, labelled, and nothing lies beyond the edges.
        assertThat(all).contains("First visit of a foreign minister").doesNotContain("earlier", "later »");
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength()).isGreaterThan(20);
    }
}
