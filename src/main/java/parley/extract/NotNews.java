package parley.extract;

import java.util.Set;
import java.util.regex.Pattern;

import parley.domain.EntityKind;
import parley.domain.EventType;
import parley.extract.text.Cue;
import parley.extract.text.PhraseMatcher;
import parley.extract.text.Tokens;

/**
 * Event words that report no new event (session 13): a definite or possessive event noun that an act of judgement or
 * response points back at ("in response to the attack", "condemned the shelling of February", "will raise the
 * shelling at next week's assembly"), an audience spoken to ("spoke to soldiers"), a passive "left for later", and
 * gatherings of sport or business that no state actor takes part in ("the club's director met …", "talks with
 * Bayern over a transfer").
 */
final class NotNews {
    private NotNews() {
    }

    /**
     * The words that point back at an event already told or in history, then its determiner (definite or possessive)
     * and up to three modifiers before the trigger.
     */
    private static final Pattern POINTS_BACK = Pattern.compile("(?i)\\b(?:in\\s+(?:response|retaliation|reaction"
            + "|reply|answer)\\s+(?:to|for)|respond(?:s|ed|ing)?\\s+to|retaliat(?:e|es|ed|ing)\\s+for"
            + "|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|deplor(?:e|es|ed|ing)|decr(?:y|ies|ied|ying)"
            + "|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|mourn(?:s|ed|ing)?"
            + "|commemorat(?:e|es|ed|ing)|investigat(?:e|es|ed|ing)"
            // "reviewed the results of Monday's call", "followed up on last week's summit", "building on the 3 March
            // meeting": a follow-up names the earlier occasion it builds on, not a second report of its own (session 15)
            + "|(?:outcomes?|results?|fruits|conclusions)\\s+of|follow(?:s|ed|ing)?[\\s-]up\\s+(?:on|to)"
            + "|follow-ups?\\s+(?:on|to)|buil(?:d|ds|ding|t)\\s+on|review(?:s|ed|ing)?"
            + "|t(?:ake|akes|ook|aking)\\s+stock\\s+of)\\s+"
            + "(?:the|this|that|these|those|its|their|his|her"
            + "|(?:last|this|next)\\s+(?:week|month|year)['’]s|\\p{L}+day['’]s|tonight['’]s"
            + "|(?-i:\\p{Lu}[\\p{L}.’'-]*)(?:\\s+(?-i:\\p{Lu}[\\p{L}.’'-]*)){0,2}['’]s?)"
            // "condemned the shelling of February and the strikes of last month": a second noun of the same object
            + "\\s+(?:(?:[\\p{L}-]+\\s+){1,4}(?:and|or)\\s+(?:the|these|those|its|their)\\s+)?"
            // (not "raised the prospect of a summit": the event's own noun phrase, no "of" before it)
            // ("the 3 March meeting", "the May 3 talks": a date as a modifier of the noun)
            // (not "discussed the outcome of last week's summit in a call": a preposition or article ends the phrase)
            + "(?:(?!(?:of|in|at|on|by|with|during|over|for|to|a|an|the)\\s)[\\p{L}\\p{N}-]+\\s+){0,3}$");

    /**
     * True when the trigger is an event noun that an act of judgement or response points back at: it names an event
     * told before (or history), which the sentence does not report again. Read as background, like a yardstick after
     * "since": it makes no event and keeps its own times and places from the others.
     */
    /** Every word {@link #POINTS_BACK} may open with: a trigger with none of them before it points back at nothing. */
    private static final Cue POINTS_BACK_CUE = Cue.of("response", "retaliation", "reaction", "reply", "answer",
            "respond", "responds", "responded", "responding", "retaliate", "retaliates", "retaliated", "retaliating",
            "condemn", "condemns", "condemned", "condemning", "denounce", "denounces", "denounced", "denouncing",
            "deplore", "deplores", "deplored", "deploring", "decry", "decries", "decried", "decrying", "criticise",
            "criticises", "criticised", "criticising", "criticize", "criticizes", "criticized", "criticizing", "raise",
            "raises", "raised", "raising", "mourn", "mourns", "mourned", "mourning", "commemorate", "commemorates",
            "commemorated", "commemorating", "investigate", "investigates", "investigated", "investigating",
            "outcome", "outcomes", "result", "results", "fruits", "conclusions", "follow", "follows", "followed",
            "following", "build", "builds", "building", "built", "review", "reviews",
            "reviewed", "reviewing", "stock");

    static boolean pointsBack(Tokens tokens, String text, int from, PhraseMatcher.Match<EventType> m) {
        if (!tokens.hasAt(POINTS_BACK_CUE, Math.max(from, m.start() - 80), m.start())) {
            return false;
        }
        int lo = Math.max(from, m.start() - 80);
        String before = text.substring(lo, m.start());
        if (before.indexOf(',') >= 0) {
            before = before.substring(before.lastIndexOf(',') + 1); // within the trigger's own phrase
            lo = m.start() - before.length();
        }
        return POINTS_BACK.matcher(text).region(lo, m.start()).find();
    }

    /** Audiences one speaks to or addresses in person: the words of a speech, not a call with anyone. */
    private static final Pattern AUDIENCE = Pattern.compile("(?i)^\\s+(?:(?:the|a|an|some|his|her|their|its|local"
            + "|young|cheering|assembled|visiting|gathered|hundreds\\s+of|thousands\\s+of|(?-i:\\p{Lu}[\\p{L}-]+))\\s+){0,3}"
            + "(?:soldiers|troops|servicemen|servicewomen|sailors|airmen|cadets|crowds?|students|pupils|graduates"
            + "|supporters|workers|voters|residents|veterans|farmers|families|audiences?|rally|rallies|gathering"
            + "|party\\s+members|activists|volunteers|employees|staff|diaspora|congregation|worshippers|fans|youth)\\b");
    /** The press spoken to: words to reporters, a press conference as "spoke to reporters" is (triggers.tsv). */
    private static final Pattern PRESS = Pattern.compile("(?i)^\\s+(?:(?:the|a|an|some|local|foreign|visiting"
            + "|travelling|traveling|waiting|group\\s+of|(?-i:\\p{Lu}[\\p{L}-]+))\\s+){0,3}(?:reporters|journalists"
            + "|press|media|correspondents|newsmen)\\b");
    /** A chamber or a nation addressed: an address, a statement as "addressed the Knesset" is. */
    private static final Pattern CHAMBER = Pattern.compile("(?i)^\\s+(?:(?:the|a|an|its|his|her|their|national"
            + "|joint|(?-i:\\p{Lu}[\\p{L}-]+))\\s+){0,3}(?:parliament|lawmakers|legislators|MPs|deputies|senators"
            + "|assembly|chamber|congress|senate|nation|country|people)\\b");

    /**
     * The type of a "spoke to" whose object is the press ("spoke briefly to local reporters": PRESS_CONFERENCE) or a
     * chamber or the nation ("spoke to parliament": STATEMENT), else the trigger's own type.
     */
    static EventType spokenTo(String text, Tokens tokens, PhraseMatcher.Match<EventType> m, int to) {
        if (m.value() != EventType.CALL || !SPEAKING.contains(tokens.folded(m.first()))) {
            return m.value();
        }
        int end = Math.min(to, m.end() + 60);
        if (PRESS.matcher(text).region(m.end(), end).lookingAt()) {
            return EventType.PRESS_CONFERENCE;
        }
        return CHAMBER.matcher(text).region(m.end(), end).lookingAt() ? EventType.STATEMENT : m.value();
    }
    private static final Set<String> SPEAKING = Set.of("speak", "speaks", "spoke", "spoken", "speaking", "talk",
            "talks", "talked", "talking");

    /**
     * "spoke to soldiers at the base", "speaking to the crowd", "talked to students": a speech to an audience, not a
     * call with anyone (a person or government spoken to stays a call).
     */
    static boolean toAnAudience(String text, Tokens tokens, PhraseMatcher.Match<EventType> m, int to) {
        return m.value() == EventType.CALL && SPEAKING.contains(tokens.folded(m.first()))
                && AUDIENCE.matcher(text).region(m.end(), Math.min(to, m.end() + 60)).lookingAt();
    }

    private static final Set<String> LEAVING = Set.of("leave", "leaves", "left", "leaving");
    /** "were left for", "has been left for": the passive of leaving something, no departure. */
    private static final Pattern PASSIVE_BEFORE = Pattern.compile("(?i)\\b(?:is|are|was|were|be|been|being)"
            + "\\s+(?:\\p{L}+ly\\s+)?$");
    /** "left for later", "left for another day", "left for future talks": a later time, not a destination. */
    private static final Pattern LATER_AFTER = Pattern.compile("(?i)^\\s+(?:(?:a|an|the)\\s+)?(?:later|another"
            + "|future|further|next|subsequent|now|dead|good)\\b");

    /** "Hard questions were left for later talks": a matter put off, not a trip ("left for Oslo" stays one). */
    static boolean putOff(String text, Tokens tokens, PhraseMatcher.Match<EventType> m, int from, int to) {
        if (m.value() != EventType.VISIT || !LEAVING.contains(tokens.folded(m.first()))) {
            return false;
        }
        return PASSIVE_BEFORE.matcher(text).region(Math.max(from, m.start() - 30), m.start()).find()
                || LATER_AFTER.matcher(text).region(m.end(), Math.min(to, m.end() + 30)).lookingAt();
    }

    /** "skipped the trip", "missed the journey": a trip not made, whose traveller is absent (roles.tsv), no visit. */
    private static final Pattern SKIPPED = Pattern.compile("(?i)\\b(?:skip(?:s|ped|ping)?|miss(?:es|ed|ing)?"
            + "|sat\\s+out|sits\\s+out)\\s+(?:the|this|that|his|her|their)\\s+(?:[\\p{L}-]+\\s+)?$");

    static boolean tripSkipped(String text, int from, PhraseMatcher.Match<EventType> m) {
        return m.value() == EventType.VISIT
                && SKIPPED.matcher(text).region(Math.max(from, m.start() - 40), m.start()).find();
    }

    /** Words of sport and business: a sentence holding one may tell a gathering of clubs or firms. */
    private static final Set<String> SPORT_OR_BUSINESS = Set.of("club", "clubs", "sporting", "transfer", "striker",
            "midfielder", "goalkeeper", "coach", "squad", "league", "footballer", "fans", "stadium", "football",
            "tournament", "championship", "shareholders", "investors", "merger", "takeover", "acquisition", "company",
            "companies", "executives", "sponsor", "sponsors", "sponsorship", "ceo", "carmaker", "retailer");
    private static final Cue SPORT_OR_BUSINESS_CUE = Cue.of(SPORT_OR_BUSINESS.toArray(String[]::new));
    /** A title that names a state's office whoever holds it ("trade minister", "ambassador"): a state actor. */
    private static final Pattern STATE_TITLE = Pattern.compile("(?i)\\b(?:minister|ambassador|envoy|diplomat"
            + "|secretary of state|foreign|prime|president of|king|queen|emir|sultan|crown prince)\\b");
    /** The acts a club or a firm may report too: gatherings, calls, and a coach's or chairman's press remarks. */
    private static final Set<EventType> MEETINGS = Set.of(EventType.MEETING, EventType.SUMMIT, EventType.TALKS,
            EventType.CALL, EventType.PRESS_CONFERENCE, EventType.STATEMENT);

    /**
     * A meeting, summit, talks, call, press conference or statement in a sentence of sport or business whose people
     * are none of a state ("the club's president told a press conference" too, session 18): no
     * country, no body, no one the gazetteer knows or found with a country, no title of a state's office ("The club's
     * director met the sporting director of Real Madrid", "held talks with Bayern over a transfer"). The guidelines
     * file diplomatic events; these are not.
     */
    static boolean offDomain(Tokens tokens, int tf, int tt, SentenceEvents.Slot slot) {
        if (!MEETINGS.contains(slot.type()) || slot.participants.isEmpty()) {
            return false;
        }
        if (!tokens.has(SPORT_OR_BUSINESS_CUE, tf, tt)) {
            return false;
        }
        for (KnownEntity k : slot.participants.keySet()) {
            if (k.kind() != EntityKind.PERSON || k.country() != null || !k.offices().isEmpty()
                    || k.title() != null && STATE_TITLE.matcher(k.title()).find()) {
                return false;
            }
        }
        return true;
    }
}
