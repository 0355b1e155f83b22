package parley.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The company behind a newsletter. A newsletter's name ("The Tidewater Letter") is a product; its publisher is the
 * company that sends it, which the letter names in its header or footer: "The Tidewater Letter is published by
 * Saltmarsh Media", "brought to you by …", or the holder of its copyright line ("© 2025 Saltmarsh Media").
 */
final class Newsletters {
    /** Words that make a name a newsletter's: "Letter", "Brief", "Digest", "Bulletin", "Notes". */
    static final Pattern NAME_WORD = Pattern.compile("(?i)\\b(?:letter|newsletter|brief|briefing|digest|bulletin"
            + "|notes|memo|round-?up|wrap|notebook|flash)\\b");
    /** "… is published by Saltmarsh Media", "… is brought to you by the Lagoon Institute". */
    private static final Pattern PUBLISHED_BY = Pattern.compile("(?i)\\b(?:published|produced|brought to you|sent"
            + "(?:\\s+to you)?|distributed)\\s+by\\s+(?:the\\s+)?((?-i:\\p{Lu})[\\p{L}'’&.-]*(?:\\s+(?:(?:of|for|and|on|&)"
            + "\\s+)?(?-i:\\p{Lu})[\\p{L}'’&.-]*){0,6})");

    /** What only a mailing says to its readers: "Unsubscribe", "Forwarded this?", "You are receiving this …". */
    private static final Pattern MAILING_WORDS = Pattern.compile("(?i)\\b(?:unsubscribe|forwarded this|you(?:'re| are)"
            + " receiving this|manage (?:your )?preferences|reply to this e-?mail|update your preferences)\\b");

    private Newsletters() {
    }

    /** Whether the header or footer speaks to a mailing's subscribers. */
    static boolean mailedToReaders(List<String> lines) {
        for (String line : TextDates.edges(lines)) {
            if (line.length() <= 400 && MAILING_WORDS.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }

    /** The company the newsletter {@code name} says publishes it, or null when it names none but itself. */
    static String company(List<String> lines, String name) {
        List<String> where = new ArrayList<>(lines.subList(0, Math.min(lines.size(), TextDates.TOP_LINES)));
        where.addAll(lines.subList(Math.max(where.size(), lines.size() - TextDates.TOP_LINES), lines.size()));
        for (String line : where) {
            if (line.length() > 300 || !line.contains(" by ")) {
                continue;
            }
            Matcher m = PUBLISHED_BY.matcher(TextDates.MARKDOWN_EMPHASIS.matcher(line).replaceAll(""));
            if (m.find()) {
                String company = OutletLines.withoutCompanyForm(m.group(1));
                if (!same(company, name)) {
                    return company;
                }
            }
        }
        String holder = TextMetadata.copyrightHolder(lines);
        return holder != null && !same(holder, name) ? holder : null;
    }

    private static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "").replaceAll("[^\\p{L}\\d]+", "");
    }
}
