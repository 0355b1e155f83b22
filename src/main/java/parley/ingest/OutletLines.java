package parley.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet named by a header line in mixed case, where no masthead in capitals names it:
 * <ul>
 * <li>a wire or dated line: "Coast Wire | 12 May 2025", "12/05/2025 | Coast Wire" — a name beside a date;</li>
 * <li>a section line: "Coast Herald - World", "Coast Herald - Features" — a name before a section of the paper;</li>
 * <li>a byline line cut into parts: "By A and B | Coast Review | 3 March 2025" — the part that is neither the
 *     byline nor the date;</li>
 * <li>a transcript's or summary's maker: "Prepared by the Lagoon Transcription Service" — an office, never a
 *     person (people preparing a text are its authors, see {@link TextMetadata#author}).</li>
 * </ul>
 * A part counts as a name when it is one to six capitalised words (small joining words allowed) with no digits or
 * sentence punctuation that read as an outlet's or organisation's name (see {@link #isName}).
 */
final class OutletLines {
    /** How many non-blank lines from the top a header line may sit at. */
    private static final int HEADER_LINES = 12;
    private static final Pattern NAME = Pattern.compile("(?:The\\s+)?\\p{Lu}[\\p{L}'’&.-]*(?:\\s+(?:(?:of|for|and|the|on|&)\\s+)?"
            + "\\p{Lu}[\\p{L}'’&.-]*){0,5}");
    /** Words that end an outlet's name: a single such word may be the whole name ("The Herald"). */
    static final Pattern OUTLET_WORD = Pattern.compile("(?i)\\b(?:times|herald|post|news|newswire|wire|gazette|journal"
            + "|review|observer|tribune|chronicle|ledger|monitor|standard|express|telegraph|courier|dispatch|press"
            + "|agency|media|daily|weekly|quarterly|mail|record|guardian|bulletin|digest|report|reporter|sentinel|echo"
            + "|argus|mercury|examiner|inquirer|independent|star|sun|globe|register|letter|brief|briefing|watch|world"
            + "|insider|outlook|magazine|online|network|radio|tv|broadcasting|weekend|sunday)$");
    /** The sections of a paper or site: "World", "Middle East", "Features", "Long Reads". */
    private static final Pattern SECTION = Pattern.compile("(?i)(?:world|world news|news|latest|features?|politics"
            + "|business|economy|markets|opinion|comment|analysis|long ?reads?|weekend|magazine|culture|travel|sport"
            + "|science|technology|environment|climate|health|asia|asia[- ]pacific|europe|africa|americas|middle east"
            + "|gulf|latin america|south asia|east asia|international|national|local|regional|uk|us|diplomacy"
            + "|foreign affairs|defence|defense|security|live|breaking news|investigations?|interviews?|explainers?"
            + "|conversations|insight|reviews?|editorial|global|region|home|in depth|in focus|special reports?"
            + "|world service|world desk|foreign desk|city|metro)");
    /** Labels that stand beside a date but name no outlet ("Updated | 12 May 2025"). */
    private static final Pattern LABEL = Pattern.compile("(?i)(?:(?:first|last)\\s+)?(?:updated|published|posted"
            + "|issued|filed|released|dated?|edition|print edition|modified|breaking|exclusive|live|transcript"
            + "|readout|statement|press release|news release|embargoed)");
    /** "Prepared by the Lagoon Transcription Service", "Transcript prepared by: Parliamentary Reporting Unit". */
    private static final Pattern PREPARED_BY = Pattern.compile("(?i)^(?:[\\p{L} ]{0,30}\\s)?(?:prepared|issued"
            + "|compiled|transcribed|provided|distributed|transcript|transcription)\\s+by\\s*:?\\s+((?:the\\s+)?"
            + "(?-i:\\p{Lu})[\\p{L}'’&.-]*(?:\\s+(?:(?:of|for|and|the|on|&)\\s+)*(?-i:\\p{Lu})[\\p{L}'’&.-]*){0,7})"
            + "\\s*(?:$|[.,;:(|–—]|\\s-\\s|\\s+(?:for|on|at|from|in)\\s)");
    /** "… for the Gulf Maritime Forum": the organisation a maker worked for. */
    private static final Pattern FOR_ORGANISATION = Pattern.compile("\\s+for\\s+(?:the\\s+)?(\\p{Lu}.*)$");
    /** What makes a maker an office and not a person. */
    static final Pattern ORGANISATION_WORD = Pattern.compile("(?i)\\b(?:service|services|office|unit|ministry"
            + "|department|agency|bureau|secretariat|desk|team|centre|center|institute|division|directorate|council"
            + "|commission|committee|section|media|press|news|group|foundation|government|embassy|mission"
            + "|administration|authority|parliament|assembly|house|cabinet|presidency|palace|partners|associates"
            + "|company|corporation|network|radio|broadcasting|newsroom|staff|advisory|advisers|advisors|consulting"
            + "|consultancy|research|analytics|intelligence|insights?|strategies|forum|institution|capital|trust"
            + "|readouts|transcripts?|monitoring|communications|information|records|translations?)\\b");
    /** What separates the parts of a header line: a bar, dot, dash or slash between spaces, "--", a wide gap. */
    private static final Pattern PARTS = Pattern.compile("\\s[—–|·•/]\\s|\\s--?\\s|\\s::\\s|\\s{3,}");
    /** A label before a date in a part of its own: "Published 12 May 2025", "Updated: 3 March 2025". */
    private static final Pattern DATE_LABEL = Pattern.compile("(?i)^(?:(?:first|last)\\s+)?(?:published|updated|posted"
            + "|filed|issued|released|dated?|modified)\\s*(?:on\\s+)?:?\\s*");
    /** What the text is and when it was made, in lower case, before a date: "client digest compiled 20 May 2025". */
    private static final Pattern DESCRIBED_DATE = Pattern.compile("^(?:\\p{Ll}+\\s+){1,3}(?:compiled|published|updated"
            + "|posted|filed|issued|released|dated|prepared)\\s+(?:on\\s+)?");
    /**
     * Parts that may stand beside an outlet's name without naming it: a place or desk in one to three capitalised
     * words ("Geneva", "Gulf Affairs"), a clock time ("14:20 GMT"), an issue or volume number.
     */
    private static final Pattern NEUTRAL = Pattern.compile("(?:\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:&\\s+)?\\p{Lu}[\\p{L}'’.-]*){0,2}"
            + "|\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5})?|(?i:issue|no\\.?|vol\\.?|volume|edition)\\s*\\d+)");
    /** "The Prime Minister | 12 May 2025": a person's office, not an outlet. */
    private static final Pattern OFFICE_HOLDER = Pattern.compile("(?i)\\b(?:minister|president|secretary|chancellor"
            + "|king|queen|prince|princess|ambassador|spokesperson|spokesman|spokeswoman|envoy|mayor|governor)$");
    /** A web address standing as a part of a header line: "coastal-studies.example", "www.example.org/briefs". */
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)(?:https?://)?(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)+(?:/\\S*)?");
    private static final Pattern BY_PART = Pattern.compile("^(?i:by)\\s+\\p{Lu}");
    private static final Pattern COMPANY_FORM = Pattern.compile("\\s*,?\\s+(?:Ltd|Limited|Inc|LLC|plc|GmbH)\\.?$");
    /**
     * A numbered paper of an organisation's series: "Briefing Note 07/25", "Policy Brief No. 12", "Working Paper
     * 3/2025". Beside a name it marks the name as the issuer, as a date does (session 15).
     */
    private static final Pattern SERIES_NUMBER = Pattern.compile("(?i)(?:(?:policy|briefing|research|working|discussion"
            + "|occasional|background|analysis|situation|information|technical|country|issue)\\s+)?(?:note|paper|brief"
            + "|briefing|memo|memorandum|report|update|bulletin|commentary|analysis)\\s+(?:no\\.?\\s*|n[°º]\\s*|#\\s*)?"
            + "\\d{1,4}(?:[/.-]\\d{1,4})?");
    /**
     * A kicker over a headline: "OPINION |", "ANALYSIS —", "EXPLAINER:" — the kind of piece, never the outlet; in
     * capitals or plural document kinds ("PRESS RELEASES - …", "BULLETINS - …") over a compilation too.
     */
    private static final Pattern KICKER = Pattern.compile("(?i)(?:op-?ed|opinion|analysis|comment|commentary|editorial"
            + "|explainers?|features?|interviews?|perspectives?|viewpoint|column|letters?|obituary|profile|q\\s*&\\s*a"
            + "|fact ?check|exclusive|breaking|breaking news|news analysis|in depth|insight|long ?read|reviews?|live"
            + "|updates?|bulletins?|dispatches|statements|press releases|news releases|readouts|briefings|notes)");
    /** "By Name, Agency": a byline whose last comma part names the outlet the author wrote for. */
    private static final Pattern BYLINE_START = Pattern.compile("^\\s*(?i:by)\\s+\\p{Lu}");
    /** A name glued to an outlet word, as wires write themselves: "AndesWire", "NordNews". */
    private static final Pattern GLUED_OUTLET = Pattern.compile("\\p{Lu}\\p{Ll}+(?:Wire|Post|News|Press|Times|Media"
            + "|Daily|Net|Agency)");

    private OutletLines() {
    }

    /** The outlet named by one of the top lines, or null. */
    static String outlet(List<String> lines) {
        for (String line : headerLines(lines)) {
            String name = outlet(line);
            if (name == null) {
                name = preparedBy(line);
            }
            if (name == null) {
                name = besideFullDate(line);
            }
            if (name == null) {
                name = bylineOutlet(line, lines);
            }
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /** The first non-blank lines of a text, where a header's lines stand ({@link #HEADER_LINES} of them). */
    static List<String> headerLines(List<String> lines) {
        List<String> header = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size() && header.size() < HEADER_LINES; i++) {
            if (!lines.get(i).isBlank()) {
                header.add(lines.get(i));
            }
        }
        return header;
    }

    /**
     * The name on a line of parts ("Coast Wire | 12 May 2025", "Coast Herald - World", "By A | Coast Review |
     * 3 March 2025"), or null when the line is no such header.
     */
    static String outlet(String line) {
        if (line.length() > 160 || line.indexOf('|') < 0 && line.indexOf('-') < 0 && line.indexOf('·') < 0
                && line.indexOf('–') < 0 && line.indexOf('—') < 0 && line.indexOf('•') < 0 && line.indexOf('/') < 0
                && line.indexOf(':') < 0 && !line.contains("   ")) {
            return null;
        }
        String plain = TextDates.MARKDOWN_EMPHASIS.matcher(line).replaceAll("").replaceFirst("^\\s*#+\\s*", "").strip();
        String[] parts = PARTS.split(plain);
        if (parts.length < 2) {
            return null;
        }
        String name = null;
        int nameAt = -1;
        boolean dated = false;
        boolean byline = false;
        boolean sectioned = false;
        boolean other = false;
        boolean site = false;
        String bold = boldName(line);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            String undated = DESCRIBED_DATE.matcher(DATE_LABEL.matcher(part).replaceFirst("")).replaceFirst("");
            DateText.Found f = TextDates.find(undated, false); // numeric day-first or month-first alike: only 'a date'
            if (f != null && TextDates.onlyADate(undated, f)) {
                dated = true;
            } else if (BY_PART.matcher(part).find() && Bylines.authors(part) != null) {
                byline = true;
            } else if (SECTION.matcher(part).matches()) {
                sectioned = true;
            } else if (name == null && (isName(part) || part.equals(bold))) {
                // a name in bold on a row of its own is the outlet's wordmark: "**Tidewater** · by A · 7 April 2024"
                name = part;
                nameAt = i;
            } else if (WEB_ADDRESS.matcher(part).matches()) {
                site = true; // "Centre for Coastal Studies | coastal-studies.example": a name and its own address
            } else if (NEUTRAL.matcher(part).matches()) {
                other = true; // a place, a clock time, an issue number: beside the outlet, naming none
            } else if (SERIES_NUMBER.matcher(part).matches()) {
                dated = true; // "Harbour Institute - Briefing Note 07/25": the issuer of a numbered paper
            } else {
                return null; // a part with words in lower case: a headline, a tagline
            }
        }
        if (name == null) {
            return null;
        }
        // A section follows its paper's name: "Coast Herald - World", "Coast Herald - Gulf Affairs".
        boolean sectionLine = nameAt == 0 && (sectioned || other && OUTLET_WORD.matcher(name).find());
        boolean bolded = name.equals(bold) && !isName(name);
        if (bolded && !(dated && byline)) {
            return null; // a bold name alone beside a date may be a place or a person: only a full byline row tells
        }
        if (!dated && !byline && !sectionLine && !(site && isName(name))) {
            return null;
        }
        return isCapitals(name) ? TextMetadata.titleCase(name) : name;
    }

    /**
     * "Kestrel Chronicle, Tuesday, May 13, 2025" under a byline: an outlet's name and a comma, then only a date
     * (with its weekday). A place before the date ("Geneva, 13 May 2025") is a dateline, not an outlet: the name must
     * read as an outlet's ({@link #isName}).
     */
    static String besideFullDate(String line) {
        String plain = TextDates.MARKDOWN_EMPHASIS.matcher(line).replaceAll("").strip();
        int comma = plain.indexOf(", ");
        if (comma < 0 || plain.length() > 100) {
            return null;
        }
        String name = plain.substring(0, comma).strip();
        String rest = plain.substring(comma + 2).strip();
        DateText.Found f = TextDates.find(rest, TextDates.monthFirst(rest));
        return f != null && DateText.hasYear(rest) && TextDates.onlyADate(rest, f) && isName(name) ? name : null;
    }

    /**
     * "By Ama Owusu, Coastline Press Agency": the outlet after the author's name and a comma (the last comma part of
     * the byline's first part). A desk or job title there describes the author, a place where they wrote; a single
     * word counts only when it is glued to an outlet word ("AndesWire") or the wire dateline names it in brackets
     * ("TROMSØ, Mar 4 (Fjordpost) -").
     */
    static String bylineOutlet(String line, List<String> lines) {
        String plain = TextDates.MARKDOWN_EMPHASIS.matcher(line).replaceAll("").strip();
        if (plain.length() > 160 || !BYLINE_START.matcher(plain).find() || plain.indexOf(',') < 0) {
            return null;
        }
        String first = TextDates.LINE_PARTS.split(plain)[0].strip().replaceFirst("[.;]$", "");
        int comma = first.lastIndexOf(',');
        if (comma < 0 || Bylines.names(first.substring(0, comma)).isEmpty()) {
            return null;
        }
        String outlet = first.substring(comma + 1).strip().replaceFirst("^(?i:for)\\s+", "");
        if (Bylines.ROLE.matcher(outlet).find() || !NAME.matcher(outlet).matches()) {
            return null;
        }
        if (isName(outlet) || GLUED_OUTLET.matcher(outlet).matches()) {
            return outlet;
        }
        String bracketed = "(" + outlet + ")";
        for (int i = 0; i < Math.min(lines.size(), HEADER_LINES); i++) {
            if (lines.get(i).contains(bracketed)) {
                return outlet;
            }
        }
        return null;
    }

    /** Whether a line's first part is a kicker ("OPINION | …", "ANALYSIS — …"): the kind of piece, no outlet. */
    static boolean kicker(String part) {
        return KICKER.matcher(part.strip()).matches();
    }

    /** The words a line sets in bold ("**Tidewater Review** · by …"), or null. */
    private static String boldName(String line) {
        int open = line.indexOf("**");
        int close = open < 0 ? -1 : line.indexOf("**", open + 2);
        return close < 0 ? null : line.substring(open + 2, close).strip();
    }

    /**
     * A brand alone on the first line of a plain-text wire or brief ("Harbour Post Wire", "Coastal Policy Centre"),
     * above a longer headline or paragraph: one to five capitalised words that read as an outlet's or
     * organisation's name ({@link #isName}), with no date, verb or sentence punctuation. A headline is longer and
     * reads as a sentence, so the line below must hold more words. Null otherwise.
     */
    static String brandLine(List<String> lines) {
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return null;
        }
        String brand = TextDates.MARKDOWN_EMPHASIS.matcher(lines.get(first)).replaceAll("").replaceFirst("^\\s*#+\\s*", "")
                .strip();
        int words = brand.split("\\s+").length;
        if (brand.length() > 50 || words > 5 || !isName(brand) || isCapitals(brand)) {
            return null; // (a name in capitals is a masthead, read as one)
        }
        for (int i = first + 1; i < Math.min(lines.size(), first + 4); i++) {
            String next = lines.get(i).strip();
            if (!next.isEmpty()) {
                return next.split("\\s+").length >= words + 3 ? brand : null;
            }
        }
        return null;
    }

    /** The office a "prepared by" line names ("Prepared by the Lagoon Transcription Service"), or null. */
    static String preparedBy(String line) {
        if (line.length() > 160 || !line.toLowerCase(Locale.ROOT).contains(" by")) {
            return null;
        }
        String plain = TextDates.MARKDOWN_EMPHASIS.matcher(line).replaceAll("").strip();
        Matcher m = PREPARED_BY.matcher(plain);
        if (!m.find()) {
            return null;
        }
        String maker = m.group(1).strip();
        // "Compiled by Ama Owusu for the Gulf Maritime Forum": a person made it for the organisation that issues it.
        Matcher forOrg = FOR_ORGANISATION.matcher(maker);
        if (forOrg.find() && !ORGANISATION_WORD.matcher(maker.substring(0, forOrg.start())).find()
                && Bylines.names(maker.substring(0, forOrg.start())).size() > 0) {
            String org = forOrg.group(1);
            return isName(org) || ORGANISATION_WORD.matcher(org).find() ? withoutCompanyForm(org) : null;
        }
        boolean office = maker.regionMatches(true, 0, "the ", 0, 4) || ORGANISATION_WORD.matcher(maker).find();
        return office ? withoutCompanyForm(maker.replaceFirst("^(?i)the\\s+", "")) : null;
    }

    /** "Saltmarsh Media Ltd." → "Saltmarsh Media", as a copyright line gives it. */
    static String withoutCompanyForm(String name) {
        return COMPANY_FORM.matcher(name.strip()).replaceFirst("").strip();
    }

    /**
     * An outlet's name: capitalised words that end on an outlet word ("Coast Herald"), hold an organisation's word
     * ("Lagoon Policy Institute"), or begin with "The". Two or three other capitalised words beside a date are more
     * often a person ("Ama Owusu | 12 May") or a place ("Abu Dhabi | 12 May"), a lone word a place.
     */
    static boolean isName(String part) {
        if (part.length() < 3 || part.length() > 60 || !NAME.matcher(part).matches() || LABEL.matcher(part).matches()) {
            return false;
        }
        String[] words = part.replaceFirst("^The\\s+", "").split("\\s+");
        if (OUTLET_WORD.matcher(part).find()) {
            return true;
        }
        return words.length > 1 && (part.startsWith("The ") && !OFFICE_HOLDER.matcher(part).find()
                || ORGANISATION_WORD.matcher(part).find());
    }

    static boolean isCapitals(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT));
    }
}
