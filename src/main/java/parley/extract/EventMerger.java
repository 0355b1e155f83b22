package parley.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import parley.domain.DateDerivation;
import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Mention;
import parley.domain.Participant;
import parley.domain.Precision;
import parley.domain.Role;
import parley.extract.time.DateWords;

/**
 * Decides when two reports are the same real event, and combines them.
 *
 * <p>Same event: compatible types (equal, or both kinds of meeting: meeting, summit, talks), dates that overlap at
 * the coarser precision (an undated report only an undated one, see {@link #sameness(Event, Event, boolean)}), times of
 * day no more than two hours apart, and a shared participant or the same place. An event with no participants
 * matches only an event of the same type on the same day. Among several candidates the one sharing most
 * participants wins, then the earliest in the list: the result is deterministic.
 *
 * <p>Merge: mentions united (no duplicates), participants combined with the more specific role winning (chair
 * over attendee, joined kept), the finer date winning, and whatever the two reports disagree on (dates, places,
 * presence, cancellation) written into the event's disagreements rather than silently dropped.
 */
public final class EventMerger {
    private static final List<EventType> TYPE_PREFERENCE = List.of(EventType.SUMMIT, EventType.PRESS_CONFERENCE,
            EventType.CALL, EventType.VISIT, EventType.TALKS, EventType.MEETING, EventType.STATEMENT,
            EventType.MILITARY, EventType.OTHER);
    private static final List<Role> ROLE_PREFERENCE = List.of(Role.HOST, Role.CO_CHAIR, Role.CHAIR, Role.JOINED,
            Role.SPEAKER, Role.ATTENDEE, Role.MENTIONED);
    private static final Set<EventType> GATHERINGS = Set.of(EventType.MEETING, EventType.SUMMIT, EventType.TALKS);

    /** The candidate that reports the same real event as {@code event}, if any. */
    public Optional<Event> findSame(Event event, List<Event> candidates) {
        Event best = null;
        int bestScore = -1;
        for (Event c : candidates) {
            if (c == event) {
                continue;
            }
            int score = sameness(event, c);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** How strongly two reports of different articles are the same event, or -1 when they are not. */
    int sameness(Event a, Event b) {
        return sameness(a, b, false);
    }

    /**
     * How strongly two reports are the same event, or -1 when they are not. Two reports are one event only when
     * their types are compatible, their dates agree at the precision both give, their places do not conflict and
     * they share someone taking part; a one-day meeting is not the multi-day summit it is held during. An
     * undated report never joins a dated one here (see {@link ArticleEvents} for undated reports inside one
     * article); two undated reports when they are of the same kind, have someone in common (across articles: the
     * same people) and no different date phrases. Inside one article ({@code sameArticle}) triggers of one sentence are never joined
     * here: {@link SentenceLinks} has decided about them. Two bilaterals of one person with different counterparts
     * are two events (Starmer's call with Netanyahu and his call with Trump that day).
     */
    /**
     * True when {@link #sameness} refuses the pair for its kinds or dates alone: the cheapest of its refusals, and the
     * one most pairs meet, so that callers with costlier refusals of their own may ask it first.
     */
    static boolean apartByKindOrDate(Event a, Event b) {
        if (!typesCompatible(a.type(), b.type())) {
            return true;
        }
        EventDate da = a.date();
        EventDate db = b.date();
        return da.known() && db.known() && (!overlap(da, db) || timesApart(da, db));
    }

    int sameness(Event a, Event b, boolean sameArticle) {
        if (!typesCompatible(a.type(), b.type())) {
            return -1;
        }
        if (a.type() == EventType.MILITARY && retaliation(a) != retaliation(b)) {
            return -1; // "Iran answered with missiles", "retaliatory strikes": the other side's attack, not the first
        }
        if (a.type() != b.type() && (ArticleEvents.besideAt(a) != null || ArticleEvents.besideAt(b) != null)) {
            return -1; // a meeting told as held on the margins of a summit or a visit is not that summit or visit
        }
        EventDate da = a.date();
        EventDate db = b.date();
        // The dates first: they are cheap to compare and turn away most of an import's candidates (its window
        // reaches a day either side) before the sets of people are built.
        if (da.known() && db.known()) {
            if (!overlap(da, db) || timesApart(da, db)) {
                return -1;
            }
            if (a.type() != b.type() && (da.end() != null) != (db.end() != null)
                    && !summitOfSession(a, b) && !summitOfSession(b, a)) {
                return -1; // a meeting on one day of a three-day summit is a meeting held during it, not the summit
            }
        }
        if (!sameArticle && da.known() && db.known() && (yearBesideDay(da, db) || yearBesideDay(db, da))) {
            return -1; // "met in 2025", "this year": which day of the year is not said, so not another outlet's day
        }
        if (!sameArticle && (monthEntryBesideDay(a, b) || monthEntryBesideDay(b, a))) {
            return -1; // "## March / - X and Y meet in Vienna" is not known to be another outlet's meeting of 3 March
        }
        Set<String> pa = present(a);
        Set<String> pb = present(b);
        int shared = 0;
        for (String p : pa) {
            if (pb.contains(p)) {
                shared++;
            }
        }
        boolean samePlace = a.location() != null && b.location() != null && samePlace(a.location(), b.location());
        boolean placesConflict = a.location() != null && b.location() != null && !samePlace;
        if (sameArticle && sharesMention(a, b)) {
            return -1; // triggers of one sentence were joined or kept apart by SentenceLinks already
        }
        if (!(da.known() && db.known())) {
            if (shared == 0 || a.type() != b.type() || da.known() != db.known()) {
                return -1; // an undated report is never known to be a dated event
            }
            if (!sameArticle && !pa.equals(pb)) {
                // across articles an undated report names its occasion only by who takes part: one outlet's remark
                // of Trump's and another's account of Trump with al-Sharaa are not one event for sharing Trump
                return -1;
            }
            if (differentPhrases(a, b)) {
                return -1; // "on Friday" and "in May" in an undated article are two occasions
            }
            if (proposalBesidePlan(a.status(), b.status()) || proposalBesidePlan(b.status(), a.status())) {
                // "is willing to sit down with X; nothing is fixed" beside "will hold a video call with X": an offer
                // and a fixed plan, neither dated, are not known to be one event (session 10)
                return -1;
            }
        }
        if (pa.isEmpty() || pb.isEmpty()) {
            // nobody named (strikes, "the summit"): the same kind of event, on the same day, in no other place
            boolean sameDay = da.known() && db.known() && da.precision().compareTo(Precision.DAY) >= 0
                    && db.precision().compareTo(Precision.DAY) >= 0 && da.start().equals(db.start());
            // within one article, "the port, bombed in March," told after "drones struck the port on 21 March" is
            // that strike again: a month (no more) holding the other's day, of the same kind (session 11)
            boolean dayInMonth = sameArticle && da.known() && db.known() && a.type() == b.type()
                    && (monthHoldsDay(da, db) || monthHoldsDay(db, da));
            if (!((sameDay || dayInMonth) && a.type() == b.type()) || placesConflict) {
                return -1;
            }
            return 1 + (samePlace ? 1 : 0);
        }
        if (shared == 0 || (placesConflict && shared < 2)) {
            return -1; // no one in common, or one person in two places
        }
        if (shared == 1 && pa.size() == 2 && pb.size() == 2) {
            return -1; // one person with two different counterparts, one each: two bilateral events
        }
        if (!sameArticle && (bilateralBeside(a, pa, b, pb) || bilateralBeside(b, pb, a, pa)
                || pairBesideSession(a, b) || pairBesideSession(b, a))) {
            // what ArticleEvents keeps apart inside an article stays apart across articles: one outlet's account of
            // Trump's talks with al-Sharaa is not another's summit of the Gulf leaders the same day
            return -1;
        }
        return shared * 10 + (a.type() == b.type() ? 5 : 0) + (samePlace ? 3 : 0)
                + (da.known() && db.known() && da.start().equals(db.start()) ? 2 : 0);
    }

    /** A date known only to its year (one year, no range) beside one known to the day. */
    private static boolean yearBesideDay(EventDate year, EventDate day) {
        return year.precision() == Precision.YEAR && year.end() == null && day.precision() != Precision.UNKNOWN
                && day.precision().compareTo(Precision.DAY) >= 0;
    }

    /**
     * "The Andean Community closed its summit on 4 March" beside "the plenary session of the Andean Community met on 3
     * and 4 March": an organisation's summit told on one day of its own body's session over several days is that
     * session, one occasion reported twice (session 13); the same organisation must take part in both.
     */
    private static boolean summitOfSession(Event summit, Event session) {
        if (summit.type() != EventType.SUMMIT || summit.date().end() != null || session.date().end() == null
                || !(session.type() == EventType.MEETING || session.type() == EventType.TALKS)) {
            return false;
        }
        for (Participant p : summit.participants()) {
            if (p.kind() == parley.domain.EntityKind.ORGANISATION && p.role().present()
                    && session.participants().stream().anyMatch(q -> q.role().present() && q.name().equals(p.name()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A chronology's entry dated only by its month (under a month heading, or a month opening the entry) beside a report
     * of another article dated to a day: a month of such entries holds several occasions of the same people, and the
     * entry does not say which day it is, so it stays apart (session 15).
     */
    private static boolean monthEntryBesideDay(Event entry, Event day) {
        EventDate de = entry.date();
        EventDate dd = day.date();
        if (!de.known() || !dd.known() || de.precision().compareTo(Precision.DAY) >= 0
                || dd.precision().compareTo(Precision.DAY) < 0 || entry.derivation() == null) {
            return false;
        }
        String phrase = entry.derivation().phrase();
        if (phrase != null && phrase.startsWith("#")) {
            return true; // a heading's month ("## March"), as the merge index's outline keeps it (phrase only)
        }
        String rule = entry.derivation().rule();
        if (rule == null) {
            return false;
        }
        return rule.contains("chronolog") || rule.contains("list entry") || rule.contains("month heading")
                || rule.contains("section heading");
    }

    /** True when {@code month} is a month alone and {@code day} a single day inside it. */
    private static boolean monthHoldsDay(EventDate month, EventDate day) {
        return month.precision() == Precision.MONTH && month.end() == null && day.end() == null
                && day.precision().compareTo(Precision.DAY) >= 0
                && java.time.YearMonth.from(month.start()).equals(java.time.YearMonth.from(day.start()));
    }

    private static boolean proposalBesidePlan(EventStatus a, EventStatus b) {
        return a == EventStatus.PROPOSED && (b == EventStatus.PLANNED || b == EventStatus.HELD);
    }

    /** A meeting or talks of two people beside a summit of four or more the same day (a bilateral held beside it). */
    private static boolean bilateralBeside(Event pair, Set<String> pairPeople, Event summit, Set<String> summitPeople) {
        return summit.type() == EventType.SUMMIT && (pair.type() == EventType.MEETING || pair.type() == EventType.TALKS)
                && pairPeople.size() == 2 && summitPeople.size() >= 4;
    }

    /** Words that name a forum's sitting of many: a plenary, a session, a summit, a forum, a conference. */
    private static final java.util.regex.Pattern SESSION = java.util.regex.Pattern.compile(
            "(?i)trigger '(?:[\\p{L}-]+ )*(?:plenary|plenum|session|summit|forum|conference|assembly)'");

    /**
     * "The leaders closed their plenary in Cusco; later the host received Ecuador's president": a meeting or talks of
     * two people, and nobody else, beside a sitting of three or more of a forum (an organisation taking part, or told
     * by its word for a sitting) on the same day is a bilateral held beside it, not that sitting (session 14). A
     * bilateral told "on the sidelines of" the sitting is kept apart already ({@link ArticleEvents#besideAt}).
     */
    static boolean pairBesideSession(Event pair, Event session) {
        if (!(pair.type() == EventType.MEETING || pair.type() == EventType.TALKS) || !GATHERINGS.contains(session.type())) {
            return false;
        }
        int people = 0;
        for (Participant p : pair.participants()) {
            if (p.role().present()) {
                if (p.kind() != parley.domain.EntityKind.PERSON) {
                    return false;
                }
                people++;
            }
        }
        if (people != 2 || present(session).size() < 3) {
            return false;
        }
        boolean forum = session.participants().stream()
                .anyMatch(p -> p.role().present() && p.kind() == parley.domain.EntityKind.ORGANISATION);
        for (Mention m : session.mentions()) {
            forum |= m.contribution() != null && SESSION.matcher(m.contribution()).find();
        }
        return forum;
    }

    /**
     * {@code kept} enriched by the report of another article ({@link #mergeFound}); a spokesperson one article put
     * beside a pair is that article's commentator once the merged event has two others taking part (as
     * {@link NotActors} files an event inside one article), so the merge does not carry them into the other's event.
     */
    public Event mergeAcross(Event kept, Event other) {
        return NotActors.filed(mergeFound(kept, other), Map.of());
    }

    private static boolean hasOwn(Set<String> a, Set<String> b) {
        for (String p : a) {
            if (!b.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** True when the two reports cite one sentence (same source, same start). */
    private static boolean sharesMention(Event a, Event b) {
        if (a.mentions() == null || b.mentions() == null) {
            return false;
        }
        for (Mention m : a.mentions()) {
            for (Mention n : b.mentions()) {
                if (m.sourceId() == n.sourceId() && m.start() == n.start()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code kept} enriched by {@code other}, found to be the same event by {@link #sameness}: why they are one
     * (date, kind, people, place) is written into the contribution of each sentence {@code other} brings.
     */
    public Event mergeFound(Event kept, Event other) {
        String why = "merged: " + reasons(kept, other);
        List<Mention> tagged = new ArrayList<>(other.mentions().size());
        for (Mention m : other.mentions()) {
            boolean old = kept.mentions().stream().anyMatch(k -> k.sourceId() == m.sourceId() && k.start() == m.start());
            tagged.add(old || (m.contribution() != null && m.contribution().contains("merged: ")) ? m
                    : new Mention(m.sourceId(), m.start(), m.end(), m.text(), combine(m.contribution(), why)));
        }
        return merge(kept, new Event(other.id(), other.type(), other.title(), other.date(), other.derivation(),
                other.location(), other.status(), other.participants(), tagged, other.disagreements()));
    }

    /** "same day (Thu 30 Oct 2025), same kind (meeting), shared Trump, Xi, same place (Busan)". */
    static String reasons(Event a, Event b) {
        List<String> out = new ArrayList<>();
        EventDate da = a.date();
        EventDate db = b.date();
        if (da.known() && db.known()) {
            out.add(da.equals(db) ? "same date (" + DateWords.of(da) + ")"
                    : "dates agree (" + DateWords.of(da) + ", " + DateWords.of(db) + ")");
        } else if (da.known() || db.known()) {
            out.add("undated report: the only dated event of its article with these people");
        } else {
            out.add("both undated");
        }
        out.add(a.type() == b.type() ? "same kind (" + a.type().name().toLowerCase(Locale.ROOT) + ")"
                : "kinds of one family (" + a.type().name().toLowerCase(Locale.ROOT) + ", "
                        + b.type().name().toLowerCase(Locale.ROOT) + ")");
        Set<String> pb = present(b);
        List<String> shared = new ArrayList<>();
        for (String p : present(a)) {
            if (pb.contains(p)) {
                shared.add(p);
            }
        }
        if (!shared.isEmpty()) {
            out.add("shared " + String.join(", ", shared));
        }
        if (planCameTrue(a, b) || planCameTrue(b, a)) {
            out.add("held, told in the past, over " + (a.status() == EventStatus.HELD ? b : a).status().name()
                    .toLowerCase(Locale.ROOT) + " (the plan happened)");
        }
        if (a.location() != null && b.location() != null && samePlace(a.location(), b.location())) {
            out.add("same place (" + a.location() + ")");
        } else if (a.location() == null || b.location() == null) {
            out.add("no conflicting place");
        }
        return String.join(", ", out);
    }

    private static boolean differentPhrases(Event a, Event b) {
        String pa = a.derivation() == null ? null : a.derivation().phrase();
        String pb = b.derivation() == null ? null : b.derivation().phrase();
        return pa != null && pb != null && !pa.equalsIgnoreCase(pb);
    }

    /** Words of an attack that answers another: the answering side's strikes are an event of their own. */
    private static final java.util.regex.Pattern RETALIATION = java.util.regex.Pattern.compile(
            "(?i)\\b(?:retaliat\\w*|answered|responded|in response|hit back|struck back|counter-?attack\\w*)\\b");

    private static boolean retaliation(Event e) {
        for (parley.domain.Mention m : e.mentions()) {
            if (m.text() != null && m.contribution() != null && m.contribution().contains("trigger")
                    && RETALIATION.matcher(m.text()).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean typesCompatible(EventType a, EventType b) {
        return a == b || (GATHERINGS.contains(a) && GATHERINGS.contains(b));
    }

    private static boolean overlap(EventDate a, EventDate b) {
        LocalDate aEnd = a.lastDay();
        LocalDate bEnd = b.lastDay();
        return !a.start().isAfter(bEnd) && !b.start().isAfter(aEnd);
    }

    private static boolean timesApart(EventDate a, EventDate b) {
        return a.time() != null && b.time() != null && a.start().equals(b.start())
                && Math.abs(a.time().toSecondOfDay() - b.time().toSecondOfDay()) > 2 * 3600;
    }

    private static boolean samePlace(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return x.contains(y) || y.contains(x) || cityInCountry(a, b) || cityInCountry(b, a);
    }

    /**
     * "after talks in Kenya" and "the delegations, meeting in Nairobi": a capital (the gazetteer's) inside the country
     * the other report names is no second place (session 14).
     */
    static boolean cityInCountry(String city, String country) {
        return RuleBasedExtractor.gazetteer().capitalOf(city, country);
    }

    private static Set<String> present(Event e) {
        Set<String> out = new LinkedHashSet<>();
        for (Participant p : e.participants()) {
            if (p.role().present()) {
                out.add(p.name());
            }
        }
        return out;
    }

    /** {@code kept} enriched by {@code other}: mentions and participants combined, disagreements recorded. */
    public Event merge(Event kept, Event other) {
        List<String> disagreements = new ArrayList<>(kept.disagreements());
        other.disagreements().stream().filter(d -> !disagreements.contains(d)).forEach(disagreements::add);

        EventDate date = kept.date();
        DateDerivation derivation = kept.derivation();
        EventStatus status = kept.status();
        if (finer(other.date(), kept.date())) {
            date = other.date();
            derivation = other.derivation();
            status = other.status();
        } else if (!kept.date().known() && !other.date().known() && derivation == null) {
            derivation = other.derivation();
        }
        if (kept.date().known() && other.date().known() && !compatibleDates(kept.date(), other.date())) {
            note(disagreements, "date: " + DateWords.of(kept.date()) + " in " + sources(kept) + ", "
                    + DateWords.of(other.date()) + " in " + sources(other));
        }
        status = mergeStatus(kept, other, status, disagreements);

        String location = kept.location();
        if (location == null) {
            location = other.location();
        } else if (other.location() != null && !samePlace(location, other.location())) {
            note(disagreements, "place: " + location + " in " + sources(kept) + ", " + other.location() + " in "
                    + sources(other));
        } else if (other.location() != null && (other.location().length() > location.length()
                || cityInCountry(other.location(), location))) {
            location = other.location(); // the longer name, or the city inside the country ("Nairobi" over "Kenya")
        }

        List<Participant> participants = mergeParticipants(kept, other, disagreements);
        List<Mention> mentions = mergeMentions(kept.mentions(), other.mentions());
        EventType type = TYPE_PREFERENCE.indexOf(other.type()) < TYPE_PREFERENCE.indexOf(kept.type())
                ? other.type() : kept.type();
        Event merged = new Event(kept.id(), type, null, date, derivation, location, status, participants, mentions,
                disagreements);
        return new Event(kept.id(), type, EventTitles.of(merged), date, derivation, location, status, participants,
                mentions, disagreements);
    }

    /** True when a is strictly more precise than b (a known date beats an unknown one). */
    private static boolean finer(EventDate a, EventDate b) {
        if (!a.known()) {
            return false;
        }
        if (!b.known()) {
            return true;
        }
        if (a.precision() != b.precision()) {
            return a.precision().compareTo(b.precision()) > 0;
        }
        return false;
    }

    /** Same date, or one contains the other (a day inside a month, a time on that day). */
    private static boolean compatibleDates(EventDate a, EventDate b) {
        if (!overlap(a, b)) {
            return false;
        }
        boolean aDay = a.precision().compareTo(Precision.DAY) >= 0 && a.end() == null;
        boolean bDay = b.precision().compareTo(Precision.DAY) >= 0 && b.end() == null;
        if (aDay && bDay) {
            return a.start().equals(b.start()) && !timesApart(a, b);
        }
        return true;
    }

    private static EventStatus mergeStatus(Event kept, Event other, EventStatus chosen, List<String> disagreements) {
        EventStatus a = kept.status();
        EventStatus b = other.status();
        if (a == b) {
            return chosen;
        }
        if (a == EventStatus.CANCELLED || b == EventStatus.CANCELLED) {
            Event cancelled = a == EventStatus.CANCELLED ? kept : other;
            Event not = cancelled == kept ? other : kept;
            if (not.status() == EventStatus.HELD) {
                note(disagreements, "status: cancelled in " + sources(cancelled) + ", held in " + sources(not));
            }
            return EventStatus.CANCELLED;
        }
        if (planCameTrue(kept, other) || planCameTrue(other, kept)) {
            // "- 3 March: X is to meet Y" and "On 3 March, X met Y", in one article or two: the plan happened (session 15)
            return EventStatus.HELD;
        }
        if (shareSource(kept, other)) {
            if (toldHeld(kept, other) || toldHeld(other, kept)) {
                // "X held talks with Y today" beside "X will host a dinner for Y tonight": the past clause of the
                // held report says what happened; a plan of the same day joined to it does not undo that (session 16)
                return EventStatus.HELD;
            }
            // one article: "held" is only the default of a past or present clause, the other words were explicit
            return a == EventStatus.HELD ? b : b == EventStatus.HELD ? a : chosen;
        }
        if (kept.date().known() == other.date().known() && kept.date().precision() == other.date().precision()) {
            // equally dated reports: the more advanced state wins (a later report saw it happen)
            return a == EventStatus.HELD || b == EventStatus.HELD ? EventStatus.HELD
                    : a == EventStatus.PLANNED || b == EventStatus.PLANNED ? EventStatus.PLANNED : chosen;
        }
        return chosen;
    }

    /**
     * {@code held} is told in a past clause of its own words ("met on 3 March") and {@code plan} was a plan or offer
     * of the same occasion: the article tells the plan and then that it happened.
     */
    private static boolean planCameTrue(Event held, Event plan) {
        return held.status() == EventStatus.HELD
                && (plan.status() == EventStatus.PLANNED || plan.status() == EventStatus.PROPOSED)
                && held.derivation() != null && held.derivation().rule() != null
                && held.derivation().rule().contains("(past clause)");
    }

    /**
     * {@code held} is dated and told by a trigger in a sentence of past verbs only, and {@code plan} was planned or
     * proposed for that same day (an undated plan is kept apart by {@link ArticleEvents}): the held report's own
     * words are explicit too.
     */
    private static boolean toldHeld(Event held, Event plan) {
        if (held.status() != EventStatus.HELD || !held.date().known() || !plan.date().known()
                || held.date().precision().compareTo(Precision.DAY) < 0 || held.date().end() != null
                || !held.date().start().equals(plan.date().start()) || plan.date().end() != null
                || !(plan.status() == EventStatus.PLANNED || plan.status() == EventStatus.PROPOSED)) {
            return false;
        }
        for (Mention m : held.mentions()) {
            String c = m.contribution();
            if (c != null && c.startsWith("trigger") && !c.contains("status ") && !c.contains("merged: ")
                    && m.text() != null && parley.extract.time.TenseDetector.of(m.text()) == parley.extract.time.Tense.PAST) {
                return true;
            }
        }
        return false;
    }

    private static boolean shareSource(Event a, Event b) {
        Set<Long> ids = new LinkedHashSet<>();
        a.mentions().forEach(m -> ids.add(m.sourceId()));
        return b.mentions().stream().anyMatch(m -> ids.contains(m.sourceId()));
    }

    private static List<Participant> mergeParticipants(Event kept, Event other, List<String> disagreements) {
        Map<String, Participant> byName = new LinkedHashMap<>();
        for (Participant p : kept.participants()) {
            byName.merge(p.name(), p, (x, y) -> better(x, y, null, null, null));
        }
        for (Participant p : other.participants()) {
            Participant old = byName.get(p.name());
            byName.put(p.name(), old == null ? p : better(old, p, kept, other, disagreements));
        }
        return new ArrayList<>(byName.values());
    }

    private static Participant better(Participant a, Participant b, Event ea, Event eb, List<String> disagreements) {
        String title = a.title() != null ? a.title() : b.title();
        if (a.role() == b.role()) {
            return new Participant(a.name(), a.kind(), title, a.role());
        }
        boolean aAbsent = a.role() == Role.ABSENT;
        boolean bAbsent = b.role() == Role.ABSENT;
        if (aAbsent || bAbsent) {
            Participant absent = aAbsent ? a : b;
            Participant otherOne = aAbsent ? b : a;
            if (otherOne.role().present() && disagreements != null) {
                note(disagreements, a.name() + ": absent in " + sources(aAbsent ? ea : eb) + ", taking part ("
                        + otherOne.role().name().toLowerCase(Locale.ROOT).replace('_', '-') + ") in "
                        + sources(aAbsent ? eb : ea));
            }
            // an explicit absence is a specific claim; keep it and let the disagreement say who differs
            return new Participant(a.name(), a.kind(), title, absent.role());
        }
        Role role = ROLE_PREFERENCE.indexOf(a.role()) <= ROLE_PREFERENCE.indexOf(b.role()) ? a.role() : b.role();
        return new Participant(a.name(), a.kind(), title, role);
    }

    private static List<Mention> mergeMentions(List<Mention> a, List<Mention> b) {
        Map<String, Mention> byKey = new LinkedHashMap<>();
        for (Mention m : a) {
            byKey.putIfAbsent(m.sourceId() + ":" + m.start() + ":" + m.end(), m);
        }
        for (Mention m : b) {
            String key = m.sourceId() + ":" + m.start() + ":" + m.end();
            Mention old = byKey.get(key);
            if (old == null) {
                byKey.put(key, m);
            } else if (!Objects.equals(old.contribution(), m.contribution())) {
                byKey.put(key, new Mention(old.sourceId(), old.start(), old.end(), old.text(),
                        combine(old.contribution(), m.contribution())));
            }
        }
        List<Mention> out = new ArrayList<>(byKey.values());
        out.sort(Comparator.comparingLong(Mention::sourceId).thenComparingInt(Mention::start));
        return out;
    }

    private static String combine(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null || a.contains(b)) {
            return a;
        }
        return a + "; " + b;
    }

    private static String sources(Event e) {
        if (e == null) {
            return "one report";
        }
        Set<Long> ids = new LinkedHashSet<>();
        e.mentions().forEach(m -> ids.add(m.sourceId()));
        if (ids.isEmpty() || (ids.size() == 1 && ids.contains(0L))) {
            return "one report";
        }
        StringBuilder sb = new StringBuilder(ids.size() == 1 ? "source " : "sources ");
        ids.stream().sorted().forEach(id -> sb.append(sb.charAt(sb.length() - 1) == ' ' ? "" : ", ").append(id));
        return sb.toString();
    }

    private static void note(List<String> disagreements, String d) {
        if (!disagreements.contains(d)) {
            disagreements.add(d);
        }
    }
}
