package parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import parley.domain.Entity;
import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Participant;
import parley.domain.Role;

/**
 * The last step of an article's extraction: reports of one event inside the article merged, meetings between
 * leaders made summits, titles, and the entities the article named.
 */
final class ArticleEvents {
    private final EventMerger merger;
    private final EntityFinder names;
    private final Story story;

    /** The article's day (null when unknown): a report told as the news is not an occasion months before it. */
    private final java.time.LocalDate anchor;

    ArticleEvents(EventMerger merger, EntityFinder names, Story story, java.time.LocalDate anchor) {
        this.merger = merger;
        this.names = names;
        this.story = story;
        this.anchor = anchor;
    }

    /**
     * Two reports of one event combined; a photo caption's report adds its sentence, date and place to an event the
     * story reports but not the people shown in the picture.
     */
    private Event merge(Event kept, Event other) {
        boolean keptCaption = story.fromCaption(kept);
        boolean otherCaption = story.fromCaption(other);
        if (keptCaption && !otherCaption) {
            return merger.mergeFound(Story.withoutParticipants(kept), other);
        }
        return merger.mergeFound(kept, otherCaption && !keptCaption ? Story.withoutParticipants(other) : other);
    }

    /** Several sentences about one event become one event; earlier events absorb later ones. */
    List<Event> consolidate(List<Event> found) {
        // one pass in reading order: each report joins the earlier event it best matches
        List<Event> out = new ArrayList<>(found.size());
        for (Event e : found) {
            int best = -1;
            int bestScore = -1;
            for (int i = 0; i < out.size(); i++) {
                int score = sameness(e, out.get(i));
                if (score > bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
            if (best >= 0) {
                out.set(best, merge(out.get(best), e));
            } else {
                out.add(e);
            }
        }
        // then until nothing changes: a merged event may now match one it did not match before (rarely needed;
        // restarting this loop after every merge was the cost of the old single loop)
        boolean changed = true;
        while (changed) {
            changed = false;
            outer:
            for (int i = 0; i < out.size(); i++) {
                for (int j = i + 1; j < out.size(); j++) {
                    if (sameness(out.get(j), out.get(i)) >= 0) {
                        int k = i;
                        int bestScore = -1;
                        for (int c = 0; c < j; c++) {
                            int score = sameness(out.get(j), out.get(c));
                            if (score > bestScore) {
                                k = c;
                                bestScore = score;
                            }
                        }
                        out.set(k, merge(out.get(k), out.get(j)));
                        out.remove(j);
                        changed = true;
                        break outer;
                    }
                }
            }
        }
        countriesByTheirPeople(out);
        return placeUndated(out);
    }

    /**
     * "India and Pakistan agreed … after their military officers spoke", then "Pakistan's DGMO telephoned his Indian
     * counterpart": a report that names only the countries of an event is the report, the same day, of the same
     * kind of event whose people act for exactly those countries.
     */
    private void countriesByTheirPeople(List<Event> out) {
        for (int i = out.size() - 1; i >= 0; i--) {
            Event c = out.get(i);
            Set<String> countries = new java.util.HashSet<>();
            boolean onlyCountries = c.date().known();
            for (Participant p : c.participants()) {
                if (p.role().present()) {
                    onlyCountries &= p.kind() == EntityKind.COUNTRY;
                    KnownEntity k = known(p.name());
                    countries.add(k == null ? null : k.country());
                }
            }
            if (!onlyCountries || countries.size() < 2 || countries.contains(null)) {
                continue;
            }
            for (int j = 0; j < out.size(); j++) {
                Event e = out.get(j);
                if (j == i || e.type() != c.type() || !c.date().iso().equals(e.date().iso())) { // c is dated, e may not be
                    continue;
                }
                Set<String> theirs = new java.util.HashSet<>();
                for (Participant p : e.participants()) {
                    KnownEntity k = p.role().present() && p.kind() == EntityKind.PERSON ? known(p.name()) : null;
                    theirs.add(k == null ? null : k.country());
                }
                theirs.remove(null);
                if (theirs.equals(countries)) {
                    out.set(Math.min(i, j), merge(out.get(Math.min(i, j)), out.get(Math.max(i, j))));
                    out.remove(Math.max(i, j));
                    break;
                }
            }
        }
    }

    /**
     * An undated report in an article that dates its events ("Trump and Xi met" beside "Trump and Xi met in Busan on
     * Thursday") joins a dated event of a compatible kind that shares someone with it only when it can be told which
     * one: the only one whose people include all of its own, else the latest one before it of the same kind when it
     * names it with a definite word ("the retreat, which Stubb hosted"), else the only candidate. When several could
     * be meant it is dropped rather than glued to the wrong one (or left on the timeline as one more event); when
     * none could be, it stays. An undated report with a date phrase the article cannot resolve ("in May") is another
     * occasion and stays.
     */
    private List<Event> placeUndated(List<Event> events) {
        List<Event> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            Event u = out.get(i);
            if (u.date().known() || (u.derivation() != null && u.derivation().phrase() != null)
                    || besideAt(u) != null) {
                continue;
            }
            Set<String> people = presentNames(u);
            if (people.isEmpty()) {
                continue;
            }
            List<Integer> candidates = new ArrayList<>();
            boolean turnedAway = false;
            for (int j = 0; j < out.size(); j++) {
                Event d = out.get(j);
                // a report told as not yet held ("are to meet again", "would resume") is no event the text already
                // told as held before it (a plan may still be one told as held later: "agree to meet within days")
                boolean plan = u.status() != EventStatus.HELD && d.status() == EventStatus.HELD
                        && firstStart(d) < firstStart(u);
                // "Macron and Merz are holding talks" is the article's own news, not their first meeting "in 2019"
                boolean nowBesideHistory = ongoing(u) && d.date().known()
                        && d.date().precision().compareTo(parley.domain.Precision.DAY) < 0;
                // "Modi meets Kishida …", then "the two last met on 4 January": the undated report the article tells
                // first is its news, not an occasion it goes on to date over a month before the article (session 14)
                boolean newsBeforeHistory = anchor != null && d.date().known() && firstStart(u) < firstStart(d)
                        && d.date().lastDay().isBefore(anchor.minusDays(HISTORY_DAYS));
                // "X spoke to Y. Monday's call had been tense": an occasion named by its day after the report is
                // pointed back at, not the day of the report told before it (session 15)
                boolean namedLater = firstStart(u) < firstStart(d) && namedByItsDay(d);
                // "X has held talks with Y" beside "X's meeting with Z, set for 2 March, was called off": a held report
                // is not a cancelled occasion, nor one principal's encounter with another counterpart (session 15)
                boolean otherFate = (u.status() == EventStatus.HELD) != (d.status() == EventStatus.HELD)
                        && (u.status() == EventStatus.CANCELLED || d.status() == EventStatus.CANCELLED);
                boolean otherParty = otherCounterparts(u, d);
                if (j != i && !plan && !nowBesideHistory && !newsBeforeHistory && !namedLater && d.date().known()
                        && SentenceLinks.compatible(d.type(), u.type()) && !sameSentence(d, u)
                        && !java.util.Collections.disjoint(presentNames(d), people)
                        && (u.location() == null || d.location() == null
                        || u.location().equalsIgnoreCase(d.location())
                        || EventMerger.cityInCountry(u.location(), d.location())
                        || EventMerger.cityInCountry(d.location(), u.location()))) {
                    if (otherFate || otherParty) {
                        turnedAway = true; // it would have fitted, but for its fate or its counterpart
                    } else {
                        candidates.add(j);
                    }
                }
            }
            if (candidates.isEmpty() && turnedAway) {
                // its only dated occasions are another fate's or another counterpart's: it is not one of them, and
                // it is left out as a report that fits none, as when several fit (no merge, no event of its own)
                out.remove(i);
                i--;
                continue;
            }
            if (candidates.isEmpty()) {
                continue;
            }
            int pick = pick(u, people, candidates, out);
            if (pick >= 0) {
                Event d = out.get(pick);
                Event m = merge(d, u);
                if (d.status() == EventStatus.HELD && u.status() != EventStatus.HELD
                        && u.status() != EventStatus.CANCELLED) {
                    // "agree to meet within days", then the round told as held: the plan came true
                    m = new Event(m.id(), m.type(), m.title(), m.date(), m.derivation(), m.location(),
                            EventStatus.HELD, m.participants(), m.mentions(), m.disagreements());
                }
                out.set(pick, m);
            }
            out.remove(i);
            i--;
        }
        datedBeside(out);
        return out;
    }

    /**
     * Every report of {@code e} names it by its day as a modifier of its noun: "Monday's call", "last week's summit",
     * "the 3 March meeting" (session 15).
     */
    static boolean namedByItsDay(Event e) {
        String phrase = e.derivation() == null ? null : e.derivation().phrase();
        if (phrase == null || e.mentions().isEmpty()) {
            return false;
        }
        String day = phrase.replaceFirst("(?i)^on\\s+", "").replaceFirst("['’]s$", "");
        for (parley.domain.Mention m : e.mentions()) {
            java.util.regex.Matcher t = m.contribution() == null ? null : TRIGGER.matcher(m.contribution());
            if (t == null || !t.find() || m.text() == null || !java.util.regex.Pattern.compile("(?i)"
                    + java.util.regex.Pattern.quote(day) + "(?:['’]s)?\\s+(?:[\\p{L}-]+\\s+){0,2}?"
                    + java.util.regex.Pattern.quote(t.group(1)) + "\\b").matcher(m.text()).find()) {
                return false;
            }
        }
        return true;
    }

    /** Days before the article from which a dated occasion is history rather than the article's news. */
    private static final int HISTORY_DAYS = 31;

    /** "are holding talks", "is meeting": a report told as going on now, by the progressive right before its trigger. */
    private static final java.util.regex.Pattern ONGOING = java.util.regex.Pattern.compile(
            "(?i)\\b(?:is|are)\\s+(?:now\\s+|still\\s+)?\\p{L}+ing\\s+(?:\\p{L}+\\s+)?$");

    private static boolean ongoing(Event u) {
        if (u.status() != EventStatus.HELD || u.mentions().size() != 1) {
            return false;
        }
        parley.domain.Mention m = u.mentions().get(0);
        java.util.regex.Matcher t = m.contribution() == null ? null : TRIGGER.matcher(m.contribution());
        if (t == null || !t.find() || m.text() == null) {
            return false;
        }
        String w = t.group(1);
        int at = m.text().indexOf(w);
        if (at < 0) {
            return false;
        }
        // the trigger itself may be the progressive ("are meeting", "are holding talks")
        return ONGOING.matcher(m.text().substring(0, at) + w + " ").find();
    }

    /**
     * The sentence and trigger of the larger event an undated meeting was told beside ("took part in the summit, and
     * on the sidelines he met Lula"), or null when it was told beside none.
     */
    static parley.domain.Mention besideAt(Event e) {
        for (parley.domain.Mention m : e.mentions()) {
            if (m.contribution() != null && m.contribution().contains(SentenceLinks.BESIDE)) {
                return m;
            }
        }
        return null;
    }

    /**
     * An undated meeting held beside a larger event of its sentence takes the date, place and status that event ended
     * up with once its own reports were placed ("the ASEAN summit" of that sentence joined the dated summit).
     */
    private static void datedBeside(List<Event> out) {
        for (int i = 0; i < out.size(); i++) {
            Event u = out.get(i);
            parley.domain.Mention at = u.date().known() ? null : besideAt(u);
            if (at == null) {
                continue;
            }
            java.util.regex.Matcher t = java.util.regex.Pattern.compile("date and place of '([^']+)" + SentenceLinks.BESIDE)
                    .matcher(at.contribution());
            String phrase = t.find() ? "trigger '" + t.group(1) + "'" : null;
            for (Event d : out) {
                if (d == u || !d.date().known() || phrase == null) {
                    continue;
                }
                boolean holds = d.mentions().stream().anyMatch(m -> m.start() == at.start() && m.contribution() != null
                        && m.contribution().contains(phrase));
                if (holds) {
                    out.set(i, new Event(u.id(), u.type(), u.title(), d.date(), d.derivation(),
                            u.location() == null ? d.location() : u.location(), d.status(), u.participants(),
                            u.mentions(), u.disagreements()));
                    break;
                }
            }
        }
    }

    /**
     * "met in Tianjin on Sunday, hours before the summit's opening": the triggers of one sentence were joined or kept
     * apart by {@link SentenceLinks}; an undated one is not the dated other by being undated.
     */
    private static boolean sameSentence(Event a, Event b) {
        for (parley.domain.Mention m : a.mentions()) {
            for (parley.domain.Mention n : b.mentions()) {
                if (m.start() == n.start()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The dated event an undated report is, among candidates that share someone with it; -1 when unclear. */
    private int pick(Event u, Set<String> people, List<Integer> candidates, List<Event> events) {
        int whole = -1;
        int wholes = 0;
        for (int j : candidates) {
            if (presentNames(events.get(j)).containsAll(people)) {
                whole = j;
                wholes++;
            }
        }
        if (wholes == 1) {
            return whole;
        }
        // "took part in the ASEAN-US summit" beside a dated summit and a dated meeting with the same people: the summit
        int sameKind = -1;
        int sameKinds = 0;
        for (int j : candidates) {
            if (events.get(j).type() == u.type() && presentNames(events.get(j)).containsAll(people)) {
                sameKind = j;
                sameKinds++;
            }
        }
        if (wholes > 1 && sameKinds == 1) {
            return sameKind;
        }
        if (definite(u)) {
            int start = firstStart(u);
            int latest = -1;
            for (int j : candidates) {
                Event d = events.get(j);
                if (d.type() == u.type() && firstStart(d) < start && (latest < 0 || firstStart(d) > firstStart(events.get(latest)))) {
                    latest = j;
                }
            }
            if (latest >= 0) {
                return latest;
            }
        }
        return candidates.size() == 1 ? candidates.get(0) : -1;
    }

    private static final java.util.regex.Pattern TRIGGER = java.util.regex.Pattern.compile("trigger '([^']+)'");

    /** "the retreat", "that meeting", "their call": the report names its event as one already known. */
    private static boolean definite(Event e) {
        for (parley.domain.Mention m : e.mentions()) {
            if (m.contribution() == null || m.text() == null) {
                continue;
            }
            java.util.regex.Matcher t = TRIGGER.matcher(m.contribution());
            if (t.find() && java.util.regex.Pattern.compile("(?i)\\b(?:the|this|that|their|these|those)\\s+(?:[\\p{L}-]+\\s+)?"
                    + java.util.regex.Pattern.quote(t.group(1)) + "\\b").matcher(m.text()).find()) {
                return true;
            }
        }
        return false;
    }

    private static int firstStart(Event e) {
        int min = Integer.MAX_VALUE;
        for (parley.domain.Mention m : e.mentions()) {
            min = Math.min(min, m.start());
        }
        return min;
    }

    private static Set<String> presentNames(Event e) {
        Set<String> out = new java.util.HashSet<>();
        for (Participant p : e.participants()) {
            if (p.role().present()) {
                out.add(p.name());
            }
        }
        return out;
    }

    /**
     * How strongly two reports of this article are one event ({@link EventMerger#sameness}), except that two
     * different kinds of gathering with different groups are two events: the talks Witkoff joins and his meeting
     * with the Emir the same day share Witkoff, but each has someone the other has not.
     */
    private int sameness(Event a, Event b) {
        // every test below only refuses, so the order does not change the answer: the cheapest, which turns away
        // most of an article's pairs (another kind, another day), comes first
        if (EventMerger.apartByKindOrDate(a, b)) {
            return -1;
        }
        if (apart(a) != apart(b)) {
            return -1; // "Earlier that day they were joined by X": another gathering than the one it was told after
        }
        if (Resumption.later(a, b) || Resumption.later(b, a)) {
            return -1; // "are to resume talks later this month": not the round just held this month
        }
        if ((steppedWithOthers(a, b) || steppedWithOthers(b, a)) && a.date().known() && b.date().known()) {
            return -1; // "the two leaders then met together with families of …": a later encounter with more people
        }
        if (pairAtOtherHour(a, b) || pairAtOtherHour(b, a)) {
            return -1; // "The forum met on Monday … Later that day A and B met alone": a bilateral beside it (session 17)
        }
        if (otherSpeakers(a, b)) {
            return -1; // "X issued a statement on Tuesday …; Y issued a statement thanking X": two sayings, two speakers
        }
        if (aheadOfHeldDay(a, b) || aheadOfHeldDay(b, a)) {
            return -1; // "said the two would meet again in late May" is not their meeting held on 2 May
        }
        if (hostOfSummit(a, b) || hostOfSummit(b, a)) {
            return 1; // "The president welcomed the leaders", "opened the summit": the summit's host, not an encounter
        }
        int score = merger.sameness(a, b, true);
        if (score >= 0 && otherCounterparts(a, b)) {
            return -1;
        }
        if (score >= 0 && (counterpartByRole(a, b) || counterpartByRole(b, a))) {
            return -1; // "received the Patriarch", then "had lunch with X and Y": one principal, two encounters (session 15)
        }
        if (score >= 0 && (bilateralBeside(a, b) || bilateralBeside(b, a))) {
            return -1;
        }
        if (score >= 0 && (EventMerger.pairBesideSession(a, b) || EventMerger.pairBesideSession(b, a))) {
            return -1; // the host's talks with one guest are not the forum's plenary that day (session 14)
        }
        return score >= 0 && a.type() != b.type() && distinctGroups(a, b) ? -1 : score;
    }

    /**
     * One article tells {@code planned} as ahead (planned or proposed) over a month, week or year, and {@code held}
     * as held on a day within it: as the article stands, the day is past and the plan is what is left of the period,
     * another occasion (session 10).
     */
    private static boolean aheadOfHeldDay(Event planned, Event held) {
        return (planned.status() == EventStatus.PLANNED
                || planned.status() == EventStatus.PROPOSED)
                && held.status() == EventStatus.HELD && planned.date().known() && held.date().known()
                && planned.date().precision().compareTo(parley.domain.Precision.DAY) < 0
                && held.date().precision().compareTo(parley.domain.Precision.DAY) >= 0;
    }

    /** "Earlier that day", "later in the day", "that evening", "hours later": another hour of the day just told. */
    private static final java.util.regex.Pattern OTHER_HOUR = java.util.regex.Pattern.compile("(?i)^(?:(?:earlier|later)"
            + "\\s+(?:that|the\\s+same|in\\s+the)\\s+(?:day|morning|afternoon|evening)|(?:that|the\\s+same)\\s+"
            + "(?:morning|afternoon|evening|night)|(?:hours|minutes|shortly)\\s+(?:earlier|later|before|afterwards))$");

    /**
     * "The Baltic Dialogue convened on Wednesday with A, B and C. Later that day A met B alone": a meeting or talks of
     * two people dated by another hour of the day of the event just told is an encounter of its own, not the larger
     * gathering of that day whose people it shares (session 17). Two reports of the same people stay free to merge.
     */
    private static boolean pairAtOtherHour(Event pair, Event gathering) {
        parley.domain.DateDerivation d = pair.derivation();
        if (d == null || d.rule() == null || d.phrase() == null
                || !d.rule().startsWith("same day as the event just mentioned")
                || !(pair.type() == EventType.MEETING || pair.type() == EventType.TALKS)
                || !OTHER_HOUR.matcher(d.phrase().trim()).matches()) {
            return false;
        }
        int people = 0;
        for (Participant p : pair.participants()) {
            if (p.role().present()) {
                if (p.kind() != EntityKind.PERSON) {
                    return false;
                }
                people++;
            }
        }
        return people == 2 && present(gathering) >= 3 && hasOwn(gathering, pair);
    }

    /**
     * True when {@code e} is dated by a step from the event told before it ("then", "afterwards", "later") and has
     * someone taking part whom {@code other} lacks: the text moved on to another encounter.
     */
    private static boolean steppedWithOthers(Event e, Event other) {
        if (afterOccasion(e) && hasOwn(e, other) && present(other) >= 2) {
            return true; // "After the signing, the king received both ministers": a later encounter with a new host
        }
        parley.domain.DateDerivation d = e.derivation();
        if (d == null || d.rule() == null || !d.rule().startsWith("same day as the event just mentioned")
                || d.phrase() == null) {
            return false;
        }
        String w = d.phrase().toLowerCase(java.util.Locale.ROOT);
        // "Later that day", "later in the day", "later the same day": a step as plain "later" is (session 11)
        return (w.equals("then") || w.equals("afterwards") || w.equals("later") || w.startsWith("later ")
                || w.equals("subsequently")) && hasOwn(e, other)
                && present(other) >= 2;
    }

    /**
     * Two statements, neither a joint one, whose first speakers differ: each speaker's own saying, even when one names
     * the other ("thanking Albares"), not one statement of two (session 13).
     */
    private static boolean otherSpeakers(Event a, Event b) {
        if (a.type() != EventType.STATEMENT || b.type() != EventType.STATEMENT || joint(a) || joint(b)) {
            return false;
        }
        Participant fa = firstPresent(a);
        Participant fb = firstPresent(b);
        return fa != null && fb != null && !fa.name().equals(fb.name());
    }

    private static Participant firstPresent(Event e) {
        for (Participant p : e.participants()) {
            if (p.role().present()) {
                return p;
            }
        }
        return null;
    }

    private static boolean joint(Event e) {
        for (parley.domain.Mention m : e.mentions()) {
            java.util.regex.Matcher t = m.contribution() == null ? null : TRIGGER.matcher(m.contribution());
            if (t != null && t.find() && t.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("joint")) {
                return true;
            }
        }
        return false;
    }

    /** Words of a host opening a summit or greeting its guests. */
    private static final Set<String> HOSTING = Set.of("welcomed", "welcomes", "greeted", "greets", "received",
            "receives", "hosted", "hosts");

    /**
     * "Bolivia's president welcomed Noboa and Petro at the palace" or "opened the summit on Monday morning", told of
     * the day of a held summit in no other place: one person (the host) with no one but the summit's own people is the
     * summit's host at work, not a second meeting (session 13). Not after the occasion ("After the signing, the king
     * received both ministers" is another encounter).
     */
    private static boolean hostOfSummit(Event x, Event summit) {
        if (summit.type() != EventType.SUMMIT || !(x.type() == EventType.MEETING || x.type() == EventType.SUMMIT)
                || x.status() != EventStatus.HELD || summit.status() != EventStatus.HELD
                || !x.date().known() || !summit.date().known() || x.date().end() != null
                || x.date().start().isBefore(summit.date().start())
                || x.date().start().isAfter(summit.date().end() != null ? summit.date().end() : summit.date().start())
                || x.location() != null && summit.location() != null
                        && !x.location().equalsIgnoreCase(summit.location())
                || afterOccasion(x) || present(summit) < 2) {
            return false;
        }
        Participant host = firstPresent(x);
        if (host == null || host.kind() != EntityKind.PERSON) {
            return false;
        }
        Set<String> there = presentNames(summit);
        int guests = 0;
        for (Participant p : x.participants()) {
            if (p != host && p.role().present() && !there.contains(p.name())) {
                return false;
            }
            guests += p != host && p.role().present() ? 1 : 0;
        }
        // one guest received that day may be an audience of its own; the summit's guests welcomed are its host's
        return x.mentions().size() == 1 && (x.type() == EventType.SUMMIT || guests >= 2) && hostWords(x);
    }

    /** The report's trigger is a host's verb, or "the summit" itself ("opened the summit"). */
    private static boolean hostWords(Event x) {
        parley.domain.Mention m = x.mentions().get(0);
        java.util.regex.Matcher t = m.contribution() == null ? null : TRIGGER.matcher(m.contribution());
        if (t == null || !t.find()) {
            return false;
        }
        String w = t.group(1).toLowerCase(java.util.Locale.ROOT);
        return x.type() == EventType.MEETING ? HOSTING.contains(w)
                : w.equals("summit") && java.util.regex.Pattern.compile("(?i)\\b(?:opened|closed|chaired|hosted)\\s+the\\s+summit\\b")
                        .matcher(m.text()).find();
    }

    /** "After the signing,", "Following their talks,", "Shortly after the ceremony,": a sentence opening past an occasion. */
    private static final java.util.regex.Pattern AFTER_OCCASION = java.util.regex.Pattern.compile("(?i)^\\W*(?:(?:shortly"
            + "|soon|right|immediately|just)\\s+)?(?:after|following)\\s+(?:the|their|its|this|that)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+\\s*,");

    /** The report's own sentence (its first, the one with its trigger) opens past an occasion already told (session 13). */
    private static boolean afterOccasion(Event e) {
        for (parley.domain.Mention m : e.mentions()) {
            if (m.text() != null && m.contribution() != null && m.contribution().startsWith("trigger '")
                    && AFTER_OCCASION.matcher(m.text()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static boolean apart(Event e) {
        for (parley.domain.Mention m : e.mentions()) {
            if (m.contribution() != null && m.contribution().startsWith(Story.APART)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One host with different guests the same day, in no place said to be the same ("Xi held talks with Putin";
     * "Xi received Sharif, whose delegation included Munir"): the two reports share only the host and each has
     * people of its own, so they are two meetings.
     */
    private static boolean otherCounterparts(Event a, Event b) {
        if (a.location() != null && b.location() != null && a.location().equalsIgnoreCase(b.location())) {
            return false;
        }
        int shared = 0;
        for (Participant p : a.participants()) {
            if (p.role().present() && b.participants().stream()
                    .anyMatch(q -> q.role().present() && q.name().equals(p.name()))) {
                shared++;
            }
        }
        return shared == 1 && hasOwn(a, b) && hasOwn(b, a);
    }

    /** The object of a verb of meeting, told by a word for a role: "received the Patriarch", "lunched with the envoys". */
    private static final java.util.regex.Pattern ROLE_OBJECT = java.util.regex.Pattern.compile("(?i)^\\s+(?:with\\s+)?"
            + "(?:the|a|an|his|her|their|its|two|three|four|several|both)\\s+((?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+)"
            + "(?=\\s*(?:[,.;]|$|\\s+(?:at|in|on|for|over|during|before|after|and|then|to|from|who|whom)\\b))");

    /**
     * "On Tuesday X received the Patriarch at his residence. He then had lunch with A and B": a meeting of one named
     * person whose verb has a counterpart told only by a role, the same day as a meeting of that person with others,
     * in no place said to be the same, is another encounter: the same day and one principal are no evidence of one
     * occasion (session 15). A role that is the title of one of the other's people ("received the president") may
     * be that person, and stays joined.
     */
    private static boolean counterpartByRole(Event x, Event other) {
        if (present(x) != 1 || !hasOwn(other, x) || definite(x) || !x.date().known() || !other.date().known()
                || x.location() != null && other.location() != null && x.location().equalsIgnoreCase(other.location())
                || !(GATHERING_TYPES.contains(x.type()) && GATHERING_TYPES.contains(other.type()))) {
            return false;
        }
        for (parley.domain.Mention m : x.mentions()) {
            java.util.regex.Matcher t = m.contribution() == null ? null : TRIGGER.matcher(m.contribution());
            if (t == null || !t.find() || m.text() == null) {
                continue;
            }
            int at = m.text().toLowerCase(java.util.Locale.ROOT).indexOf(t.group(1).toLowerCase(java.util.Locale.ROOT));
            java.util.regex.Matcher o = at < 0 ? null
                    : ROLE_OBJECT.matcher(m.text()).region(at + t.group(1).length(), m.text().length());
            if (o == null || !o.lookingAt()) {
                continue;
            }
            String role = o.group(1).toLowerCase(java.util.Locale.ROOT);
            for (Participant p : other.participants()) {
                String title = p.title() == null ? "" : p.title().toLowerCase(java.util.Locale.ROOT);
                if (p.role().present() && !title.isEmpty() && (title.contains(role) || role.contains(title))) {
                    return false; // "received the president" beside a meeting with President Y: Y, perhaps
                }
            }
            return true;
        }
        return false;
    }

    private static final Set<EventType> GATHERING_TYPES = Set.of(EventType.MEETING, EventType.TALKS, EventType.SUMMIT);

    /**
     * "Trump went into talks with Sisi" and the summit of twenty leaders both took part in, the same day: a meeting
     * or talks of two people is a bilateral held beside a summit of four or more, not that summit.
     */
    private static boolean bilateralBeside(Event pair, Event summit) {
        return summit.type() == EventType.SUMMIT && pair.type() != EventType.SUMMIT
                && (pair.type() == EventType.MEETING || pair.type() == EventType.TALKS)
                && present(pair) == 2 && present(summit) >= 4;
    }

    private static boolean distinctGroups(Event a, Event b) {
        return present(a) >= 2 && present(b) >= 2 && hasOwn(a, b) && hasOwn(b, a);
    }

    private static int present(Event e) {
        int n = 0;
        for (Participant p : e.participants()) {
            n += p.role().present() ? 1 : 0;
        }
        return n;
    }

    /** True when {@code a} has someone present whom {@code b} does not name as present. */
    private static boolean hasOwn(Event a, Event b) {
        outer:
        for (Participant p : a.participants()) {
            if (!p.role().present()) {
                continue;
            }
            for (Participant q : b.participants()) {
                if (q.role().present() && q.name().equals(p.name())) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Types as the guidelines read them, titles last. The article's own word decides SUMMIT against MEETING, so a
     * meeting of leaders stays a meeting unless some sentence says "summit" (the merge keeps that word). TALKS are
     * negotiating rounds between delegations: "talks" held by named people and no delegation, country or body ("the
     * two presidents held talks in Beijing", "Fidan receives Lavrov for talks") are a meeting of those people.
     */
    Event finish(Event e) {
        EventType type = e.type();
        if (type == EventType.TALKS && peopleOnly(e) && !negotiatingRound(e)) {
            type = EventType.MEETING;
        } else if (type == EventType.MEETING && countriesOnly(e) && negotiatingRound(e)) {
            type = EventType.TALKS; // "Ukrainian and Russian delegations met again": a negotiating round (GUIDELINES)
        } else if (type == EventType.MEETING && atTheTable(e) && negotiatingRound(e)) {
            type = EventType.TALKS; // "the chief negotiator sat down with the rebels' delegation" (session 13)
        }
        Event typed = new Event(0, type, null, e.date(), e.derivation(), e.location(), e.status(), e.participants(),
                e.mentions(), e.disagreements());
        return new Event(0, type, EventTitles.of(typed), e.date(), e.derivation(), e.location(), e.status(),
                e.participants(), e.mentions(), e.disagreements());
    }

    /**
     * A round, negotiations or delegations named in a supporting sentence that reports the event by a word of its
     * own: the talks are a negotiation. A sentence joined only for the people it adds ("X, who led the trade talks,
     * sat beside him") does not say what the event is.
     */
    private static final java.util.regex.Pattern ROUND = java.util.regex.Pattern.compile(
            "(?i)\\b(?:round|negotiat\\w*|delegations?|negotiators?|mediat\\w*|trade talks|observers?)\\b");

    /** A reporting verb after the trigger: the words after it are what someone said, not what the event was. */
    private static final java.util.regex.Pattern REPORTED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:said|says|saying|telling|told|tells|adding|added)\\b");

    /** How far from the trigger a word of negotiation still speaks of the same talks. */
    private static final int ROUND_REACH = 80;

    private static boolean negotiatingRound(Event e) {
        for (parley.domain.Mention m : e.mentions()) {
            if (m.text() == null || m.contribution() == null) {
                continue;
            }
            java.util.regex.Matcher t = TRIGGER.matcher(m.contribution());
            int first = -1;
            while (t.find()) {
                // near the trigger: "in a fourth round of talks"; not a clause away ("... but would not negotiate")
                int at = m.text().toLowerCase(java.util.Locale.ROOT).indexOf(t.group(1).toLowerCase(java.util.Locale.ROOT));
                if (at < 0) {
                    continue;
                }
                if (first < 0) {
                    first = at;
                } else if (at > first && REPORTED.matcher(m.text()).region(first, at).find()) {
                    continue; // "talks with Sisi, telling reporters that negotiations …": a word of what was said
                }
                int end = Math.min(m.text().length(), at + t.group(1).length() + ROUND_REACH);
                java.util.regex.Matcher told = REPORTED.matcher(m.text()).region(at + t.group(1).length(), end);
                if (told.find()) {
                    end = told.start(); // "talks with Sisi, telling reporters that negotiations …": what was said
                }
                if (ROUND.matcher(m.text()).region(Math.max(0, at - ROUND_REACH), end).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Sitting down with the other side is how a round at the table is told: "sat down with", "sits down with". */
    private static boolean atTheTable(Event e) {
        for (parley.domain.Mention m : e.mentions()) {
            java.util.regex.Matcher t = m.contribution() == null ? null : TRIGGER.matcher(m.contribution());
            while (t != null && t.find()) {
                String w = t.group(1).toLowerCase(java.util.Locale.ROOT);
                if (w.endsWith(" down with") && (w.startsWith("sat ") || w.startsWith("sit"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * People taking part and no country or organisation (a delegation's side) among them: two or more, or one who
     * holds the talks ("she held talks in Warsaw", the other side unnamed); one who only joins them ("is expected to
     * join the talks") joins someone else's negotiation.
     */
    /** Two or more sides taking part, all of them countries: delegations, not people. */
    private static boolean countriesOnly(Event e) {
        int sides = 0;
        for (Participant p : e.participants()) {
            if (!p.role().present()) {
                continue;
            }
            if (p.kind() != EntityKind.COUNTRY) {
                return false;
            }
            sides++;
        }
        return sides >= 2;
    }

    private static boolean peopleOnly(Event e) {
        int people = 0;
        boolean joining = false;
        for (Participant p : e.participants()) {
            if (!p.role().present()) {
                continue;
            }
            if (p.kind() != EntityKind.PERSON) {
                return false;
            }
            people++;
            joining |= p.role() == Role.JOINED;
        }
        return people >= 2 || (people == 1 && !joining);
    }

    private KnownEntity known(String name) {
        for (KnownEntity k : names.aliasesUsed().keySet()) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        return null;
    }

    List<Entity> entities() {
        List<Entity> out = new ArrayList<>();
        for (Map.Entry<KnownEntity, Set<String>> e : names.aliasesUsed().entrySet()) {
            KnownEntity k = e.getKey();
            List<String> aliases = e.getValue().stream().filter(a -> !a.equals(k.name())).toList();
            out.add(new Entity(0, k.name(), k.kind() == null ? EntityKind.PERSON : k.kind(), k.title(), aliases));
        }
        return out;
    }
}
