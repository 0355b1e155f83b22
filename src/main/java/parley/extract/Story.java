package parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Mention;
import parley.domain.Participant;
import parley.domain.Role;
import parley.extract.text.Cue;
import parley.extract.text.Tokens;
import parley.extract.text.WordSet;
import parley.extract.time.Tense;
import parley.extract.time.TenseDetector;

/**
 * The events of an article so far, in reading order, and how a new sentence refers back to them: a sentence with
 * roles but no trigger ("They will then be joined by Mr Trump") continues the event just mentioned; "the talks"
 * with no date of its own is the talks already reported; "the two leaders" are the people of an earlier event.
 */
final class Story {
    /** Compiled once: String.split and matches compile their pattern at every call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** What may stand between a trigger and the group it names: "meeting between the two", "phoned both". */
    private static final Pattern TRIGGER_TO_GROUP = Pattern.compile("\\s+(?:(?:between|of|with|to)\\s+)?");
    /** "join the talks", "the meeting": a definite trigger with no date of its own is an event already reported. */
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
    /** A count with no noun: "the two", "Both". */
    private static final Pattern BARE_COUNT = Pattern.compile("(?i)\\s*(?:the (?:two|three|four)|both)");
    /** Words that may follow a bare count told as a subject: "the two held", "both then met". */
    private static final String GROUP_VERBS = "(?:then|also|later|jointly|together|have|had|has|will|would|are|were"
            + "|did|held|met|agreed|spoke|signed|issued|discussed|exchanged|travelled|traveled|flew|toured|visited"
            + "|attended|gave|took|shook|posed|sat|walked|drove|dined|announced|pledged|talked|appeared|addressed"
            + "|hold|meet|agree|speak|sign|issue|discuss|fly|visit|attend|last|first|went|go|face|faced)";
    /**
     * "The two leaders", "both sides", "the pair": the people of an event just mentioned; not "the leaders of the
     * Gulf Cooperation Council", which says whose leaders they are.
     */
    // "the same pair", "the same two ministers": the people of the event told before, met again (session 14)
    // "the three heads of state", "both defence ministers", "the two premiers" (session 15)
    private static final Pattern GROUP = Pattern.compile("(?i)\\b(?:the|both|all) (?:same )?(?:(?:two|three|four|five|six"
            + "|seven|eight) )?(?:leaders|men|women|presidents|prime ministers|ministers|foreign ministers|sides|pair"
            + "|(?:defen[cs]e|finance|trade|interior|energy|economy|health) ministers|heads of (?:state|government)"
            + "|premiers|foreign secretaries"
            + "|counterparts|delegations|envoys|negotiators|chancellors|governments|countries|statesmen|duo"
            // "the royal couple" after "King X and Queen Y arrived …" (session 18)
            + "|(?:(?:royal|imperial|presidential|princely|grand[- ]ducal|visiting)\\s+)?couple)\\b"
            // "the leaders of the (six-member) Gulf Cooperation Council": a group the words name, not one told before
            + "(?! of (?:the )?(?-i:[\\p{Ll}\\d-]+ )?(?-i:\\p{Lu}))"
            + "|^\\s*(?:They|Their(?!\\s+(?:[\\p{L}-]+\\s+)?" + Clauses.DEPUTIES + "\\b)|The pair)\\b"
            // "On Tuesday they held talks", "Later that day, they met": "they" after a fronted time or sequence word
            // (session 15)
            + "|(?<=^\\s{0,3}(?:on|in|at|later|then|afterwards|earlier|next|last|this|that)\\b[^,.;:]{0,40}?,?\\s)they\\b"
            // "The two held talks", "met the two on Friday", "Both then met the press": a count with no noun, told as
            // a subject (a verb after it) or an object (a stop or a preposition after it), not "the two days"
            + "|\\bthe (?:two|three|four)(?=(?: of them)?(?: " + GROUP_VERBS + ")\\b|[.,;]| (?:on|in|at|for|and|after"
            + "|before|during|over)\\b)|^\\s*Both(?= " + GROUP_VERBS + "\\b)");

    /** "on the sidelines of", "on the margins of": what follows is the event something else was held beside. */
    private static final Pattern MARGINS_BEFORE = Pattern.compile("(?i)\\b(?:on|at) the (?:margins|sidelines|fringes)"
            + " of\\b");

    /** A list item of a briefing: "• ", "- ", "* ", "– ". */
    private static final Pattern BULLET = Pattern.compile("^\\s*[•*–·▪-]\\s+");

    private final String text;
    /** The text's tokens, for the rules' cues. */
    private final Tokens tokens;
    private final EventMerger merger;
    /** Positions on photo-caption lines ({@link parley.extract.text.CaptionLines}). */
    private final java.util.BitSet captions;
    final List<Event> events = new ArrayList<>();
    /** The event the text is about now; reference points ("after a call") do not change it. */
    int lastEvent = -1;

    Story(String text, Tokens tokens, EventMerger merger, java.util.BitSet captions) {
        this.text = text;
        this.tokens = tokens;
        this.merger = merger;
        this.captions = captions;
    }

    /** Indexes of events told only as reference points ("hours before the summit's opening"). */
    private final java.util.BitSet references = new java.util.BitSet();

    void add(Event e, boolean reference) {
        events.add(e);
        if (reference) {
            references.set(events.size() - 1);
        }
        if (!reference && !fromCaption(e)) {
            lastEvent = events.size() - 1; // "after a call" is a reference point, not the news; a caption an aside
        }
    }

    /**
     * "He told reporters he had cancelled it" ({@link CancelledPlans}): the one occasion the story still tells as ahead
     * is cancelled, the sentence its last report; nothing when the story has none or several.
     */
    void cancelsPlan(Mention base) {
        int at = CancelledPlans.cancelsIt(base.text());
        if (at < 0) {
            return;
        }
        int plan = -1;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if ((e.status() == EventStatus.PLANNED || e.status() == EventStatus.PROPOSED) && !references.get(i)
                    && !fromCaption(e) && e.participants().stream().anyMatch(p -> p.role().present())) {
                if (plan >= 0) {
                    return; // two occasions ahead: "it" is not known to be either
                }
                plan = i;
            }
        }
        if (plan < 0) {
            return;
        }
        Event prev = events.get(plan);
        Mention tagged = EventBuilder.withContribution(base, "the occasion still ahead ('" + EventTitles.of(prev)
                + "') cancelled by '" + base.text().substring(at, Math.min(base.text().length(), at + 14)).trim() + "'");
        Event addition = new Event(0, prev.type(), null, EventDate.UNKNOWN, null, null, EventStatus.CANCELLED,
                List.of(), List.of(tagged), List.of());
        events.set(plan, merger.merge(prev, addition));
    }

    /** True when every sentence reporting {@code e} is a photo caption. */
    boolean fromCaption(Event e) {
        if (captions.isEmpty()) {
            return false;
        }
        for (Mention m : e.mentions()) {
            if (!captions.get(m.start())) {
                return false;
            }
        }
        return !e.mentions().isEmpty();
    }

    /** The same report without its participants: what a caption says of an event the story reports. */
    static Event withoutParticipants(Event e) {
        return new Event(e.id(), e.type(), e.title(), e.date(), e.derivation(), e.location(), e.status(), List.of(),
                e.mentions(), e.disagreements());
    }

    /** Events built so far from the sentence being read, for "the two leaders" later in it. */
    private List<Event> sentenceSoFar = List.of();

    void sentenceSoFar(List<Event> built) {
        sentenceSoFar = built;
    }

    /** The event just told (no reference point, no caption), or null. */
    Event last() {
        return lastEvent >= 0 ? events.get(lastEvent) : null;
    }

    /** The date of the event just mentioned, or null. */
    EventDate lastDate() {
        return lastEvent >= 0 ? events.get(lastEvent).date() : null;
    }

    /**
     * The day of the last event told that has one, else {@link #lastDate}: "afterwards", "then" count from the last
     * dated event, never from an undated one told in between (session 17: "X addressed the signing; Y joined by
     * video." then "X spoke to the press afterwards" in a note whose lead dated the signing).
     */
    EventDate lastDatedDate() {
        for (int i = lastEvent; i >= 0; i--) {
            EventDate d = events.get(i).date();
            if (d != null && d.known()) {
                return d;
            }
        }
        return lastDate();
    }

    boolean definite(Tokens tokens, SentenceEvents.Slot slot) {
        int before = slot.trigger.first() - 1;
        return before >= 0 && DEFINITE.contains(tokens.folded(before));
    }

    /** How many events back a definite report with a day of its own still looks for the event it dates. */
    private static final int DATING_REACH = 3;

    /**
     * "The conversation took place on 14 March", told in a later post or paragraph than "X acknowledged a phone
     * conversation with Y": a definite report that names no one but has a day of its own words dates the latest event
     * of its kind the story told with people, when that event has no day of its own words (undated, or dated only by
     * its live-blog entry or its section). The report is the event told again with its day, not an event of no one
     * (session 11). False when there is no such event; an event with a day of its own words is another occasion.
     */
    boolean datesDefinite(Event e) {
        // "No, that meeting did not happen; it may come next month": no day the occasion told before was held on
        if (!e.date().known() || e.status() == EventStatus.CANCELLED || SectionDates.fromSection(e.derivation())
                || e.participants().stream().anyMatch(p -> p.role().present())) {
            return false;
        }
        for (int i = lastEvent; i >= 0 && i > lastEvent - DATING_REACH; i--) {
            Event prev = events.get(i);
            if (prev.type() != e.type() || fromCaption(prev) || references.get(i)
                    || prev.participants().stream().noneMatch(p -> p.role().present())) {
                continue;
            }
            if (e.location() != null && prev.location() != null && !prev.location().equalsIgnoreCase(e.location())) {
                return false;
            }
            boolean ownDay = prev.date().known() && !SectionDates.fromSection(prev.derivation())
                    && !EventBuilder.blogDay(prev.derivation());
            if (ownDay) {
                return false;
            }
            Mention m = e.mentions().get(0);
            Mention tagged = EventBuilder.withContribution(m, "the event already reported ('" + EventTitles.of(prev)
                    + "'), dated by this sentence; " + m.contribution());
            Event addition = new Event(0, prev.type(), null, EventDate.UNKNOWN, null, e.location(), prev.status(),
                    List.of(), List.of(tagged), List.of());
            Event merged = merger.merge(prev, addition);
            Event dated = new Event(merged.id(), merged.type(), null, e.date(), e.derivation(), merged.location(),
                    e.status() == EventStatus.HELD ? EventStatus.HELD : merged.status(), merged.participants(),
                    merged.mentions(), merged.disagreements());
            events.set(i, new Event(dated.id(), dated.type(), EventTitles.of(dated), dated.date(), dated.derivation(),
                    dated.location(), dated.status(), dated.participants(), dated.mentions(), dated.disagreements()));
            lastEvent = i;
            return true;
        }
        return false;
    }

    /**
     * "The trip has been pushed back to 12 May", "the talks were moved to Thursday" ({@link Rescheduling}): the latest
     * event of a compatible kind told with people, within a few events, now falls on the report's day and lies ahead;
     * the report names no one else, or only the agent that moved it ({@code byAgent}: "Turkey postponed the talks").
     * False when there is none (the report is then an event of its own, session 15).
     */
    boolean reschedules(Event e, boolean byAgent) {
        if (!e.date().known() || SectionDates.fromSection(e.derivation())) {
            return false;
        }
        Set<String> named = new java.util.HashSet<>();
        e.participants().stream().filter(p -> p.role().present()).forEach(p -> named.add(p.name()));
        for (int i = lastEvent; i >= 0 && i > lastEvent - DATING_REACH; i--) {
            Event prev = events.get(i);
            Set<String> there = new java.util.HashSet<>();
            prev.participants().stream().filter(p -> p.role().present()).forEach(p -> there.add(p.name()));
            if (!SentenceLinks.compatible(prev.type(), e.type()) || fromCaption(prev) || references.get(i)
                    || there.isEmpty() || !byAgent && !there.containsAll(named)
                    || e.location() != null && prev.location() != null && !prev.location().equalsIgnoreCase(e.location())) {
                continue;
            }
            Mention m = e.mentions().get(0);
            Mention tagged = EventBuilder.withContribution(m, "the event already reported ('" + EventTitles.of(prev)
                    + "'), moved to the day of this sentence; " + m.contribution());
            Event addition = new Event(0, prev.type(), null, EventDate.UNKNOWN, null, e.location(), prev.status(),
                    List.of(), List.of(tagged), List.of());
            Event merged = merger.merge(prev, addition);
            // (a postponement with its new day is no cancellation: the occasion will be held, then)
            EventStatus status = e.status() == EventStatus.HELD || e.status() == EventStatus.CANCELLED
                    ? EventStatus.PLANNED : e.status();
            // "postponed until Friday": the day named is the new day, not the end of a span from the old one
            String phrase = e.derivation() == null || e.derivation().phrase() == null ? ""
                    : e.derivation().phrase().toLowerCase(java.util.Locale.ROOT);
            EventDate day = e.date().end() != null && (phrase.startsWith("until") || phrase.startsWith("till"))
                    ? EventDate.day(e.date().end()) : e.date();
            Event moved = new Event(merged.id(), merged.type(), null, day, e.derivation(), merged.location(),
                    status, merged.participants(), merged.mentions(), merged.disagreements());
            events.set(i, new Event(moved.id(), moved.type(), EventTitles.of(moved), moved.date(), moved.derivation(),
                    moved.location(), moved.status(), moved.participants(), moved.mentions(), moved.disagreements()));
            lastEvent = i;
            return true;
        }
        return false;
    }

    /** Adds a definite, undated report to the latest compatible event of the article; false when there is none. */
    boolean coreferDefinite(Event e) {
        // "the summit meeting" after a summit meeting and then a paragraph of background about another summit: the
        // event first told by the same words, before the latest event of the same kind
        String words = triggerOf(e.mentions().get(0));
        if (words != null && words.indexOf(' ') > 0) {
            for (int i = lastEvent; i >= 0; i--) {
                if (toldBy(events.get(i), words) && coreferDefinite(e, i)) {
                    return true;
                }
            }
        }
        // "the meeting" after a meeting held on the sidelines of a summit is that meeting: the same kind first
        for (int i = lastEvent; i >= 0 && i > lastEvent - 4; i--) {
            if (events.get(i).type() == e.type() && coreferDefinite(e, i)) {
                return true;
            }
        }
        for (int i = lastEvent; i >= 0 && i > lastEvent - 4; i--) {
            if (coreferDefinite(e, i)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern TRIGGER_WORDS = java.util.regex.Pattern.compile("trigger '([^']+)'");

    /** The trigger words of a report's sentence ("summit meeting"), or null. */
    private static String triggerOf(Mention m) {
        java.util.regex.Matcher t = m.contribution() == null ? null : TRIGGER_WORDS.matcher(m.contribution());
        return t != null && t.find() ? t.group(1).toLowerCase(java.util.Locale.ROOT) : null;
    }

    /** True when some sentence of {@code e} reports it by these trigger words. */
    private static boolean toldBy(Event e, String words) {
        for (Mention m : e.mentions()) {
            java.util.regex.Matcher t = m.contribution() == null ? null : TRIGGER_WORDS.matcher(m.contribution());
            while (t != null && t.find()) {
                if (t.group(1).toLowerCase(java.util.Locale.ROOT).equals(words)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean coreferDefinite(Event e, int i) {
        Event prev = events.get(i);
        if (!SentenceLinks.compatible(prev.type(), e.type()) || fromCaption(prev)
                || (e.location() != null && (prev.location() == null || !prev.location().equals(e.location())))) {
            return false; // "landed in Cairo to join the talks": the talks in Cairo, not talks elsewhere
        }
        Mention m = e.mentions().get(0);
        if (prev.mentions().stream().anyMatch(p -> p.start() == m.start())) {
            return false; // "met Macron on the margins of the summit": SentenceLinks kept this sentence's two apart
        }
        Mention tagged = EventBuilder.withContribution(m, "the event already reported ('" + EventTitles.of(prev) + "'); "
                + m.contribution());
        // "she shelved the trip" after "is to visit Kyiv": the trip told again as cancelled is cancelled (session 16)
        EventStatus told = e.status() == EventStatus.CANCELLED && prev.status() != EventStatus.HELD
                ? EventStatus.CANCELLED : prev.status();
        Event addition = new Event(0, prev.type(), null, EventDate.UNKNOWN, null, null, told,
                e.participants(), List.of(tagged), List.of());
        events.set(i, merger.merge(prev, addition));
        if (!references.get(i)) {
            lastEvent = i; // "At the outset of the summit meeting, …": the text is back on that event
        }
        return true;
    }

    /** The kinds of gathering an absence may name by another noun: a video conference is also "the call". */
    private static final Set<parley.domain.EventType> ABSENCE_KINDS = Set.of(parley.domain.EventType.CALL,
            parley.domain.EventType.MEETING, parley.domain.EventType.SUMMIT, parley.domain.EventType.TALKS);
    /** How many events back an absence still looks for the gathering it speaks of. */
    private static final int ABSENCE_REACH = 4;

    /**
     * A report whose only people are absent ("Meloni did not join the call", "X stayed away from the talks") names
     * who was missing from a gathering already told, whatever noun it uses for it: a video conference is "the call",
     * a summit "the meeting". It goes to the nearest gathering or call of the story whose date and tense fit; false
     * when there is none or the report names someone present.
     */
    boolean absentees(Event e) {
        if (lastEvent < 0 || e.participants().isEmpty() || !ABSENCE_KINDS.contains(e.type())) {
            return false;
        }
        for (Participant p : e.participants()) {
            if (p.role() != Role.ABSENT) {
                return false;
            }
        }
        boolean ahead = e.status() == EventStatus.PLANNED || e.status() == EventStatus.PROPOSED;
        // a day lent by the story's lead or section is no day of the absence's own words
        EventDate own = SectionDates.fromSection(e.derivation()) ? EventDate.UNKNOWN : e.date();
        int target = -1;
        for (int i = lastEvent; i >= 0 && i > lastEvent - ABSENCE_REACH; i--) {
            Event prev = events.get(i);
            boolean prevAhead = prev.status() == EventStatus.PLANNED || prev.status() == EventStatus.PROPOSED;
            if (!references.get(i) && !fromCaption(prev) && ABSENCE_KINDS.contains(prev.type()) && prevAhead == ahead
                    && sameDays(own, prev.date())) {
                target = i; // the nearest: "the call" after a video conference is that conference
                break;
            }
        }
        if (target < 0) {
            return false;
        }
        Event prev = events.get(target);
        StringJoiner who = new StringJoiner(", ");
        e.participants().forEach(p -> who.add(p.name()));
        Mention m = e.mentions().get(0);
        Mention tagged = EventBuilder.withContribution(m, "absent from the event already reported ('"
                + EventTitles.of(prev) + "'): " + who + "; " + m.contribution());
        Event addition = new Event(0, prev.type(), null, EventDate.UNKNOWN, null, null, prev.status(),
                e.participants(), List.of(tagged), List.of());
        events.set(target, merger.merge(prev, addition));
        return true;
    }

    /**
     * "They signed a joint declaration" after their meeting: the held gathering just told, on the document's day (or
     * the document with no day of its own words), whose people include every signer, is where it was signed; the
     * sentence supports that gathering. False when there is no such gathering (session 13, {@link SignedDocuments}).
     */
    boolean signedAt(Event document) {
        if (lastEvent < 0) {
            return false;
        }
        Event prev = events.get(lastEvent);
        if (!SignedDocuments.occasion(prev.type()) || prev.status() != EventStatus.HELD
                || document.status() != EventStatus.HELD || !sameDays(document.date(), prev.date())) {
            return false;
        }
        java.util.Set<String> there = new java.util.HashSet<>();
        for (Participant p : prev.participants()) {
            if (p.role().present()) {
                there.add(p.name());
            }
        }
        List<Participant> signers = document.participants().stream().filter(p -> p.role().present()).toList();
        if (signers.isEmpty() || signers.stream().anyMatch(p -> !there.contains(p.name()))) {
            return false;
        }
        Mention m = document.mentions().get(0);
        Mention tagged = EventBuilder.withContribution(m, "signed at the event just told ('" + EventTitles.of(prev)
                + "'); " + m.contribution());
        Event addition = new Event(0, prev.type(), null, EventDate.UNKNOWN, null, null, prev.status(), List.of(),
                List.of(tagged), List.of());
        events.set(lastEvent, merger.merge(prev, addition));
        return true;
    }

    /**
     * A signing with no time of its own words told right after a held gathering on its day, in no other place: the
     * signatories sign at that gathering and join it ("The two leaders signed an energy treaty, and their ministers a
     * customs protocol" after the leaders' meeting); false when the event just told is no such gathering.
     */
    boolean signingAt(Event signing) {
        if (lastEvent < 0) {
            return false;
        }
        Event prev = events.get(lastEvent);
        if (!SignedDocuments.occasion(prev.type()) || prev.status() != EventStatus.HELD
                || signing.status() != EventStatus.HELD || !prev.date().known()
                || !sameDays(signing.date(), prev.date()) || signing.mentions().isEmpty()
                || signing.location() != null && (prev.location() == null
                        || !prev.location().equalsIgnoreCase(signing.location()))) {
            return false;
        }
        List<Participant> signers = signing.participants().stream().filter(p -> p.role().present()).toList();
        if (signers.isEmpty() || !signers.stream().allMatch(p -> ofTheSides(p, prev))) {
            return false; // "Bolivia and Peru signed a border accord": other states than the meeting's
        }
        List<Participant> ps = new ArrayList<>();
        for (Participant p : signing.participants()) {
            if (p.kind() == EntityKind.COUNTRY) {
                continue; // "the two governments signed": the states of the people already there
            }
            ps.add(p.role().present() ? new Participant(p.name(), p.kind(), p.title(), Role.ATTENDEE) : p);
        }
        Mention m = signing.mentions().get(0);
        Mention tagged = EventBuilder.withContribution(m, "signed at the event just told ('" + EventTitles.of(prev)
                + "'); " + m.contribution());
        Event addition = new Event(0, prev.type(), null, EventDate.UNKNOWN, null, null, prev.status(), ps,
                List.of(tagged), List.of());
        events.set(lastEvent, merger.merge(prev, addition));
        return true;
    }

    /**
     * True when {@code p} takes part in {@code e}, or is of the country of someone who does: the state itself, or a
     * person whose title names it ("Chile foreign minister" beside "President of Chile").
     */
    private static boolean ofTheSides(Participant p, Event e) {
        Set<String> own = countryWords(p);
        for (Participant q : e.participants()) {
            if (!q.role().present()) {
                continue;
            }
            if (q.name().equals(p.name())) {
                return true;
            }
            for (String w : countryWords(q)) {
                if (own.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words of a title that can name its country: capitalised, not a word of rank ("President of Chile" → Chile). */
    private static Set<String> countryWords(Participant p) {
        String words = p.kind() == EntityKind.COUNTRY ? p.name() : p.title();
        Set<String> out = new java.util.HashSet<>();
        if (words == null) {
            return out;
        }
        for (String w : words.split("[\\s,()]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !RANK_WORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static final Set<String> RANK_WORDS = Set.of("President", "Vice", "Prime", "Minister", "Foreign",
            "Secretary", "General", "Deputy", "Chancellor", "King", "Queen", "Emir", "Crown", "Prince", "Premier",
            "State", "Affairs", "Defence", "Defense", "Trade", "Chief", "Head", "Special", "Envoy", "The", "Of", "First",
            "Lady", "Acting", "Interim", "Senior", "Ambassador", "Commissioner", "High", "Representative", "Spokesperson",
            "National", "Security", "Adviser", "Advisor", "Council", "United", "Republic", "Minister's");

    /** True when either date is unknown or the first falls within the days of the second. */
    private static boolean sameDays(EventDate d, EventDate of) {
        if (!d.known() || !of.known()) {
            return true;
        }
        java.time.LocalDate last = of.end() != null ? of.end() : of.start();
        return !d.start().isBefore(of.start()) && !d.start().isAfter(last);
    }

    /** "They will then be joined by Mr Trump": roles with no trigger of their own go to the event just mentioned. */
    void attachOrphanRoles(SentenceEvents se, Mention base) {
        attachOrphanRoles(se, base, null);
    }

    /** As above; {@code own} is the past day the sentence names in its own words (SectionDates#mentioned), or null. */
    void attachOrphanRoles(SentenceEvents se, Mention base, parley.extract.time.Resolution own) {
        if (se.orphanRoles.isEmpty() || lastEvent < 0 || BULLET.matcher(base.text()).lookingAt()) {
            return; // a bullet point is an item of its own: it does not continue the bullet before it
        }
        int target = orphanTarget(TenseDetector.of(base.text()));
        int gathering = rosterGathering(se, target);
        if (gathering < 0) {
            gathering = attendedGathering(se, target);
        }
        if (gathering >= 0) {
            target = gathering;
        }
        Event prev = events.get(target);
        Event apart = gathering >= 0 ? null : sameDayApart(se, base, prev, own);
        if (apart != null) {
            events.add(apart);
            lastEvent = events.size() - 1;
            return;
        }
        List<Participant> ps = new ArrayList<>();
        StringJoiner words = new StringJoiner("; ");
        for (Map.Entry<KnownEntity, Role> r : se.orphanRoles.entrySet()) {
            ps.add(EventBuilder.participant(r.getKey(), r.getValue()));
            words.add(r.getValue().name().toLowerCase(java.util.Locale.ROOT) + " '" + se.orphanRoleWords.get(r.getKey())
                    + "' " + r.getKey().name());
        }
        Mention m = EventBuilder.withContribution(base, "same event as the previous sentence; " + words);
        Event addition = new Event(0, prev.type(), null, EventDate.UNKNOWN, null, null, prev.status(), ps, List.of(m),
                List.of());
        events.set(target, merger.merge(prev, addition));
    }

    /** Role phrases of a gathering's roster: "among those arriving", "those attending included", "attendees include". */
    private static final Pattern ROSTER_WORDS = Pattern.compile("(?i)\\b(?:among|arriv\\w*|attending|attendees"
            + "|participants|guest)\\b");

    /**
     * "Among those arriving were A, B and C" told after a sideline meeting of two of them: a roster of several people
     * who arrive for or attend something belongs to the summit the story reports (the latest one, no later than the
     * event just told), not to a meeting held beside it; -1 when the roster is short, or no summit came before.
     */
    private int rosterGathering(SentenceEvents se, int target) {
        if (se.orphanRoles.size() < 2 || events.get(target).type() == EventType.SUMMIT) {
            return -1;
        }
        for (Map.Entry<KnownEntity, Role> r : se.orphanRoles.entrySet()) {
            String words = se.orphanRoleWords.get(r.getKey());
            if (r.getValue() != Role.ATTENDEE || words == null || !ROSTER_WORDS.matcher(words).find()) {
                return -1;
            }
        }
        for (int i = target - 1; i >= 0; i--) {
            if (events.get(i).type() == EventType.SUMMIT && !fromCaption(events.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Words of being at a gathering: "attended", "were present", "took part", "were there". */
    private static final Pattern ATTENDING = Pattern.compile("(?i)\\b(?:attend\\w*|present|took part|taking part"
            + "|were there|was there)\\b");
    private static final Set<EventType> GATHERINGS = Set.of(EventType.MEETING, EventType.SUMMIT, EventType.TALKS);

    /**
     * "X and Y attended." after "opened the summit on Monday; it closed on Tuesday with a joint communique": people
     * who attended were at the gathering, not at the communique or statement told with it; the latest gathering of
     * the two events before, when the event just told is a statement or press conference (session 11); else -1.
     */
    private int attendedGathering(SentenceEvents se, int target) {
        EventType kind = events.get(target).type();
        if (kind != EventType.STATEMENT && kind != EventType.PRESS_CONFERENCE) {
            return -1;
        }
        for (Map.Entry<KnownEntity, Role> r : se.orphanRoles.entrySet()) {
            String words = se.orphanRoleWords.get(r.getKey());
            if (r.getValue() != Role.ATTENDEE || words == null || !ATTENDING.matcher(words).find()) {
                return -1;
            }
        }
        for (int i = target - 1; i >= 0 && i >= target - 2; i--) {
            if (GATHERINGS.contains(events.get(i).type()) && !fromCaption(events.get(i)) && !references.get(i)) {
                return i;
            }
        }
        return -1;
    }

    /** What the contribution of a gathering told apart by {@link #sameDayApart} says; {@link ArticleEvents} reads it. */
    static final String APART = "another gathering of the people of the event before";

    /** "Earlier that day", "later in the day", "that evening", "the next day": another time than the event just told. */
    private static final Pattern OTHER_TIME = Pattern.compile("(?i)\\b(?:(?:earlier|later) (?:that|the same) day"
            + "|(?:earlier|later) in the day|that (?:morning|afternoon|evening|night)|the (?:next|following) day)\\b");

    /**
     * "On Tuesday the two presidents held talks. Earlier that day they were joined by X for a trilateral": a sentence
     * with roles and no trigger, told at another time than the event just mentioned, is another gathering of that
     * event's people with the newcomers, dated from it; null when the sentence names no other time.
     */
    private Event sameDayApart(SentenceEvents se, Mention base, Event prev, parley.extract.time.Resolution own) {
        if (!prev.date().known() || prev.date().precision().compareTo(parley.domain.Precision.DAY) < 0
                || prev.date().end() != null || se.orphanRoles.values().stream().noneMatch(Role::present)) {
            return null;
        }
        if (own != null && own.date().known() && own.date().start().isAfter(prev.date().start())
                && se.orphanRoles.values().stream().anyMatch(r -> r == Role.JOINED)) {
            // (session 13) "On Wednesday X joined them" after Tuesday's talks: a day of its own words, another gathering
            return apartEvent(se, base, prev, own, own.derivation() == null ? "" : own.derivation().phrase());
        }
        String s = base.text();
        if (!(s.contains("earlier") || s.contains("Earlier") || s.contains("later") || s.contains("Later")
                || s.contains("that ") || s.contains("next") || s.contains("following") || s.contains("after")
                || s.contains("before"))) {
            return null;
        }
        java.util.regex.Matcher m = OTHER_TIME.matcher(s);
        boolean phrase = m.find();
        parley.extract.time.Timex step = null;
        for (parley.extract.time.Timex t : parley.extract.time.TimexTagger.tag(text, base.start(), base.end())) {
            if (t.kind() != parley.extract.time.Timex.Kind.AFTER_PREVIOUS) {
                continue;
            }
            if (phrase ? t.start() - base.start() <= m.start() && t.end() - base.start() >= m.end() - 4
                    : t.offset() != 0) {
                step = t; // (session 13) "Two days later, X joined them": a day of its own, another gathering
            }
        }
        if (step == null) {
            return null;
        }
        parley.extract.time.Resolution r = parley.extract.time.DateResolver.resolve(step, null, Tense.PAST,
                prev.date());
        if (!r.date().known()) {
            return null;
        }
        return apartEvent(se, base, prev, r, step.phrase());
    }

    /** The people of {@code prev} with the sentence's newcomers, on the day {@code r} the sentence gives. */
    private Event apartEvent(SentenceEvents se, Mention base, Event prev, parley.extract.time.Resolution r,
            String phrase) {
        List<Participant> ps = new ArrayList<>();
        for (Participant p : prev.participants()) {
            if (p.role().present() && !se.orphanRoles.keySet().stream().anyMatch(k -> k.name().equals(p.name()))) {
                ps.add(new Participant(p.name(), p.kind(), p.title(), Role.ATTENDEE));
            }
        }
        StringJoiner words = new StringJoiner("; ");
        for (Map.Entry<KnownEntity, Role> e : se.orphanRoles.entrySet()) {
            ps.add(EventBuilder.participant(e.getKey(), e.getValue()));
            words.add(e.getValue().name().toLowerCase(java.util.Locale.ROOT) + " '" + se.orphanRoleWords.get(e.getKey())
                    + "' " + e.getKey().name());
        }
        String title = prev.title() == null ? EventTitles.of(prev) : prev.title();
        Mention tagged = EventBuilder.withContribution(base, APART + " ('" + title + "'); date '" + phrase
                + "'; " + words);
        return new Event(0, prev.type(), null, r.date(), r.derivation(), null, prev.status(), ps, List.of(tagged),
                List.of());
    }

    /**
     * A roster under a heading such as "Who is in the room" or a lead-in such as "In the hall on Saturday:": the
     * people it names take part in the event just reported (or, when they are said to be away, are its absentees).
     */
    void attachRoster(List<EntityMention> people, Role role, Mention base, String note) {
        if (lastEvent < 0 || people.isEmpty()) {
            return;
        }
        int target = orphanTarget(TenseDetector.of(base.text()));
        Event prev = events.get(target);
        List<Participant> ps = new ArrayList<>();
        StringJoiner words = new StringJoiner(", ");
        for (EntityMention m : people) {
            ps.add(EventBuilder.participant(m.entity(), role));
            words.add(m.entity().name());
        }
        Mention m = EventBuilder.withContribution(base, note + "; " + words);
        Event addition = new Event(0, prev.type(), null, EventDate.UNKNOWN, null, null, prev.status(), ps, List.of(m),
                List.of());
        events.set(target, merger.merge(prev, addition));
    }

    /**
     * The event a sentence without a trigger continues: the last one, unless tenses disagree ("X will not attend"
     * after a caption about a past summit continues the planned event before it).
     */
    private int orphanTarget(Tense tense) {
        if (tense == Tense.PRESENT) {
            return lastEvent;
        }
        for (int i = lastEvent; i >= 0; i--) {
            if (fromCaption(events.get(i))) {
                continue;
            }
            EventStatus st = events.get(i).status();
            boolean future = st == EventStatus.PLANNED || st == EventStatus.PROPOSED;
            if ((tense == Tense.FUTURE) == future) {
                return i;
            }
        }
        return lastEvent;
    }

    /** True when the event the text is about now was held in {@code place}. */
    boolean lastPlace(String place) {
        return lastEvent >= 0 && place.equalsIgnoreCase(events.get(lastEvent).location());
    }

    /** A trigger with no names, date or place ("The two leaders are set to meet") continues the last event. */
    void corefer(Event e) {
        if (lastEvent < 0) {
            return;
        }
        int target = heldOfKind(e);
        if (target < 0) {
            target = absencesOf(e);
        }
        if (target >= 0) {
            lastEvent = target; // the sentences after "The summit itself." go on with that summit
        }
        Event prev = events.get(lastEvent);
        boolean compatible = prev.type() == e.type()
                || SentenceLinks.compatible(prev.type(), e.type());
        if (!compatible) {
            return;
        }
        Mention m = e.mentions().get(0);
        Mention tagged = EventBuilder.withContribution(m, "same event as the previous sentence; " + m.contribution());
        // "X welcomed Y and Z to the castle. The summit was the first since 2019.": the article's own word names the
        // occasion just told a summit (GUIDELINES.md), so the one event is a summit (session 13)
        EventType kind = e.type() == EventType.SUMMIT && prev.type() == EventType.MEETING
                && THE_SUMMIT_OPENS.matcher(m.text()).lookingAt() && !MARGIN_WORDS.matcher(m.text()).find()
                ? EventType.SUMMIT : prev.type();
        Event addition = new Event(0, kind, null, EventDate.UNKNOWN, null, null, prev.status(),
                e.participants(), List.of(tagged), List.of());
        events.set(lastEvent, merger.merge(prev, addition));
    }

    /** A sentence whose subject is the summit: "The summit was …", "Their summit ended …", "This year's summit …". */
    private static final Pattern THE_SUMMIT_OPENS = Pattern.compile("(?i)^\\W*(?:the|this|that|their|this year['’]s)"
            + "\\s+(?:[\\p{L}-]+\\s+)?summit\\b(?!\\s+of\\b)");
    /** Words that make the summit the setting of a meeting held beside it. */
    private static final Pattern MARGIN_WORDS = Pattern.compile("(?i)\\b(?:margins|sidelines|fringes|ahead|eve)\\b");

    /**
     * A bare "The summit." told as held, when the event just mentioned is not a held one of that kind: the latest held
     * one that is no earlier stop of a journey ("flew in from Tokyo, where he held a summit") and no plan ("the summit
     * India will host next year"); -1 when the event just mentioned is such an event, or when there is none.
     */
    private int heldOfKind(Event e) {
        if (e.status() != EventStatus.HELD) {
            return -1;
        }
        for (int i = lastEvent; i >= 0; i--) {
            Event c = events.get(i);
            if (c.type() != e.type() || fromCaption(c) || references.get(i)
                    || (e.location() != null && !e.location().equalsIgnoreCase(c.location()))) {
                continue; // a report with the place of the event just told is that event, not an older one elsewhere
            }
            if (c.status() == EventStatus.HELD && !earlierStop(c)) {
                return i == lastEvent ? -1 : i;
            }
        }
        return -1;
    }

    /**
     * "X is boycotting the summit", told after a meeting on its sidelines: a report of who stays away from an event
     * of a kind the story already told is about that event (the latest of its kind), whatever the tense; -1 when
     * {@code e} names anyone present, or the event just mentioned is of that kind.
     */
    private int absencesOf(Event e) {
        if (e.participants().isEmpty() || e.participants().stream().anyMatch(p -> p.role() != Role.ABSENT)) {
            return -1;
        }
        for (int i = lastEvent; i >= 0; i--) {
            Event c = events.get(i);
            if (c.type() == e.type() && !fromCaption(c) && !references.get(i)) {
                return i == lastEvent ? -1 : i;
            }
        }
        return -1;
    }

    /** True when every sentence of {@code e} tells it after "from X, where": an earlier stop of a journey. */
    private boolean earlierStop(Event e) {
        for (Mention m : e.mentions()) {
            java.util.regex.Matcher t = m.contribution() == null ? null : TRIGGER_WORDS.matcher(m.contribution());
            String trigger = t != null && t.find() ? t.group(1) : null;
            int at = trigger == null ? -1 : m.text().indexOf(trigger);
            java.util.regex.Matcher stop = SentenceLinks.EARLIER_STOP.matcher(m.text());
            if (at < 0 || !stop.find() || stop.end() > at) {
                return false;
            }
        }
        return !e.mentions().isEmpty();
    }

    /** The nouns GROUP needs, looked for before the costlier pattern. */
    /** The words one of {@link #GROUP}'s branches needs: its nouns, "they", "their", "pair", the counts, "both". */
    private static final Cue GROUP_CUE = Cue.of("leaders", "men", "women", "presidents", "ministers", "sides", "pair",
            "counterparts", "delegations", "envoys", "negotiators", "chancellors", "governments", "countries", "they",
            "their", "two", "three", "four", "both", "heads", "premiers", "secretaries", "couple", "duo", "statesmen");
    private static final WordSet GROUP_CUES = new WordSet("leaders", "men", "women", "presidents", "ministers", "sides",
        "pair", "counterparts", "delegations", "envoys", "negotiators", "chancellors", "governments", "countries", "They",
        "Their", "two", "three", "four", "Both", "heads", "premiers", "secretaries", "they", "couple", "duo",
        "statesmen");
    private static final Map<String, Integer> NUMBERS = Map.of("two", 2, "both", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "seven", 7, "eight", 8);
    /** How many sentences back "the three ministers" may find the people it counts. */
    private static final int ACTOR_SENTENCES = 3;

    /** People named in the latest sentences (newest last), for groups no event has gathered yet. */
    private final java.util.ArrayDeque<List<KnownEntity>> recentActors = new java.util.ArrayDeque<>();
    /** The people the sentence just before named (none when it named nobody). */
    private List<KnownEntity> previousSentence = List.of();

    /** The people of the latest sentence that named any (of the last few), or none. */
    List<KnownEntity> lastActors() {
        return recentActors.isEmpty() ? List.of() : recentActors.getLast();
    }

    /** Remembers the people a sentence named, after the sentence is read. */
    void noteActors(List<EntityMention> names) {
        List<KnownEntity> people = new ArrayList<>();
        for (EntityMention n : names) {
            if (n.entity().kind() == EntityKind.PERSON && !people.contains(n.entity())) {
                people.add(n.entity());
            }
        }
        previousSentence = people;
        List<KnownEntity> pair = coordinated(names);
        coordinatedGroups.addLast(pair);
        if (coordinatedGroups.size() > PAIR_SENTENCES) {
            coordinatedGroups.removeFirst();
        }
        if (people.isEmpty()) {
            return;
        }
        recentActors.addLast(people);
        if (recentActors.size() > ACTOR_SENTENCES) {
            recentActors.removeFirst();
        }
    }

    /** How many sentences back "they" may find a pair named together ("A and B arrived. They met …"). */
    private static final int PAIR_SENTENCES = 2;
    /** Per latest sentence (newest last): the people it names together as its subject, or none. */
    private final java.util.ArrayDeque<List<KnownEntity>> coordinatedGroups = new java.util.ArrayDeque<>();
    /** What may stand between two people named together: "of Chile and", "'s", ", and Portugal's Foreign Minister". */
    private static final Pattern JOINED = Pattern.compile("(?:['’]s)?(?:\\s+(?:of|from)\\s+(?:the\\s+)?"
            + "\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2})?\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)"
            + "(?:(?:his|her|their|the|[\\p{Lu}][\\p{L}'’.-]*|foreign|prime|defen[cs]e|finance|minister|president"
            + "|counterpart|premier|chancellor|secretary|envoy)\\s+){0,5}");
    /** Before the first of the pair: a short fronted phrase at most, no saying ("said", "told") and no quote. */
    private static final Pattern PAIR_LEAD = Pattern.compile("[^\"“”.;:]{0,60}");
    private static final Pattern SAYING = Pattern.compile("(?i)\\b(?:said|says|told|according)\\b");

    /**
     * The people a sentence names together near its start ("Presidents A and B", "A of Chile, B of Peru and C"): the
     * subject a later "they" may stand for; none when the sentence names people apart or only after a saying.
     */
    private List<KnownEntity> coordinated(List<EntityMention> names) {
        List<EntityMention> people = new ArrayList<>();
        for (EntityMention n : names) {
            if (n.entity().kind() == EntityKind.PERSON) {
                people.add(n);
            }
        }
        if (people.size() < 2) {
            return List.of();
        }
        int start = text.lastIndexOf('\n', people.get(0).start()) + 1;
        for (int k = people.get(0).start() - 1; k > start; k--) {
            char c = text.charAt(k);
            if (c == '.' || c == '!' || c == '?') {
                start = k + 1;
                break;
            }
        }
        String lead = text.substring(start, people.get(0).start());
        if (!PAIR_LEAD.matcher(lead).matches() || SAYING.matcher(lead).find()) {
            return List.of();
        }
        List<KnownEntity> group = new ArrayList<>();
        group.add(people.get(0).entity());
        for (int i = 1; i < people.size(); i++) {
            if (!JOINED.matcher(text).region(people.get(i - 1).end(), people.get(i).start()).matches()) {
                break;
            }
            if (!group.contains(people.get(i).entity())) {
                group.add(people.get(i).entity());
            }
        }
        return group.size() >= 2 ? group : List.of();
    }

    /**
     * "A and B arrived separately. On Tuesday they held talks": the pair or group the last two sentences named as
     * their subject, when no event gathered a group before; used once (one event per antecedent).
     */
    private Event recentCoordinated(SentenceEvents.Slot slot) {
        java.util.Iterator<List<KnownEntity>> it = coordinatedGroups.descendingIterator();
        while (it.hasNext()) {
            List<KnownEntity> group = it.next();
            if (group.isEmpty()) {
                continue;
            }
            List<Participant> ps = new ArrayList<>();
            for (KnownEntity k : group) {
                ps.add(EventBuilder.participant(k, Role.ATTENDEE));
            }
            coordinatedGroups.clear();
            Event named = new Event(0, slot.type(), null, EventDate.UNKNOWN, null, null, EventStatus.HELD, ps,
                    List.of(), List.of());
            return new Event(0, slot.type(), EventTitles.of(named).replaceFirst("^[^:]*: ", ""), EventDate.UNKNOWN,
                    null, null, EventStatus.HELD, ps, List.of(), List.of());
        }
        return null;
    }

    /** A heading ends the stretch a "they" may look back over. */
    void heading() {
        coordinatedGroups.clear();
    }

    private boolean mayNameGroup(int from, int to) {
        return GROUP_CUES.anyIn(text, from, to, tokens);
    }

    /**
     * The people "the two leaders", "both sides", "the three ministers" or "they" refer to: the latest event with
     * exactly that many people (of the same kind of event if there is one), else exactly that many people named in
     * the last few sentences; none when no group of that size is there. "They" and "the leaders" need two or more.
     */
    Event groupReferent(SentenceEvents.Slot slot, boolean reference) {
        if (!tokens.hasAt(GROUP_CUE, slot.clause.start(), slot.clause.end())
                || !mayNameGroup(slot.clause.start(), slot.clause.end())) {
            return null;
        }
        java.util.regex.Matcher m = GROUP.matcher(text).region(slot.clause.start(), slot.clause.end());
        if (!m.find()) {
            return null;
        }
        boolean before = m.start() <= slot.trigger.start() && !reference
                // a bare count ("The two last met …, when X travelled to Y for a dialogue") is the subject of the
                // trigger right after it, not of a later clause's
                && (!BARE_COUNT.matcher(m.group()).matches() || slot.trigger.start() - m.end() <= 30);
        // "a meeting between the two leaders", "phoned both prime ministers": the group right after its trigger
        boolean after = m.start() >= slot.trigger.end() && m.start() - slot.trigger.end() <= 10
                && TRIGGER_TO_GROUP.matcher(text.substring(slot.trigger.end(), m.start())).matches();
        if (!before && !after) {
            return null;
        }
        if (before && MARGINS_BEFORE.matcher(text).region(m.end(), slot.trigger.start()).find()) {
            return null; // "the two leaders met on the sidelines of a summit": the group met; the summit is more
        }
        String phrase = m.group().toLowerCase(java.util.Locale.ROOT);
        int size = groupSize(phrase);
        if (phrase.endsWith("governments") || phrase.endsWith("countries")) {
            return states(size, slot);
        }
        for (int i = sentenceSoFar.size() - 1; i >= 0 && size > 0; i--) {
            // the people an earlier trigger of this very sentence gathered come first
            Event e = sentenceSoFar.get(i);
            List<Participant> members = members(e, phrase);
            if (members.size() == size) {
                return new Event(0, e.type(), EventTitles.of(e), e.date(), e.derivation(), e.location(), e.status(),
                        members, e.mentions(), e.disagreements());
            }
        }
        if (size > 0 && slot.participants.keySet().stream().filter(k -> k.kind() == EntityKind.PERSON
                && holdsNamedOffice(phrase, k.title(), k.offices())).count() == size) {
            return null; // "**Xi–Putin.** On Tuesday the two presidents held talks": the sentence names the pair
        }
        if (size > 0) {
            // "X landed and was greeted by Y. … the two leaders held talks": the pair the sentence just before named
            // is nearer than an older event's group of the same kind
            List<KnownEntity> named = new ArrayList<>();
            for (KnownEntity k : previousSentence) {
                if (holdsNamedOffice(phrase, k.title(), k.offices())) {
                    named.add(k);
                }
            }
            if (named.size() == size) {
                for (int i = events.size() - 1; i >= 0; i--) {
                    Event e = events.get(i);
                    List<Participant> members = members(e, phrase);
                    if (!fromCaption(e) && members.size() == size && members.stream().allMatch(p -> named.stream()
                            .anyMatch(k -> k.name().equals(p.name())))) {
                        return new Event(0, e.type(), e.title() == null ? EventTitles.of(e) : e.title(), e.date(),
                                e.derivation(), e.location(), e.status(), members, e.mentions(), e.disagreements());
                    }
                }
                return recentGroup(size, phrase, slot);
            }
        }
        if (BARE_COUNT.matcher(phrase).matches()) {
            // "the two", "both" with no noun: the people the last sentences named, never an older event's group
            return recentGroup(size, phrase, slot);
        }
        // "their previous meeting": the latest group of the same kind of event, else the latest group; first the event
        // the text is about now, when the text has gone back to it ("At the outset of the summit meeting, …")
        int pick = -1;
        List<Participant> pickMembers = null;
        if (lastEvent >= 0 && lastEvent < events.size() - 1 && !fromCaption(events.get(lastEvent))) {
            Event e = events.get(lastEvent);
            List<Participant> members = members(e, phrase);
            if (size == 0 ? members.size() >= 2 : members.size() == size) {
                remember(members, lastEvent);
                return new Event(0, e.type(), e.title() == null ? EventTitles.of(e) : e.title(), e.date(),
                        e.derivation(), e.location(), e.status(), members, e.mentions(), e.disagreements());
            }
        }
        for (int i = events.size() - 1; i >= 0; i--) {
            if (i < groupAt && groupMembers != null && groupMembers.size() == size && pick < 0) {
                // "the two leaders" again, and no new pair told since: the pair the text last called so ("the two
                // leaders then met with X … In the afternoon, the two leaders flew to Turku")
                Event e = events.get(groupEvent);
                return new Event(0, e.type(), e.title() == null ? EventTitles.of(e) : e.title(), e.date(),
                        e.derivation(), e.location(), e.status(), groupMembers, e.mentions(), e.disagreements());
            }
            Event e = events.get(i);
            if (fromCaption(e)) {
                continue; // the people in a photo are not the story's protagonists
            }
            List<Participant> members = members(e, phrase);
            boolean fits = size == 0 ? members.size() >= 2 : members.size() == size;
            if (fits && pick < 0) {
                pick = i;
                pickMembers = members;
            }
            if (fits && SentenceLinks.compatible(e.type(), slot.type())) {
                pick = i;
                pickMembers = members;
                break;
            }
        }
        if (pick < 0) {
            // "they" with no group gathered before: the pair the last two sentences named together (session 15)
            Event named = size == 0 ? recentCoordinated(slot) : recentGroup(size, phrase, slot);
            // "- 2 May: both foreign ministers convene a commission in Riga" with no one named: the sides are the
            // countries the text around names (session 10)
            return named != null || size == 0 ? named : namedStates(size, slot);
        }
        remember(pickMembers, pick);
        Event e = events.get(pick);
        return new Event(0, e.type(), e.title() == null ? EventTitles.of(e) : e.title(), e.date(), e.derivation(),
                e.location(), e.status(), pickMembers, e.mentions(), e.disagreements());
    }

    /** The group "the two leaders" last stood for, the event it was found in, and how many events there were then. */
    private List<Participant> groupMembers;
    private int groupEvent = -1;
    private int groupAt = -1;

    private void remember(List<Participant> members, int event) {
        groupMembers = members;
        groupEvent = event;
        groupAt = events.size();
    }

    /**
     * "The two governments publish a joint statement": the states of the people named in the latest sentences
     * (Bessent and Greer for the United States, He for China), when they are exactly that many.
     */
    private Event states(int size, SentenceEvents.Slot slot) {
        if (size == 0) {
            return null;
        }
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        java.util.Iterator<List<KnownEntity>> it = recentActors.descendingIterator();
        while (it.hasNext() && keys.size() <= size) {
            for (KnownEntity k : it.next()) {
                if (k.country() != null) {
                    keys.add(k.country());
                }
            }
            if (keys.size() == size) {
                break;
            }
        }
        if (keys.size() != size) {
            keys = countriesNamed(size);
        }
        if (keys == null || keys.size() != size) {
            return null;
        }
        List<Participant> ps = new ArrayList<>();
        for (String key : keys) {
            ps.add(EventBuilder.participant(CountryActors.country(key), Role.ATTENDEE));
        }
        return new Event(0, slot.type(), null, EventDate.UNKNOWN, null, null, EventStatus.HELD, ps, List.of(),
                List.of());
    }

    /** The countries the latest sentences name, as the group's parties, when they are exactly {@code size}. */
    private Event namedStates(int size, SentenceEvents.Slot slot) {
        java.util.Set<String> keys = countriesNamed(size);
        if (keys == null) {
            return null;
        }
        List<Participant> ps = new ArrayList<>();
        for (String key : keys) {
            ps.add(EventBuilder.participant(CountryActors.country(key), Role.ATTENDEE));
        }
        Event named = new Event(0, slot.type(), null, EventDate.UNKNOWN, null, null, EventStatus.HELD, ps, List.of(),
                List.of());
        return new Event(0, slot.type(), EventTitles.of(named).replaceFirst("^[^:]*: ", ""), EventDate.UNKNOWN, null,
                null, EventStatus.HELD, ps, List.of(), List.of());
    }

    /** How many sentences back "the two countries" may find the countries it counts. */
    private static final int COUNTRY_SENTENCES = 6;
    /** The latest sentences read (newest last), as [start, end) of the text. */
    private final java.util.ArrayDeque<int[]> recentSentences = new java.util.ArrayDeque<>();
    /** The countries a stretch of the text names, by name or adjective, in order (set by the extraction). */
    java.util.function.BiFunction<Integer, Integer, List<String>> countriesIn = (a, b) -> List.of();

    /** Remembers a sentence read, for the countries "the two countries" may count. */
    void noteSentence(int from, int to) {
        recentSentences.addLast(new int[] {from, to});
        if (recentSentences.size() > COUNTRY_SENTENCES) {
            recentSentences.removeFirst();
        }
    }

    /**
     * "Estonia and Latvia have argued over the river for years. … The two countries held talks": the countries the
     * latest sentences name, from the newest back until there are {@code size}; null when the sentence that reaches
     * that count names more (session 10).
     */
    private java.util.Set<String> countriesNamed(int size) {
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        java.util.Iterator<int[]> it = recentSentences.descendingIterator();
        while (it.hasNext() && keys.size() < size) {
            int[] span = it.next();
            keys.addAll(countriesIn.apply(span[0], span[1]));
        }
        return keys.size() == size ? keys : null;
    }

    /** The {@code size} countries the latest sentences name (see {@link #countriesNamed}), or none. */
    List<String> countriesNamedBefore(int size) {
        java.util.Set<String> keys = countriesNamed(size);
        return keys == null ? List.of() : new ArrayList<>(keys);
    }

    /** Nouns that name delegations rather than people: "the two delegations" counts countries when there are some. */
    private static final Set<String> DELEGATION_NOUNS = Set.of("delegations", "sides", "negotiators", "envoys");

    /**
     * The members of an event "the two presidents" can mean: people (and countries) taking part, narrowed to the
     * holders of the office the phrase names, or to the countries for "the two delegations".
     */
    private static List<Participant> members(Event e, String phrase) {
        String noun = phrase.substring(phrase.lastIndexOf(' ') + 1);
        List<Participant> out = new ArrayList<>();
        boolean countries = DELEGATION_NOUNS.contains(noun)
                && e.participants().stream().anyMatch(p -> p.role().present() && p.kind() == EntityKind.COUNTRY);
        for (Participant p : e.participants()) {
            if (!p.role().present() || p.kind() == EntityKind.ORGANISATION
                    || (countries && p.kind() != EntityKind.COUNTRY)
                    // "the two", "both" with no noun are people: "The two last met in Beijing" (session 12)
                    || (p.kind() != EntityKind.PERSON && BARE_COUNT.matcher(phrase).matches())) {
                continue;
            }
            if (holdsNamedOffice(phrase, p.title(), Set.of())) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * True when someone with this title (and office keys) is one of "the presidents", "the foreign ministers", ...;
     * always true for words that name no office ("the two leaders", "both sides", "they").
     */
    private static boolean holdsNamedOffice(String phrase, String title, Set<String> offices) {
        String t = title == null ? "" : title.toLowerCase(java.util.Locale.ROOT);
        if (phrase.endsWith("prime ministers")) {
            return t.contains("prime minister") || t.contains("premier") || t.contains("taoiseach")
                    || offices.contains("prime minister");
        }
        if (phrase.endsWith("foreign ministers")) {
            return t.contains("foreign") || t.contains("secretary of state") || t.contains("external affairs")
                    || offices.contains("foreign minister");
        }
        if (phrase.endsWith("ministers")) {
            return t.contains("minister") || t.contains("secretary") || t.contains("taoiseach");
        }
        if (phrase.endsWith("presidents")) {
            return t.contains("president") && !t.contains("vice") || offices.contains("president");
        }
        if (phrase.endsWith("chancellors")) {
            return t.contains("chancellor") || offices.contains("chancellor");
        }
        return true;
    }

    /** 2 for "both", "the pair", "the two …"; 3 for "the three …"; 0 when no number is said ("they"). */
    private static int groupSize(String phrase) {
        if (phrase.contains("pair") || phrase.startsWith("both") || phrase.endsWith("couple") || phrase.endsWith("duo")) {
            return 2;
        }
        String[] words = SPACES.split(phrase.strip());
        return words.length > 1 ? NUMBERS.getOrDefault(words[1], 0) : 0;
    }

    /**
     * Exactly {@code size} people named in the latest sentences, newest first: "Ministers X, Y and Z arrived on
     * Monday. The three ministers will meet on Tuesday." More or fewer than that is no group.
     */
    private Event recentGroup(int size, String phrase, SentenceEvents.Slot slot) {
        List<KnownEntity> group = new ArrayList<>();
        java.util.Iterator<List<KnownEntity>> it = recentActors.descendingIterator();
        while (it.hasNext() && group.size() < size) {
            for (KnownEntity k : it.next()) {
                if (!group.contains(k) && holdsNamedOffice(phrase, k.title(), k.offices())) {
                    group.add(k);
                }
            }
        }
        if (group.size() != size) {
            return null;
        }
        List<Participant> ps = new ArrayList<>();
        for (KnownEntity k : group) {
            ps.add(EventBuilder.participant(k, Role.ATTENDEE));
        }
        Event named = new Event(0, slot.type(), null, lastDate() == null ? EventDate.UNKNOWN : lastDate(), null, null,
                EventStatus.HELD, ps, List.of(), List.of());
        return new Event(0, slot.type(), EventTitles.of(named).replaceFirst("^[^:]*: ", ""),
                named.date(), null, null, EventStatus.HELD, ps, List.of(), List.of());
    }
}
