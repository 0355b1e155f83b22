package parley.timeml;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a TempEval-3 input file ({@code *.tml.TE3input}): TimeML with a DCT and a plain TEXT. Gold {@code .tml}
 * files read as well; tags inside their TEXT are dropped from {@link TimeMlDocument#text()}.
 */
public final class Te3InputReader {
    public static final String SUFFIX = ".TE3input";

    private Te3InputReader() {
    }

    public static TimeMlDocument read(Path file) throws IOException {
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString();
        if (name.endsWith(SUFFIX)) {
            name = name.substring(0, name.length() - SUFFIX.length());
        }
        return parse(name, raw);
    }

    /** @throws IOException when the file is not well-formed TimeML with one TEXT element */
    public static TimeMlDocument parse(String name, String raw) throws IOException {
        int open = raw.indexOf("<TEXT>");
        int close = raw.lastIndexOf("</TEXT>");
        if (open < 0 || close < open) {
            throw new IOException(name + ": no <TEXT> element");
        }
        StringBuilder text = new StringBuilder();
        String dct = null;
        try {
            XMLStreamReader r = SafeXml.stax().createXMLStreamReader(new StringReader(raw));
            int depthInText = 0;
            boolean inDct = false;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String tag = r.getLocalName();
                    if (tag.equals("TEXT")) {
                        depthInText++;
                    } else if (tag.equals("DCT")) {
                        inDct = true;
                    } else if (tag.equals("TIMEX3") && inDct && dct == null) {
                        dct = r.getAttributeValue(null, "value");
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (r.getLocalName().equals("TEXT")) {
                        depthInText--;
                    } else if (r.getLocalName().equals("DCT")) {
                        inDct = false;
                    }
                } else if (depthInText > 0 && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                        || ev == XMLStreamConstants.SPACE)) {
                    text.append(r.getText());
                }
            }
            r.close();
        } catch (XMLStreamException | RuntimeException e) {
            throw new IOException(name + ": not well-formed TimeML: " + e.getMessage(), e);
        }
        String before = raw.substring(0, open + "<TEXT>".length());
        return new TimeMlDocument(name, date(dct), text.toString(), before, raw.substring(before.length(), close),
                raw.substring(close));
    }

    /** The date part of a DCT value ("2013-03-22", "2013-03-22T10:00"), or null. */
    static LocalDate date(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
