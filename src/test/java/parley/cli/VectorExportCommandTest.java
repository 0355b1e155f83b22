package parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

import parley.SharedData;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code parley export-pdf} and {@code export-svg} take export-png's options and write documents that parse back,
 * whose text names the events (each label begins with its title, shortened when long, then the source numbers).
 */
class VectorExportCommandTest {
    @TempDir
    Path tmp;

    /** What every label starts with: the first words of the title (long titles end in "…" on the page). */
    private static List<String> titleStarts(String db) throws Exception {
        JsonNode root = new ObjectMapper().readTree(CliRun.of("--db", db, "events", "--json").out());
        List<String> out = new ArrayList<>();
        for (JsonNode e : root.get("events")) {
            if (!e.get("date").isNull()) {
                String t = e.get("title").asText();
                out.add(t.length() > 20 ? t.substring(0, 20) : t);
            }
        }
        return out;
    }

    @Test
    void pdfAndSvgOfTheSeedStoreHoldTheEventTitlesAsText() throws Exception {
        String db = tmp.resolve("store").toString();
        assertThat(CliRun.of("--db", db, "import", SharedData.seeds().toString()).status()).isZero();
        List<String> titles = titleStarts(db);
        assertThat(titles).isNotEmpty();

        Path pdf = tmp.resolve("out/seeds.pdf");
        CliRun run = CliRun.of("--db", db, "export-pdf", "--out", pdf.toString(), "--width", "2400", "--height",
                "1350", "--title", "Seed articles");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote", "seeds.pdf", "2400×1350");
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Seed articles");
            for (String t : titles) {
                assertThat(text).as(t).contains(t);
            }
        }

        Path svg = tmp.resolve("seeds.svg");
        run = CliRun.of("--db", db, "export-svg", "--out", svg.toString(), "--width", "2400", "--height", "1350",
                "--from", "2025-07-01", "--to", "2025-08-31");
        assertThat(run.status()).as(run.err()).isZero();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setNamespaceAware(true);
        NodeList texts = f.newDocumentBuilder().parse(svg.toFile())
                .getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent()).append('\n');
        }
        for (String t : titles) {
            assertThat(all).as(t).contains(t);
        }
        assertThat(all).contains("Aug 2025");
    }

    @Test
    void theVectorCommandsCheckTheirOptionsAsExportPngDoes() {
        assertThat(CliRun.of("--help").out()).contains("export-pdf", "export-svg");
        assertThat(CliRun.of("--db", tmp.toString(), "export-pdf").status()).isEqualTo(2);
        assertThat(CliRun.of("--db", tmp.toString(), "export-svg", "--out", "x.svg", "--width", "10").status())
                .isEqualTo(2);
        assertThat(CliRun.of("--db", tmp.toString(), "export-pdf", "--out", "x.pdf", "--from", "2025-09-01", "--to",
                "2025-08-01").status()).isEqualTo(2);
    }
}
