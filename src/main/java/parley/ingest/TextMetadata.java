package parley.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import parley.ingest.DateSignals.Signal;

/**
 * Metadata stated in an article's own lines, for plain text, Markdown and PDF (and for HTML pages and e-mails whose
 * headers say nothing). A Markdown front matter block ("---", "title:", "date:", "author:", "publisher:", "---")
 * comes first; then, field by field:
 * <ul>
 * <li>date: the signals of {@link TextDates}, the most trusted winning;</li>
 * <li>title: the first line when it reads like a headline; after a masthead block ("OUTLET | SECTION", an outlet
 *     name in capitals with its tagline, a slug line) the first headline-like line below it;</li>
 * <li>publisher: the organisation a programme or newsletter says it belongs to ("… is a programme of the X", "a
 *     weekly letter from X"); the masthead's outlet name (as the text writes it in mixed case); an outlet line in
 *     mixed case ({@link OutletLines}); a newsletter's own name; the outlet in a copyright line ("© 2025 Northern
 *     Ledger"). A newsletter's company ({@link Newsletters}) comes before the newsletter's name;</li>
 * <li>author: a "By Jane Doe" / "Words by …" line near the top, a labelled credit ("Interviewer:", "Compiled by:",
 *     "Editor on duty:"), else a "Reporting by …" credit — see {@link Bylines}.</li>
 * </ul>
 */
final class TextMetadata {
    private static final int TOP_LINES = TextDates.TOP_LINES;

    /**
     * A byline: "By A and B", "Words by A", "Live coverage by A and B", "by A" in an italic part of a header line;
     * the names may be followed by a place, a job title, the outlet they wrote for ("for the X") or "and agencies".
     */
    private static final Pattern BY_LINE = Pattern.compile(
            "^\\s*(?:By|BY|by|Words by|Written by|Story by|Live (?:coverage|blog|updates|reporting) by|Coverage by)\\s+("
                    + Bylines.NAME + "(?:\\s*(?:,|and|AND|&|with)\\s*" + Bylines.NAME
                    + ")*)\\s*(?:$|[,.;|·•–—-]|\\s+in\\s+\\p{Lu}|\\s+and\\s+agencies|\\s+(?:for|of|at|from)\\s+(?:the\\s+)?\\p{Lu}"
                    + "|\\s+for\\s+" + Bylines.READERS + "\\b)");
    /**
     * A labelled credit ("Written by A and B", "This note was prepared by A"); "Prepared by" names people here, an
     * office is the publisher ({@link OutletLines}).
     */
    private static final Pattern CREDIT_LABEL = Pattern.compile(
            "^\\s*(?:(?:This|The)\\s+(?:note|brief|briefing|report|bulletin|letter|update|paper|analysis)\\s+(?:was|is)\\s+"
                    + "(?:written|prepared|compiled)\\s+by"
                    + "|Interviewer|Interview by|Compiled by|Prepared by|Editor on duty|Edited by|Editor|Author|Authors"
                    + "|Byline|Reporter|Written by)\\s*:?\\s+(?=\\p{Lu})(.+)$");
    /** A tagline that names who put the issue together: "Notes from the week, compiled by Jane Doe". */
    private static final Pattern GATHERED_BY = Pattern.compile("(?i),?\\s+(?:gathered|compiled|curated|assembled"
            + "|put together|collected)\\s+by\\s+((?-i:" + Bylines.NAME + "))\\s*[.]?\\s*$");
    /**
     * A publication introducing itself under its name: "A weekly letter on …", "The daily briefing for …",
     * "Your morning digest", "Issue 27".
     */
    private static final Pattern SELF_INTRODUCTION = Pattern.compile("(?i)^(?:(?:a|an|the|your)\\s+(?:[\\p{L}-]+\\s+){0,3}"
            + "(?:letter|newsletter|briefing|digest|bulletin|round-?up|dispatch|brief|notebook|review)\\b|issue\\s+(?:no\\.?\\s*)?\\d+\\b)");
    /** " — weekly", " - daily edition": lower-case words after a dash at the end of a letter's name. */
    private static final Pattern DESCRIPTOR = Pattern.compile("\\s+[—–-]\\s+\\p{Ll}[\\p{Ll} ]{0,30}$");
    private static final Pattern REPORTING_BY = Pattern.compile("\\b(?:Reporting|Reported) by\\s+(.+)$");
    private static final Pattern FRONT_MATTER_FIELD = Pattern.compile("^\\s*([A-Za-z_]+)\\s*:\\s*(.*)$");
    private static final Pattern FURNITURE_WORDS = Pattern.compile(
            "(?i)\\b(?:your support|support (?:us|now|our|independent)|donat|subscri|sign up|newsletter|cookie"
                    + "|advertisement|read more|share (?:this|on)|skip to|log ?in|menu$)");
    /** A document kind before the subject: "Readout: …", "Joint statement: …", "Transcript: …". */
    private static final Pattern KIND_LABEL = Pattern.compile("^(?i:readout|statement|joint statement|press release"
            + "|news release|transcript|communiqu[ée]|fact sheet|media advisory|remarks|briefing)\\s*:\\s+\\p{Lu}");
    /** Words a sentence may break after at a margin but a headline does not end on. */
    private static final Pattern RUNS_ON = Pattern.compile("(?i)\\b(?:to|the|a|an|of|and|with|for|in|on|at|by|from"
            + "|that|his|her|their|its|was|were|is|are|has|had|have)$");
    /** "Ref: PRD/114", "SLUG: ...", "Guest: ..." — a short label and a colon. Not a quoted headline's colon. */
    private static final Pattern LABEL_LINE = Pattern.compile("^\\s*\\p{Lu}[\\p{L}]*(?:\\s+[\\p{L}]+){0,2}\\s*:\\s");
    /** A wire slug: "IRAN-USA/NUCLEAR (UPDATE 2, …)" — a capitalised code with a slash or an UPDATE note. */
    private static final Pattern SLUG = Pattern.compile("^\\s*[\\p{Lu}\\d-]{2,}(?:/[\\p{Lu}\\d-]+)+\\b|\\((?:URGENT|UPDATE)\\b");
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "(?i)^\\s*(?:produced|presented|photographs?|photos?|pictures?|words|written|compiled|edited|hosted)\\s+by\\b");
    private static final Pattern RULER = Pattern.compile("^\\s*[-=_*#~]{3,}\\s*$");
    /** The masthead's outlet and its section: "OUTLET | SECTION", "OUTLET - WORLD SERVICE". */
    private static final Pattern MASTHEAD_PARTS = Pattern.compile("\\s+[|–—-]\\s+");
    /** An outlet saying which organisation it belongs to. */
    private static final Pattern BELONGS_TO = Pattern.compile(
            "(?i)\\b(?:programme|program|podcast|newsletter|bulletin|briefing|letter|note|series|show|publication"
                    + "|service)\\s+(?:(?:produced\\s+)?(?:from|of|by)|for\\s+(?:the\\s+)?(?:clients|members|subscribers)"
                    + "\\s+of)\\s+(?:the\\s+)?((?-i:\\p{Lu})[\\p{L}'’&-]*(?:\\s+(?:(?:for|of|and|on|&)\\s+)?"
                    + "(?-i:\\p{Lu})[\\p{L}'’&-]*){0,6})");
    /** What a document is, in capitals over it ("TRANSCRIPT", "PRESS RELEASE: …"): no outlet's name. */
    private static final Pattern DOCUMENT_KIND = Pattern.compile("(?i)(?:official\\s+|full\\s+|verbatim\\s+|joint\\s+)?"
            + "(?:transcript|readout|statement|press release|news release|media advisory|fact sheet|communiqu[ée]"
            + "|remarks|for immediate release|press briefing|briefing notes?)(?:\\s+(?:of|by|on|from|to|at|for)\\b.*|\\s*:.*)?");
    /** A closing note in brackets: "(foreign-language desk, reference translation)". */
    private static final Pattern BRACKET_NOTE = Pattern.compile("\\s*\\([^()]{2,80}\\)\\s*$");
    private static final Pattern ISSUE = Pattern.compile("(?i)\\bissue\\s+(?:no\\.?\\s*)?(\\d{1,5})\\b");

    private TextMetadata() {
    }

    /** All plain-text rules over the text; a Markdown front matter block, when there is one, goes first. */
    static Metadata of(String text) {
        List<String> lines = text.lines().toList();
        Metadata front = frontMatter(lines);
        List<String> body = front == Metadata.NONE ? lines : lines.subList(frontMatterEnd(lines) + 1, lines.size());
        DateSignals signals = new DateSignals();
        if (front.published() != null) {
            signals.add(Signal.META, front.published(), "front matter date");
        }
        TextDates.collect(text, lines, signals);
        return new Metadata(front.title() != null ? front.title() : title(body),
                front.publisher() != null ? front.publisher() : publisher(lines, text),
                front.author() != null ? front.author() : author(lines), signals.decide());
    }

    /** "---" / "title: ..." / "date: 2025-08-12" / "author: ..." / "---" at the very top (Markdown notes, Jekyll). */
    static Metadata frontMatter(List<String> lines) {
        int end = frontMatterEnd(lines);
        if (end < 0) {
            return Metadata.NONE;
        }
        String title = null;
        String publisher = null;
        String author = null;
        java.time.LocalDate date = null;
        for (String line : lines.subList(1, end)) {
            Matcher m = FRONT_MATTER_FIELD.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String value = m.group(2).strip().replaceAll("^[\"']|[\"']$", "").strip();
            if (value.isEmpty()) {
                continue;
            }
            switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "title", "headline" -> title = title == null ? value : title;
                case "date", "published", "pubdate", "date_published" -> date = date == null ? DateText.first(value) : date;
                case "author", "byline", "by" -> author = author == null ? Bylines.fromField(value) : author;
                case "publisher", "source", "site", "outlet", "publication", "site_name", "newspaper", "magazine",
                        "outlet_name", "publication_name" -> publisher = publisher == null ? value : publisher;
                default -> {
                }
            }
        }
        return new Metadata(title, publisher, author, DateSignals.Dating.of(date, "front matter date"));
    }

    private static int frontMatterEnd(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return -1;
        }
        for (int i = 1; i < Math.min(lines.size(), 60); i++) {
            if (lines.get(i).strip().equals("---") || lines.get(i).strip().equals("...")) {
                return i;
            }
        }
        return -1;
    }

    static List<String> edges(List<String> lines) {
        return TextDates.edges(lines);
    }

    static String author(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), TOP_LINES); i++) {
            String line = TextDates.MARKDOWN_EMPHASIS.matcher(lines.get(i)).replaceAll("");
            if (line.length() > 400) {
                continue;
            }
            if (line.length() > 200) {
                // a long standfirst: only a credit closing it counts ("… Written by A for subscribers.")
                int stop = line.lastIndexOf(". ", line.length() - 3);
                if (stop < 0) {
                    continue;
                }
                line = line.substring(stop + 2);
            }
            // The byline may be one part of a newsletter's issue line: "Published 1 July 2025 · Issue 27 · By A",
            // or the last sentence of a standfirst: "*A weekly look at the ports. Written by A for subscribers.*"
            for (String part : TextDates.parts(line)) {
                if (BY_LINE.matcher(part).find()) {
                    String names = Bylines.authors(part);
                    if (names != null) {
                        return names;
                    }
                }
            }
            Matcher gathered = GATHERED_BY.matcher(line);
            if (gathered.find()) {
                return gathered.group(1);
            }
            Matcher credit = CREDIT_LABEL.matcher(line);
            if (line.length() <= 160 && credit.find()) {
                String names = Bylines.authors(credit.group(1));
                if (names != null) {
                    return names;
                }
            }
        }
        String signed = signatureCredit(lines);
        if (signed != null) {
            return signed;
        }
        for (String line : edges(lines)) {
            if (!line.contains("eport")) {
                continue;
            }
            Matcher m = REPORTING_BY.matcher(line);
            if (m.find()) {
                String names = Bylines.authors(m.group(1));
                if (names != null) {
                    return names;
                }
            }
        }
        return null;
    }

    /**
     * A credit in a mail signature, under the "--" that opens it ("--" / "Prepared by A and B" / "Firm | Desk"):
     * the people who wrote the text, or null.
     */
    private static String signatureCredit(List<String> lines) {
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - 20); i--) {
            String sep = lines.get(i).strip();
            if (!sep.equals("--") && !sep.equals("—")) {
                continue;
            }
            for (int j = i + 1; j < lines.size(); j++) {
                String line = TextDates.MARKDOWN_EMPHASIS.matcher(lines.get(j)).replaceAll("");
                if (line.length() > 160) {
                    continue;
                }
                Matcher credit = CREDIT_LABEL.matcher(line);
                String names = BY_LINE.matcher(line).find() ? Bylines.authors(line)
                        : credit.find() ? Bylines.authors(credit.group(1)) : null;
                if (names != null) {
                    return names;
                }
            }
            return null;
        }
        return null;
    }

    /**
     * The outlet: the organisation a programme or newsletter belongs to, else the masthead's name, else the holder
     * of a copyright line; null when the text names none.
     */
    static String publisher(List<String> lines, String text) {
        String desk = Desks.owner(lines);
        if (desk != null) {
            return desk;
        }
        String masthead = mastheadName(lines, text);
        String owner = owner(lines, masthead);
        if (owner != null) {
            return owner;
        }
        String named = masthead != null ? masthead : OutletLines.outlet(lines);
        if (named == null) {
            named = selfIntroduced(lines);
        }
        if (named == null) {
            named = OutletLines.brandLine(lines);
        }
        if (named != null) {
            String company = isNewsletter(named, lines) ? Newsletters.company(lines, named) : null;
            return company != null ? company : named;
        }
        // A first heading that names a letter ("# The Tidewater Letter") whose footer names its company.
        String heading = headingName(lines);
        String company = heading != null && Newsletters.NAME_WORD.matcher(heading).find()
                ? Newsletters.company(lines, heading) : null;
        if (company == null) {
            company = Newsletters.signOff(lines);
        }
        if (company == null) {
            company = copyrightHolder(lines);
        }
        if (company == null) {
            company = creditedOutlet(lines);
        }
        return company != null ? company : Desks.wireAgency(text);
    }

    /**
     * An outlet a credit line names with the day or the team: "Published 10 July 2025, The Coast Review", "Compiled by
     * the research team at The Coast Review"; read in the header and footer lines only, last of all.
     */
    static String creditedOutlet(List<String> lines) {
        for (String line : edges(lines)) {
            if (line.length() > 400) {
                continue;
            }
            String plain = TextDates.MARKDOWN_EMPHASIS.matcher(line).replaceAll("");
            for (Pattern p : new Pattern[] {DATED_OUTLET, TEAM_AT_OUTLET}) {
                Matcher m = p.matcher(plain);
                if (m.find()) {
                    return m.group(1).strip();
                }
            }
        }
        return null;
    }

    /** Capitalised words with the small words a name holds ("The Coast Review", "Centre for Lagoon Studies"). */
    private static final String OUTLET_NAME = "((?:The\\s+)?\\p{Lu}[\\p{L}’'&.-]*(?:\\s+(?:(?:of|for|and|the|on|&)\\s+)?"
            + "\\p{Lu}[\\p{L}’'&.-]*){0,5})";
    private static final Pattern DATED_OUTLET = Pattern.compile("(?i:\\b(?:first\\s+)?(?:published|posted|issued))\\s+"
            + "(?:on\\s+)?[^,;]{0,30}?\\b\\d{4},\\s+(?:(?i:by|in|at|for)\\s+)?" + OUTLET_NAME + "\\s*[.]?\\s*$");
    private static final Pattern TEAM_AT_OUTLET = Pattern.compile("(?i:\\b(?:compiled|written|prepared|edited|produced"
            + "|put\\s+together|assembled)\\s+by\\s+(?:the\\s+)?[^.;:]{0,40}?\\b(?:desk|team|staff|editors|newsroom|unit)"
            + "\\s+(?:at|of))\\s+" + OUTLET_NAME + "(?=\\s*[.;,]|\\s*$)");

    /** The organisation the text says it belongs to ("… is a programme of X", "a newsletter from X"), or null. */
    static String statedOwner(List<String> lines, String text) {
        return owner(lines, mastheadName(lines, text));
    }

    /** The holder of the first copyright line at the top or foot of the text, or null. */
    static String copyrightHolder(List<String> lines) {
        for (String line : edges(lines)) {
            String p = copyrightHolder(line);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /**
     * Whether the outlet is a newsletter, which a company publishes (a newspaper is its own publisher whoever owns
     * it): its name says so ("The Tidewater Letter", "Gulf Briefing"), its first lines introduce it as one, or its
     * header or footer speaks to subscribers ("Unsubscribe", "Forwarded this?").
     */
    static boolean isNewsletter(String name, List<String> lines) {
        if (Newsletters.NAME_WORD.matcher(name).find() || Newsletters.mailedToReaders(lines)) {
            return true;
        }
        int first = firstNonBlank(lines);
        for (int i = Math.max(first, 0) + 1; first >= 0 && i < Math.min(lines.size(), first + 4); i++) {
            String plain = TextDates.MARKDOWN_EMPHASIS.matcher(lines.get(i)).replaceAll("").strip();
            for (String part : TextDates.LINE_PARTS.split(plain)) {
                if (SELF_INTRODUCTION.matcher(part.strip()).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A newsletter's name: a short first heading followed within three lines by the letter introducing itself
     * ("# The Harbour Letter" then "*A weekly letter on trade*" or "Issue 12 · …"). Null otherwise.
     */
    private static String selfIntroduced(List<String> lines) {
        int first = firstNonBlank(lines);
        if (first < 0) {
            return null;
        }
        String name = withoutDescriptor(TextDates.MARKDOWN_EMPHASIS.matcher(lines.get(first)).replaceAll("")
                .replaceFirst("^#+\\s*", "").strip());
        if (name.isEmpty() || name.split("\\s+").length > 6 || name.matches(".*[.!?:;,\"“”].*")) {
            return null;
        }
        for (int i = first + 1; i < Math.min(lines.size(), first + 4); i++) {
            String plain = TextDates.MARKDOWN_EMPHASIS.matcher(lines.get(i)).replaceAll("").strip();
            for (String part : TextDates.LINE_PARTS.split(plain)) {
                if (SELF_INTRODUCTION.matcher(part.strip()).find()) {
                    return name;
                }
            }
        }
        return null;
    }

    /** "The Andes Ledger — weekly" → "The Andes Ledger": a lower-case word after a dash describes the letter. */
    private static String withoutDescriptor(String name) {
        return DESCRIPTOR.matcher(name).replaceFirst("");
    }

    /** "THE STRAITS HOUR … is an independent programme of the Lantern Institute" / "A weekly letter from X". */
    private static String owner(List<String> lines, String masthead) {
        // An outlet introduces itself under its masthead or in its footer; a letter without a masthead in capitals
        // speaks of itself by the name of its first heading ("# The Tidewater Letter" … "The Tidewater Letter is a
        // newsletter from X").
        String known = masthead != null ? masthead : headingName(lines);
        List<String> top = lines.subList(0, Math.min(lines.size(), TOP_LINES));
        List<String> where = new java.util.ArrayList<>(top);
        where.addAll(lines.subList(Math.max(top.size(), lines.size() - TOP_LINES), lines.size()));
        for (String line : where) {
            if (line.length() > 300 || !line.contains(" of ") && !line.contains(" from ") && !line.contains(" by ")) {
                continue;
            }
            String plain = TextDates.MARKDOWN_EMPHASIS.matcher(line).replaceAll("");
            Matcher m = BELONGS_TO.matcher(plain);
            // Near the top the letter introduces itself; further down only the masthead's outlet speaks of itself.
            boolean aboutItself = top.contains(line) || known != null
                    && plain.toLowerCase(Locale.ROOT).contains(known.toLowerCase(Locale.ROOT));
            if (plain.length() <= 300 && aboutItself && m.find()) {
                return m.group(1).strip();
            }
        }
        return null;
    }

    /** The first line as a short name ("# The Tidewater Letter" → "The Tidewater Letter"), or null. */
    private static String headingName(List<String> lines) {
        int first = firstNonBlank(lines);
        if (first < 0) {
            return null;
        }
        String name = TextDates.MARKDOWN_EMPHASIS.matcher(lines.get(first)).replaceAll("")
                .replaceFirst("^#+\\s*", "").strip();
        return name.length() < 3 || name.split("\\s+").length > 6 || name.matches(".*[.!?:;,\"“”].*") ? null : name;
    }

    /**
     * The outlet named by a masthead first line: "OUTLET | SECTION", "OUTLET - WORLD SERVICE", or an outlet name in
     * capitals that the text repeats or follows with a tagline. Written as the text writes it in mixed case, else
     * in title case. Null when the first line is no masthead.
     */
    static String mastheadName(List<String> lines, String text) {
        int first = firstNonBlank(lines);
        if (first < 0) {
            return null;
        }
        String line = lines.get(first).strip().replaceFirst("^#+\\s*", "");
        // "NORTHERN STAR NEWS AGENCY (foreign-language desk, reference translation)", "… AGENCY (NSNA)": a note in
        // brackets after the agency's name in capitals says which desk or copy this is; it is no part of the name
        Matcher note = BRACKET_NOTE.matcher(line);
        boolean noted = note.find() && isCapitals(line.substring(0, note.start()));
        if (noted) {
            line = line.substring(0, note.start()).strip();
        }
        String[] parts = MASTHEAD_PARTS.split(line, 2);
        String name = parts[0].strip();
        if (!isCapitals(name) || name.split("\\s+").length > 6 || name.length() < 3 || name.matches(".*[.!?:;\"“].*")
                || DOCUMENT_KIND.matcher(name).matches() || SLUG.matcher(name).find() || OutletLines.kicker(name)) {
            return null; // "TRANSCRIPT", a wire slug "IRAN-USA/TALKS", a kicker "OPINION |": no outlet's name
        }
        String mixed = mixedCase(name, text, first, lines);
        boolean sectioned = parts.length > 1 || noted;
        boolean taglined = first + 1 < lines.size() && !lines.get(first + 1).isBlank();
        if (!sectioned && !taglined && mixed == null) {
            return null;
        }
        return mixed != null ? mixed : titleCase(name);
    }

    /** The name as the text writes it elsewhere in mixed case ("The Potomac Review publishes …"), or null. */
    private static String mixedCase(String caps, String text, int firstLine, List<String> lines) {
        String[] words = caps.split("\\s+");
        StringBuilder re = new StringBuilder("(?<![\\p{L}])");
        for (int i = 0; i < words.length; i++) {
            re.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
        }
        re.append("(?![\\p{L}])");
        Matcher m = Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        while (m.find()) {
            String found = m.group().replaceAll("\\s+", " ");
            if (!isCapitals(found)) {
                return found;
            }
        }
        return null;
    }

    private static boolean isCapitals(String s) {
        return s.chars().anyMatch(Character::isLetter) && s.equals(s.toUpperCase(Locale.ROOT))
                && s.chars().filter(Character::isLetter).count() >= 3;
    }

    /** "THE BRINDLEY COURIER" → "The Brindley Courier"; small words stay small inside the name. */
    static String titleCase(String caps) {
        StringBuilder out = new StringBuilder();
        String[] words = caps.toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean small = i > 0 && w.matches("of|the|and|for|in|on|at|de|du|la|le|&");
            out.append(i == 0 ? "" : " ").append(small || w.isEmpty() ? w
                    : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out.toString();
    }

    /** The outlet in a copyright line ("© 2025 Northern Ledger. All rights reserved."), or null. */
    static String copyrightHolder(String line) {
        if (line.length() > 400 || !TextDates.mayBeCopyright(line)) {
            return null;
        }
        Matcher m = TextDates.COPYRIGHT.matcher(line);
        if (!m.find()) {
            return null;
        }
        // "© Coast Wire 2024": the year after the owner's name is no part of it (session 17)
        String holder = m.group(2).trim().replaceAll("[\\s.,]+$", "")
                .replaceAll("\\s+(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)\\d{2})?$", "");
        return holder.length() >= 2 && !holder.equalsIgnoreCase("All rights reserved") ? holder : null;
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The headline. The first non-blank line when it reads like one (a Markdown heading loses its marks, and a
     * newsletter's heading gains its issue number: "The Gulf Brief, issue 112"). After a masthead block — the
     * outlet's name in capitals or "OUTLET | SECTION", with its tagline and slug lines — the first line below it
     * that reads like a headline and is no label, credit, rule or capitals; else a headline in capitals there.
     */
    static String title(List<String> lines) {
        int first = firstNonBlank(lines);
        if (first < 0) {
            return null;
        }
        String t = lines.get(first).strip();
        DateText.Found stamp = t.length() > 60 ? null : TextDates.find(t, false);
        if (stamp != null && TextDates.onlyADate(t, stamp)) {
            // a time stamp over the headline ("2024-03-14 09:12 Hanoi time"): the headline is the next line
            int next = firstNonBlank(lines.subList(first + 1, lines.size()));
            if (next < 0) {
                return null;
            }
            first += 1 + next;
            t = lines.get(first).strip();
        }
        // "OPINION | Why the deal matters", "ANALYSIS — …": the kicker names the kind of piece, the headline follows.
        String[] kicked = MASTHEAD_PARTS.split(t.replaceFirst("^#+\\s*", ""), 2);
        if (kicked.length == 2 && OutletLines.kicker(kicked[0]) && plausibleTitle(kicked[1].strip())) {
            return kicked[1].strip();
        }
        // (a brand alone on a plain first line, "Harbour Post Wire", too; a Markdown heading is the writer's title)
        if (!isMasthead(t) && (OutletLines.outlet(t) != null || !t.startsWith("#") && OutletLines.brandLine(lines) != null)) {
            // "Coast Herald - World", "Coast Wire | 12 May 2025": the outlet's line, the headline comes next (a
            // letter's "Name — Issue 58" over no headline stays the title).
            int next = firstNonBlank(lines.subList(first + 1, lines.size()));
            String headline = next < 0 ? null : lines.get(first + 1 + next).strip();
            if (headline != null && (headline.startsWith("#") || plausibleTitle(headline))) {
                first += 1 + next;
                t = headline;
            }
        }
        if (t.startsWith("#")) {
            t = t.replaceFirst("^#+\\s*", "").replaceFirst("\\s*#+$", "");
            // A heading the writer marked as one may be short ("Harbour Notes").
            return plausibleTitle(t, 2) ? withIssue(t, lines, first) : null;
        }
        if (!isMasthead(t)) {
            return plausibleTitle(t) ? t : null;
        }
        int i = first;
        String tagline = null;
        while (i < lines.size() && !lines.get(i).isBlank()) {
            if (i == first + 1 && plausibleTitle(lines.get(i).strip()) && !isMasthead(lines.get(i))) {
                tagline = lines.get(i).strip();
            }
            i++; // the masthead block: outlet, tagline, slug
        }
        String capitals = null;
        int seen = 0;
        for (; i < lines.size() && seen < 25; i++) {
            String line = TextDates.MARKDOWN_EMPHASIS.matcher(lines.get(i)).replaceAll("").strip();
            if (line.isEmpty() || RULER.matcher(line).matches()) {
                continue;
            }
            seen++;
            if (line.length() > 200) {
                break; // the story has begun
            }
            if (KIND_LABEL.matcher(line).find() && plausibleTitle(line)) {
                return line; // "Readout: Minister meets envoy" names the document and its subject
            }
            if (LABEL_LINE.matcher(line).find() || SLUG.matcher(line).find() || CREDIT_LINE.matcher(line).find()) {
                continue;
            }
            if (wrapped(lines, i)) {
                break; // the first line of a paragraph broken at the margin: the story has begun
            }
            if (isCapitals(line)) {
                // A section line ("CITY ROUND-UP") is short; a headline in capitals has four words or more.
                if (capitals == null && line.split("\\s+").length >= 4 && !line.contains(" | ")) {
                    capitals = line;
                }
                continue;
            }
            if (plausibleTitle(line)) {
                return line;
            }
        }
        if (capitals == null && tagline == null && ISSUE_KIND.matcher(t).find() && t.split("\\s+").length <= 8
                && isCapitals(t) && MASTHEAD_PARTS.split(t, 2).length == 1 // not "COAST DIGEST | West Africa"
                && (first + 1 >= lines.size() || lines.get(first + 1).isBlank())) {
            // "WEEKLY DIPLOMACY ROUNDUP", "THE WEEK IN DIPLOMACY" alone over dated items and no headline: the issue's
            // name is its title (session 16); a name with its issue line under it is the outlet's masthead
            return titleCase(t.replaceFirst("^#+\\s*", ""));
        }
        if (capitals != null || tagline == null) {
            return capitals;
        }
        // A programme or bulletin with no headline of its own: its name and what this issue is.
        return titleCase(MASTHEAD_PARTS.split(t, 2)[0].strip()) + " — " + tagline;
    }

    /** What a compiled issue calls itself: "… ROUNDUP", "… DIGEST", "THE WEEK IN …", "… CHRONOLOGY". */
    private static final Pattern ISSUE_KIND = Pattern.compile("(?i)\\b(?:round-?up|digest|bulletin|newsletter|briefing"
            + "|chronology|timeline|wrap(?:-up)?|week\\s+in|month\\s+in|in\\s+brief|key\\s+dates)\\b");

    /**
     * A line of a paragraph broken at a fixed margin: it runs on into the next line, which carries on in lower
     * case, or it ends on a word no headline ends on ("… wrapped up a visit to").
     */
    private static boolean wrapped(List<String> lines, int i) {
        if (i + 1 >= lines.size() || lines.get(i + 1).isBlank()) {
            return false;
        }
        String next = lines.get(i + 1).strip();
        return Character.isLowerCase(next.codePointAt(0)) || RUNS_ON.matcher(lines.get(i).strip()).find();
    }

    /** A masthead or section line: capitals ("CHANCERY MONITOR"), or "OUTLET | Section" with capitals before it. */
    private static boolean isMasthead(String line) {
        String name = MASTHEAD_PARTS.split(line.indexOf('(') < 0 ? line : BRACKET_NOTE.matcher(line).replaceFirst(""),
                2)[0];
        return isCapitals(name) && !name.matches(".*[.!?\"“].*");
    }

    private static String withIssue(String heading, List<String> lines, int at) {
        for (int i = at + 1; i < Math.min(lines.size(), at + 6); i++) { // under a tagline too
            Matcher m = ISSUE.matcher(lines.get(i));
            if (m.find()) {
                return heading + ", issue " + m.group(1);
            }
        }
        return heading;
    }

    /**
     * A headline: 3 to 25 words, one sentence at most, no closing full stop, not a date, byline or furniture
     * ("Your support helps us to tell the story" is an appeal, not a headline).
     */
    static boolean plausibleTitle(String t) {
        return plausibleTitle(t, 3);
    }

    private static boolean plausibleTitle(String t, int minWords) {
        if (t.length() < 10 || t.length() > 160 || t.endsWith(".") || t.endsWith(",") || t.endsWith(":")) {
            return false;
        }
        int words = t.split("\\s+").length;
        if (words < minWords || words > 25) {
            return false;
        }
        // Two sentences ("Ministers met. They agreed"), not an abbreviation ("U.S. envoys").
        if (t.matches("(?s).*[\\p{Ll}\\d][.!?][\"”’]?\\s+\\p{Lu}.*")) {
            return false;
        }
        if (FURNITURE_WORDS.matcher(t).find() || BY_LINE.matcher(t).find() || t.matches("(?i).*\\b(?:https?://|www\\.).*")) {
            return false;
        }
        if (TextDates.LEADING_DATE.matcher(t).find() || TextDates.PUBLISHED_LINE.matcher(t).find()
                || TextDates.UPDATED_LINE.matcher(t).find() || TextDates.issueDateLine(t)) {
            return false;
        }
        DateText.Found f = DateText.find(t);
        return f == null || t.length() - (f.end() - f.start()) > 25;
    }
}
