package parley.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import parley.domain.DateDerivation;
import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Mention;
import parley.domain.Participant;
import parley.domain.Precision;
import parley.domain.Role;
import parley.extract.text.WordSet;
import parley.extract.time.DateResolver;
import parley.extract.time.Resolution;
import parley.extract.time.Tense;
import parley.extract.time.TenseDetector;
import parley.extract.time.Timex;

/**
 * One trigger of a sentence made into an event: its date resolved with the tense of its own part of the clause,
 * a time of day with no day placed on the day last spoken of, participants (or those of "the two leaders"), place,
 * status, and a contribution note that says which words gave what.
 */
final class EventBuilder {
    /** The rule of a date lent by a live-blog entry's time stamp: the entry's day, no day of the event's words. */
    static final String BLOG_DAY = "day of the live-blog entry";

    /** Whether a date is the live-blog entry's (with a time of day of the sentence's own, or none). */
    static boolean blogDay(parley.domain.DateDerivation d) {
        return d != null && d.rule().startsWith(BLOG_DAY);
    }
    /** Called off, or never held: "never took place", "did not go ahead", "is off". */
    /**
     * "A fifth round was set for 3 May", "the meeting had been scheduled for Friday": an occasion told only as fixed
     * for a day is planned, even when the day has passed by the article's date (nothing says it was held).
     */
    private static final Pattern SET_FOR = Pattern.compile("(?i)^[^,;:]{0,40}?\\b(?:was|were|had been|has been|have been)"
            + " (?:(?:initially|originally|provisionally|tentatively|first) )?(?:set|scheduled|slated|planned|pencill?ed in"
            + "|fixed|timetabled) for (?:the )?(?:\\d|(?:early |mid-?|late )?(?:Monday|Tuesday|Wednesday|Thursday|Friday"
            + "|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December"
            + "|next|end|start|middle|week|weekend)\\b)");
    /** What tells a fixed occasion did take place after all. */
    private static final Pattern TOOK_PLACE = Pattern.compile("(?i)\\b(?:took place|went ahead|(?:was|were) held|opened"
            + "|began|ended|concluded|met|convened)\\b");
    private static final Pattern CANCELLED = Pattern.compile("(?i)\\b(?:cancel(?:l)?ed|called off|postponed|scrapped"
            + "|abandoned|shelved|will not (?:now )?take place|won[’']t take place|never (?:took place|happened|went ahead)"
            + "|did not (?:take place|happen|go ahead)|didn[’']t (?:take place|happen|go ahead)|(?:is|was) (?:now )?off)\\b");
    /**
     * Words every match of {@link #CANCELLED} holds, looked for in one pass of the lower-cased clause; "off" only as
     * the pattern has it ("called off", "is now off"): alone it is in most clauses ("officials", "offered").
     */
    private static final parley.extract.text.WordSet CANCELLED_CUES = new parley.extract.text.WordSet("cancel",
            "called off", "is off", "was off", "now off", "postpone", "scrap", "abandon", "shelve", "take place",
            "took place", "happen", "go ahead", "went ahead");
    /** An event no one has fixed a day for, in whatever tense the telling is: "no date has been set". */
    private static final Pattern NO_DATE = Pattern.compile("(?i)\\bno (?:new |firm )?date (?:has|had) (?:yet )?been"
            + " (?:set|fixed|agreed|named)|\\b(?:has|have|had) not (?:yet )?(?:set|named|fixed|agreed) a (?:new )?date"
            + "|\\bnot (?:yet )?(?:been )?scheduled\\b");
    private static final Pattern PROPOSED = Pattern.compile("(?i)\\b(?:could|might|may|would|should) (?:\\w+ )?(?:meet"
            + "|hold|host|visit|speak|travel|talk|take place|be held|convene)|\\b(?:proposed|proposal|not yet (?:been )?agreed|suggested|offered to"
            + "|possible|potential|invited|invitation|hopes? to|willing to|ready to|open to"
            + "|no (?:new )?date (?:has|had) (?:yet )?been (?:set|fixed|agreed|named)|(?:has|have|had) not (?:yet )?(?:set|named"
            + "|fixed|proposed|agreed) a (?:new )?date|without a date"
            // "has been floated but not scheduled", "no date yet": spoken of, not fixed (session 10)
            + "|(?:has|have|had|was|were) been floated|(?:was|were) floated|not (?:yet )?(?:been )?scheduled|unscheduled"
            + "|no (?:firm )?date (?:yet|so far)|no date for it yet)\\b");
    /**
     * "at the invitation of", "was invited but": a visit by invitation is planned, not merely proposed; "would not
     * attend, despite an invitation": the invitation was declined, the event itself goes ahead.
     */
    private static final Pattern INVITATION = Pattern.compile("(?i)\\bat the invitation of\\b|\\binvited but\\b"
            + "|\\bdespite (?:an|the|a|their|his|her|its) (?:\\w+ )?invitations?\\b|\\bdespite being invited\\b");

    /** A clause opening with a phrase of place or time before its verb ("On the sidelines of …, ", "At the summit, "). */
    private static final Pattern FRONTED = Pattern.compile("(?:On|At|During|Ahead of|Before|After) (?:the|a|an|this|their)\\b");
    /** A phrase of time relative to another event set before the clause: "Ahead of next week's summit, ". */
    private static final Pattern LEADING_PHRASE = Pattern.compile("(?:Ahead of|Before|After|Following|On the eve of"
            + "|In the run-up to|In preparation for)\\s[^,;.]{1,80},\\s");
    /** A press telling by its verb: "told reporters", "told journalists". */
    private static final Pattern TOLD_TRIGGER = Pattern.compile("(?i)told\\s+(?:reporters|journalists)");
    /** The first reporting verb of a clause: what follows it is what was said, in a tense of its own. */
    private static final Pattern REPORTING_VERB = Pattern.compile("\\b(?:said|says|told|tells|announced|announces"
            + "|added|adds|insisted|insists|stressed|stresses|warned|warns|declared|declares)\\b");

    /** After a statement's trigger, where what it says starts: its "that" or its reporting verb ("says"). */
    private static final Pattern SAYS_WHAT = Pattern.compile("(?=\\sthat\\s)|\\b(?:said|says|told|tells|announced"
            + "|announces|added|adds|insisted|insists|stressed|stresses|warned|warns|declared|declares|wrote|writes"
            + "|posted|posts)\\b");

    /** The clause up to and with its first reporting verb: the matrix that tells, without what it tells. */
    private static String matrix(String clause) {
        java.util.regex.Matcher m = REPORTING_VERB.matcher(clause);
        return m.find() ? clause.substring(0, m.end()) : clause;
    }

    /** ", his office said.", ", officials said on Monday": the attribution at the end of a sentence. */
    private static final Pattern ATTRIBUTION_TAIL = Pattern.compile("(?i),\\s+(?:[\\p{L}'’-]+\\s+){1,4}(?:said|says)"
            + "(?:\\s+on\\s+\\p{L}+|\\s+\\p{L}+day)?\\s*[.!]?\\s*$");

    /**
     * A comment on the whole clause set after it: ", which Oslo will not welcome", ", which the opposition will
     * criticise" (an object relative: a subject before its verb), ", a move that Moscow will watch" (session 16).
     */
    private static final Pattern COMMENT_CLAUSE = Pattern.compile(",\\s+(?:which\\s+(?!(?:will|would|is|are|was|were"
            + "|could|may|might|should|shall|has|have|had|can|must|be|been|not|also|then)\\b)[\\p{L}]"
            + "|(?:a|another|one) (?:move|step|decision|development|outcome|result) (?:that|which)\\s)");

    /** "ahead of the elections", "ahead of next week's summit": up to the phrase's end. */
    private static final Pattern AHEAD_OF = Pattern.compile("\\bahead of\\b[^,;.]*");

    private final String text;
    private final LocalDate anchor;
    private final BitSet quoted;
    private final Story story;
    private final SentenceLinks links;
    private final SectionDates sections;
    private List<Timex> unclaimed = List.of();
    private List<Timex> sayingTimes = List.of();
    /** Undated attacks of this sentence told as overnight, with the day the text last spoke of. */
    private final Map<Event, EventDate> overnightFrom = new java.util.IdentityHashMap<>();
    /** The last day the text spoke of, for a time of day with no day ("at midday"). */
    private Resolution focus;
    /** The live blog's entries and their days (session 16: the one reading of time stamps). */
    private final LiveBlog blog;
    /** "postponed until tomorrow", "moved to Friday": the date after it is the new date of a planned event. */
    private static final Pattern RESCHEDULED = Pattern.compile("(?i)\\b(?:postponed|delayed|pushed back|put off"
            + "|moved|rescheduled)\\s+(?:until|till|to|for)\\b");

    EventBuilder(String text, LocalDate anchor, BitSet quoted, Story story, SentenceLinks links, SectionDates sections,
            LiveBlog blog) {
        this.blog = blog;
        this.text = text;
        this.anchor = anchor;
        this.quoted = quoted;
        this.story = story;
        this.links = links;
        this.sections = sections;
    }

    /** The times of the sentence being built that no trigger's clause holds. */
    void sentenceTimes(List<Timex> unclaimed, List<Timex> sayingTimes) {
        this.unclaimed = unclaimed;
        this.sayingTimes = sayingTimes;
        this.overnightFrom.clear();
        this.sentenceDay = null;
    }

    /**
     * The day an earlier trigger of this sentence was put on: "(where, on Wednesday, he met X), he flew to Doha the
     * same afternoon" counts from Wednesday, the day last named, before any earlier sentence's.
     */
    private EventDate sentenceDay;

    /**
     * The one day (not clock time) among a sentence's unclaimed times, or null when there is none or several. A
     * weekday right before a day of the month ("Saturday 12 December") names that day again: one day, the dated one.
     */
    private Timex loneDay(List<Timex> unclaimed) {
        Timex lone = null;
        for (Timex t : unclaimed) {
            if (t.kind() != Timex.Kind.TIME) {
                if (lone != null && !(lone.kind() == Timex.Kind.WEEKDAY && t.kind() == Timex.Kind.DAY_OF_MONTH
                        && (lone.modifier() == null || lone.modifier().equals("on")) && text.substring(lone.end(), t.start()).matches(",?\\s+"))) {
                    return null;
                }
                lone = t;
            }
        }
        return lone;
    }

    Event build(SentenceEvents.Slot slot, Mention base, int end) {
        String clause = unquoted(slot.clause.start(), end);
        // the clause's words, read once for its tense and for whether it tells a timetable
        TenseDetector.Reading words = TenseDetector.read(clause);
        // ", his office said": the tense of the telling, not of the event told
        Tense tense = clause.contains(" said") || clause.contains(" says")
                ? TenseDetector.of(ATTRIBUTION_TAIL.matcher(clause).replaceFirst("")) : TenseDetector.of(words);
        if (tense == Tense.FUTURE) {
            // "A met B on Tuesday, which Oslo will not welcome": the future is the comment's, not the meeting's
            java.util.regex.Matcher comment = COMMENT_CLAUSE.matcher(text).region(slot.trigger.end(), Math.max(slot.trigger.end(), end));
            // the trigger a past verb of its own ("met", "held talks"), not a noun the comment may be about ("they
            // discussed a summit, which Berlin will host")
            if (comment.find() && TenseDetector.of(text.substring(slot.trigger.start(), slot.trigger.end())) == Tense.PAST
                    && TenseDetector.of(unquoted(slot.clause.start(), comment.start())) == Tense.PAST) {
                tense = Tense.PAST;
            }
        }
        if ((slot.type() == EventType.STATEMENT || slot.type() == EventType.PRESS_CONFERENCE) && !slot.saying) {
            // "Merz writes on X that Germany will double its aid", "In a post on X, Merz says Berlin will …": the
            // statement is told in the tense of its own words up to what it says, not in the tense of what it says
            // (session 13)
            java.util.regex.Matcher said = SAYS_WHAT.matcher(text).region(slot.trigger.end(), Math.max(slot.trigger.end(), end));
            if (said.find()) {
                tense = TenseDetector.of(unquoted(slot.clause.start(), said.end()));
            }
            int comma = text.lastIndexOf(", ", slot.trigger.start());
            if (tense == Tense.FUTURE && TOLD_TRIGGER.matcher(slot.trigger.phrase()).matches()
                    && comma > slot.clause.start() && slot.trigger.start() - comma <= 60) {
                // "Japan will widen the swap, Kato told reporters on Monday": the telling's tense, set after what it
                // tells, as for a dated saying (session 18)
                tense = TenseDetector.of(unquoted(comma + 1, Math.min(end, slot.trigger.end())));
            }
        }
        java.util.regex.Matcher saying = SentenceLinks.maySayThenAfter(text, slot.clause.start(), slot.trigger.start())
                ? SentenceLinks.SAID_THEN_AFTER.matcher(text).region(slot.clause.start(), slot.trigger.start()) : null;
        if (saying != null && saying.find()) {
            // "Troops will go in, Macron said on Thursday after hosting the coalition": the hosting is told in the
            // telling's tense, not in the tense of the words reported before it
            tense = TenseDetector.of(unquoted(saying.start(), end));
        }
        if (slot.saying) {
            // "Witkoff said on Thursday he expected to be told the outcome": the saying is told in its own verb's
            // tense; what it reports has another. Set after what it reports ("The two will reopen the border, X
            // announced on Tuesday"), the saying's clause starts at its comma (session 13)
            int comma = text.lastIndexOf(", ", slot.trigger.start());
            int from = comma > slot.clause.start() && slot.trigger.start() - comma <= 60 ? comma + 1 : slot.clause.start();
            tense = TenseDetector.of(unquoted(from, Math.min(end, slot.trigger.end())));
        }
        int who = whoClause(Math.max(slot.clause.start(), slot.trigger.start() - 120), slot.trigger.start());
        int closes = who >= 0 ? text.indexOf(',', slot.trigger.end()) : -1;
        if (closes > 0 && closes < end) {
            // "Støre, who arrived in Ottawa on Saturday, will tour a shipyard": the arrival is told in its own verb's
            // tense, not in the main clause's
            tense = TenseDetector.of(unquoted(who, closes));
        }
        if (tense != Tense.PAST && FRONTED.matcher(clause).lookingAt()) {
            // "On the sidelines of the G20 summit on Saturday, Modi met Albanese": a phrase set before the clause's
            // verb has no tense of its own; the verb after the comma tells it, up to its reporting verb ("At their
            // press conference, the chancellor says Berlin will double its aid": held, the "will" is what was said)
            int comma = text.substring(slot.trigger.end(), slot.clause.end()).indexOf(", ");
            if (comma >= 0 && (tense == Tense.PRESENT || TenseDetector.of(unquoted(slot.clause.start(),
                    slot.trigger.end() + comma)) != Tense.FUTURE)) {
                tense = TenseDetector.of(matrix(unquoted(slot.trigger.end() + comma, slot.clause.end())));
            }
        }
        if (tense == Tense.FUTURE) {
            // "Ahead of next week's summit, NATO ministers met on Monday": the phrase set before the clause looks
            // ahead, the clause's own verb does not (session 13)
            java.util.regex.Matcher lead = LEADING_PHRASE.matcher(clause);
            if (lead.lookingAt() && slot.clause.start() + lead.end() <= slot.trigger.start()) {
                tense = TenseDetector.of(unquoted(slot.clause.start() + lead.end(), end));
            }
        }
        if (tense != Tense.FUTURE && anchor != null && TenseDetector.timetable(words, anchor.getDayOfWeek())) {
            tense = Tense.FUTURE; // "Lavrov arrives in Ankara on Monday": a timetable for a day still to come
        }
        if (tense == Tense.PAST && clause.contains("invit") && INVITED_TO.matcher(text)
                .region(slot.clause.start(), slot.trigger.start()).find()) {
            tense = Tense.FUTURE; // "has invited the Gulf leaders to a summit on Wednesday": the summit lies ahead
        }
        if (tense != Tense.FUTURE && clause.contains("ffered") && proposedHere(clause, tense, slot)) {
            tense = Tense.FUTURE; // "has offered to host talks in Lisbon from Feb. 9": what is offered lies ahead
        }
        boolean sequenced = links.sequenced(slot.trigger.start());
        // "The two ministers agreed to meet again next month": a group before an agreed and dated event is its
        // subject (not so "after the two leaders met": what came before is someone else's reference point)
        Event referent = story.groupReferent(slot, sequenced && !(slot.times.size() > 0
                && SentenceLinks.intended(text, slot.trigger.start()) == parley.domain.EventStatus.PLANNED));
        // "two days later", "that evening": from the group's event, else the day the text last spoke of
        EventDate previous = sentenceDay == null && sections.freshHeading() != null ? sections.freshHeading()
                : referent != null && referent.date().known() ? laterOf(referent.date(), sections.reference())
                : sentenceDay != null ? sentenceDay
                : sections.reference() != null ? sections.reference() : story.lastDatedDate();
        Resolution day = null;
        Resolution time = null;
        Timex dayTimex = null;
        List<Timex> own = ownTimes(slot);
        LiveBlog.Stamp posted = blog.entry();
        if (posted != null && !own.isEmpty() && own.get(0).start() < posted.to()) {
            own = own.stream().filter(t -> !posted.holds(t)).toList(); // "6.40pm — X met Y": when it was posted
        }
        int urged = SentenceLinks.intentionStart(text, slot.trigger.start());
        if (urged < 0 && (hedged(slot) || prospectBefore(slot))) {
            // "exchanged drafts on Monday ahead of a possible summit": the day is the drafts', the summit has none
            urged = slot.trigger.start();
        }
        if (urged >= 0) {
            // "On Monday Merz urged them to hold talks", "Putin offered on Friday to host the round": a time before
            // the trigger dates the urging or the offer, not the event
            own = own.stream().filter(t -> t.start() >= slot.trigger.start()).toList();
            if (SentenceLinks.intended(text, slot.trigger.start()) == EventStatus.PROPOSED) {
                // "invited him to visit at a later date": a time still to be fixed, no step from the event told
                own = own.stream().filter(t -> t.kind() != Timex.Kind.AFTER_PREVIOUS
                        || !text.regionMatches(true, t.start(), "later date", 0, 10)).toList();
            }
        }
        List<Timex> order = pickOrder(own, slot.trigger.start(), slot.trigger.end());
        Timex aside = setOffWith(order, slot);
        if (aside != null) {
            order = new ArrayList<>(order);
            order.remove(aside);
            order.add(0, aside); // "The terminal, bombed in March, reopened on Sunday": March is the bombing's
        }
        for (Timex t : order) {
            Resolution r = sections.weekday(t);
            if (r == null && t.kind() == Timex.Kind.WEEKDAY && "that".equals(t.modifier())) {
                // "would begin that Saturday": the day the narrative last spoke of, not the group's own event
                r = resolve(t, tense, sentenceDay != null ? sentenceDay
                        : sections.reference() != null ? sections.reference() : previous);
            }
            if (r == null) {
                // "later in the year": the year of the event just told, whatever day the section last spoke of
                EventDate from = t.withinEventTold() && story.lastDate() != null && story.lastDate().known()
                        ? story.lastDate()
                        : stepFrom(t, previous);
                r = weekInReview(t, resolve(t, tense, from), tense);
            }
            if (t.kind() == Timex.Kind.TIME) {
                time = time == null ? r : time;
            } else if (day == null) {
                day = r;
                dayTimex = t;
            }
        }
        if (day == null && anchor != null && (Presence.PARTICIPLES.contains(parley.extract.text.Tokens.fold(
                slot.trigger.phrase())) || GATHERING_GOING_ON.contains(slot.trigger.value()))) {
            day = presence(slot, tense, previous);
        }
        Timex lone = loneDay(unclaimed);
        if (day == null && lone != null && urged < 0) {
            // a time of the sentence that no trigger's clause holds: "On Monday, as talks opened, they met"; a clock
            // time beside it is no second day ("On 14 September, from 6:30 p.m., X held a telephone talk")
            Timex t = lone;
            Resolution r = sections.weekday(t);
            day = r != null ? r : resolve(t, tense, stepFrom(t, previous));
            dayTimex = t;
        }
        Resolution entryDay = sections.chronologyEntry();
        if (entryDay != null && day != null && dayTimex != null && (lookingBack(dayTimex) || !day.date().known()
                || day.date().start().isBefore(entryDay.date().start()))) {
            // "3 - A meets B and apologises for a border shooting last November": a chronology entry happens on its
            // own day; an earlier time in it ("last …", "… ago", a day before the entry's) is what it looks back on
            day = entryDay;
            dayTimex = null;
        }
        Resolution leadDay = sections.lead();
        if (leadDay != null && day != null && dayTimex != null && tense != Tense.FUTURE && opensLine(base.start())
                && within(leadDay.date(), day.date())) {
            // "- 5 May: While the drought lasts this year, A meets B": the entry's day dates what its first
            // sentence tells; a vaguer time around it ("this year", "in June") is the setting, not another day
            day = leadDay;
            dayTimex = null;
        }
        if (day != null && day.date().known() && dayTimex != null) {
            day = multiDay(slot, day, dayTimex, tense);
            day = pastDay(day, dayTimex, tense, clause);
        }
        Resolution when;
        if (day != null) {
            when = time == null ? day : DateResolver.withTime(day, time, null);
        } else if (time != null && focus != null) {
            when = DateResolver.withTime(focus, time, "'" + focus.derivation().phrase() + "' (earlier sentence)");
        } else {
            when = time;
        }
        LiveBlog.Stamp stamp = blog.entry();
        if ((when == null || !when.date().known()) && stamp != null && anchor != null
                && !(slot.clauseDated && !stamp.alone()) && (tense == Tense.PAST
                || tense != Tense.FUTURE && stamp.alone()) && !SectionDates.background(unquoted(slot.clause.start(),
                Math.min(end, slot.trigger.end() + 24)))) {
            // a live-blog entry stamped "14:05" reports what happened that day, before that time: the entry's day
            // (the day heading above, else the blog's, moved by the nights its stamps crossed). A present tense is
            // the entry's news only under a stamp of its own line ("14:05 Ministers meet" may be a programme's). On
            // the stamp's own line, a time another trigger of the clause holds is this one's (SentenceLinks shares it)
            LocalDate heading = sections.headingDay();
            LocalDate blogDay = blog.day(heading, anchor);
            Resolution stampDay = new Resolution(EventDate.day(blogDay), null, new parley.domain.DateDerivation(
                    stamp.phrase(), blogDay.equals(anchor) ? parley.extract.time.DateWords.anchor(anchor)
                            : heading != null ? "section headed " + parley.extract.time.DateWords.day(heading)
                            : "live blog of " + parley.extract.time.DateWords.day(blog.base(anchor)),
                    BLOG_DAY, parley.extract.time.DateWords.day(blogDay)));
            when = time == null ? stampDay : DateResolver.withTime(stampDay, time, null); // "met at 3pm"
        }
        if ((when == null || !when.date().known()) && !sequenced && !slot.clauseDated && !ownDayUnplaced(dayTimex, day)) {
            // (a time another trigger of the clause holds is this one's too: SentenceLinks shares it)
            // no time in the sentence: the section's (narrative mode), never the publication date
            java.util.Set<String> people = new java.util.HashSet<>();
            slot.participants.keySet().forEach(k -> people.add(k.name()));
            if (referent != null) {
                referent.participants().forEach(p -> people.add(p.name()));
            }
            // whether the event is told as background ("had met") is said before or just after its trigger; a
            // "had been" further on belongs to another clause ("to brief her on what had been agreed")
            String told = unquoted(slot.clause.start(), Math.min(end, slot.trigger.end() + 24));
            // a remark told with its own occasion ("Hours before the guest landed, X posted"): of the story's day
            boolean occasion = (slot.trigger.value() == EventType.STATEMENT
                    || slot.trigger.value() == EventType.PRESS_CONFERENCE)
                    && SituatedRemarks.situated(text, base.start(), slot.trigger.start(), slot.trigger.end());
            // an offer or proposal with no day of its own ("Putin offered to host the next round") is not dated by
            // the day the text last spoke of: it has none yet (an agenda's dated entry, "31 Oct – 1 Nov: APEC
            // meeting. Watch for a proposal to resurface", still frames what it lists)
            // (nor is an invitation: "invited Starmer to visit Canada at a later date", session 10)
            Resolution section = sections.lead() == null && (proposedHere(clause, tense, slot)
                    || SentenceLinks.intended(text, slot.trigger.start()) == EventStatus.PROPOSED) ? null
                    : dayOfSpan(sections.forUndated(tense, told, people, occasion), slot);
            if (section != null && section.date().end() == null && section.date().precision() == Precision.DAY) {
                section = nthDay(slot, section); // "were on the second day of their talks" on the story's day
            }
            if (section != null) {
                when = time == null ? section : DateResolver.withTime(section, time, "the section");
            }
        }
        if (when != null && when.date().known() && when.date().precision().compareTo(Precision.DAY) >= 0) {
            focus = when;
            if (!SectionDates.fromSection(when.derivation())) {
                sentenceDay = when.date();
            }
        }
        EventDate date = when == null ? EventDate.UNKNOWN : when.date();
        DateDerivation derivation = when == null ? null : when.derivation();
        List<Participant> ps = new ArrayList<>();
        for (Map.Entry<KnownEntity, Role> p : slot.participants.entrySet()) {
            Role role = p.getValue();
            if (role == Role.ATTENDEE && (slot.type() == EventType.STATEMENT
                    || slot.type() == EventType.PRESS_CONFERENCE)) {
                role = Role.SPEAKER;
            }
            ps.add(participant(p.getKey(), role));
        }
        if (referent != null) {
            for (Participant p : referent.participants()) {
                if (p.role().present() && p.kind() != EntityKind.ORGANISATION
                        && ps.stream().noneMatch(q -> q.name().equals(p.name()))) {
                    ps.add(new Participant(p.name(), p.kind(), p.title(), slot.type() == EventType.STATEMENT
                            || slot.type() == EventType.PRESS_CONFERENCE ? Role.SPEAKER : Role.ATTENDEE));
                }
            }
        }
        // a call joins people in different places: it has none (GUIDELINES.md), whatever city the sentence names ("In
        // London, X held a call with Y")
        EventType type = inPerson(slot, clause) || afterFaceToFace(slot, clause) ? EventType.MEETING : slot.type();
        String location = slot.place == null || type == EventType.CALL ? null : slot.place.name();
        if (tense == Tense.FUTURE && anchor != null && date.known() && date.lastDay().isBefore(anchor)
                && clause.contains("ahead of") && TenseDetector.of(AHEAD_OF.matcher(clause).replaceAll(" ")) != Tense.FUTURE) {
            // "- 12 May: A meets B and endorses her ahead of the elections": the elections lie ahead of the entry, the
            // entry's own day is past; the historical present tells it as held (session 16)
            tense = Tense.PRESENT;
        }
        // a past report of a blog entry stamped past midnight is held, though the article was first put up the day before
        boolean night = tense == Tense.PAST && blogDay(when == null ? null : when.derivation());
        EventStatus status = status(clause, tense, night ? EventDate.day(anchor) : date,
                slot.trigger.start() - slot.clause.start(), reported(slot));
        EventStatus intended = SentenceLinks.intended(text, slot.trigger.start());
        if (status == EventStatus.HELD && intended != null) {
            status = intended; // "agreed to meet", "looked forward to meeting": not held yet
        }
        StringJoiner why = new StringJoiner("; ");
        why.add("trigger '" + slot.trigger.phrase() + "'");
        for (Timex t : own) {
            why.add((t.kind() == Timex.Kind.TIME ? "time '" : "date '") + t.phrase() + "'");
        }
        if (day != null && dayTimex != null && !own.contains(dayTimex)) {
            why.add("date '" + dayTimex.phrase() + "' of the sentence");
        }
        if (derivation != null && SectionDates.fromSection(derivation)) {
            why.add("date of the section");
        }
        if (day == null && time != null && focus != null && date.known()) {
            why.add("day from an earlier sentence");
        }
        if (referent != null && referent.mentions().isEmpty()) {
            why.add("participants named just before ('" + referent.title() + "')");
        } else if (referent != null) {
            why.add("participants of the event just mentioned ('" + referent.title() + "')");
        } else if (ps.stream().anyMatch(p -> p.role().present())) {
            why.add("participants");
        }
        slot.roleWords.forEach((k, w) -> why.add(slot.participants.get(k).name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-') + " '" + w + "'"));
        if (location != null) {
            why.add("place '" + slot.place.phrase() + "'");
        }
        if (status != EventStatus.HELD) {
            why.add("status " + status.name().toLowerCase(java.util.Locale.ROOT));
        }
        Event e = new Event(0, type, null, date, derivation, location, status, ps,
                List.of(withContribution(base, why.toString())), List.of());
        if (!date.known() && slot.type() == EventType.MILITARY && tense != Tense.FUTURE && anchor != null
                && clause.contains("overnight")) {
            overnightFrom.put(e, previous);
        }
        return e;
    }

    /** A telephone, a line or a screen: how a call is held. */
    private static final java.util.regex.Pattern BY_LINE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:phon\\w*|telephon\\w*|video\\w*|virtual\\w*|hotline|line|online|remote\\w*|zoom|rang|ring\\w*"
            + "|called|calls?|dial\\w*)\\b");
    /**
     * Words of being together: "face to face", "in person", "over dinner", "on the sidelines", "during his visit", "in
     * the car".
     */
    private static final java.util.regex.Pattern TOGETHER = java.util.regex.Pattern.compile(
            "(?i)\\b(?:face[- ]to[- ]face|in person|over (?:a |an )?(?:working )?(?:lunch|dinner|breakfast|coffee|tea)"
            + "|on the (?:sidelines|margins|fringes)|during (?:his|her|their|the) (?:visit|stay|trip)|side by side"
            // "during the drive to the airport", "in the car", "a car ride together": travelling together (session 15)
            + "|(?:in|during|on) (?:the|a|their|his|her|our|my) (?:car|drive|ride|walk|stroll|motorcade|limousine)"
            + "|car ride|(?:walk|stroll|drive|ride) together)\\b");

    /**
     * "had a long conversation with Milei at the palace in Buenos Aires", "a face-to-face conversation": a conversation
     * placed after its word, or told as face to face, with no telephone or screen in its clause, was held in person, a
     * meeting (session 14); the guidelines' calls are phone calls. "In London, X had a conversation with Y" (a place
     * before it: where the caller was) and "had a conversation with Rubio on Saturday" stay calls.
     */
    /**
     * "X hosted Y in Canberra on Thursday. X said afterwards the two had a very good conversation": a conversation with
     * no line named and no day of its own, right after a held face-to-face occasion whose people it names (or none
     * other), is that occasion told again, a MEETING, not a call of its own (session 17).
     */
    private boolean afterFaceToFace(SentenceEvents.Slot slot, String clause) {
        if (slot.type() != EventType.CALL || slot.times.stream().anyMatch(t -> t.kind() != Timex.Kind.AFTER_PREVIOUS)
                || !slot.trigger.phrase().toLowerCase(java.util.Locale.ROOT).startsWith("conversation")
                || BY_LINE.matcher(clause).find()) {
            return false;
        }
        Event last = story.last();
        if (last == null || last.status() != EventStatus.HELD || !FACE_TO_FACE.contains(last.type())) {
            return false;
        }
        java.util.Set<String> there = new java.util.HashSet<>();
        last.participants().forEach(p -> there.add(p.name()));
        return slot.participants.keySet().stream().allMatch(k -> there.contains(k.name()));
    }

    private static final java.util.Set<EventType> FACE_TO_FACE = java.util.EnumSet.of(EventType.MEETING,
            EventType.SUMMIT, EventType.TALKS, EventType.VISIT);

    private static boolean inPerson(SentenceEvents.Slot slot, String clause) {
        if (slot.type() != EventType.CALL
                || !slot.trigger.phrase().toLowerCase(java.util.Locale.ROOT).startsWith("conversation")
                || BY_LINE.matcher(clause).find()) {
            return false;
        }
        return TOGETHER.matcher(clause).find()
                || slot.place != null && !slot.place.visit() && slot.place.start() > slot.trigger.start();
    }

    /**
     * The sentence's overnight attacks that no other time of the sentence dated ({@link SentenceLinks#inheritDates}
     * shares the briefing's "5 a.m. on Saturday"), dated by the morning they were told on.
     */
    void dateOvernight(List<Event> built) {
        for (int i = 0; i < built.size(); i++) {
            Event e = built.get(i);
            if (overnightFrom.containsKey(e) && !e.date().known()) {
                Resolution r = overnight(overnightFrom.get(e));
                Mention m = e.mentions().get(0);
                built.set(i, new Event(0, e.type(), null, r.date(), r.derivation(), e.location(), e.status(),
                        e.participants(), List.of(withContribution(m, m.contribution() + "; date '"
                                + r.derivation().phrase() + "' (overnight)")), List.of()));
            }
        }
    }

    /**
     * "Drones struck Kharkiv overnight, officials said on Thursday": an overnight attack with no day of its own takes
     * the morning it is told on (the guidelines' "morning named in the text"): the saying's day, else the article's.
     */
    private Resolution overnight(EventDate previous) {
        Timex told = loneDay(sayingTimes);
        if (told != null) {
            Resolution r = resolve(told, Tense.PAST, previous);
            if (r != null && r.date().known()) {
                return new Resolution(r.date(), null, new DateDerivation(told.phrase(), r.derivation().anchor(),
                        "an overnight attack, on the morning it was told", r.derivation().result()));
            }
        }
        return new Resolution(EventDate.day(anchor), null, new DateDerivation("overnight",
                parley.extract.time.DateWords.anchor(anchor), "an overnight attack, on the morning of the article",
                parley.extract.time.DateWords.day(anchor)));
    }

    /**
     * "has invited X to a summit", "invites", "an invitation to the talks": the event invited to is still ahead.
     * A plain past "invited X to a retreat in February" tells the retreat as past, and is left to the tense.
     */
    private static final Pattern INVITED_TO = Pattern.compile("(?i)(?:\\b(?:has|have|had)\\s+(?:\\p{L}+\\s+)?invited"
            + "|\\binvit(?:es|ing|ation))\\b[^.;]{0,80}\\bto\\s+"
            + "(?:(?:a|an|the|attend|join|his|her|their)\\s+)?(?:[\\p{L}-]+\\s+){0,3}$");

    /** "since 2008", "as he did in 2019": a time the clause compares with, not the time of its event. */
    private static final Pattern BACKGROUND_BEFORE = Pattern.compile("(?i)(?:\\bsince\\b|\\b(?:as|like)\\s+(?:\\p{L}+\\s+)"
            + "{0,2}(?:did|had|has|does|was|were)\\b|\\bthan\\b|\\bcompared (?:with|to)\\b)[^,;]{0,40}$");
    /** "a two-day summit", "the three-day visit": how many days an event lasts. */
    private static final Pattern DAYS_LONG = Pattern.compile("(?i)\\b(two|three|four|five|six|seven|\\d)-day\\s+"
            + "(?:[\\p{L}-]+\\s+){0,3}$");
    /** Between a span's noun and the day it ends on: "ending", "which ends", "that wraps up" (session 11). */
    private static final Pattern ENDING_ON = Pattern.compile("(?i)\\b(?:ending|ends|ended|closing|closes|concluding"
            + "|concludes|wrapping up|wraps up)\\s+(?:on\\s+)?$");
    /**
     * Before a span: a verb that closes it ("ended a two-day trip", "concluded a state visit", "departed Lima, ending a
     * state visit") or "at the end of" one; the day named is its last (session 17). "wrapped up" is left out: it cost
     * a type on the dev set.
     */
    private static final Pattern CLOSED_SPAN = Pattern.compile("(?i)\\b(?:end(?:s|ed|ing)?"
            + "|conclud(?:e|es|ed|ing)|complet(?:e|es|ed|ing)|finish(?:es|ed|ing)?|round(?:s|ed|ing)?\\s+off"
            + "|(?:at|by)\\s+the\\s+(?:end|close)\\s+of|(after))\\s+(?:a|an|the|his|her|their|its)\\s+$");
    /** A departure before "after a three-day visit": "left Hanoi on Friday after", "flew home after" (session 17). */
    private static final Pattern DEPARTED = Pattern.compile("(?i)\\b(?:left|leaves|leaving|departed|departs|departing"
            + "|(?:flew|flies|flying|headed|heads|heading|went|returned|returns|returning)\\s+(?:home|back))\\b");
    private static final Map<String, Integer> COUNTS = Map.of("two", 2, "three", 3, "four", 4, "five", 5, "six", 6,
            "seven", 7);

    /**
     * The slot's times without those that do not date its event: a time after "since", "as he did" or "than"
     * (the first visit since 2008), and a year naming another occasion ("the 1974 agreement") unless it names
     * this trigger ("their 2018 summit").
     */
    /** A relative clause about people, open up to the time: the time is of that clause's verb. */
    private static final Pattern WHO_CLAUSE = Pattern.compile(",\\s+(?:who|whom|whose)\\s[^,;]*$");

    /**
     * Whether a time before the trigger lies in a relative clause about a person that closes before the trigger
     * (", who arrived on Saturday, met …").
     */
    private boolean relativeBefore(Timex t, int trigger) {
        int close = text.indexOf(',', t.end());
        return close >= 0 && close < trigger && whoClause(Math.max(0, t.start() - 120), t.start()) >= 0;
    }

    /**
     * Where a relative clause about people open up to {@code to} starts ({@link #WHO_CLAUSE} in [from, to)), or -1;
     * the pattern only runs when the region holds "who" (it is asked for every trigger and time).
     */
    private int whoClause(int from, int to) {
        if (parley.extract.text.WordCues.startIn(text, "who", from, to) < 0) {
            return -1;
        }
        java.util.regex.Matcher m = WHO_CLAUSE.matcher(text).region(from, to);
        return m.find() ? m.start() : -1;
    }

    private List<Timex> ownTimes(SentenceEvents.Slot slot) {
        List<Timex> out = new ArrayList<>(slot.times.size());
        for (Timex t : slot.times) {
            if (embedded(t, slot)) {
                continue; // "met at the hall where he had protested in 2009": the protest's year, not the meeting's
            }
            // only a marker between the trigger and the time: "the summit since 2019" vs "since the 2019 summit"
            if (t.start() >= slot.trigger.end() && BACKGROUND_BEFORE.matcher(text)
                    .region(Math.max(slot.trigger.end(), t.start() - 60), t.start()).find()) {
                continue;
            }
            if (t.phrase().toLowerCase(java.util.Locale.ROOT).startsWith("since")) {
                continue; // "since May": the start of a period, not the day of an occasion
            }
            if (t.kind() == Timex.Kind.DURATION) {
                continue; // "over the past year": how long, not when
            }
            if (t.kind() == Timex.Kind.YEAR && Character.isDigit(t.phrase().charAt(0))
                    && (slot.trigger.start() < t.end() || slot.trigger.start() - t.end() > 30)) {
                continue; // "the 1974 agreement" beside a meeting names the agreement's year
            }
            out.add(t);
        }
        // "met Merz, who had arrived on Sunday, in Paris on Monday": a time in a relative clause about people is of
        // that clause's verb, so another time of the trigger's wins; "Following the call he sounded out his allies,
        // who on Sunday agreed": a reference point takes no time from it at all
        List<Timex> described = new ArrayList<>(1);
        for (Timex t : out) {
            if (t.start() >= slot.trigger.end()
                    && whoClause(slot.trigger.end(), t.start()) >= 0) {
                described.add(t);
            } else if (t.end() <= slot.trigger.start() && relativeBefore(t, slot.trigger.start())) {
                described.add(t); // "Støre, who arrived on Saturday, met Carney on Monday": Saturday is the arrival's
            }
        }
        if (!described.isEmpty() && (slot.sequenced || described.size() < out.size())) {
            out.removeAll(described);
        }
        return out;
    }

    /** Nouns of occasions: a clause about one of them ("the talks that ended on Monday") may date the event. */
    private static final String OCCASION_NOUNS = "talks|meetings?|summits?|visits?|trips?|rounds?|sessions?"
            + "|conferences?|forums?|calls?|negotiations|consultations|dinners?|lunch|lunches|breakfast|ceremony"
            + "|ceremonies|gatherings?|tours?|missions?|encounters?|audiences?|signing|events?|exchanges?|contacts";
    /**
     * A clause embedded after a noun that is not an occasion, open up to the time: "the hall where he had
     * protested in 2009", "the palace that was rebuilt in 1998", "the fortress which the two fought over in 1905".
     */
    private static final Pattern EMBEDDED_RELATIVE = Pattern.compile("(?i)\\b(?!(?:" + OCCASION_NOUNS
            + "|said|says|saying|told|tells|agreed|so|now|and|but|or|in|on|at|of|for|with|to|by|from|than|such|after"
            + "|before|since|is|was|were|are)\\b)(\\p{L}[\\p{L}'’-]*)(?:\\s+(where|whom)\\b|,\\s+(whom)\\b|,?\\s+(?:that|which)\\s+(?:[\\p{L}'’-]+\\s+){0,4}?"
            + "(?:was|were|is|are|had|has|have|\\p{L}+ed|\\p{L}+en|won|met|began|fought|held|made|took|struck|built"
            + "|fell|lost|sent|led)\\b)[^,;.:]*$");
    /** Participles that tell a document's, a building's or a person's own earlier act ("agreed", "built", "elected"). */
    private static final String BACKGROUND_PARTICIPLES = "agreed|signed|reached|concluded|brokered|struck|adopted|ratified"
            + "|negotiated|drafted|passed|approved|elected|appointed|named|born|built|rebuilt|founded|established"
            + "|inaugurated|sworn\\s+in";
    /**
     * A past participle after a noun that is not an occasion, open up to the time: "the pact agreed in March", "the
     * treaty signed in 2011", "Varga, elected in March," (a reduced relative clause: its time is of its own act).
     */
    private static final Pattern EMBEDDED_PARTICIPLE = Pattern.compile("(?i)\\b(?:the|a|an|this|these|those|its|their"
            + "|his|her|our|[\\p{L}-]+['’]s)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?!(?:" + OCCASION_NOUNS + ")\\b)\\p{L}[\\p{L}-]*"
            + ",?\\s+(?:" + BACKGROUND_PARTICIPLES + "|launched|imposed|announced|issued|published|won|lost|seized"
            + "|captured|destroyed|damaged|bombed|opened|completed|restored)\\s[^,;.:]*$"
            + "|(?-i:\\p{Lu}[\\p{L}-]+),\\s+(?:elected|appointed|named|born|sworn\\s+in|re-elected)\\s[^,;.:]*$");

    /** Verbs of an occasion's course: a clause with one of them tells of the occasion ("talks that began on Sunday"). */
    private static final Pattern OCCASION_VERB = Pattern.compile("(?i)\\b(?:began|begun|begins|opened|opens|ended|ends"
            + "|started|starts|lasted|ran|runs|continued|took\\s+place|(?:was|were|is|are)\\s+held|concluded|resumed|closed"
            + "|wrapped\\s+up|finished|convened)\\b");
    /** "held talks", "had a meeting", "began consultations": the occasion noun is the object of the clause's verb. */
    private static final Pattern HELD_BEFORE = Pattern.compile("(?i)\\b(?:held|hold|holds|holding|had|have|has|having"
            + "|began|begin|begins|opened|resumed|conducted|attended|attend|attends|hosted|host|hosts)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,2}$");

    /** ", elected in February,", ", agreed in March,": a participle set off after a name or a noun. */
    private static final Pattern SET_OFF_PARTICIPLE = Pattern.compile("(?i)\\p{L},\\s+(?:first\\s+|only\\s+|narrowly\\s+)?"
            + "(?:" + BACKGROUND_PARTICIPLES + "|re-elected)\\s[^,;.:]*$");

    /** Compiled once: String.matches and replaceAll compiled these for every time of every slot (2% of extraction). */
    private static final Pattern OCCASION_NOUN = Pattern.compile(OCCASION_NOUNS);
    private static final Pattern UP_TO_LAST_SPACE = Pattern.compile(".*\\s");

    /**
     * Whether a time after the trigger lies in a clause embedded after a noun other than the event's (a relative
     * clause or a participle about a place, a document, a person) whose verb is not the trigger: that clause tells
     * its own, earlier act. A relative clause right after an occasion noun ("the summit that opened on Monday") or
     * a participle after it ("the talks held in Geneva on Monday") still dates it; when the trigger is itself an
     * occasion noun, a participle after a later noun may be the sentence's verb ("the talks between the two
     * countries ended on Monday"), so only a relative pronoun marks the clause then.
     */
    private boolean embedded(Timex t, SentenceEvents.Slot slot) {
        if (t.end() <= slot.trigger.start()) {
            // "President Varga, elected in February, met Berg": a participle set off between commas before the trigger
            int close = text.indexOf(',', t.end());
            return close >= 0 && close < slot.trigger.start() && SET_OFF_PARTICIPLE.matcher(text)
                    .region(Math.max(0, t.start() - 60), t.start()).find();
        }
        if (t.start() <= slot.trigger.end()) {
            return false;
        }
        int from = Math.max(slot.trigger.end(), t.start() - 100);
        String between = text.substring(from, t.start());
        String last = UP_TO_LAST_SPACE.matcher(slot.trigger.phrase().toLowerCase(java.util.Locale.ROOT))
                .replaceAll("");
        boolean nominal = OCCASION_NOUN.matcher(last).matches() && !HELD_BEFORE.matcher(text)
                .region(Math.max(0, slot.trigger.start() - 40), slot.trigger.end() - last.length()).find();
        java.util.regex.Matcher m = EMBEDDED_RELATIVE.matcher(between);
        if (m.find() && m.start(1) > 0 && !OCCASION_VERB.matcher(between).region(m.end(1), between.length()).find()
                && !(nominal && m.group(2) == null && m.group(3) == null)) {
            // (after an occasion noun, "that"/"which" may still be about it: "talks in Doha that began on Sunday")
            return true;
        }
        return !nominal && EMBEDDED_PARTICIPLE.matcher(between).find();
    }

    /** "on the opening day", "before the second day", "on the final day": one day of a span the section dates. */
    private static final Pattern SPAN_DAY = Pattern.compile("(?i)\\b(?:on|before|during|by) the (opening|first|second"
            + "|third|final|last|closing) day\\b");

    /**
     * Under a lead dated "14–15 September", "On the opening day X received Y" is the 14th, "Before the second day
     * X had breakfast with Y" the 15th (the morning before that day's session), "on the final day" the 15th.
     */
    private Resolution dayOfSpan(Resolution section, SentenceEvents.Slot slot) {
        if (section == null || section.date().end() == null) {
            return section;
        }
        java.util.regex.Matcher m = SPAN_DAY.matcher(text).region(slot.clause.start(), slot.clause.end());
        if (!m.find()) {
            return section;
        }
        EventDate span = section.date();
        String which = m.group(1).toLowerCase(java.util.Locale.ROOT);
        LocalDate d = switch (which) {
            case "opening", "first" -> span.start();
            case "second" -> span.start().plusDays(1);
            case "third" -> span.start().plusDays(2);
            default -> span.end();
        };
        if (d.isAfter(span.end())) {
            return section;
        }
        DateDerivation dd = section.derivation();
        return new Resolution(EventDate.day(d), null, new DateDerivation(m.group(), dd.anchor(),
                which + " day of the section's span (narrative reference time)", parley.extract.time.DateWords.day(d)));
    }

    /**
     * "The same day", "that same evening" opening a sentence told after a paragraph of background: the day of the
     * story's thread, not the background's ({@link SectionDates#sameDayFrom}); a day this sentence already gave
     * stays the one it counts from.
     */
    private EventDate stepFrom(Timex t, EventDate previous) {
        return t.kind() == Timex.Kind.AFTER_PREVIOUS && t.offset() == 0 && sentenceDay == null
                ? sections.sameDayFrom(previous) : previous;
    }

    /**
     * Under a heading that names one day ("Tuesday 3 June" above a live blog's entries, a diary's day), the words
     * that count from the day of writing count from that day: "this morning", "today", "yesterday", "tomorrow", and
     * a weekday in a clause that looks ahead ("will fly to Doha on Wednesday", written on the Tuesday). A weekday told
     * as past stays with the article's day: a diary written afterwards tells the whole week in the past.
     */
    private Resolution fromHeadingDay(Timex t, Tense tense, EventDate previous) {
        // "on Tuesday evening" under "05.03.2025 | RIGA": a weekday, as told or as ahead, counts from the section's
        // day as "today" and "tomorrow" do
        if (t.kind() != Timex.Kind.DEICTIC && !(t.kind() == Timex.Kind.WEEKDAY && (t.modifier() == null
                || t.modifier().equals("on") || t.modifier().equals(parley.extract.time.TimexTagger.WEEK_NAMED)))) {
            return null;
        }
        EventDate span = sections.itemSpan();
        if (span != null && t.kind() == Timex.Kind.DEICTIC && t.offset() == 0 && blog.entry() == null) {
            // "today" under "21-22.09.2026 | Ministry": the item's days, as its heading gives them (session 17)
            return new Resolution(span, null, new DateDerivation(t.phrase(), "item headed "
                    + parley.extract.time.DateWords.of(span), "the days of a dated item spanning several"
                    + " (words of the day of writing under a dated heading)", parley.extract.time.DateWords.of(span)));
        }
        // (in a live blog, the entry's day: the heading's, moved past midnight, or the day its title names)
        LocalDate day = blog.entry() != null ? blog.day(sections.headingDay(), anchor) : sections.headingDay();
        if (day == null || day.equals(anchor)) {
            return null; // (with no article day, a dated heading's day is the only day of writing there is)
        }
        Resolution r = DateResolver.resolve(t, day, tense, previous);
        if (!r.resolved()) {
            return null;
        }
        DateDerivation d = r.derivation();
        String where = day.equals(sections.headingDay()) ? "section headed " : "live-blog entry of ";
        return new Resolution(r.date(), r.time(), new DateDerivation(d.phrase(), where
                + parley.extract.time.DateWords.day(day), d.rule().replace("the article", "the section's day")
                + " (words of the day of writing under a dated heading)", d.result()));
    }

    /**
     * A day and month still to come in a dated entry of a chronology that looks back ("- 2 March: … Their next
     * meeting is scheduled for 20 April."): the first such day from the entry's, not from the article's (which would
     * put it in the next year when the entry lies months back). Null elsewhere.
     */
    private Resolution aheadOfEntry(Timex t, Tense tense, EventDate previous) {
        Resolution lead = sections.lead();
        if (t.kind() != Timex.Kind.DAY_OF_MONTH || t.year() != 0 || tense != Tense.FUTURE || lead == null
                || anchor == null || !lead.date().known() || lead.date().precision().compareTo(Precision.DAY) < 0
                || lead.date().start().isAfter(anchor)) {
            return null;
        }
        LocalDate from = lead.date().start();
        Resolution r = DateResolver.resolve(t, from, tense, previous);
        if (!r.resolved() || r.date().start().isBefore(from)) {
            return null;
        }
        DateDerivation d = r.derivation();
        return new Resolution(r.date(), r.time(), new DateDerivation(d.phrase(), "entry of "
                + parley.extract.time.DateWords.of(lead.date()), d.rule().replace("the article", "the entry's day")
                + " (a day ahead told in a dated entry)", d.result()));
    }

    /**
     * An article with no date of its own (a transcript, a saved page without metadata) still gives its year once:
     * "signed on 26 October 2025" makes a later "on 26 July" and "in March" days of that year's neighbourhood. Only
     * dates that name a day and month or a month take it; a weekday or "yesterday" needs the article's own day.
     */
    private LocalDate textDay;
    private boolean textDayLooked;

    /**
     * In an article with no publication date, an event whose own words name its day relative to the article ("on
     * Tuesday", "today", "on 14 March" with no year to give) is on that unknown day: it stays undated rather than
     * take the day of another sentence (a background "strike on 3 May 2025" is not when "they met on Tuesday").
     */
    private boolean ownDayUnplaced(Timex t, Resolution day) {
        return anchor == null && t != null && day != null && !day.date().known() && t.relative()
                && (t.kind() == Timex.Kind.WEEKDAY || t.kind() == Timex.Kind.DEICTIC
                || t.kind() == Timex.Kind.DAY_OF_MONTH || t.kind() == Timex.Kind.MONTH);
    }

    /** What makes a past clause speak of a day to come: "said it may be signed on …", "was due to meet on …". */
    private static final Pattern LOOKS_AHEAD = Pattern.compile("(?i)\\b(?:may|might|could|would|will|shall|due|set to"
            + "|expected|scheduled|planned|plans|intends?|going to|agreed to|to be)\\b");

    /**
     * A day and month with no year in a clause told in the past with nothing that looks ahead ("travelled to Rome on
     * 28 January and met Meloni", read in early December) is the last such day before the article, not next
     * January's: a past verb of the event itself tells what has happened. A day within a month of the article, or one
     * opening an agenda's line ("31 October – meeting chaired by …"), is left as read.
     */
    private Resolution pastDay(Resolution day, Timex t, Tense tense, String clause) {
        if (tense != Tense.PAST || anchor == null || t.kind() != Timex.Kind.DAY_OF_MONTH || t.year() != 0
                || !day.date().start().isAfter(anchor.plusDays(31)) || LOOKS_AHEAD.matcher(clause).find()
                || ChronologyEntries.opensEntry(text, t)) {
            return day;
        }
        EventDate d = day.date();
        EventDate before = d.end() == null ? (d.time() == null ? EventDate.day(d.start().minusYears(1))
                : EventDate.at(d.start().minusYears(1), d.time()))
                : EventDate.range(d.start().minusYears(1), d.end().minusYears(1));
        if (before.start().isAfter(anchor) || before.start().isBefore(anchor.minusYears(1))) {
            return day;
        }
        return new Resolution(before, day.time(), new DateDerivation(t.phrase(),
                parley.extract.time.DateWords.anchor(anchor), "day and month told as past: the last such day before "
                + "the article", parley.extract.time.DateWords.of(before)));
    }

    /** True when {@code day} is one known day inside {@code vaguer}, a month, season or year around it. */
    private static boolean within(EventDate day, EventDate vaguer) {
        return day.known() && vaguer.known() && day.end() == null && day.precision().compareTo(Precision.DAY) >= 0
                && vaguer.precision().compareTo(Precision.DAY) < 0 && !day.start().isBefore(vaguer.start())
                && !day.start().isAfter(vaguer.lastDay());
    }

    /** True when the sentence at {@code start} opens its line (only bullets, marks and spaces before it). */
    private boolean opensLine(int start) {
        for (int i = start - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (!Character.isWhitespace(text.charAt(i)) && "-*•–·▪#>_".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** "last November", "two years ago", "the previous week": a time told as before the time being told. */
    private static boolean lookingBack(Timex t) {
        String p = t.phrase().toLowerCase(java.util.Locale.ROOT);
        return p.startsWith("last ") || p.startsWith("the previous ") || p.endsWith(" ago")
                || p.startsWith("earlier ");
    }

    /** The first date the text gives in full (day, month and year), looked for once and only when needed. */
    private LocalDate textDay() {
        if (!textDayLooked) {
            textDayLooked = true;
            for (Timex t : parley.extract.time.TimexTagger.tag(text, 0, text.length())) {
                if (t.kind() == Timex.Kind.DAY_OF_MONTH && t.year() != 0) {
                    Resolution r = DateResolver.resolve(t, null, Tense.PAST, null);
                    if (r.resolved()) {
                        textDay = r.date().start();
                        break;
                    }
                }
            }
        }
        return textDay;
    }

    private Resolution resolve(Timex t, Tense tense, EventDate previous) {
        Resolution inYear = sections.inHeadingYear(t, tense); // "2025" above "March 3 – A meets B"
        if (inYear != null) {
            return inYear;
        }
        Resolution entry = ChronologyEntries.day(text, t, anchor);
        if (entry != null) {
            return entry;
        }
        Resolution underHeading = fromHeadingDay(t, tense, previous);
        if (underHeading != null) {
            return underHeading;
        }
        Resolution ahead = aheadOfEntry(t, tense, previous);
        if (ahead != null) {
            return ahead;
        }
        Resolution r = DateResolver.resolve(t, anchor, tense, previous);
        if (anchor != null) {
            return r;
        }
        if (t.relative() && t.year() == 0 && (t.kind() == Timex.Kind.DAY_OF_MONTH || t.kind() == Timex.Kind.MONTH)
                && textDay() != null) {
            Resolution y = DateResolver.resolve(t, textDay, tense, previous);
            if (y.resolved()) {
                DateDerivation d = y.derivation();
                return new Resolution(y.date(), y.time(), new DateDerivation(d.phrase(), "the text's date "
                        + parley.extract.time.DateWords.day(textDay), d.rule() + " (the article has no date)",
                        d.result()));
            }
        }
        return r;
    }

    /**
     * A weekly review told in sections, past tense: "on Friday he held a summit", in a Friday issue whose story has
     * been telling the days up to it (its last dated day at most two days back, or any day in a periodical's issue),
     * is the Friday before; the issue's own day would be "today". Not in live blogs,
     * whose entries are of their day.
     */
    private Resolution weekInReview(Timex t, Resolution r, Tense tense) {
        EventDate ref = sections.reference();
        if (t.kind() != Timex.Kind.WEEKDAY || tense != Tense.PAST || blog.entry() != null || anchor == null
                || (t.modifier() != null && !t.modifier().equals("on")) || t.day() > 0 || !r.resolved()
                || !r.date().start().equals(anchor) || !sections.narrative() || ref == null || !ref.known()
                || !ref.start().isBefore(anchor) || (ref.start().isBefore(anchor.minusDays(2)) && !periodical())) {
            // a daily piece must have told the days up to its own: an analysis whose last dated day is several days
            // back ("On Friday …", then "on Tuesday" in a Tuesday piece) has come back to the article's own day
            return r;
        }
        LocalDate before = anchor.minusWeeks(1);
        DateDerivation dd = r.derivation();
        return new Resolution(EventDate.day(before), null, new DateDerivation(dd.phrase(), dd.anchor(),
                "weekday, the week before the issue (a review told in the past)",
                parley.extract.time.DateWords.day(before)));
    }

    /** "Issue 36", "A weekly note", "weekly letter" in the masthead: a periodical that reviews the days before it. */
    private static final Pattern PERIODICAL = Pattern.compile("(?i)\\b(?:issue\\s+(?:no\\.?\\s*)?\\d+|weekly)\\b");

    private boolean periodical() {
        return PERIODICAL.matcher(text).region(0, Math.min(text.length(), 400)).find();
    }

    /** "should last until 29 May": the day-month pattern does not keep the "until" before it (session 10). */
    private static final Pattern UNTIL_BEFORE = Pattern.compile("(?i)\\b(?:until|till)\\s+$");

    /**
     * Events that last several days: "stayed until Thursday" runs from the day last spoken of, "runs until
     * Friday" from the article's day, "a two-day summit starting Sunday" for two days.
     */
    private Resolution multiDay(SentenceEvents.Slot slot, Resolution day, Timex t, Tense tense) {
        EventDate d = day.date();
        if (d.end() != null || d.precision() != Precision.DAY && d.precision() != Precision.MINUTE) {
            return day;
        }
        if ("until".equals(t.modifier()) || t.phrase().toLowerCase(java.util.Locale.ROOT).startsWith("until")
                || (UNTIL_BEFORE.matcher(text).region(Math.max(0, t.start() - 8), t.start()).find()
                && !RESCHEDULED.matcher(text).region(Math.max(0, t.start() - 30), t.start()).find())) {
            String clause = text.substring(slot.clause.start(), slot.clause.end()).toLowerCase(java.util.Locale.ROOT);
            if (t.kind() == Timex.Kind.WEEKDAY && tense == Tense.PAST && anchor != null && d.start().isAfter(anchor)
                    && !clause.contains("has ") && !clause.contains("have ")) {
                // "he stayed until Thursday", told after it: the Thursday before the article
                LocalDate back = d.start().minusWeeks(1);
                d = new EventDate(back, d.precision(), d.time(), null);
                DateDerivation dd = day.derivation();
                day = new Resolution(d, day.time(), new DateDerivation(dd.phrase(), dd.anchor(),
                        "weekday, backward (a past stay until it)", parley.extract.time.DateWords.of(d)));
            }
            EventDate ref = sections.reference();
            LocalDate from = ref != null && ref.known() && ref.start().isBefore(d.start())
                    && d.start().toEpochDay() - ref.start().toEpochDay() <= 14 ? ref.start()
                    : tense != Tense.PAST && anchor != null && anchor.isBefore(d.start()) ? anchor : null;
            return from == null ? day : ranged(day, from, d.start(), "until the day named, from "
                    + (from.equals(anchor) ? "the article's day" : "the day last spoken of"));
        }
        Resolution nth = nthDay(slot, day);
        if (nth != day) {
            return nth;
        }
        java.util.regex.Matcher m = DAYS_LONG.matcher(text).region(Math.max(0, slot.trigger.start() - 40),
                slot.trigger.start());
        if (m.find()) {
            String n = m.group(1).toLowerCase(java.util.Locale.ROOT);
            int days = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : COUNTS.get(n);
            if (days >= 2 && t.start() >= slot.trigger.end() && ENDING_ON.matcher(text)
                    .region(Math.max(slot.trigger.end(), t.start() - 60), t.start()).find()) {
                // "a four-day stay ending today", "a three-day visit that ends on Friday": the day named is the
                // last (session 11)
                return ranged(day, d.start().minusDays(days - 1L), d.start(), "a " + n + "-day event ending on the day"
                        + " named");
            }
            java.util.regex.Matcher closed = CLOSED_SPAN.matcher(text).region(Math.max(slot.clause.start(),
                    m.start() - 45), m.start());
            if (days >= 2 && closed.find() && (closed.group(1) == null
                    || DEPARTED.matcher(text).region(slot.clause.start(), closed.start()).find())) {
                // "ended a three-day visit on Wednesday", "left Hanoi on Friday after a three-day visit": the
                // span ran back from the day its end is told on (session 17)
                return ranged(day, d.start().minusDays(days - 1L), d.start(), "a " + n + "-day event closed on the"
                        + " day named");
            }
            if (days >= 2) {
                return ranged(day, d.start(), d.start().plusDays(days - 1L), "a " + n + "-day event from the day named");
            }
        }
        return day;
    }

    /**
     * "on the second day of their talks", "the third day of the visit": the day named is not the first (the event
     * is the noun after "of"; in "on the second day of the visit he met X" the meeting is not that visit).
     */
    private static final Pattern NTH_DAY = Pattern.compile("(?i)\\b(second|third|fourth|fifth|2nd|3rd|4th|5th)"
            + "\\s+day\\s+of\\s+(?:the|their|his|her|its|a)\\s+(?:(?!(?:he|she|they|we|it)\\s)[\\p{L}-]+\\s+){0,2}$");
    private static final Map<String, Integer> ORDINALS = Map.of("second", 2, "third", 3, "fourth", 4, "fifth", 5,
            "2nd", 2, "3rd", 3, "4th", 4, "5th", 5);

    /**
     * An event told on its second (third …) day began that many days before the day named: "On Tuesday, the second
     * day of their talks" is talks from Monday (to Tuesday at least).
     */
    private Resolution nthDay(SentenceEvents.Slot slot, Resolution day) {
        int from = Math.max(0, slot.trigger.start() - 60);
        if (slot.trigger.start() < 12 || !text.substring(from, slot.trigger.start()).contains(" day of ")) {
            return day; // (a bounded look: this runs for every dated trigger)
        }
        java.util.regex.Matcher m = NTH_DAY.matcher(text).region(from, slot.trigger.start());
        if (!m.find()) {
            return day;
        }
        int n = ORDINALS.get(m.group(1).toLowerCase(java.util.Locale.ROOT));
        LocalDate d = day.date().start();
        String how = "the " + m.group(1) + " day of the event: it began " + (n - 1) + (n == 2 ? " day" : " days")
                + " before";
        if (SectionDates.fromSection(day.derivation())) {
            // the day is still the section's: a date the sentence itself gives elsewhere wins over it
            EventDate r = EventDate.range(d.minusDays(n - 1L), d);
            DateDerivation dd = day.derivation();
            return new Resolution(r, null, new DateDerivation(dd.phrase(), dd.anchor(), how + "; " + dd.rule(),
                    parley.extract.time.DateWords.of(r)));
        }
        return ranged(day, d.minusDays(n - 1L), d, how);
    }

    /** Gatherings that may be told going on since a day: "have been holding talks in Doha since Tuesday". */
    private static final java.util.Set<EventType> GATHERING_GOING_ON = java.util.Set.of(EventType.TALKS,
            EventType.MEETING);

    /**
     * "has been in Arusha since Tuesday, shuttling …": from the day after "since" to the article's day (still going
     * on); "have spent the day in Juba negotiating": the article's day (session 14, {@link Presence}).
     */
    private Resolution presence(SentenceEvents.Slot slot, Tense tense, EventDate previous) {
        int from = slot.clause.start();
        if (Presence.since(text, from, slot.trigger.start())) {
            List<Timex> times = new ArrayList<>(slot.times);
            times.addAll(unclaimed);
            for (Timex t : times) {
                if (t.start() >= from && t.phrase().toLowerCase(java.util.Locale.ROOT).startsWith("since")) {
                    Resolution r = resolve(t, tense, previous);
                    if (r != null && r.date().known() && r.date().start().isBefore(anchor)) {
                        return ranged(r, r.date().start(), anchor, "there since then, still on the article's day");
                    }
                }
            }
            return null;
        }
        if (Presence.spentToday(text, from, slot.trigger.start())) {
            return new Resolution(EventDate.day(anchor), null, new DateDerivation("spent the day",
                    parley.extract.time.DateWords.anchor(anchor), "a stay through the article's day",
                    parley.extract.time.DateWords.day(anchor)));
        }
        return null;
    }

    private static Resolution ranged(Resolution day, LocalDate from, LocalDate to, String how) {
        EventDate r = EventDate.range(from, to);
        DateDerivation dd = day.derivation();
        return new Resolution(r, null, new DateDerivation(dd.phrase(), dd.anchor(), dd.rule() + "; " + how,
                parley.extract.time.DateWords.of(r)));
    }

    /** text[from, to) with quoted words blanked: what a speaker says has its own tense. */
    private String unquoted(int from, int to) {
        int q = quoted.nextSetBit(from);
        if (q < 0 || q >= to) {
            return text.substring(from, to); // (most clauses quote no one)
        }
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            sb.append(quoted.get(i) ? ' ' : text.charAt(i));
        }
        return sb.toString();
    }

    /**
     * Explicit dates before weekdays before relative words: "on Tuesday 12 August" means 12 August. But two days
     * said apart are two times, and the one nearer the trigger is its own: "spoke on Saturday, shortly after she
     * took office on 21 October" spoke on Saturday.
     */
    private static List<Timex> pickOrder(List<Timex> times, int triggerStart, int triggerEnd) {
        List<Timex> sorted = pickOrder(times);
        Timex nearest = null;
        boolean sameDaySaidTwice = false;
        for (Timex t : sorted) {
            if (!dayLevel(t)) {
                continue;
            }
            if (nearest == null || distance(t, triggerStart, triggerEnd) < distance(nearest, triggerStart, triggerEnd)) {
                nearest = t;
            }
            for (Timex u : sorted) {
                if (u != t && dayLevel(u) && Math.max(u.start() - t.end(), t.start() - u.end()) <= 12) {
                    sameDaySaidTwice = true; // "Tuesday, 12 August", "on Tuesday and Wednesday, 24 to 25 June"
                }
            }
        }
        if (nearest == null) {
            // no day named: of two months, the one nearest the trigger ("In February he spoke at the Assembly, and in
            // early March he flew to Rome": March is the flight's)
            for (Timex t : sorted) {
                if ((t.kind() == Timex.Kind.MONTH || t.kind() == Timex.Kind.PERIOD) && (nearest == null
                        || distance(t, triggerStart, triggerEnd) < distance(nearest, triggerStart, triggerEnd))) {
                    nearest = t;
                }
            }
        }
        if (nearest != null && !sameDaySaidTwice && sorted.get(0) != nearest) {
            sorted.remove(nearest);
            sorted.add(0, nearest);
        }
        return sorted;
    }

    /** A participle set off after a noun: ", bombed", ", hit", ", first held" (no subject, no auxiliary). */
    private static final Pattern SET_OFF_BEFORE = Pattern.compile(",\\s+(?:(?:first|last|twice|already|also)\\s+)?$");

    /**
     * The time inside the commas that set off a participle trigger from the clause around it (", bombed in March,"):
     * that phrase tells its own event, so its time is the event's, not the main verb's ("reopened on Sunday");
     * null when the trigger is not so set off or the phrase has no time (session 11).
     */
    private Timex setOffWith(List<Timex> times, SentenceEvents.Slot slot) {
        if (times.size() < 2 || slot.trigger.start() < 2 || !SET_OFF_BEFORE.matcher(text)
                .region(Math.max(0, slot.trigger.start() - 12), slot.trigger.start()).find()) {
            return null;
        }
        String w = text.substring(slot.trigger.start(), slot.trigger.end());
        if (!w.endsWith("ed") && !w.endsWith("hit") && !w.endsWith("struck")) {
            return null;
        }
        int close = text.indexOf(',', slot.trigger.end());
        int stop = text.indexOf('.', slot.trigger.end());
        if (close < 0 || (stop >= 0 && stop < close) || close - slot.trigger.end() > 40) {
            return null;
        }
        Timex inside = null;
        for (Timex t : times) {
            if (t.start() >= slot.trigger.end() && t.end() <= close) {
                if (inside != null) {
                    return null;
                }
                inside = t;
            }
        }
        return inside;
    }

    private static boolean dayLevel(Timex t) {
        return t.kind() == Timex.Kind.DAY_OF_MONTH || t.kind() == Timex.Kind.WEEKDAY || t.kind() == Timex.Kind.DEICTIC;
    }

    private static int distance(Timex t, int triggerStart, int triggerEnd) {
        return t.start() >= triggerEnd ? t.start() - triggerEnd : Math.max(0, triggerStart - t.end());
    }

    private static List<Timex> pickOrder(List<Timex> times) {
        List<Timex> sorted = new ArrayList<>(times);
        sorted.sort(java.util.Comparator.comparingInt(t -> switch (t.kind()) {
            case DAY_OF_MONTH -> 0;
            case DEICTIC -> 1;
            case WEEKDAY -> 2;
            case AFTER_PREVIOUS -> 3;
            case PERIOD -> 4;
            case MONTH -> 5;
            case YEAR -> 6;
            default -> 7;
        }));
        return sorted;
    }

    /** True when the event is told as proposed (offered, hoped for, possible): see {@link #status}. */
    private boolean proposedHere(String clause, Tense tense, SentenceEvents.Slot slot) {
        return status(clause, tense, EventDate.UNKNOWN, slot.trigger.start() - slot.clause.start(), reported(slot))
                == EventStatus.PROPOSED;
    }

    /**
     * "Erdogan has proposed a summit", "Ankara offered to host a new round", "floated talks in Doha": a verb of
     * proposing right before the trigger makes the event proposed whatever the tense of the proposing; not the
     * adjective ("the proposed summit was held").
     */
    private static final Pattern PROPOSING = Pattern.compile("(?i)(?<!\\b(?:the|a|an)\\s)\\b(?:proposed|suggested"
            + "|floated|offered)\\s+(?:to\\s+(?:host|hold|convene|organise|organize)\\s+|(?:hosting|holding)\\s+)?"
            + "(?:(?:a|an|the|another|new|further|fresh|his|her|their|its)\\s+)?(?:[\\p{L}-]+\\s+){0,3}$");

    /** "Were A and B to meet …,", "Should the two sides agree …,": a condition put first, verb before subject. */
    private static final Pattern INVERTED_IF = Pattern.compile("(?:Were|Should)\\s+(?:the\\s+)?\\p{Lu}[^,;.]{0,120}?"
            + "\\s(?:to\\s+\\p{Ll}+|\\p{Ll}+)\\b[^,;.]*,");

    /** "willing to", "ready to", "open to", "prepared to", "hopes to" right before the trigger (one word between). */
    private static final Pattern WILLING = Pattern.compile("(?i)\\b(?:willing|ready|open|prepared|hoping|hopes|hope"
            + "|eager)\\s+to\\s+(?:[\\p{L}-]+\\s+)?$");

    /**
     * "said he would", "announced that the two leaders would", "told reporters she would": "would" after a reporting
     * verb is the future seen from the telling (a plan), not a conditional.
     */
    private static final Pattern REPORTED_WOULD = Pattern.compile("(?i)\\b(?:said|says|announced|confirmed|added|stated"
            + "|told\\s+(?:reporters|journalists|\\p{L}+))(?:\\s+(?:on\\s+)?\\p{L}+day)?(?:\\s+that)?"
            + "(?:\\s+[\\p{L}’'-]+){1,4}\\s+$");

    /**
     * A clause cut off after its reporting verb ("said that", "told reporters"): what it reports is the telling's
     * news, its "would" the future seen from the telling (session 10).
     */
    private static final Pattern REPORTING_BEFORE = Pattern.compile("(?i)\\b(?:said|says|announced|confirmed|added"
            + "|stated|told\\s+\\p{L}+(?:\\s+\\p{L}+)?)(?:\\s+(?:on\\s+)?\\p{L}+day)?(?:\\s+that)?\\s*$");
    /** The reported clause's subject before its "would": "she", "the two leaders". */
    private static final Pattern REPORTED_SUBJECT = Pattern.compile("^\\s*(?:[\\p{L}’'-]+\\s+){1,4}$");

    private boolean reported(SentenceEvents.Slot slot) {
        int at = slot.clause.start();
        // a clause cut after a word ("that", "reporters") follows a reporting verb; one after ":" or a sentence start
        // cannot: the cheap test first, as this runs for every trigger
        return at > 0 && Character.isLetter(text.charAt(at - 1))
                && REPORTING_BEFORE.matcher(text).region(Math.max(0, at - 60), at).find();
    }

    /** Cheap cues without which PROPOSED cannot match: most clauses have none. */
    private static final WordSet PROPOSAL_CUES = new WordSet("could", "might", "may ", "would", "should", "propos",
        "agreed", "suggest", "offered", "possib", "potential", "invit", "hope", "willing", "ready to", "open to", "date",
        "floated", "schedul");

    /**
     * A word of proposing that speaks of this event: any of the modal or hedged forms, but "proposal"/"proposed" only
     * near the trigger ("the proposed summit", "a summit proposal") — "a summit adopts a plan as the answer to the
     * Trump proposal" is held, the proposal another thing.
     */
    private static boolean proposed(String clause, int triggerAt, boolean reported) {
        java.util.regex.Matcher m = PROPOSED.matcher(clause);
        while (m.find()) {
            String word = m.group().toLowerCase(java.util.Locale.ROOT);
            if ((word.equals("possible") || word.equals("potential")) && triggerAt >= 0 && (m.end() <= triggerAt
                    ? !HEDGE_GAP.matcher(clause).region(m.end(), triggerAt).matches()
                    : m.start() > triggerAt + 40 || clause.substring(triggerAt, m.start()).contains(","))) {
                continue; // "Ahead of a possible summit with Putin, Trump spoke to Zelensky": the summit's hedge only
            }
            if (m.group().regionMatches(true, 0, "would", 0, 5)
                    && (REPORTED_WOULD.matcher(clause).region(0, m.start()).find()
                    || reported && REPORTED_SUBJECT.matcher(clause).region(0, m.start()).matches())) {
                continue; // "said (that) he would travel to Doha": the future of the telling, a plan
            }
            if (!m.group().toLowerCase(java.util.Locale.ROOT).startsWith("propos") || triggerAt < 0
                    || (m.start() >= triggerAt - 40 && m.start() <= triggerAt + 40)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayPropose(String lower) {
        return PROPOSAL_CUES.anyIn(lower);
    }

    /** Between a hedge and the trigger it qualifies: a few words of one noun phrase ("possible Trump-Putin"). */
    private static final Pattern HEDGE_GAP = Pattern.compile("\\s+(?:[\\p{L}\\p{N}’'-]+\\s+){0,3}");
    /** "a possible summit", "a potential three-way meeting": the event itself is hedged, whatever the clause's tense. */
    private static final Pattern HEDGED = Pattern.compile("(?i)\\b(?:possible|potential|prospective|mooted"
            // "raised the prospect of a summit", "the possibility of talks" (session 13)
            + "|(?:prospect|possibility)\\s+of(?:\\s+(?:a|an|new|further|fresh))?)"
            + "\\s+(?:[\\p{L}\\p{N}’'-]+\\s+){0,3}$");

    /** The trigger's noun phrase is hedged: "a possible summit", "a potential meeting" ({@link #HEDGED}). */
    private boolean hedged(SentenceEvents.Slot slot) {
        int from = Math.max(slot.clause.start(), slot.trigger.start() - 50);
        String before = text.substring(from, slot.trigger.start());
        return (before.contains("ossib") || before.contains("otential") || before.contains("rospect")
                || before.contains("mooted")) && HEDGED.matcher(text).region(from, slot.trigger.start()).find();
    }

    /**
     * An event still being weighed (session 17): "a meeting that could be a precursor to a summit", "paving the way for
     * talks", "officials are exploring a visit", "discussed a possible trip": the event after these words is a
     * prospect, whatever the tense of the telling.
     */
    private static final Pattern PROSPECT_BEFORE = Pattern.compile("(?i)\\b(?:(?:precursor|prelude|forerunner"
            + "|stepping[- ]stone|first\\s+step)\\s+(?:to|towards?|for)|(?:pave[sd]?|paving)\\s+the\\s+way\\s+(?:for|to)"
            + "|(?:lay|lays|laid|laying)\\s+the\\s+groundwork\\s+for|(?:explor(?:e|es|ed|ing)|consider(?:s|ed|ing)?"
            + "|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?)(?:\\s+(?:the\\s+)?(?:idea|possibility|prospect|option)\\s+of)?"
            + "|discuss(?:es|ed|ing)?(?:\\s+(?:the\\s+)?(?:idea|possibility|prospect|option)\\s+of|\\s+plans\\s+for)?"
            + "(?=\\s+(?:a|an|another|new|fresh|further)\\s))"
            + "\\s+(?:(?:a|an|the|another|new|fresh|further|his|her|their|its)\\s+)?(?:[\\p{L}\\p{N}’'-]+\\s+){0,3}$");
    /**
     * "A summit between the two is still being discussed", "talks remain under discussion", "a visit is under
     * consideration": the event named before these words is weighed, not held or fixed (session 17).
     */
    private static final Pattern PROSPECT_AFTER = Pattern.compile("(?i)^[\\p{L}’'-]*(?:,?\\s+(?!(?:where|which|that|who"
            + "|when|while|as|but)\\b)[^\\s,;:.]+){0,10}?\\s+(?:(?:is|are|was|were|has\\s+been|have\\s+been|had\\s+been"
            + "|remains?|remained)\\s+(?:still\\s+|now\\s+|also\\s+|only\\s+)?(?:being\\s+(?:discussed|explored"
            + "|considered|weighed|mooted)|under\\s+(?:discussion|consideration)|on\\s+the\\s+table"
            // "a trip to Beijing is being floated", "a summit has been mooted for April": spoken of as an idea, fixed
            // by no one (session 18; "is pencilled in for May" stays PLANNED, a slot in a timetable, session 14)
            + "|(?:being\\s+)?(?:floated|mooted))"
            + "|remains?\\s+(?:a\\s+)?(?:possibility|prospect|option))\\b");
    /** Cheap cues without which neither prospect pattern can match. */
    private static final WordSet PROSPECT_CUES = new WordSet("precursor", "prelude", "forerunner", "stepping",
        "first step", "the way", "groundwork", "explor", "consider", "weigh", "mull", "discuss", "on the table",
        "remain", "floated", "mooted");

    /** "a precursor to a summit", "exploring a visit": the event after these words is weighed ({@link #prospect}). */
    private boolean prospectBefore(SentenceEvents.Slot slot) {
        return prospectBefore(text, slot.clause.start(), slot.trigger.start());
    }

    /** Whether the words before a trigger (from {@code lo} on) name it as weighed: "a precursor to", "exploring". */
    static boolean prospectBefore(String text, int lo, int triggerStart) {
        int from = Math.max(lo, triggerStart - 70);
        return triggerStart > from && PROSPECT_CUES.anyIn(text, from, triggerStart)
                && PROSPECT_BEFORE.matcher(text).region(from, triggerStart).find();
    }

    private static boolean prospect(String clause, String lower, int triggerAt) {
        if (triggerAt < 0 || triggerAt >= clause.length() || !PROSPECT_CUES.anyIn(lower)) {
            return false;
        }
        return triggerAt > 0 && PROSPECT_BEFORE.matcher(clause).region(Math.max(0, triggerAt - 70), triggerAt).find()
                || PROSPECT_AFTER.matcher(clause).region(triggerAt, Math.min(clause.length(), triggerAt + 120)).lookingAt();
    }

    private EventStatus status(String clause, Tense tense, EventDate date, int triggerAt, boolean reported) {
        String lower = clause.toLowerCase(java.util.Locale.ROOT);
        if (CANCELLED_CUES.anyIn(lower) && CANCELLED.matcher(clause).find()) {
            if (date.known() && RESCHEDULED.matcher(clause).find()) {
                return EventStatus.PLANNED; // "postponed until tomorrow": it will happen, on the new date
            }
            return EventStatus.CANCELLED;
        }
        if (triggerAt > 0 && (lower.contains("propos") || lower.contains("suggest") || lower.contains("floated")
                || lower.contains("offered")) && PROPOSING.matcher(clause).region(Math.max(0, triggerAt - 60),
                Math.min(triggerAt, clause.length())).find()) {
            return EventStatus.PROPOSED;
        }
        if (triggerAt > 0 && (lower.contains("willing") || lower.contains("ready") || lower.contains("open to")
                || lower.contains("prepared") || lower.contains("hop") || lower.contains("eager"))
                && WILLING.matcher(clause).region(Math.max(0, triggerAt - 40), Math.min(triggerAt, clause.length()))
                .find()) {
            // "says she is willing to sit down with X": a readiness told just before the event's verb is an offer,
            // whatever the tense of the telling (session 10)
            return EventStatus.PROPOSED;
        }
        if (triggerAt >= 0 && (clause.startsWith("Were ") || clause.startsWith("Should "))
                && INVERTED_IF.matcher(clause).lookingAt() && clause.indexOf(',') > triggerAt) {
            // "Were A and B to meet in Geneva, it would be …": an inverted condition, no event told as fact
            return EventStatus.PROPOSED;
        }
        if (triggerAt > 0 && (lower.contains("possib") || lower.contains("potential") || lower.contains("prospect")
                || lower.contains("mooted")) && HEDGED.matcher(clause).region(Math.max(0, triggerAt - 50),
                Math.min(triggerAt, clause.length())).find()) {
            return EventStatus.PROPOSED; // "exchanged drafts ahead of a possible summit": the summit is not fixed
        }
        if (prospect(clause, lower, triggerAt)) {
            return EventStatus.PROPOSED; // "could be a precursor to a summit", "a visit is under discussion"
        }
        if (!date.known() && (lower.contains("date") || lower.contains("scheduled")) && NO_DATE.matcher(clause).find()) {
            return EventStatus.PROPOSED; // "No date has been set for a visit by X": told in the past, fixed by no one
        }
        if (tense != Tense.PAST && mayPropose(lower) && proposed(lower.contains("invit")
                ? INVITATION.matcher(clause).replaceAll("") : clause, triggerAt, reported)) {
            return EventStatus.PROPOSED;
        }
        if (tense == Tense.FUTURE) {
            return EventStatus.PLANNED;
        }
        if (anchor != null && date.known() && date.start().isAfter(anchor)) {
            return EventStatus.PLANNED;
        }
        if (triggerAt >= 0 && date.known() && (lower.contains(" set ") || lower.contains("led ") || lower.contains("ned ")
                || lower.contains("fixed ") || lower.contains(" in for ")) && triggerAt < clause.length()
                && SET_FOR.matcher(clause.substring(triggerAt)).find() && !TOOK_PLACE.matcher(clause).find()) {
            return EventStatus.PLANNED; // "a fifth round was set for 3 May": fixed, not told as held
        }
        return EventStatus.HELD;
    }

    static Participant participant(KnownEntity k, Role role) {
        return new Participant(k.name(), k.kind(), k.title(), role);
    }

    static Mention withContribution(Mention m, String contribution) {
        return new Mention(m.sourceId(), m.start(), m.end(), m.text(), contribution);
    }

    /**
     * "A and B met on Wednesday. … On Thursday they met C. The pair then travelled to Vilnius": a step from the group's
     * event goes on from the day the story last told when that is later, not back to the group's first meeting
     * (session 12).
     */
    private static EventDate laterOf(EventDate group, EventDate told) {
        if (told == null || !told.known() || told.start() == null || group.start() == null
                || told.precision().compareTo(parley.domain.Precision.DAY) < 0) {
            return group;
        }
        return told.start().isAfter(group.start()) ? told : group;
    }
}
