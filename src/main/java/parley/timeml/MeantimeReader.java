package parley.timeml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads a NewsReader MEANTIME document (CAT XML: tokens, then stand-off markables anchored to token ids) into a
 * TimeML document and its gold TIMEX3s. The text is rebuilt from the tokens (one line per sentence, no space before
 * punctuation); the tokens of the creation-time line are left out of it, as a TE3 DCT sits outside TEXT.
 * MEANTIME annotates only the title, the date line and the first four sentences of the body (token sentences 0–5),
 * so only those are read; an expression further down would otherwise count as spurious.
 */
public final class MeantimeReader {
    /** The last token sentence MEANTIME annotates. */
    static final int LAST_ANNOTATED_SENTENCE = 5;

    private MeantimeReader() {
    }

    /** A MEANTIME document as TimeML, with its gold expressions over {@code document.text()}. */
    public record Annotated(TimeMlDocument document, List<Timex3> gold) {
    }

    private record Token(String id, int sentence, String text) {
    }

    public static Annotated read(Path file) throws IOException {
        Document xml;
        try (InputStream in = Files.newInputStream(file)) {
            xml = SafeXml.dom().newDocumentBuilder().parse(in);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(file.getFileName() + ": not well-formed MEANTIME XML: " + e.getMessage(), e);
        }
        String stem = file.getFileName().toString().replaceFirst("\\.xml$", "");
        return fromXml(stem.replaceAll("[^A-Za-z0-9_.-]", "_") + ".tml", xml);
    }

    static Annotated fromXml(String name, Document xml) {
        Map<String, Token> tokens = new LinkedHashMap<>();
        NodeList tl = xml.getElementsByTagName("token");
        for (int i = 0; i < tl.getLength(); i++) {
            Element e = (Element) tl.item(i);
            tokens.put(e.getAttribute("t_id"), new Token(e.getAttribute("t_id"),
                    Integer.parseInt(e.getAttribute("sentence")), e.getTextContent()));
        }
        String dctValue = null;
        Set<String> dctTokens = new HashSet<>();
        List<Element> timexes = new ArrayList<>();
        NodeList xl = xml.getElementsByTagName("TIMEX3");
        for (int i = 0; i < xl.getLength(); i++) {
            Element e = (Element) xl.item(i);
            if ("CREATION_TIME".equals(e.getAttribute("functionInDocument"))) {
                dctValue = e.getAttribute("value");
                dctTokens.addAll(anchors(e));
            } else if (!anchors(e).isEmpty()) {
                timexes.add(e);
            }
        }
        StringBuilder text = new StringBuilder("\n");
        Map<String, int[]> where = new LinkedHashMap<>();
        int sentence = -1;
        String prev = null;
        for (Token t : tokens.values()) {
            if (dctTokens.contains(t.id()) || t.sentence() > LAST_ANNOTATED_SENTENCE) {
                continue;
            }
            String word = t.text().equals("``") || t.text().equals("''") ? "\"" : t.text();
            if (t.sentence() != sentence) {
                if (sentence >= 0) {
                    text.append(sentence == 0 ? "\n\n" : "\n");
                }
                sentence = t.sentence();
            } else if (spaceBetween(prev, t.text())) {
                text.append(' ');
            }
            where.put(t.id(), new int[] {text.length(), text.length() + word.length()});
            text.append(word);
            prev = t.text();
        }
        text.append('\n');
        List<Timex3> gold = new ArrayList<>();
        for (Element e : timexes) {
            List<String> ids = anchors(e);
            int[] first = where.get(ids.get(0));
            int[] last = where.get(ids.get(ids.size() - 1));
            if (first != null && last != null && last[1] > first[0]) {
                gold.add(new Timex3(first[0], last[1], e.getAttribute("type"), e.getAttribute("value")));
            }
        }
        LocalDate dct = Te3InputReader.date(dctValue);
        String plain = text.toString();
        String before = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>" + TimeMlWriter.escape(name) + "</DOCID>\n"
                + "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"" + (dct == null ? "" : dct) + "\" temporalFunction="
                + "\"false\" functionInDocument=\"CREATION_TIME\">" + (dct == null ? "" : dct) + "</TIMEX3></DCT>\n<TEXT>";
        return new Annotated(new TimeMlDocument(name, dct, plain, before, TimeMlWriter.escape(plain),
                "</TEXT>\n</TimeML>\n"), gold);
    }

    private static List<String> anchors(Element e) {
        List<String> ids = new ArrayList<>();
        NodeList nl = e.getElementsByTagName("token_anchor");
        for (int i = 0; i < nl.getLength(); i++) {
            ids.add(((Element) nl.item(i)).getAttribute("t_id"));
        }
        return ids;
    }

    /** Between two tokens as MEANTIME spells them (`` and '' for opening and closing quotes). */
    private static boolean spaceBetween(String prev, String word) {
        if (prev == null || prev.equals("(") || prev.equals("$") || prev.equals("``")) {
            return false;
        }
        return !word.matches("[.,;:!?%)]|''|'s|'|n't|'re|'ve|'ll|'d|'m");
    }
}
