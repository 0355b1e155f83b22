package parley.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publisher of an e-mail when its From line does not simply name the outlet:
 * <ul>
 * <li>the body says whom the mailing belongs to ("The Tidewater Letter, a newsletter from Saltmarsh Media") — that
 *     company, whatever the display name;</li>
 * <li>a person sent it ("Ama Owusu &lt;ama@saltmarsh.example&gt;"): the organisation beside their name ("Ama Owusu,
 *     Saltmarsh Media", "Ama Owusu (Saltmarsh Media)"), else the masthead, outlet line or copyright holder of the
 *     body, else the organisation the body names whose words spell the sender's domain ("Saltmarsh Media" for
 *     saltmarshmedia.example);</li>
 * <li>a newsletter's name sent it ("Tidewater Letter"): the company the letter names in its footer, else the
 *     organisation the body names whose words spell the sender's domain, if any.</li>
 * </ul>
 * Otherwise the display name without its desk stays the publisher.
 */
final class MailSenders {
    /** "Ama Owusu, Saltmarsh Media", "Ama Owusu (Saltmarsh Media)", "Ama Owusu | Saltmarsh Media", "… at …". */
    private static final Pattern PERSON_AND_ORGANISATION = Pattern.compile(
            "^\\s*(" + Bylines.NAME + ")\\s*(?:,|\\(|\\||\\s[-–—]|\\bat\\b|\\bvia\\b|\\bfrom\\b)\\s*(?:the\\s+)?"
                    + "(\\p{Lu}[^()|,]{1,60}?)\\s*\\)?\\s*$");
    private static final Pattern PERSON = Pattern.compile("^\\s*" + Bylines.NAME + "\\s*$");
    /** Capitalised words in a row: the candidates for an organisation's name. */
    private static final Pattern CAPITALISED_RUN = Pattern.compile(
            "\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:&\\s+)?\\p{Lu}[\\p{L}'’-]*){0,4}");
    /** Domain labels that name no organisation. */
    private static final Pattern GENERIC_LABEL = Pattern.compile(
            "(?:mail|email|e-mail|lists?|news|newsletters?|www|web|co|com|org|net|gov|info|example|send|bounce|mg|em)");

    /** A desk or team of an organisation, not the organisation: "Europe Desk", "The Research Team", "Newsroom". */
    private static final Pattern DESK = Pattern.compile("(?:The\\s+)?(?:\\p{Lu}[\\p{L}&'’-]*\\s+){0,3}(?i:desk|team"
            + "|newsroom|unit|bureau)");
    /** What separates the firm from its desk on a signature line: "Firm Name | Europe Desk", "Firm Name, Europe Desk". */
    private static final Pattern SIGNATURE_PARTS = Pattern.compile("\\s*[|·•,–—]\\s*|\\s+-\\s+");

    private MailSenders() {
    }

    /** The organisation a signature line sets beside the desk: "Saltmarsh Partners | Europe Desk"; null if none. */
    private static String firmOfDesk(List<String> lines, String desk) {
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - 25); i--) {
            String line = lines.get(i);
            if (line.length() > 160 || !line.toLowerCase(Locale.ROOT).contains(desk.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String[] parts = SIGNATURE_PARTS.split(TextDates.MARKDOWN_EMPHASIS.matcher(line).replaceAll("").strip());
            for (int p = 0; p + 1 < parts.length; p++) {
                if (parts[p + 1].equalsIgnoreCase(desk) && CAPITALISED_RUN.matcher(parts[p]).matches()
                        && !parts[p].equalsIgnoreCase(desk) && !isPerson(parts[p], null)) {
                    return OutletLines.withoutCompanyForm(parts[p]);
                }
            }
        }
        return null;
    }

    /**
     * The publisher for a mail whose From display text is {@code display} (as written, comments included) and whose
     * address is at {@code domain}; {@code sender} is the display name without its desk, {@code bodyPublisher}
     * what the body's own lines give.
     */
    static String publisher(String display, String domain, String sender, String text, String bodyPublisher) {
        List<String> lines = text.lines().toList();
        String stated = TextMetadata.statedOwner(lines, text);
        if (stated != null) {
            return stated;
        }
        if (sender == null) {
            return bodyPublisher;
        }
        Matcher m = display == null ? null : PERSON_AND_ORGANISATION.matcher(display);
        if (m != null && m.find() && isPerson(m.group(1), domain) && !isPerson(m.group(2), domain)) {
            return OutletLines.withoutCompanyForm(m.group(2));
        }
        if (isPerson(sender, domain)) {
            if (bodyPublisher != null && !bodyPublisher.equalsIgnoreCase(sender)) {
                return bodyPublisher;
            }
            String spelled = spelledDomain(text, domain);
            return spelled != null ? spelled : sender;
        }
        if (DESK.matcher(sender).matches()) {
            // "Europe Desk <desk@firm.example>": a unit of the firm sent it; the firm is the publisher, as the
            // signature ("Firm Name | Europe Desk"), the body or the domain names it
            String firm = firmOfDesk(lines, sender);
            if (firm == null && bodyPublisher != null && !bodyPublisher.equalsIgnoreCase(sender)) {
                firm = bodyPublisher;
            }
            if (firm == null) {
                firm = spelledDomain(text, domain);
            }
            return firm != null && !firm.equalsIgnoreCase(sender) ? firm : sender; // "Caspian Desk" may be the brand
        }
        if (Newsletters.NAME_WORD.matcher(sender).find()) {
            // A mailing's name ("Tidewater Alert") sent by a company whose name the body and the domain share.
            String company = Newsletters.company(lines, sender);
            if (company == null) {
                company = spelledDomain(text, domain);
            }
            return company != null && !company.equalsIgnoreCase(sender) ? company : sender;
        }
        return sender;
    }

    /**
     * Whether a display name is a person's: two to four capitalised words, none an outlet's or organisation's word,
     * that do not spell the sender's domain ("Harbour Post" from harbourpost.example is an outlet).
     */
    static boolean isPerson(String name, String domain) {
        if (name == null || !PERSON.matcher(name).matches() || OutletLines.OUTLET_WORD.matcher(name).find()
                || OutletLines.ORGANISATION_WORD.matcher(name).find() || Newsletters.NAME_WORD.matcher(name).find()) {
            return false;
        }
        String letters = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d]", "");
        return domain == null || !List.of(domain.toLowerCase(Locale.ROOT).split("\\.")).contains(letters);
    }

    /** Capitalised words in the text that spell a label of the domain ("Saltmarsh Media" for saltmarshmedia), or null. */
    static String spelledDomain(String text, String domain) {
        if (domain == null) {
            return null;
        }
        String[] labels = domain.toLowerCase(Locale.ROOT).split("\\.");
        for (int l = 0; l < labels.length - 1; l++) {
            String label = labels[l].replaceAll("[^\\p{L}\\d]", "");
            if (label.length() < 4 || GENERIC_LABEL.matcher(label).matches()) {
                continue;
            }
            Matcher run = CAPITALISED_RUN.matcher(text);
            while (run.find()) {
                String found = spelling(run.group(), label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The words of {@code run}, from one of them on, whose letters together are {@code label}; null if none. */
    private static String spelling(String run, String label) {
        String[] words = run.split("\\s+");
        for (int start = 0; start < words.length; start++) {
            StringBuilder letters = new StringBuilder();
            for (int end = start; end < words.length && letters.length() < label.length(); end++) {
                letters.append(words[end].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d]", ""));
                if (letters.toString().equals(label)) {
                    // "Saltmarsh Media Partners" for saltmarsh.example: the organisation's own words go with it.
                    int last = end;
                    while (last + 1 < words.length && (OutletLines.ORGANISATION_WORD.matcher(words[last + 1]).matches()
                            || OutletLines.OUTLET_WORD.matcher(words[last + 1]).matches())) {
                        last++;
                    }
                    if (last == start) {
                        break; // one word that is the domain ("Keta" for keta.example) is as often a place or a brand
                    }
                    return String.join(" ", java.util.Arrays.copyOfRange(words, start, last + 1));
                }
            }
        }
        return null;
    }
}
