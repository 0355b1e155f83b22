package parley.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The company behind a newsletter. A newsletter's name ("The Tidewater Letter") is a product; its publisher is the
 * company that sends it, which the letter names in its header or footer: "The Tidewater Letter is published by
 * Saltmarsh Media", "brought to you by …", "… is Saltmarsh Media's weekly newsletter", "a Saltmarsh Media
 * publication", or the holder of its copyright line ("© 2025 Saltmarsh Media").
 */
final class Newsletters {
    /** Words that make a name a newsletter's: "Letter", "Brief", "Digest", "Bulletin", "Notes". */
    static final Pattern NAME_WORD = Pattern.compile("(?i)\\b(?:letter|newsletter|brief|briefing|digest|bulletin"
            + "|notes|memo|round-?up|wrap|notebook|flash|alerts?)\\b");
    /** "… is published by Saltmarsh Media", "… is brought to you by the Lagoon Institute". */
    private static final Pattern PUBLISHED_BY = Pattern.compile("(?i)\\b(?:published|produced|brought to you|sent"
            + "(?:\\s+to you)?|distributed)\\s+by\\s+(?:the\\s+)?((?-i:\\p{Lu})[\\p{L}'’&.-]*(?:\\s+(?:(?:of|for|and|on|&)"
            + "\\s+)?(?-i:\\p{Lu})[\\p{L}'’&.-]*){0,6})");

    /** "… is Saltmarsh Media's weekly newsletter", "… , a Saltmarsh Media publication". */
    private static final Pattern NAMED_AS_ITS_OWNERS = Pattern.compile("(?:\\b(?i:is|a|an)\\s+)((?-i:\\p{Lu})[\\p{L}&.-]*"
            + "(?:\\s+(?:&\\s+)?(?-i:\\p{Lu})[\\p{L}&.-]*){0,5})(?:['’]s)?\\s+(?i:(?:weekly|daily|monthly|fortnightly"
            + "|free|regular)\\s+)?(?:newsletter|letter|briefing|bulletin|digest|publication)\\b");
    /** The publication's name opening a sign-off: "Lagoon Letter is ", "The Weekly Tide is ". */
    private static final Pattern SIGNED_OFF = Pattern.compile("((?:The\\s+)?\\p{Lu}[\\p{L}'’&-]*(?:\\s+(?:of\\s+|on\\s+)?"
            + "\\p{Lu}[\\p{L}'’&-]*){0,5})\\s+is\\s");
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

    /**
     * A closing sign-off naming the publication and its publisher ("*Lagoon Letter is published by Saltmarsh Media,
     * saltmarsh.example*", "The Weekly Tide is produced by …"), in the last lines: the publisher, or null. A text
     * whose header names nothing still says whose it is at its foot.
     */
    static String signOff(List<String> lines) {
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - TextDates.TOP_LINES); i--) {
            String line = lines.get(i);
            if (line.length() > 300 || !line.contains(" by ")) {
                continue;
            }
            String plain = TextDates.MARKDOWN_EMPHASIS.matcher(line).replaceAll("").strip();
            Matcher named = SIGNED_OFF.matcher(plain);
            if (!named.lookingAt()) {
                continue;
            }
            Matcher m = PUBLISHED_BY.matcher(plain);
            if (m.find(named.end() - 1)) {
                String company = OutletLines.withoutCompanyForm(m.group(1));
                return same(company, named.group(1)) ? null : company;
            }
        }
        return null;
    }

    /** The company the newsletter {@code name} says publishes it, or null when it names none but itself. */
    static String company(List<String> lines, String name) {
        List<String> where = new ArrayList<>(lines.subList(0, Math.min(lines.size(), TextDates.TOP_LINES)));
        where.addAll(lines.subList(Math.max(where.size(), lines.size() - TextDates.TOP_LINES), lines.size()));
        for (String line : where) {
            if (line.length() > 300) {
                continue;
            }
            String plain = TextDates.MARKDOWN_EMPHASIS.matcher(line).replaceAll("");
            for (Matcher m : List.of(PUBLISHED_BY.matcher(plain), NAMED_AS_ITS_OWNERS.matcher(plain))) {
                if (m.find()) {
                    String company = OutletLines.withoutCompanyForm(m.group(1));
                    if (!same(company, name) && !NAME_WORD.matcher(company).find()) {
                        return company;
                    }
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
