package parley.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import parley.domain.DateDerivation;
import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Mention;

/**
 * How the triggers of one sentence relate: compatible triggers of a clause are one event ("the retreat, which Stubb
 * hosted"), a trigger with no date takes one from an earlier trigger ("travelled to Washington in March, where he
 * met"), a meeting "on the margins of" a summit takes the summit's date, and "after a call" makes the call a
 * reference point rather than the news.
 */
final class SentenceLinks {
    /** "a meeting on the margins of the NATO summit": the meeting happens when and where the summit does. */
    private static final Pattern MARGINS = Pattern.compile("(?i)\\b(?:on|at) the (?:margins|sidelines|fringes|edges)"
            + " of\\b");
    /**
     * "took part in the summit, and on the sidelines he met Lula": the margins named after the summit, with no "of",
     * still make the meeting one held beside the summit, not the summit itself.
     */
    private static final Pattern SIDELINES = Pattern.compile("(?i)\\b(?:on|at|in) the (?:margins|sidelines|fringes)\\b");
    /**
     * Words that make an event a reference point for another: "ahead of the summit", "after a call", and what a
     * meeting prepares: "to prepare (for) the summit", "in preparation for the talks". A name joined by an en dash
     * ("hours before a US–Gulf summit") is one word of the name.
     */
    private static final Pattern SEQUENCED = Pattern.compile("(?i)\\b(?:after|before|following|follows?|followed(?! by)|preceded|ahead of|since|until"
            + "|(?:on\\s+)?the\\s+eve\\s+of" // (session 13) "met on the eve of the summit": the summit is the setting
            + "|prepar(?:e|es|ed|ing)(?:\\s+for)?|preparations?\\s+for|in\\s+preparation\\s+for)"
            + "\\s+(?:(?:a|an|the|his|her|their|its|this|that|last|next)\\s+)?(?:[\\p{L}\\p{N}’'–-]+\\s+){0,5}$");
    private static final Set<EventType> GATHERINGS = Set.of(EventType.MEETING, EventType.SUMMIT, EventType.TALKS);

    private final String text;
    private final EventMerger merger;
    /** {@link #sequenced(int)} by trigger start: asked several times per trigger, and its pattern backtracks. */
    private final java.util.Map<Integer, Boolean> sequencedAt = new java.util.HashMap<>();

    SentenceLinks(String text, EventMerger merger) {
        this.text = text;
        this.merger = merger;
    }

    /** "the retreat, which Stubb hosted": compatible triggers of one clause are one event. */
    /** A relative clause opened between two triggers: ", who has said", ", which says". */
    private static final Pattern RELATIVE_BETWEEN = Pattern.compile(",\\s+(?:who|which|whose)\\s");

    /**
     * A held event and one offered in a relative clause after it ("met X, who has said his country is ready to host
     * talks"): the offer describes the person met, not the meeting told (session 10).
     */
    private boolean offeredAside(SentenceEvents.Slot first, SentenceEvents.Slot later, Event a, Event b) {
        boolean heldThenOffered = a.status() == parley.domain.EventStatus.HELD
                && b.status() == parley.domain.EventStatus.PROPOSED;
        return heldThenOffered && first.trigger.end() < later.trigger.start()
                && RELATIVE_BETWEEN.matcher(text).region(first.trigger.end(), later.trigger.start()).find();
    }

    void mergeWithinSentence(SentenceEvents se, List<Event> built, List<Boolean> reference) {
        for (int k = built.size() - 1; k > 0; k--) {
            for (int j = 0; j < k; j++) {
                // "spoke by phone with Meloni on Wednesday; Tusk also joined the call": a definite noun with no time of
                // its own, in a later clause, is the event of its kind the sentence has just told
                boolean sameAgain = se.slots.get(k).definite && se.slots.get(k).times.isEmpty()
                        && built.get(j).type() == built.get(k).type();
                // "offered to host a summit": both words name the one event offered, a reference point of its own
                boolean offeredTogether = reference.get(j) && reference.get(k)
                        && intended(text, se.slots.get(j).trigger.start()) != null
                        && intended(text, se.slots.get(k).trigger.start()) != null;
                if ((!offeredTogether && (reference.get(j) || reference.get(k)))
                        || (se.slots.get(j).clause != se.slots.get(k).clause && !sameAgain)
                        || !compatible(built.get(j).type(), built.get(k).type())) {
                    continue;
                }
                if (se.slots.get(k).parent == se.slots.get(j) || se.slots.get(j).parent == se.slots.get(k)) {
                    continue; // "spoke to Merz ... and to Macron": two calls
                }
                if (se.slots.get(j).trigger.phrase().equalsIgnoreCase(se.slots.get(k).trigger.phrase())) {
                    continue; // "the summit would stand by the plan adopted at their emergency summit in March": the
                    // same noun written twice in one clause names two occasions
                }
                Event a = built.get(j);
                Event b = built.get(k);
                if (a.derivation() != null && b.derivation() != null
                        && !a.derivation().phrase().equalsIgnoreCase(b.derivation().phrase())) {
                    continue; // "met in May ... will meet on Friday": two occasions
                }
                if (steppedToOthers(se.slots.get(j), se.slots.get(k), a, b)) {
                    // "met the Peruvian president, then held talks with Lind": two encounters of one subject (session 15)
                    built.set(k, withSubjectOf(a, b));
                    continue;
                }
                if (otherSpeakers(se.slots.get(j), se.slots.get(k), a, b)) {
                    continue; // "X issued a statement on Monday, and Y said in a statement …": two speakers, two sayings
                }
                if (SIDELINES.matcher(text).region(se.slots.get(j).trigger.end(), se.slots.get(k).trigger.start()).find()) {
                    continue; // "met on the sidelines of the summit": a meeting held during the summit, not the summit
                }
                if (bilateralAtSummit(se.slots.get(j), se.slots.get(k), built.get(j), built.get(k))
                        || frontedMargins(se.slots.get(j), se.slots.get(k), built.get(j), built.get(k))) {
                    continue; // "Starmer met Carney at the NATO summit", "On the sidelines of the summit, X met Y"
                }
                if (a.status() != b.status() && (b.status() == parley.domain.EventStatus.PROPOSED
                        && EventBuilder.prospectBefore(text, se.slots.get(j).trigger.end(), se.slots.get(k).trigger.start())
                        || a.status() == parley.domain.EventStatus.PROPOSED && EventBuilder.prospectBefore(text,
                        se.slots.get(k).trigger.end(), se.slots.get(j).trigger.start()))) {
                    continue; // "met on Tuesday, a meeting that could be a precursor to a summit": the summit is weighed,
                    // another occasion than the meeting held (session 17)
                }
                if (offeredAside(se.slots.get(j), se.slots.get(k), a, b)) {
                    // "met Pope Leo, who has said the Vatican is ready to host talks": the meeting is told, the offer
                    // describes the person met and is no event of the sentence
                    built.remove(k);
                    se.slots.remove(k);
                    reference.remove(k);
                    break;
                }
                Event merged = merger.merge(a, b);
                EventType specific = hostedType(se.slots.get(j), se.slots.get(k));
                if (specific != null && specific != merged.type()) {
                    merged = new Event(0, specific, null, merged.date(), merged.derivation(), merged.location(),
                            merged.status(), merged.participants(), merged.mentions(), merged.disagreements());
                }
                built.set(j, merged);
                built.remove(k);
                se.slots.get(j).definite |= se.slots.get(k).definite;
                se.slots.remove(k);
                reference.remove(k);
                break;
            }
        }
    }

    /** "then", "later", "afterwards", "after that": a step from one encounter of the sentence to the next. */
    private static final Pattern STEP = Pattern.compile("(?i)\\b(?:then|later|afterwards|after\\s+that|subsequently)\\b");

    /**
     * "She met the Peruvian president in the morning, then held talks with Lind": two gatherings of one clause told as
     * steps, each with someone taking part whom the other lacks, are one person's encounters with different
     * counterparts, not one occasion (session 15).
     */
    private boolean steppedToOthers(SentenceEvents.Slot a, SentenceEvents.Slot b, Event first, Event second) {
        if (!GATHERINGS.contains(first.type()) || !GATHERINGS.contains(second.type())
                || a.trigger.end() > b.trigger.start()
                || !STEP.matcher(text).region(a.trigger.end(), b.trigger.start()).find()) {
            return false;
        }
        java.util.Set<String> one = new java.util.HashSet<>();
        first.participants().stream().filter(p -> p.role().present()).forEach(p -> one.add(p.name()));
        java.util.Set<String> two = new java.util.HashSet<>();
        second.participants().stream().filter(p -> p.role().present()).forEach(p -> two.add(p.name()));
        // ("met X, then Y joined them": one who joins comes to the same encounter)
        return !one.isEmpty() && !two.isEmpty() && !one.containsAll(two) && !two.containsAll(one)
                && second.participants().stream().noneMatch(p -> p.role() == parley.domain.Role.JOINED)
                && !b.trigger.phrase().toLowerCase(java.util.Locale.ROOT).startsWith("join");
    }

    /** {@code later} with the first one taking part in {@code first} (the subject of both verbs) when it lacks them. */
    private static Event withSubjectOf(Event first, Event later) {
        parley.domain.Participant subject = first.participants().stream().filter(p -> p.role().present())
                .findFirst().orElse(null);
        if (subject == null || later.participants().stream().anyMatch(p -> p.name().equals(subject.name()))) {
            return later;
        }
        List<parley.domain.Participant> ps = new java.util.ArrayList<>();
        ps.add(new parley.domain.Participant(subject.name(), subject.kind(), subject.title(),
                parley.domain.Role.ATTENDEE));
        ps.addAll(later.participants());
        return new Event(later.id(), later.type(), later.title(), later.date(), later.derivation(), later.location(),
                later.status(), ps, later.mentions(), later.disagreements());
    }

    /**
     * Two statements of one sentence, neither a joint one, each with speakers of its own and none in common: each
     * speaker's own saying (session 14), as {@link ArticleEvents} keeps them apart across sentences.
     */
    private static boolean otherSpeakers(SentenceEvents.Slot a, SentenceEvents.Slot b, Event first, Event second) {
        if (first.type() != EventType.STATEMENT || second.type() != EventType.STATEMENT
                || a.trigger.phrase().toLowerCase(java.util.Locale.ROOT).startsWith("joint")
                || b.trigger.phrase().toLowerCase(java.util.Locale.ROOT).startsWith("joint")) {
            return false;
        }
        java.util.Set<String> one = new java.util.HashSet<>();
        first.participants().stream().filter(p -> p.role().present()).forEach(p -> one.add(p.name()));
        java.util.Set<String> two = new java.util.HashSet<>();
        second.participants().stream().filter(p -> p.role().present()).forEach(p -> two.add(p.name()));
        return !one.isEmpty() && !two.isEmpty() && java.util.Collections.disjoint(one, two);
    }

    /** " at the NATO ", " during this year's G20 ": a gathering named right after as the place of what came before. */
    private static final Pattern AT_SETTING = Pattern.compile("(?i)\\s(?:at|during)\\s+(?:the|a|an|this|this year['’]s"
            + "|their|its)\\s+(?:[\\p{L}\\p{N}’'&.-]+\\s+){0,4}$");
    /** "On the sidelines of the G20 summit in …, ": the margins named before the summit, as the sentence's setting. */
    private static final Pattern MARGINS_AHEAD = Pattern.compile("(?i)\\b(?:on|at) the (?:margins|sidelines|fringes) of"
            + "\\s+(?:(?:the|a|an|this|this year['’]s|their|its)\\s+)?(?:[\\p{L}\\p{N}’'&.-]+\\s+){0,4}$");

    /**
     * "Starmer met Carney at the NATO summit": two people's meeting told with the summit as its place is a meeting
     * held during the summit (a bilateral), not the summit; "leaders met at a summit" names no two people and stays one.
     */
    private boolean bilateralAtSummit(SentenceEvents.Slot a, SentenceEvents.Slot b, Event first, Event second) {
        return first.type() != EventType.SUMMIT && GATHERINGS.contains(first.type()) && second.type() == EventType.SUMMIT
                && people(first) == 2 && namesOthers(second, first)
                && AT_SETTING.matcher(text).region(a.trigger.end(), b.trigger.start()).find();
    }

    /**
     * The summit names a body or people the meeting does not ("the NATO summit"): a gathering larger than the pair.
     * "greets Sanchez at a previous summit in Porto" names no one else: the pair's own summit.
     */
    private static boolean namesOthers(Event summit, Event meeting) {
        Set<String> pair = new java.util.HashSet<>();
        meeting.participants().forEach(p -> pair.add(p.name()));
        return summit.participants().stream().anyMatch(p -> !pair.contains(p.name()));
    }

    /**
     * "At the NATO summit in The Hague, Macron held a bilateral with Erdogan": a summit named as the setting that
     * opens the sentence, before a pair's meeting (session 9; the margins need not be named).
     */
    private static final Pattern FRONTED_SETTING = Pattern.compile("(?i)^\\s*(?:[-•*]\\s*)?(?:at|during)\\s+"
            + "(?:the|a|an|this|this year['’]s|their|its|last week['’]s)\\s+(?:[\\p{L}\\p{N}’'&.-]+\\s+){0,4}$");

    /** "On the sidelines of the G20 summit in Johannesburg, Modi met Albanese": the summit is where the meeting is. */
    private boolean frontedMargins(SentenceEvents.Slot a, SentenceEvents.Slot b, Event first, Event second) {
        if (first.type() != EventType.SUMMIT || second.type() == EventType.SUMMIT
                || !GATHERINGS.contains(second.type()) || people(second) < 2) {
            return false;
        }
        return MARGINS_AHEAD.matcher(text).region(Math.max(a.clause.start(), a.trigger.start() - 60),
                a.trigger.start()).find()
                || (a.trigger.start() - a.clause.start() < 80 && namesOthers(first, second)
                        && FRONTED_SETTING.matcher(text).region(a.clause.start(), a.trigger.start()).find())
                || frontedSetting(a, b);
    }

    /**
     * "At the summit in Doha on Saturday, Modi will meet Sharif", "At Sunday's summit, X held talks with Y": a
     * summit already known (definite, a day's or a body's) set before the clause as its place; the pair's encounter
     * after the comma is a bilateral held there, not the summit ("At a summit in Geneva, Trump met Putin": the pair's
     * own summit stays one event).
     */
    private boolean frontedSetting(SentenceEvents.Slot a, SentenceEvents.Slot b) {
        int from = a.clause.start();
        return a.trigger.start() - from <= 60 && text.substring(a.trigger.end(), b.trigger.start()).contains(", ")
                && AT_KNOWN_SUMMIT.matcher(text).region(from, a.trigger.start()).matches();
    }

    /**
     * "At the ", "During Sunday's ", "At this year's G20 ": a known gathering opening its clause (its name words, not
     * "At the outset of the summit", a moment of the summit itself).
     */
    private static final Pattern AT_KNOWN_SUMMIT = Pattern.compile("(?i)\\s*(?:at|during)\\s+(?:the|this|this year['’]s"
            + "|\\p{L}+day['’]s|next week['’]s)\\s+(?:(?!of\\s)[\\p{L}\\p{N}’'&.-]+\\s+){0,3}");

    private static long people(Event e) {
        return e.participants().stream().filter(p -> p.kind() == parley.domain.EntityKind.PERSON).count();
    }

    /** "will host ... a new round of talks": hosting says who receives; the other trigger says what it is. */
    static EventType hostedType(SentenceEvents.Slot a, SentenceEvents.Slot b) {
        boolean aHost = a.trigger.phrase().toLowerCase(java.util.Locale.ROOT).startsWith("host");
        boolean bHost = b.trigger.phrase().toLowerCase(java.util.Locale.ROOT).startsWith("host");
        if (aHost && !bHost) {
            return b.type();
        }
        return bHost && !aHost ? a.type() : null;
    }

    static boolean compatible(EventType a, EventType b) {
        return a == b || (GATHERINGS.contains(a) && GATHERINGS.contains(b));
    }

    /**
     * "travelled to Washington in March, where he met the US president": a trigger with no time of its own takes
     * the date of an earlier trigger of its sentence, unless either is a reference point ("ahead of the summit",
     * "after a call"), which by definition happens at another time.
     */
    void inheritDates(SentenceEvents se, List<Event> built) {
        shareWithHostEvent(se, built);
        besideEarlierEvent(se, built);
        for (int k = 1; k < built.size(); k++) {
            Event e = built.get(k);
            // a date lent by the section yields to one the sentence itself gives
            if ((e.derivation() != null && !SectionDates.fromSection(e.derivation()))
                    || sequenced(se.slots.get(k).trigger.start())) {
                continue;
            }
            if (e.status() == EventStatus.PROPOSED && EventBuilder.prospectBefore(text, 0, se.slots.get(k).trigger.start())) {
                continue; // "met on Sunday, in talks that could pave the way for a summit": the summit has no day yet
            }
            for (int j = k - 1; j >= 0; j--) {
                Event dated = built.get(j);
                if (se.slots.get(j).background) {
                    continue; // "the outcome of last week's summit": the day of the occasion pointed back at (session 15)
                }
                if (dated.date().known() && dated.derivation() != null && e.derivation() == null
                        && earlierStop(se.slots.get(j), se.slots.get(k))) {
                    // an earlier stop of the journey: before the dated day, on a day the sentence does not give; the
                    // phrase kept says it has a time of its own, so the article does not glue it to another event
                    DateDerivation d = dated.derivation();
                    built.set(k, new Event(0, e.type(), null, EventDate.UNKNOWN, new DateDerivation(d.phrase(),
                            d.anchor(), "an earlier stop of the journey dated '" + d.phrase() + "': before it", null),
                            e.location(), e.status(), e.participants(), e.mentions(), List.of()));
                    break;
                }
                if (dated.date().known() && !SectionDates.fromSection(dated.derivation())
                        && (!sequenced(se.slots.get(j).trigger.start()) || followsAtOnce(se.slots.get(j), se.slots.get(k), dated))
                        && !reportedApart(se.slots.get(j), se.slots.get(k))) {
                    DateDerivation d = dated.derivation();
                    DateDerivation inherited = d == null ? null
                            : new DateDerivation(d.phrase(), d.anchor(), d.rule() + "; shared with the event before it"
                                    + " in the sentence", d.result());
                    Mention m = e.mentions().get(0);
                    // "travels to Ankara on Wednesday to meet Fidan": the meeting is in Ankara, and as planned
                    // "At the summit in Doha on Saturday, Modi will meet Sharif": the bilateral is where the summit is
                    String place = e.location() == null && (dated.type() == EventType.VISIT
                            || frontedMargins(se.slots.get(j), se.slots.get(k), dated, e))
                            && GATHERINGS.contains(e.type()) ? dated.location() : e.location();
                    EventStatus status = e.status() == EventStatus.HELD ? dated.status() : e.status();
                    built.set(k, new Event(0, e.type(), null, dated.date(), inherited, place, status,
                            e.participants(), List.of(EventBuilder.withContribution(m, m.contribution() + "; date '" + d.phrase()
                                    + "' shared")), List.of()));
                    break;
                }
            }
        }
    }

    /**
     * "Talks between Rubio and Lavrov ran through the night, and a joint statement was issued on Tuesday morning": a
     * joint statement that names no one is the statement of the gathering told before it in the sentence; its people
     * are the speakers (its day stays its own).
     */
    void jointStatements(SentenceEvents se, List<Event> built) {
        for (int k = 1; k < built.size(); k++) {
            Event e = built.get(k);
            if (e.type() != EventType.STATEMENT || e.participants().stream().anyMatch(p -> p.role().present())
                    || !se.slots.get(k).trigger.phrase().toLowerCase(java.util.Locale.ROOT).startsWith("joint")) {
                continue;
            }
            for (int j = k - 1; j >= 0; j--) {
                Event g = built.get(j);
                List<parley.domain.Participant> ps = g.participants().stream().filter(p -> p.role().present())
                        .map(p -> new parley.domain.Participant(p.name(), p.kind(), p.title(),
                                parley.domain.Role.SPEAKER)).toList();
                if (GATHERINGS.contains(g.type()) && ps.size() >= 2) {
                    Mention m = e.mentions().get(0);
                    built.set(k, new Event(0, e.type(), null, e.date(), e.derivation(), e.location(), e.status(), ps,
                            List.of(EventBuilder.withContribution(m, m.contribution() + "; speakers: the people of '"
                                    + se.slots.get(j).trigger.phrase() + "' before it")), e.disagreements()));
                    break;
                }
            }
        }
    }

    /** Between a statement and the gathering it closed: "at the end of their", "after the", "following their two-day". */
    private static final Pattern CLOSING = Pattern.compile("(?i)^\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:at\\s+the\\s+(?:end|close"
            + "|conclusion)\\s+of|after|following|during|at)\\s+(?:their|the|its)\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}$");

    /**
     * "X and Y issued a joint communique at the end of their meeting in Paris on 5 March": the gathering the statement
     * closed, named with no one of its own, is X and Y's (their meeting, its day and place); the statement, with no
     * time of its own words, was issued that day, and keeps its own day when it has one (session 12).
     */
    void statementOccasions(SentenceEvents se, List<Event> built) {
        for (int k = 0; k + 1 < built.size(); k++) {
            Event st = built.get(k);
            List<parley.domain.Participant> speakers = st.participants().stream().filter(p -> p.role().present())
                    .toList();
            if (st.type() != EventType.STATEMENT || speakers.size() < 2) {
                continue;
            }
            SentenceEvents.Slot ss = se.slots.get(k);
            for (int j = k + 1; j < built.size(); j++) {
                Event g = built.get(j);
                SentenceEvents.Slot gs = se.slots.get(j);
                if (!GATHERINGS.contains(g.type()) || g.participants().stream().anyMatch(p -> p.role().present())
                        || gs.trigger.start() <= ss.trigger.end()
                        || !CLOSING.matcher(text).region(ss.trigger.end(), gs.trigger.start()).matches()) {
                    continue;
                }
                List<parley.domain.Participant> ps = speakers.stream().map(p -> new parley.domain.Participant(p.name(),
                        p.kind(), p.title(), parley.domain.Role.ATTENDEE)).toList();
                Mention gm = g.mentions().get(0);
                built.set(j, new Event(0, g.type(), null, g.date(), g.derivation(), g.location(), g.status(), ps,
                        List.of(EventBuilder.withContribution(gm, gm.contribution() + "; participants: those who issued '"
                                + ss.trigger.phrase() + "' at its close")), g.disagreements()));
                if (!st.date().known() && g.date().known()) {
                    Mention sm = st.mentions().get(0);
                    built.set(k, new Event(0, st.type(), null, g.date(), g.derivation(), st.location(), st.status(),
                            st.participants(), List.of(EventBuilder.withContribution(sm, sm.contribution()
                                    + "; date of the gathering it closed")), st.disagreements()));
                }
                break;
            }
        }
    }

    /** A sentence opening with what came just before its main clause: "After their talks on Wednesday, …". */
    private static final Pattern OPENS_AFTER = Pattern.compile("(?i)\\s*(?:(?:shortly|just|soon|hours|minutes)\\s+)?"
            + "(?:after|following)\\s+");

    /**
     * "After their talks on Wednesday, Starmer and Macron held a news conference": the main clause's event, with no
     * time of its own, follows the opening's at once, on its day (not "days after", and only a day, not a month).
     */
    private boolean followsAtOnce(SentenceEvents.Slot opening, SentenceEvents.Slot main, Event dated) {
        if (dated.date().precision() != parley.domain.Precision.DAY || !main.times.isEmpty()) {
            return false;
        }
        java.util.regex.Matcher m = OPENS_AFTER.matcher(text).region(opening.clause.start(), opening.trigger.start());
        if (!m.lookingAt()) {
            return false;
        }
        int comma = text.indexOf(',', opening.trigger.end());
        return comma > 0 && comma < main.trigger.start();
    }

    /**
     * "met on Sunday, and the mediator said afterwards that a fifth round would follow": what someone says after "said
     * that" is told at another time than the clause before it, and takes none of its date.
     */
    private boolean reportedApart(SentenceEvents.Slot dated, SentenceEvents.Slot undated) {
        int start = undated.clause.start();
        if (earlierStop(dated, undated)) {
            return true;
        }
        return dated.clause != undated.clause && start >= 4 && dated.clause.end() <= start
                && text.regionMatches(true, start - 4, "that", 0, 4);
    }

    private boolean earlierStop(SentenceEvents.Slot dated, SentenceEvents.Slot undated) {
        return dated.trigger.end() <= undated.trigger.start() && EARLIER_STOP.matcher(text)
                .region(dated.trigger.end(), undated.trigger.start()).find();
    }

    /**
     * "arrived in Rome on Monday from Vienna, where he had met the chancellor", "a tour that began in Oslo, where he
     * attended the forum": what happened where the journey came from or began is an earlier stop, not the day of the
     * arrival ("travelled to Washington in March, where he met …" still shares its date).
     */
    static final java.util.regex.Pattern EARLIER_STOP = java.util.regex.Pattern.compile(
            "\\b(?:from|(?:began|begun|started|starting|beginning) in) (?:the )?\\p{Lu}[\\p{L}'’.-]*"
                    + "(?: \\p{Lu}[\\p{L}'’.-]*){0,3}, where\\b");

    /** What the contribution of a meeting held beside a larger event says, and what {@link ArticleEvents} reads. */
    static final String BESIDE = "' it is held beside";

    /**
     * "took part in the summit in Lisbon on Tuesday, and on the sidelines he met Carney": a meeting told after the
     * larger event, its margins named between them, is held when and where that event is. When the larger event has
     * no date in this sentence, the note in the contribution lets the article's finishing give the meeting the date
     * the larger event ends up with.
     */
    private void besideEarlierEvent(SentenceEvents se, List<Event> built) {
        for (int k = 1; k < built.size(); k++) {
            Event e = built.get(k);
            SentenceEvents.Slot b = se.slots.get(k);
            SentenceEvents.Slot a = se.slots.get(k - 1);
            Event host = built.get(k - 1);
            // a date the section or the story's lead lent is no date of the meeting's own: the summit's is better
            if ((e.derivation() != null && !SectionDates.fromSection(e.derivation())) || !GATHERINGS.contains(e.type())
                    || a.clause != b.clause || (host.type() != EventType.SUMMIT && host.type() != EventType.VISIT)
                    || !SIDELINES.matcher(text).region(a.trigger.end(), b.trigger.start()).find()
                    || MARGINS.matcher(text).region(a.trigger.end(), b.trigger.start()).find()) {
                continue;
            }
            Mention m = e.mentions().get(0);
            String note = m.contribution() + "; date and place of '" + a.trigger.phrase() + BESIDE;
            DateDerivation d = host.derivation();
            boolean lent = SectionDates.fromSection(d); // the summit's own date is found when the article is finished
            DateDerivation shared = d == null || lent ? null : new DateDerivation(d.phrase(), d.anchor(), d.rule()
                    + "; on the margins of the event before it in the sentence", d.result());
            built.set(k, new Event(0, e.type(), null, lent ? parley.domain.EventDate.UNKNOWN : host.date(), shared, e.location() == null ? host.location()
                    : e.location(), e.status() == EventStatus.HELD ? host.status() : e.status(), e.participants(),
                    List.of(EventBuilder.withContribution(m, note)), List.of()));
        }
    }

    /**
     * "a meeting ... on the margins of the NATO summit in The Hague in June": the summit's date and place. The summit
     * named only as the setting of the meeting is no report of its own in this sentence ("they first met on the
     * sidelines of the G7 summit in June" reports the meeting): it is left out here, and a sentence that reports the
     * summit itself still makes it an event.
     */
    private void shareWithHostEvent(SentenceEvents se, List<Event> built) {
        for (int j = 0; j + 1 < built.size(); j++) {
            Event e = built.get(j);
            SentenceEvents.Slot a = se.slots.get(j);
            SentenceEvents.Slot b = se.slots.get(j + 1);
            Event host = built.get(j + 1);
            if (a.clause != b.clause || !GATHERINGS.contains(e.type())
                    || !(MARGINS.matcher(text).region(a.trigger.end(), b.trigger.start()).find()
                    || bilateralAtSummit(a, b, e, host))) {
                continue;
            }
            if (e.derivation() != null || !host.date().known()) {
                if (setting(a, b)) {
                    built.remove(j + 1);
                    se.slots.remove(j + 1);
                } else if (host.type() != e.type()) {
                    // held beside the summit, never the summit; undated, it takes the summit's date at the end
                    Mention m = e.mentions().get(0);
                    built.set(j, new Event(0, e.type(), null, e.date(), e.derivation(), e.location(), e.status(),
                            e.participants(), List.of(EventBuilder.withContribution(m, m.contribution()
                                    + "; date and place of '" + b.trigger.phrase() + BESIDE)), List.of()));
                }
                continue;
            }
            DateDerivation d = host.derivation();
            DateDerivation shared = d == null ? null : new DateDerivation(d.phrase(), d.anchor(), d.rule()
                    + "; on the margins of the event after it in the sentence", d.result());
            Mention m = e.mentions().get(0);
            built.set(j, new Event(0, e.type(), null, host.date(), shared, e.location() == null ? host.location()
                    : e.location(), host.status(), e.participants(), List.of(EventBuilder.withContribution(m, m.contribution()
                    + "; date and place of '" + b.trigger.phrase() + "' it is held beside")), List.of()));
            if (setting(a, b)) {
                built.remove(j + 1);
                se.slots.remove(j + 1);
            }
        }
    }

    /**
     * The host trigger names only the setting of a meeting told as background ("they had first met on the sidelines
     * of the G7 summit", "their last encounter, on the sidelines of the BRICS summit"): right after "on the sidelines
     * of" and its article or owner, with nothing but the summit's name between. A summit beside this week's meeting
     * ("met on Thursday on the sidelines of the summit") is news of its own and stays.
     */
    private boolean setting(SentenceEvents.Slot a, SentenceEvents.Slot b) {
        if (!BACKGROUND.matcher(text.substring(Math.max(a.clause.start(), a.trigger.start() - 30), a.trigger.start()))
                .find()) {
            return false;
        }
        java.util.regex.Matcher m = MARGINS.matcher(text).region(a.trigger.end(), b.trigger.start());
        if (!m.find()) {
            return false;
        }
        String between = text.substring(m.end(), b.trigger.start());
        return SETTING_GAP.matcher(between).matches();
    }

    /** "had first met", "their last encounter", "a previous meeting": the words that tell a meeting as background. */
    private static final Pattern BACKGROUND = Pattern.compile("(?i)\\b(?:had|last|first|previous|previously|earlier)\\b");

    /** " the G7 ", " the BRICS ", " a ", " this year's ": an article or owner, then at most a few name words. */
    private static final Pattern SETTING_GAP = Pattern.compile(
            "\\s+(?:(?:the|a|an|this|that|their|its|his|her|last|next)\\s+)?(?:[\\p{L}\\p{N}’'&.-]+\\s+){0,4}");

    boolean sequenced(int triggerStart) {
        return sequencedAt.computeIfAbsent(triggerStart, at -> sequenced(text, at));
    }

    /**
     * What {@link SentenceEvents#read} already worked out for its triggers ({@link #sequenced(String, int)} on this
     * same text), so that it is not worked out again for each event built.
     */
    void knownSequenced(java.util.Map<Integer, Boolean> byTriggerStart) {
        byTriggerStart.forEach(sequencedAt::putIfAbsent);
    }

    /**
     * "agreed to meet at APEC", "said they looked forward to meeting in person", "urged Tehran to resume talks",
     * "called on Iran to engage in negotiations", "each leader inviting the other to visit": an event someone agrees to,
     * hopes for, looks forward to, urges on others or invites them to is another occasion than the sentence's own,
     * later and not yet held.
     */
    private static final Pattern INTENDED = Pattern.compile("(?i)\\b(?:(agree[sd]?|agreeing|promise[sd]?|pledge[sd]?"
            + "|vow(?:s|ed)?|decide[sd]?)"
            // "agreed on Monday to resume trade talks": the day of the agreeing between the verb and its object
            // (session 11)
            + "(?:\\s+(?:on|last|this|late|early)\\s+\\p{L}+(?:\\s+\\d{1,2})?)?"
            + "|look(?:s|ed|ing)?\\s+forward|hope[sd]?|hoping|want(?:s|ed)?|eager|keen"
            // "offered to host the next round", "offered on Friday to host it": an offer, the event not yet agreed
            + "|offer(?:s|ed|ing)?"
            // "repeated his readiness to host the two sides for talks" (session 18)
            + "|readiness|willingness"
            + "|(?:urge[sd]?|urging|invit(?:e[sd]?|ing)|call(?:s|ed)?\\s+on|press(?:es|ed)?|ask(?:s|ed)?"
            + "|offer(?:s|ed|ing)?)"
            // "asked the Prime Minister, Keir Starmer, to visit": an object set off by commas (session 10)
            + "(?:,?\\s+[\\p{L}’'-]+){1,6},?)"
            // "offered to host a summit", "to host the next round of talks": a verb of holding and the start of the
            // event's noun phrase stand between the offer and the event's own word
            + "\\s+to\\s+(?:(?:engage\\s+in|resume|return\\s+to|start|begin|open|join)\\s+"
            // "to resume trade talks", "to open border negotiations": words of the talks' subject before their noun
            + "(?:(?:the|their|its)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?|(?:hold|host|convene|stage"
            + "|organi[sz]e)\\s+(?:(?:the|a|an|its|their|his|her)\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,3}?(?:of\\s+)?"
            // "offer to host peace negotiations", "to host Israel and Hamas for talks": a bare modifier, or the
            // parties hosted and "for" (session 18)
            + "|(?:\\p{Ll}[\\p{Ll}-]*\\s+){1,2}?|(?:\\p{Lu}[\\p{L}’'-]*,?\\s+(?:and\\s+)?){1,6}?for\\s+)?)?"
            + "(?:(?:the|a|an|new|direct|another|further|fresh)\\s+)*$");

    /**
     * "proposed on Wednesday that Putin and Zelensky meet in Rome", "suggested that the envoys hold talks": a
     * proposal told with "that" and the event's verb, unchanged by tense (a subjunctive), within its clause.
     */
    private static final Pattern PROPOSED_THAT = Pattern.compile("(?i)\\b(?:propos(?:e[sd]?|ing)|suggest(?:s|ed|ing)?)"
            + "(?:\\s+(?:on\\s+)?\\p{L}+day)?\\s+that\\s+(?:[\\p{L}’'-]+\\s+){1,6}?(?:should\\s+)?(?:(?:hold|host)\\s+"
            + "(?:(?:the|a|an|new|direct|another|further|fresh)\\s+)*)?$");

    /** Where "proposed (on Wednesday) that …" starts in the words before a trigger, or -1 (cue words first: cheap). */
    private static int proposedThat(String before) {
        if (!before.contains(" that ") || !(before.contains("ropos") || before.contains("uggest"))) {
            return -1;
        }
        java.util.regex.Matcher p = PROPOSED_THAT.matcher(before);
        return p.find() ? p.start() : -1;
    }

    /** The start of every verb or adjective {@link #INTENDED} opens with, lower-cased. */
    private static final parley.extract.text.WordSet INTENT_WORDS = new parley.extract.text.WordSet("agree", "promise",
            "pledge", "vow", "decide", "look", "hop", "want", "eager", "keen", "offer", "urg", "invit", "call", "press",
            "ask", "readiness", "willingness");

    /**
     * Whether the words before a trigger hold one INTENDED can start with: the cheap test before the pattern, which
     * runs for every trigger and tries each of its many words at every position (its case folding is ASCII's, which
     * lower-casing keeps).
     */
    private static boolean intentWord(String before) {
        String lower = before.toLowerCase(java.util.Locale.ROOT);
        return INTENT_WORDS.first(lower, 0, lower.length()) >= 0;
    }

    /** PLANNED when the trigger is agreed or promised, PROPOSED when hoped for, null when neither. */
    static EventStatus intended(String text, int triggerStart) {
        String before = text.substring(Math.max(0, triggerStart - 70), triggerStart);
        if (proposedThat(before) >= 0) {
            return EventStatus.PROPOSED;
        }
        if (!before.contains(" to ") || !intentWord(before)) {
            return null;
        }
        java.util.regex.Matcher m = INTENDED.matcher(before);
        return !m.find() ? null : m.group(1) != null ? EventStatus.PLANNED : EventStatus.PROPOSED;
    }

    /** Where the words of agreeing, hoping or urging before the trigger start, or -1 when there are none. */
    static int intentionStart(String text, int triggerStart) {
        int from = Math.max(0, triggerStart - 70);
        String before = text.substring(from, triggerStart);
        int proposal = proposedThat(before);
        if (proposal >= 0) {
            return from + proposal;
        }
        if (!before.contains(" to ") || !intentWord(before)) {
            return -1;
        }
        java.util.regex.Matcher m = INTENDED.matcher(before);
        return m.find() ? from + m.start() : -1;
    }

    /**
     * "Fifth round ..., as the ASEAN summit opens across the city": a gathering named in an "as" clause of its
     * opening or closing is the time and setting of the sentence's news, not one with it.
     */
    private static final Pattern AS_BEFORE = Pattern.compile("(?i)\\bas\\s+(?:the|a|an|this|that|its|their)\\s+"
            + "(?:[\\p{L}\\p{N}’'&.-]+\\s+){0,4}$");
    private static final Pattern AS_AFTER = Pattern.compile("(?i)^[\\p{L}’'-]*\\s+(?:opens|opened|begins|began|starts"
            + "|started|gets\\s+under\\s+way|got\\s+under\\s+way|closes|closed|ends|ended|wraps\\s+up|wrapped\\s+up"
            + "|convenes|convened)\\b");

    static boolean setting(String text, int triggerStart) {
        String before = text.substring(Math.max(0, triggerStart - 50), triggerStart);
        if (!before.contains("as ") && !before.contains("As ")) {
            return false;
        }
        return AS_BEFORE.matcher(before).find()
                && AS_AFTER.matcher(text).region(triggerStart, Math.min(text.length(), triggerStart + 50)).lookingAt();
    }

    /**
     * ", which leaders hold the next day", ", which opened on Monday": a relative clause right after the trigger that
     * reports the event as held at a time of its own.
     */
    private static final Pattern HELD_RELATIVE = Pattern.compile("^[\\p{L}’'-]*(?:\\s+[\\p{L}’'-]+){0,3}?,\\s+which\\s+"
            + "(?:[\\p{L}’'-]+\\s+){0,3}?(?:hold|holds|held|convene|convenes|convened|open|opens|opened|attend|attends"
            + "|attended)\\b");

    static boolean sequenced(String text, int triggerStart) {
        int which = text.substring(triggerStart, Math.min(text.length(), triggerStart + 50)).indexOf(", which");
        which = which < 0 ? -1 : triggerStart + which; // (a bounded look: this runs for every trigger)
        if (which >= 0
                && HELD_RELATIVE.matcher(text).region(triggerStart, Math.min(text.length(), which + 60)).lookingAt()) {
            // "meet on Sunday to prepare a summit, which leaders hold the next day": the summit is reported too
            return false;
        }
        if (intended(text, triggerStart) != null) {
            return true; // a reference point too: it takes no date of the sentence or the section
        }
        if (setting(text, triggerStart)) {
            return true;
        }
        String before = text.substring(Math.max(0, triggerStart - 40), triggerStart);
        String lower = before.toLowerCase(java.util.Locale.ROOT);
        if (!(lower.contains("after") || lower.contains("before") || lower.contains("follow")
                || lower.contains("ahead") || lower.contains("since") || lower.contains("until")
                || lower.contains("preced") || lower.contains("prepar") || lower.contains("eve of"))) {
            return false;
        }
        java.util.regex.Matcher m = SEQUENCED.matcher(before);
        if (!m.find()) {
            return false;
        }
        // "Macron said on Thursday after hosting the coalition": what a saying follows is the occasion it reports
        int at = triggerStart - before.length() + m.start();
        // (a verb: "after hosting"; "told reporters after the meeting" still points back at a meeting told before)
        return !SAID_RIGHT_BEFORE.matcher(text).region(Math.max(0, at - 50), at).find()
                || !AFTER_DOING.matcher(text).region(at, Math.min(text.length(), triggerStart + 30)).lookingAt()
                && !afterOccasion(text, at, triggerStart);
    }

    /**
     * "said on Wednesday after talks with Y", "told reporters following a meeting with Y": an occasion named right
     * after the word of sequence, with no definite word before it, is the one the saying came from (session 18).
     * "told reporters after the meeting" still points back at a meeting told before.
     */

    /** Whether the trigger at {@code triggerStart} is the noun right after the sequence word at {@code at}. */
    static boolean afterOccasion(String text, int at, int triggerStart) {
        java.util.regex.Matcher m = AFTER_OCCASION.matcher(text).region(at, Math.min(text.length(), triggerStart + 1));
        return m.lookingAt() && m.end() == triggerStart;
    }

    /** A reporting verb and perhaps its day: "said on Thursday", "told reporters Friday". */
    private static final String REPORTING = "\\b(?:said|says|told (?:reporters|journalists)|announced|added|confirmed|declared)"
            + "(?:\\s+(?:early\\s+|late\\s+)?on\\s+\\p{L}+|\\s+\\p{L}+day)?";
    /** "(, shortly) after", "following": what a saying came right after. */
    private static final String RIGHT_AFTER_WORDS = "\\s*,?\\s*(?:shortly\\s+|just\\s+|soon\\s+)?(?:after|following)\\s+";

    /** "after hosting", "following talks with": an -ing verb right after the word of sequence. */
    static final Pattern AFTER_DOING = Pattern.compile("(?i)" + RIGHT_AFTER_WORDS + "\\p{L}+ing\\b");
    /** "after talks", "following a meeting": the sequence word and an indefinite or possessive word (afterOccasion). */
    static final Pattern AFTER_OCCASION = Pattern.compile("(?i)" + RIGHT_AFTER_WORDS
            + "(?:(?:a|an|his|her|their|its|two|three|several|lengthy|long|fresh|further|more|closed-door)\\s+)?");
    /** "(shortly) after" and up to two words: where the trigger a saying came after stands. */
    static final Pattern RIGHT_AFTER = Pattern.compile("(?i)" + RIGHT_AFTER_WORDS + "(?:[\\p{L}'’-]+\\s+){0,2}");
    /** A reporting verb, perhaps its day, then "(shortly) after" and up to three words before the trigger. */
    static final Pattern SAID_THEN_AFTER = Pattern.compile("(?i)" + REPORTING + RIGHT_AFTER_WORDS
            + "(?:\\p{L}+ing\\s+(?:[\\p{L}'’-]+\\s+){0,2})?$");
    private static final parley.extract.text.WordSet SEQUENCE_WORDS = new parley.extract.text.WordSet("after",
            "following");
    private static final parley.extract.text.WordSet REPORTING_WORDS = new parley.extract.text.WordSet("said", "says",
            "told reporters", "told journalists", "announced", "added", "confirmed", "declared");

    /**
     * False when text[from, to) lacks the words every {@link #SAID_THEN_AFTER} match holds (a reporting verb, then
     * "after" or "following"), in ASCII case as the pattern ignores it: the cheap test before it (it runs for every
     * event built, and is tried at every position of the clause).
     */
    static boolean maySayThenAfter(String text, int from, int to) {
        return SEQUENCE_WORDS.firstIgnoreCase(text, from, to) >= 0 && REPORTING_WORDS.firstIgnoreCase(text, from, to) >= 0;
    }

    /** A reporting verb, perhaps its day, then "(shortly) after": "said on Thursday after", "told reporters after". */
    private static final Pattern SAID_RIGHT_BEFORE = Pattern.compile("(?i)" + REPORTING
            + "\\s*,?\\s*(?:shortly\\s+|just\\s+|soon\\s+)?$");

    /**
     * "The minister flew to Ankara for talks", "travels to Cairo to hold meetings": a gathering told as the purpose of
     * a trip, with no one named beside the traveller, is the trip told again, not a meeting of one person; the visit
     * keeps the sentence. A counterpart named ("for talks with Abdelatty") makes the meeting its own event (session 9).
     */
    /** "for talks", "for a meeting", "to hold talks", "to hold meetings": the gathering named as the trip's purpose. */
    private static final Pattern PURPOSE = Pattern.compile("(?i)\\b(?:for|to (?:hold|have))(?:\\s+(?:a|an|further|more"
            + "|new|fresh|urgent|a round of|two days of|several|a series of))?\\s*$");

    /** ", during which he", ", in the course of which she also": a clause about the visit, its traveller the subject. */
    private static final Pattern DURING_WHICH = Pattern.compile("(?i),\\s*(?:during|in the course of|over the course of"
            + "|on) which\\s+(?:he|she|they|the (?:minister|president|king|emir|sultan|leader|envoy|premier|chancellor"
            + "|prime minister|delegation))\\s+(?:also\\s+|first\\s+|briefly\\s+)?\\p{L}*\\s*$");

    void purposeOfVisit(SentenceEvents se, List<Event> built, List<Boolean> reference) {
        for (int v = 0; v < built.size(); v++) {
            Event visit = built.get(v);
            if (visit.type() != EventType.VISIT) {
                continue;
            }
            Set<String> travellers = new java.util.HashSet<>();
            visit.participants().forEach(p -> travellers.add(p.name()));
            for (int k = built.size() - 1; k > v; k--) {
                Event e = built.get(k);
                if ((e.type() == EventType.MEETING || e.type() == EventType.TALKS) && !reference.get(k)
                        && se.slots.get(k).clause == se.slots.get(v).clause && !se.slots.get(k).definite
                        && PURPOSE.matcher(text).region(se.slots.get(v).trigger.end(),
                                se.slots.get(k).trigger.start()).find()
                        && e.participants().stream().allMatch(p -> travellers.contains(p.name()))
                        && e.participants().stream().filter(p -> p.role().present()).count() <= 1) {
                    built.remove(k);
                    se.slots.remove(k);
                    reference.remove(k);
                } else if ((e.type() == EventType.MEETING || e.type() == EventType.TALKS) && !reference.get(k)
                        && se.slots.get(k).clause == se.slots.get(v).clause && !se.slots.get(k).definite
                        && PURPOSE.matcher(text).region(se.slots.get(v).trigger.end(),
                                se.slots.get(k).trigger.start()).find()) {
                    // "flew to Caracas for a meeting with Maduro": the traveller is at the meeting the trip is for
                    // (session 13; the visit and the meeting are reported apart, as GUIDELINES.md has it)
                    built.set(k, withTravellers(e, visit));
                } else if ((e.type() == EventType.MEETING || e.type() == EventType.TALKS) && !reference.get(k)
                        && !se.slots.get(k).definite && DURING_WHICH.matcher(text).region(se.slots.get(v).trigger.end(),
                                se.slots.get(k).trigger.start()).find()) {
                    // "arrived for a state visit, in the course of which he held talks with Y": the traveller holds
                    // them, where the visit is (session 14)
                    Event met = withTravellers(e, visit);
                    if (met.location() == null && visit.location() != null) {
                        met = new Event(0, met.type(), null, met.date(), met.derivation(), visit.location(),
                                met.status(), met.participants(), met.mentions(), met.disagreements());
                    }
                    built.set(k, met);
                }
            }
        }
    }

    private static Event withTravellers(Event meeting, Event visit) {
        List<parley.domain.Participant> ps = new java.util.ArrayList<>(meeting.participants());
        for (parley.domain.Participant p : visit.participants()) {
            if (p.role().present() && ps.stream().noneMatch(q -> q.name().equals(p.name()))) {
                ps.add(0, new parley.domain.Participant(p.name(), p.kind(), p.title(), parley.domain.Role.ATTENDEE));
            }
        }
        return ps.size() == meeting.participants().size() ? meeting
                : new Event(0, meeting.type(), null, meeting.date(), meeting.derivation(), meeting.location(),
                        meeting.status(), ps, meeting.mentions(), meeting.disagreements());
    }
}
