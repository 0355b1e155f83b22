package parley.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.Mention;
import parley.domain.Participant;
import parley.domain.Role;

/**
 * Who a document is about, for its clauses told without a subject (session 18). Diaries, timelines, engagement
 * lists, newsletters' sections and readouts name their protagonist once — in the title ("Timeline | Chancellor X in
 * the Gulf", "X's week in Asia"), a section's heading line ("Foreign Minister X: engagements", "Foreign minister's
 * diary" under a ministry's header), or the issuing office ("PRIME MINISTER'S OFFICE, FINLAND") — and then list what
 * that person did with no subject at all: "- Arrived in Doha; met Prime Minister Y", "Tuesday: called President Z",
 * "In Manila, met W". A clause whose trigger has no actor before it in a sentence that opens with a verb (after list
 * marks, a day, a time) takes the nearest protagonist in scope: the section's heading line, else the title, else the
 * issuing office's holder. The list lead-in ({@link ListLeadIns}) and the trip's traveller ({@link VerblessEntries})
 * come first, where they apply.
 */
final class Protagonists {
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final String WEEKDAY = "(?:mon|tues|wednes|thurs|fri|satur|sun)day";
    private static final String DAY = "(?:" + WEEKDAY + "(?:,?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + "|"
            + MONTH + "\\s+\\d{1,2}))?|\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + "|" + MONTH + "\\s+\\d{1,2}"
            + "|day\\s+(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
            + "|\\d{1,2}[./]\\d{1,2}(?:[./]\\d{2,4})?)(?:,?\\s+\\d{4})?";
    private static final String TIME = "(?:(?:later|earlier)\\s+(?:in\\s+the\\s+|that\\s+|the\\s+same\\s+)?(?:day"
            + "|morning|afternoon|evening|night)|(?:in\\s+the\\s+|that\\s+|this\\s+)?(?:morning|afternoon|evening"
            + "|midday|noon)|later|then|next|afterwards|also|first|finally|subsequently|separately"
            + "|\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?)";
    /**
     * What may stand before a subject-less clause's verb: list marks, a number, a day with its separator ("Monday
     * 16 March:", "**2 June** –", "On 24 April,"), times of day and sequence words, a place set off ("In Manila,").
     */
    private static final Pattern OPENING = Pattern.compile("(?i)^[\\s>*•·▪◦–—-]*(?:\\(?\\d{1,2}[.)]\\s+)?"
            + "(?:\\**(?:on\\s+)?" + DAY + "\\**\\s*[:.,–—|-]+\\**\\s*)?"
            + "(?:" + TIME + "\\s*[:,–—-]?\\s+)*"
            + "(?:(?-i:[Ii]n\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)\\s*,\\s*)?");
    private static final Pattern DAY_LINE = Pattern.compile("(?i)\\b" + DAY + "\\b");
    /** "will", "is due to": a plan told without its subject ("Will meet the emir next week"). */
    private static final Pattern MODAL = Pattern.compile("(?i)^(?:will|is\\s+(?:due\\s+|set\\s+|expected\\s+)?to"
            + "|plans\\s+to|hopes\\s+to)\\s+");
    /** Past forms without "-ed" that open a diary's clauses. */
    private static final java.util.Set<String> IRREGULAR = java.util.Set.of("met", "held", "had", "made", "paid",
            "took", "gave", "spoke", "flew", "went", "saw", "rang", "led", "sent", "sat", "began", "told", "left",
            "brought", "co-chaired", "chaired", "drove", "came", "set", "got", "laid", "won", "oversaw", "underwent");
    /** Verbs that take an event noun as their object: "Held talks", "Paid a courtesy call", "Attended the summit". */
    private static final Pattern LIGHT = Pattern.compile("(?i)(?:held|holds|had|has|hosted|hosts|co-hosted|paid|pays"
            + "|made|makes|chaired|chairs|co-chaired|attended|attends|joined|joins|led|leads|convened|convenes"
            + "|received|receives|opened|opens|addressed|addresses|gave|gives|concluded|concludes|began|begins"
            + "|started|starts|conducted|undertook|undertakes|wrapped|completed|ended|took|takes|spoke|speaks"
            + "|telephoned|phoned|called|met|meets|visited|visits|arrived|arrives|travelled|traveled|flew|went)");
    /** Plural nouns of events that open a sentence as its subject, never as a verb. */
    private static final java.util.Set<String> NOUNS = java.util.Set.of("talks", "meetings", "summits",
            "negotiations", "discussions", "consultations", "contacts", "exchanges", "rounds", "conversations",
            "ties", "relations", "leaders", "officials", "ministers", "delegations", "news", "reports", "sources");
    /** What may stand between a light verb and its trigger noun ("Held talks", "Paid a courtesy call on"). */
    private static final Pattern BETWEEN = Pattern.compile("(?i)^(?:(?:a|an|the|his|her|their|its|two|three|further"
            + "|separate|bilateral|brief|long|short|private|official|working|courtesy|closed-door|one-on-one|formal"
            + "|informal|first|second|extended|restricted|delegation-level|phone|telephone|video|state|joint"
            + "|lengthy|direct|face-to-face|high-level|trilateral|several|by|via|over|again|today|yesterday"
            + "|this\\s+(?:morning|afternoon|evening)|on\\s+" + WEEKDAY + "|" + TIME + ")\\s+){0,4}$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}'’-]+");
    /** Clause bounds inside a subject-less sentence: "Arrived in Doha; met …", "… and held talks with …". */
    private static final Pattern BOUND = Pattern.compile(";|\\band\\b|,\\s+then\\b|,\\s+before\\b|\\bthen\\b");
    /** Offices a heading or title may name its protagonist by ("Foreign minister's diary"). */
    private static final Pattern OFFICE = Pattern.compile("(?i)\\b(prime minister|president|chancellor"
            + "|foreign minister|foreign secretary|premier)(?:'s|’s)?\\b");
    /** A name right after these in a heading is a counterpart, not whom the section is about. */
    private static final Pattern COUNTERPART_BEFORE = Pattern.compile("(?i)(?:\\b(?:with|to|on|by|and|from|meets|met"
            + "|visits|hosts|receives|calls|vs?\\.?)|&)\\s*(?:the\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}$");

    private final String text;
    private final Gazetteer gazetteer;
    private final String country;
    private final java.time.LocalDate anchor;
    /** The issuing office's holder, or null. */
    private final KnownEntity principal;
    private KnownEntity title;
    private KnownEntity section;

    Protagonists(String text, Gazetteer gazetteer, String country, String office, java.time.LocalDate anchor) {
        this.text = text;
        this.gazetteer = gazetteer;
        this.country = country;
        this.anchor = anchor;
        this.principal = holder(office);
    }

    /** The headline's one person is the document's protagonist. */
    void headline(List<EntityMention> found, int from, int to) {
        title = whom(found, from, to);
    }

    /**
     * A heading line opens a section: its one person (or office of the issuer's country), else nobody; a heading
     * that only dates ("## Monday 16 March") keeps the section's person.
     */
    void heading(List<EntityMention> found, int from, int to) {
        KnownEntity who = whom(found, from, to);
        if (who != null || !DAY_LINE.matcher(text).region(from, to).find()) {
            section = who;
        }
    }

    /** A short line of its own with no event, naming one person ("**Premier X — engagements**"), opens a section. */
    void line(List<EntityMention> found, int from, int to) {
        KnownEntity who = whom(found, from, to);
        if (who != null) {
            section = who;
        }
    }

    /** The nearest protagonist in scope, or null. */
    KnownEntity current() {
        return section != null ? section : title != null ? title : principal;
    }

    private KnownEntity whom(List<EntityMention> found, int from, int to) {
        KnownEntity one = null;
        for (EntityMention m : found) {
            if (m.entity().kind() != EntityKind.PERSON) {
                continue;
            }
            if (COUNTERPART_BEFORE.matcher(text.substring(Math.max(from, m.start() - 60), m.start())).find()) {
                return null; // "## Talks with President X": the section's counterpart, not its protagonist
            }
            if (one != null && !one.equals(m.entity())) {
                return null; // two people: no one of them is the document's subject
            }
            one = m.entity();
        }
        if (one != null) {
            return one;
        }
        Matcher o = OFFICE.matcher(text).region(from, to);
        String office = o.find() ? o.group(1).toLowerCase(Locale.ROOT) : null;
        if (office != null && !o.find()) {
            return holder(office); // "Foreign minister's diary" in a ministry's newsletter
        }
        return null;
    }

    private KnownEntity holder(String office) {
        if (office == null || country == null) {
            return null;
        }
        List<KnownEntity> hs = gazetteer.holders(office, country, anchor);
        return hs.size() == 1 ? hs.get(0) : null;
    }

    /**
     * Whether the trigger at [trigger, triggerEnd) belongs to a clause with no subject in a sentence (content from
     * {@code from}) that opens with a verb: no actor before it in its clause, the sentence's opening a verb after list
     * marks, a day or a time, the clause's own opening a verb (or the trigger's first word one), and no "by" after the
     * trigger (a passive names its agent).
     */
    static boolean subjectless(String text, int from, int trigger, int triggerEnd, List<EntityMention> people,
            BitSet quoted) {
        if (trigger < from || trigger - from > 200) {
            return false;
        }
        Matcher open = OPENING.matcher(text).region(from, trigger);
        if (!open.lookingAt() || !opensWithVerb(text, open.end(), trigger)) {
            return false; // the sentence does not open with a verb: it has a subject of its own
        }
        int start = open.end();
        int clause = start;
        Matcher b = BOUND.matcher(text).region(start, trigger);
        while (b.find()) {
            clause = b.end();
        }
        for (EntityMention m : people) {
            if (m.start() >= clause && m.start() < trigger && !quoted.get(m.start())) {
                return false; // "Arrived in Doha; the emir met him": the second clause has a subject
            }
        }
        while (clause < trigger && Character.isWhitespace(text.charAt(clause))) {
            clause++;
        }
        String after = text.substring(triggerEnd, Math.min(text.length(), triggerEnd + 5));
        return verbAt(text, clause, trigger, triggerEnd) && !after.matches("(?s)\\s+by\\b.*");
    }

    /** A verb of the clause after a noun: "Talks with the Iranian side resumed on Tuesday" has the talks as subject. */
    private static final Pattern PREDICATE = Pattern.compile("(?i)\\b(?:was|were|is|are|will|would|has|have|had|could"
            + "|may|might|can|should|must|began|begin|begins|ended|ends|resumed|resume|resumes|continued|continue"
            + "|continues|opened|closed|broke|took|stalled|collapsed|failed|went|lasted|produced|yielded|focused"
            + "|centred|centered|covered|followed|came|remain|remained|remains|got|led|brought|ran|run)\\b");
    /** Where the entry's clause ends: a full stop, a semicolon, or a clause about the counterpart (", who"). */
    private static final Pattern ENTRY_END = Pattern.compile("[.;]|,\\s+(?:who|whose|which)\\b");

    /**
     * A noun entry ("Talks with President X at the palace", "Lunch with Y; signed an accord") whose clause has no
     * verb of its own after the noun: the noun is no sentence's subject.
     */
    static boolean verbless(String text, int triggerEnd, int end) {
        Matcher e = ENTRY_END.matcher(text).region(triggerEnd, Math.max(triggerEnd, end));
        int stop = e.find() ? e.start() : end;
        return !PREDICATE.matcher(text).region(triggerEnd, Math.max(triggerEnd, stop)).find();
    }

    /** The sentence's first word after its opening is a verb ("Arrived", "met", "Will meet"). */
    private static boolean opensWithVerb(String text, int at, int limit) {
        Matcher modal = MODAL.matcher(text).region(at, Math.max(at, limit));
        if (modal.lookingAt()) {
            return true;
        }
        Matcher w = WORD.matcher(text).region(at, text.length());
        return w.lookingAt() && verbForm(text, w.group(), w.end());
    }

    /** A verb opens [at, trigger): the trigger's own first word, or a light verb before its noun. */
    private static boolean verbAt(String text, int at, int trigger, int triggerEnd) {
        int a = at;
        Matcher modal = MODAL.matcher(text).region(a, Math.max(a, trigger));
        boolean planned = modal.lookingAt();
        if (planned) {
            a = modal.end();
        }
        if (a > trigger) {
            return false;
        }
        Matcher w = WORD.matcher(text).region(a, Math.max(a, triggerEnd));
        if (!w.lookingAt()) {
            return false;
        }
        if (!planned && !verbForm(text, w.group(), w.end())) {
            return false;
        }
        if (w.end() < trigger && !planned && !LIGHT.matcher(w.group()).matches()) {
            return false; // "Planned talks were put off": a participle before the noun, not a verb of the clause
        }
        return w.end() >= trigger || BETWEEN.matcher(text.substring(w.end(), trigger).strip() + " ").matches()
                || text.substring(w.end(), trigger).isBlank();
    }

    /** "met", "visited", "meets" (before a name or article), never a base form: "Meet the envoys" is a headline. */
    private static boolean verbForm(String text, String word, int end) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() > 3 && w.endsWith("ed") || IRREGULAR.contains(w)) {
            return true;
        }
        if (NOUNS.contains(w)) {
            return false; // "Talks in Geneva ended": a plural noun of events, the sentence's subject
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            Matcher next = WORD.matcher(text).region(Math.min(text.length(), end + 1), text.length());
            return end < text.length() && text.charAt(end) == ' ' && next.lookingAt()
                    && (Character.isUpperCase(next.group().charAt(0))
                    || next.group().matches("(?i)the|a|an|his|her|their|its")
                    || !w.equals("visits") && !w.equals("calls") && next.group().matches("(?i)on|with|in|to"))
                    && !next.group().matches("(?i)for|of|between");
        }
        return false;
    }

    /** The event with the protagonist taking part (the host when the clause hosts), when not already in it. */
    static Event with(Event e, KnownEntity who, String clauseWords) {
        if (who == null || e.participants().stream().anyMatch(p -> p.name().equals(who.name()))) {
            return e;
        }
        Role role = clauseWords.matches("(?is).*\\b(?:hosted|hosts|co-hosted)\\b.*") ? Role.HOST : Role.ATTENDEE;
        List<Participant> ps = new ArrayList<>();
        ps.add(EventBuilder.participant(who, role));
        ps.addAll(e.participants());
        List<Mention> ms = new ArrayList<>();
        for (Mention m : e.mentions()) {
            ms.add(EventBuilder.withContribution(m, m.contribution() + "; the document's protagonist for a clause with"
                    + " no subject (" + who.name() + ")"));
        }
        return new Event(e.id(), e.type(), e.title(), e.date(), e.derivation(), e.location(), e.status(), ps, ms,
                e.disagreements());
    }
}
