package parley.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people a byline or credit names as authors, written as a person would write them: "A", "A and B", "A, B and
 * C". "By A in Riyadh and B" → A and B (places go); "By A, Diplomatic Correspondent" → A (job titles go); "Reporting
 * by A in X and B in Y; additional reporting by …; Editing by C" → A and B (the reporters, not the editor);
 * "Photographs by …" is never a byline.
 */
final class Bylines {
    static final String NAME = "\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:(?:van|von|de|der|den|da|di|del|della|du|dos|al|el|bin|le|la"
            + "|ibn|ten|ter)\\s+){0,2}\\p{Lu}[\\p{L}'’.-]+){1,3}";
    private static final Pattern ONE_NAME = Pattern.compile("^(" + NAME + ")");
    /** Words of a job title after a name ("Diplomatic Correspondent", "foreign affairs editor"). */
    static final Pattern ROLE = Pattern.compile("(?i)\\b(?:correspondent|reporter|editor|writer|columnist"
            + "|analyst|staff|chief|desk|bureau|contributor|producer|fellow|journalist|director|senior|deputy"
            + "|political|diplomatic|economics|affairs|team|newsroom|agencies)\\b");
    /** A newspaper's name after the author ("By Kari Lund, Nordic Post"): the outlet, no second author (session 14). */
    private static final Pattern PAPER_WORD = Pattern.compile("\\b(?:Times|Post|Herald|Tribune|Gazette|Journal|Daily"
            + "|Chronicle|Observer|Telegraph|Courier|Express|Standard|Guardian|Independent|Wire|Dispatch|Review|Weekly"
            + "|Monitor|Digest|Bulletin|Inquirer|Examiner|Globe|Record|Sentinel|Leader|Nation|Mirror)$");
    /** Readers a text is written for: "subscribers", "our members", "paying clients", "the clients of Firm". */
    static final String READERS = "(?:the\\s+)?(?:our\\s+|its\\s+|paying\\s+|all\\s+)?(?:subscribers|readers|members"
            + "|clients)";
    /** Where the authors' part of a credit ends: "; additional reporting by", "; Editing by", a full stop. */
    private static final Pattern CREDIT_END = Pattern.compile(
            "(?i);|\\.(?:\\s|$)|\\s[|·•–—]\\s|\\(|\\b(?:additional reporting|editing|edited|writing|photographs?|photos?"
                    + "|pictures?|graphics?|video)\\s+by\\b"
                    // "Compiled by A and B for Saltmarsh Media": the outlet they wrote for is no author.
                    + "|\\s+for\\s+(?:the\\s+)?(?-i:\\p{Lu})"
                    // "Written by A for subscribers": the readers written for are no author either
                    + "|\\s+for\\s+" + READERS + "\\b");
    /** What may follow an author's name to describe them: "of the Gulf Desk", "at Saltmarsh Media", "who …". */
    private static final Pattern TRAILER = Pattern.compile("(?<=\\S)\\s+(?:of|at|from|who|based|writing|reporting"
            + "|on behalf of)\\b.*$");
    /** The label before the names: "By", "Words by", "Live coverage by", "Prepared by". */
    private static final Pattern CREDIT_LABEL = Pattern.compile("^(?i)(?:(?:words|written|story|live coverage"
            + "|live blog|live updates|live reporting|coverage|prepared|compiled)\\s+)?by\\s*:?\\s+");

    /**
     * A courtesy title or rank before a name ("Dr. A", "Prof A", "Ambassador A"): the name goes on without it
     * (session 15). Its full stop is no end of the credit.
     */
    private static final Pattern HONORIFIC = Pattern.compile("(?<=^|,\\s|\\s(?:and|AND|with|&)\\s)(?:Dr|Prof|Professor"
            + "|Mr|Mrs|Ms|Mx|Miss|Ambassador|Amb|H\\.\\s?E|Rev|Revd|Sir|Dame)\\.?\\s+(?=\\p{Lu})");
    /** Between the names of a credit: a comma, "and", "with", "&"; a comma keeps the joining word after it. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s*(?=(?:and|AND|with|&)\\s)|\\s*,\\s*|\\s+(?:and|AND|with)\\s+|\\s*&\\s*");
    /** A joining word opening a part: ", and B" after a description of the author before. */
    private static final Pattern JOINED = Pattern.compile("^(?:and|AND|with|&)\\s+");
    /** "Gulf desk (A, B)", "Diplomatic team (A and B)": the people of a desk, named in brackets after it. */
    private static final Pattern DESK_MEMBERS = Pattern.compile("^[^()]{2,60}\\(([^()]{3,120})\\)\\s*$");

    private Bylines() {
    }

    /**
     * An author as a field states it (front matter, meta tag): "Gulf desk (A, B)" → "A and B", "Dr. A" → "A"; else
     * the value as given.
     */
    static String fromField(String value) {
        Matcher desk = DESK_MEMBERS.matcher(value);
        if (desk.matches() && ROLE.matcher(value.substring(0, value.indexOf('('))).find()) {
            String members = authors(desk.group(1));
            if (members != null) {
                return members;
            }
        }
        Matcher honorific = HONORIFIC.matcher(value.strip());
        if (honorific.lookingAt()) {
            String names = authors(value);
            return names != null ? names : honorific.replaceAll("");
        }
        return value;
    }

    /** The authors named at the start of {@code credit} (after its "By"/"Reporting by" label), or null. */
    static String authors(String credit) {
        List<String> names = names(credit);
        return names.isEmpty() ? null : join(names);
    }

    static List<String> names(String credit) {
        String s = HONORIFIC.matcher(CREDIT_LABEL.matcher(credit.strip()).replaceFirst("")).replaceAll("");
        Matcher end = CREDIT_END.matcher(s);
        // A full stop after an initial ("J. Smith") does not end the credit.
        while (end.find()) {
            if (end.group().startsWith(".") && end.start() > 0 && s.substring(0, end.start()).matches("(?s).*\\b\\p{Lu}")) {
                continue;
            }
            s = s.substring(0, end.start());
            break;
        }
        List<String> names = new ArrayList<>();
        boolean described = false;
        // "A and B", "A, B and C", "A & B", "A with B", "A AND B" in a byline in capitals.
        for (String part : SEPARATOR.split(s)) {
            String p = part.strip().replaceFirst("\\s+in\\s+\\p{Lu}.*$", "");
            if (p.isEmpty()) {
                continue;
            }
            Matcher joined = JOINED.matcher(p);
            boolean joins = joined.lookingAt();
            if (described && !joins) {
                break; // "A, diplomatic correspondent, Lima": the rest still describes A
            }
            // "A, diplomatic correspondent, and B, Lima bureau": a second author after the joining word.
            p = joins ? p.substring(joined.end()) : p;
            described = false;
            // "B of the Gulf Desk", "B at Saltmarsh Media": B is the last author, the rest describes them.
            Matcher trailer = TRAILER.matcher(p);
            boolean last = trailer.find();
            if (last) {
                p = p.substring(0, trailer.start()).strip();
            }
            if (ROLE.matcher(p).find() && !names.isEmpty()) {
                described = true; // "A, Diplomatic Correspondent": this part describes A
                continue;
            }
            Matcher m = ONE_NAME.matcher(p);
            // An office or outlet ("Parliamentary Reporting Unit") is no person.
            if (!m.find() || !m.group(1).equals(p) || ROLE.matcher(p).find()
                    || OutletLines.ORGANISATION_WORD.matcher(p).find() || PAPER_WORD.matcher(p).find()) {
                break;
            }
            if (!names.contains(p)) {
                names.add(p);
            }
            if (last) {
                break;
            }
        }
        return names;
    }

    /**
     * The visible byline when it names every author the markup states and more ("Live coverage by A and B" against
     * a JSON-LD author "A"); else the stated authors.
     */
    static String widest(String stated, String visible) {
        if (visible == null || stated == null) {
            return stated != null ? stated : visible;
        }
        List<String> shown = names(visible);
        List<String> given = java.util.Arrays.stream(stated.split("\\s*(?:,|;|&|\\band\\b)\\s*"))
                .map(String::strip).filter(n -> !n.isEmpty()).toList();
        return shown.size() > given.size() && shown.containsAll(given) ? visible : stated;
    }

    /** "A", "A and B", "A, B and C". */
    static String join(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
