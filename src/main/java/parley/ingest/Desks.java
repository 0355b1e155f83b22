package parley.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organisation a header line names beside one of its desks, editions or services (session 16): "a letter from
 * the Lisbon desk of X", "X | Valletta desk", "compiled by the Andean Desk, X", "the X research desk", "X, sports
 * desk", "X, Manila edition", "Radio X, Spanish service". A desk belongs to the organisation that publishes the text,
 * whatever the programme or letter over it is called; the place or subject of the desk names nobody.
 */
final class Desks {
    private static final String WORD = "(?-i:\\p{Lu})(?:[\\p{L}'’&-]|\\.(?=\\p{L}))*";
    private static final String NAME = "((?:The\\s+)?" + WORD + "(?:\\s+(?:(?:of|for|and|on|&)\\s+)?" + WORD + "){0,6})";
    /** "the Lisbon desk of Harrow Point Research", "the foreign bureau of the Coast Herald". */
    private static final Pattern DESK_OF = Pattern.compile("\\b(?:desk|bureau|newsroom)\\s+of\\s+(?:the\\s+)?" + NAME);
    /** "the Southern Cone Desk, Tarapaca Policy Group": a desk named as a unit, its organisation after the comma. */
    private static final Pattern DESK_COMMA = Pattern.compile("\\p{Lu}\\p{L}*\\s+Desk,\\s+(?:the\\s+)?" + NAME);
    /** "the Atacama Observer research desk": an outlet's name, a lower-case kind, then "desk". */
    private static final Pattern NAME_DESK = Pattern.compile(NAME + "\\s+(?:\\p{Ll}+\\s+){1,2}desk\\b");
    /** "Valletta desk", "sports desk", "Arica edition", "Spanish service": what qualifies an outlet beside it. */
    private static final Pattern QUALIFIER = Pattern.compile("(?:[\\p{L}-]+\\s+){1,2}(?:desk|edition|service|bureau)");
    /** Where a header line divides into parts: a bar, dot or dash between spaces, a comma. */
    private static final Pattern PARTS = Pattern.compile("\\s[—–|·•]\\s|\\s-\\s|,\\s");

    private Desks() {
    }

    /** The organisation one of the top lines names beside a desk, edition or service, or null. */
    static String owner(List<String> lines) {
        for (String line : OutletLines.headerLines(lines)) {
            String name = line.length() > 240 ? null : owner(TextDates.MARKDOWN_EMPHASIS.matcher(line).replaceAll("").strip());
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    static String owner(String line) {
        if (!line.contains("desk") && !line.contains("Desk") && !line.contains("edition") && !line.contains("service")
                && !line.contains("bureau") && !line.contains("newsroom")) {
            return null;
        }
        for (Pattern p : List.of(DESK_OF, DESK_COMMA, NAME_DESK)) {
            Matcher m = p.matcher(line);
            if (m.find() && (p == DESK_OF || OutletLines.isName(m.group(1)))) {
                return m.group(1);
            }
        }
        String[] parts = PARTS.split(line.replaceFirst("^\\s*#+\\s*", ""));
        for (int i = 1; i < parts.length; i++) {
            String name = parts[i - 1].strip();
            if (QUALIFIER.matcher(parts[i].strip()).matches() && OutletLines.isName(name) && !OutletLines.isCapitals(name)) {
                return name;
            }
        }
        return null;
    }

    /** The agency a wire dateline names in brackets ("ARICA, June 2 (Atacama Wire) -"), or null. */
    static String wireAgency(String text) {
        Matcher m = TextDates.DATELINE.matcher(text.length() > 3000 ? text.substring(0, 3000) : text);
        return m.find() ? m.group("agency").strip() : null;
    }
}
