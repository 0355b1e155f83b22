package parley.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import parley.domain.EventType;
import parley.domain.Role;
import parley.extract.text.Cue;
import parley.extract.text.PhraseMatcher;
import parley.extract.text.Tokens;
import parley.extract.text.WordCues;
import parley.extract.time.Timex;
import parley.extract.time.TimexTagger;

/**
 * What one sentence says, before dates are resolved: its triggers, and for each the participants (with roles),
 * time expressions and place that belong to it. Names, times and places are attached to the trigger of their own
 * clause: a time or place to the nearest trigger before it ("a meeting ... on Wednesday"), else the next one
 * ("Wednesday's call"); names before the first trigger are its subject, names after a trigger belong to it unless
 * a comma separates them from it and another trigger follows.
 */
final class SentenceEvents {
    /** One trigger and what belongs to it. */
    static final class Slot {
        final PhraseMatcher.Match<EventType> trigger;
        final Clauses.Clause clause;
        final Map<KnownEntity, Role> participants = new LinkedHashMap<>();
        final Map<KnownEntity, String> roleWords = new LinkedHashMap<>();
        final List<Timex> times = new ArrayList<>();
        Places.Place place;
        /** "the talks": the trigger (or one merged into it) names an event already reported. */
        boolean definite;
        /** "before the Americans arrived", "after a call": a reference point, not what the clause reports. */
        boolean sequenced;
        /** "spoke to Merz ... and to Macron": the call whose subject this second call shares, or null. */
        Slot parent;
        /** "X confirmed the truce on Saturday": a saying dated by its own day, a statement (see datedSaying). */
        boolean saying;
        /** "since the G20 summit": a past event named as a yardstick, which makes no event (SentenceEvents.read). */
        boolean background;
        /**
         * Where the non-restrictive clause about a person that holds the trigger opens (its comma: "led by X, who
         * survived an attack last month"), -1 when none: background to the sentence, with no roster of its own.
         */
        int relativeStart = -1;
        /** Another trigger of the same event in the clause holds a time ("hosted a conference from 15 to 17 June"). */
        boolean clauseDated;
        /** "The meeting that mattered was X's session with Y": the predicate names the pair; no back-reference. */
        boolean namedPair;

        /** "X said on Tuesday after talks with Y": near where the telling starts; a place before it is not here. */
        int toldFrom = -1;

        /** ", Tsahkna told reporters.": a press telling after what it tells, in a clause of its own (pressTail). */
        boolean tail;

        /** Where in the sentence each name was attached to this trigger: a role phrase elsewhere does not undo it. */
        final Map<KnownEntity, List<Integer>> attachedAt = new java.util.HashMap<>();

        Slot(PhraseMatcher.Match<EventType> trigger, Clauses.Clause clause) {
            this.trigger = trigger;
            this.clause = clause;
        }

        EventType type() {
            return trigger.value();
        }

        void attach(EntityMention n) {
            participants.putIfAbsent(n.entity(), Role.ATTENDEE);
            attachedAt.computeIfAbsent(n.entity(), k -> new ArrayList<>(2)).add(n.start());
        }

        /** The subject of a coordinated verb: a role phrase of the first verb's clause does not take it away. */
        void attachShared(EntityMention n) {
            participants.putIfAbsent(n.entity(), Role.ATTENDEE);
            attachedAt.computeIfAbsent(n.entity(), k -> new ArrayList<>(2)).add(Integer.MIN_VALUE);
        }

        /**
         * True when the name was attached here only by mentions in [lo, hi): "Starmer took part in the summit, and on
         * the sidelines he met Carney" keeps Starmer at the meeting though "took part" places him at the summit.
         */
        boolean attachedOnlyWithin(KnownEntity k, int lo, int hi) {
            List<Integer> at = attachedAt.get(k);
            return at == null || at.stream().allMatch(x -> x >= lo && x < hi);
        }
    }

    /** Compiled once: String.split and matches compile their pattern at every call. */
    private static final Pattern POSSESSIVE_END = Pattern.compile("(?s).*['’]s");
    /** "last week's summit": the possessive ending right after the time phrase the tagger left out of it. */
    private static boolean possessiveAfter(String text, int end) {
        return end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')
                && text.charAt(end + 1) == 's' && (end + 2 == text.length() || !Character.isLetter(text.charAt(end + 2)));
    }

    /** "the 3 March", "on the May 3": a definite date that may stand before a noun as its modifier. */
    private static final Pattern DEFINITE_DATE = Pattern.compile("(?i)(?:on\\s+)?the\\s+\\S.*");

    /**
     * "building on the 3 March meeting": a definite date right before a trigger noun is that noun's modifier, the day of
     * the occasion it names, as "Monday's meeting" is (session 15); not the day of the verb before it.
     */
    private boolean attributive(String text, Timex t) {
        if (!DEFINITE_DATE.matcher(t.phrase()).matches()) {
            return false;
        }
        int at = t.end();
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        for (Slot s : slots) {
            if (s.trigger.start() == at && at > t.end()) {
                return true;
            }
        }
        return false;
    }
    /** Words after a single-word trigger that show it is not an event ("call for", "meet demands"). */
    private static final Map<String, Set<String>> NOT_AFTER = Map.of(
            "call", Set.of("for", "on", "to", "up", "off", "it", "them"),
            "calls", Set.of("for", "on", "to", "up", "off"),
            "meet", Set.of("demand", "demands", "target", "targets", "deadline", "deadlines", "the", "its", "their", "our", "his", "her", "expectations", "needs"),
            "host", Set.of("of"),
            "strike", Set.of("deal", "balance"),
            "statement", Set.of("of"),
            "visit", Set.of("from"),
            // "exchanged phone numbers", "the telephone line": the word names a thing, no call (session 17)
            "phone", Set.of("number", "numbers", "line", "lines", "records", "book", "bill", "bills"),
            "telephone", Set.of("number", "numbers", "line", "lines", "records", "book", "bill", "bills"));
    /** A reporting verb right before a time: "said on Tuesday", "announced late on Monday". */
    private static final Pattern SAID_BEFORE = Pattern.compile("(?i)\\b(?:said|says|added|announced|confirmed"
            // "acknowledged on Friday a phone call with Y": the day of owning up, not of the call (session 11)
            + "|reported|stated|acknowledged|admitted|revealed|disclosed)\\s*$");
    /** A press telling right before a time: "told reporters on Monday", "told journalists Friday". */
    private static final Pattern TOLD_BEFORE = Pattern.compile("(?i)\\btold\\s+(?:reporters|journalists)\\s*$");
    /** {@link #SAID_BEFORE}'s verbs. */
    private static final Cue SAID_BEFORE_CUE = Cue.of("said", "says", "added", "announced", "confirmed", "reported",
            "stated", "acknowledged", "admitted", "revealed", "disclosed");
    /**
     * A sentence that opens with what its subject did just before ("Shortly after meeting Abiy on Friday, Ruto
     * said …", "After talks with Xi in Beijing, Lula said …", "Speaking after a call with Trump, Starmer said …").
     */
    private static final Pattern FRONTED = Pattern.compile("(?i)^\\s*(?:speaking(?:\\s+to\\s+reporters)?\\s+)?"
            + "(?:(?:shortly|just|soon|hours|minutes|days)\\s+)?(?:after|before|following|ahead\\s+of)\\s+");
    /** Between the comma that closes it and the subject's name: nothing but a title or a possessive country. */
    private static final Pattern SUBJECT_LEAD = Pattern.compile("\\s*(?:[\\p{Lu}][\\p{L}.’'-]*\\s+){0,4}");

    /**
     * The subject of a sentence that opens with its own earlier encounter ({@link #FRONTED}) is the other party of that
     * encounter when the opening names only one ("after meeting Abiy": Abiy and the subject); an encounter already
     * naming two ("After Trump's call with Putin, Zelensky said") is someone else's.
     */
    private void frontedCounterpart(String text, int from, int to, List<EntityMention> actors) {
        java.util.regex.Matcher m = FRONTED.matcher(text).region(from, to);
        if (!m.lookingAt()) {
            return;
        }
        int comma = text.indexOf(',', m.end());
        if (comma < 0 || comma >= to) {
            return;
        }
        Slot fronted = null;
        for (Slot s : slots) {
            if (s.trigger.start() >= m.end() && s.trigger.start() < comma) {
                fronted = s;
                break;
            }
        }
        if (fronted == null || !GATHERING.contains(fronted.type()) && fronted.type() != EventType.CALL) {
            return;
        }
        if (fronted.participants.isEmpty() && UNOWNED.matcher(text).region(m.end(), fronted.trigger.start()).matches()) {
            subjectsHeldIt(text, fronted, comma, to, actors);
            return;
        }
        if (fronted.participants.size() != 1) {
            return;
        }
        for (EntityMention n : actors) {
            if (n.start() > comma) {
                boolean subject = n.entity().kind() == parley.domain.EntityKind.PERSON
                        && SUBJECT_LEAD.matcher(text).region(comma + 1, n.start()).matches();
                if (subject && !fronted.participants.containsKey(n.entity())) {
                    fronted.attach(n);
                }
                return;
            }
        }
    }


    /** Before an opening's event noun, no one who owns it: "after talks", "following their meeting". */
    private static final Pattern UNOWNED = Pattern.compile("(?:(?:their|the|a|an|two|three|lengthy|long|further|more)\\s+)*");

    /**
     * "After their talks on Wednesday, Starmer and Macron held a news conference": an opening's gathering that names no
     * one was held by the main clause's subjects, when they are two or more ("and"-joined names right after the comma).
     */
    private void subjectsHeldIt(String text, Slot fronted, int comma, int to, List<EntityMention> actors) {
        List<EntityMention> subjects = new ArrayList<>();
        int last = comma + 1;
        for (EntityMention n : actors) {
            if (n.start() <= comma) {
                continue;
            }
            String gap = text.substring(last, n.start());
            if (subjects.isEmpty() ? !SUBJECT_LEAD.matcher(gap).matches() : !SUBJECT_JOIN.matcher(gap).matches()) {
                break;
            }
            subjects.add(n);
            last = n.end();
        }
        if (subjects.size() >= 2) {
            subjects.forEach(fronted::attach);
        }
    }

    /** Between two coordinated subjects: "and", a comma, a title ("Starmer and French President Macron"). */
    private static final Pattern SUBJECT_JOIN = Pattern.compile("\\s*(?:,\\s*)?(?:and\\s+)?(?:[\\p{Lu}][\\p{L}.’'-]*\\s+){0,4}");

    /**
     * "Macron said on Thursday after hosting a meeting of the coalition": the saying came right after the event, on
     * the same day, so the day after the reporting verb dates that event too; null when no trigger follows so.
     */
    private Slot occasionAfter(String text, int timeEnd, int to) {
        java.util.regex.Matcher m = SentenceLinks.RIGHT_AFTER.matcher(text).region(timeEnd, to);
        // a verb after "after" ("after hosting"): "said after the meeting" points back at a meeting told before
        if (!m.lookingAt()) {
            return null;
        }
        if (!SentenceLinks.AFTER_DOING.matcher(text).region(timeEnd, to).lookingAt()) {
            // "said on Wednesday after talks with Y": the occasion right after "after", no definite word before it
            for (Slot s : slots) {
                if (s.trigger.start() > timeEnd && s.trigger.start() < m.end() + 1
                        && SentenceLinks.afterOccasion(text, timeEnd, s.trigger.start())) {
                    return s;
                }
            }
            return null;
        }
        for (Slot s : slots) {
            if (s.trigger.start() >= m.end() - 1 && s.trigger.start() <= m.end() + 1) {
                return s;
            }
            if (s.trigger.start() >= timeEnd && s.trigger.start() < m.end()) {
                return s; // the trigger is one of the words after "after": "after hosting"
            }
        }
        return null;
    }

    /** "join the talks by video link": how someone takes part, not an event of its own. */
    private static final Set<String> MODE_WORDS = Set.of("by", "via", "through");
    /**
     * "NATO Secretary General Mark Rutte", "the EU High Representative, Kaja Kallas": words between an organisation
     * and the person who holds office in it (an apposition comma allowed).
     */
    private static final Pattern OFFICE_BETWEEN = Pattern.compile("[\\s'’s]*(?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+,?\\s+");
    /** One of these must be among those words: "foreign policy chief", "Secretary-General", "envoy". */
    private static final Pattern OFFICE_WORD = Pattern.compile("(?i)\\b(?:chief|head|secretary|secretary-general"
            + "|general|president|vice-president|commissioner|minister|envoy|representative|spokes\\w+|ambassador"
            + "|director|chair|chairman|chairwoman|director-general|leader|aide|adviser|advisor|official)\\s*,?\\s*$");
    /** "according to a readout": a document cited as the source of the news, not an event of it. */
    private static final Pattern CITED = Pattern.compile("(?i)\\baccording to (?:a|an|the|their|his|her|its)?\\s*(?:[\\p{L}-]+\\s+)?$");
    /** "the NATO summit", "a G7 call", "Wednesday's G7 call": a determiner before the name that modifies a noun. */
    private static final Pattern DETERMINED = Pattern.compile("(?i)(?:\\bthe|\\ba|\\ban|['’]s)\\s+$");
    /** Between a name and the event noun it modifies: nothing, or a lower-case word or two ("G7 leaders' call"). */
    private static final Pattern MODIFIER_GAP = Pattern.compile("\\s+(?:[\\p{Ll}-]+['’]?\\s+){0,2}");
    /** "did not meet", "never visited", "refused to meet": the event the verb names did not happen. */
    private static final Pattern NEGATED = Pattern.compile("(?i)\\b(?:no (?:reason|need|plans?|intention)[”\"’']?\\s+to|did not|didn[’']t|does not|doesn[’']t|never|has not"
            + "|hasn[’']t|have not|haven[’']t|had not|hadn[’']t|failed to|refused to|declined to)\\s+(?:yet\\s+|even\\s+)?"
            // "did not make the trip": the trip was not made (session 13)
            + "(?:make\\s+(?:the|this|that|his|her|their)\\s+)?$");
    /** ", the State Department said Monday": the source of the sentence, named after its events, is not a party. */
    private static final Pattern ATTRIBUTION = Pattern.compile("(?i)^\\s+(?:said|says|reported|announced|confirmed"
            + "|told reporters|added|stated)\\b");
    /** Between the comma and the source's name: ", the", ", a Qatari", ", officials in". */
    private static final Pattern SOURCE_LEAD = Pattern.compile("\\s*(?:(?:the|a|an)\\s+)?(?:[\\p{L}-]+\\s+){0,2}");
    /** "thanked President Stubb for hosting": the one who thanks is not at the event thanked for. */
    private static final Pattern THANKS = Pattern.compile("(?i)\\b(?:thanked|thanks|thank|praised|praises|congratulated"
            + "|congratulates|commended|commends)\\b[^,;]{1,80}?\\bfor\\s+$");
    /**
     * A later trigger sharing the sentence's subject: "after a call", "ahead of a White House meeting", "travel to
     * Kyiv to meet", "for talks", "travels to The Hague for the NATO summit". At most five runs of non-space, and
     * PREPARED six: assignNames searches them from the last six and seven before the trigger
     * ({@link WordCues#startOfLastRuns}); a longer pattern needs those counts raised.
     */
    private static final Pattern LINKED = Pattern.compile("(?i)\\b(?:after|before|following|ahead of)\\s+(?:a|an|the|"
            + "their|his|her)?\\s*(?:\\S*|(?-i:\\p{Lu}\\p{L}+\\s+\\p{Lu}\\p{L}+))\\s*$"
            + "|\\b(?:to|for)\\s+(?:(?:a|an|the)\\s+(?-i:\\p{Lu}[\\p{L}\\d-]*\\s+){1,3})?$");
    /** "met to prepare an emergency summit, which leaders hold the next day": who prepares it takes part in it. */
    private static final Pattern PREPARED = Pattern.compile("(?i)\\bto\\s+prepare\\s+(?:for\\s+)?(?:a|an|the|their"
            + "|its)\\s+(?:[\\p{L}-]+\\s+){0,2}$");

    private static final Set<EventType> GATHERING = Set.of(EventType.MEETING, EventType.SUMMIT, EventType.TALKS,
            EventType.VISIT);

    /**
     * "Khalil al-Hayya leads the Hamas delegation", "X headed Iran's negotiating team": who heads a side named by its
     * party takes part in the talks told (roles.tsv holds the plain "led the delegation").
     */
    private static final Pattern LEADS_SIDE = Pattern.compile("\\b(?:leads|led|heads|headed)\\s+(?:the|his|her|their)"
            + "\\s+(?:[\\p{L}’'-]+\\s+){1,3}?(?:delegation|team|side)\\b");

    /**
     * "X and Y arrive on the Wednesday" after talks have opened: they join the event just told (an arrival with a place,
     * "arrived in Doha", is a visit of its own: triggers.tsv).
     */
    private static final Pattern ARRIVES_LATER = Pattern.compile("\\b(?:arrive|arrives|arrived)\\s+(?:on|later|the next"
            + "|the following|that)\\b");

    /**
     * "skipped the forum and sent her economy secretary instead", "did not travel and sent X in her stead" (session 13):
     * who is sent takes part; "instead" stands for the role phrase, read back to the absence before it.
     */
    private static final Pattern SENT_INSTEAD = Pattern.compile("\\bsent\\s+[^.;:]{1,80}?\\s+(instead|in\\s+(?:his|her"
            + "|their)\\s+stead)\\b(?!\\s+of\\b)");

    /** The words the patterns of {@link #leadsDelegation} need, as {@code contains} tests of the sentence once were. */
    private static final parley.extract.text.WordSet DELEGATION_CUES = new parley.extract.text.WordSet("sent ",
            "stead", "arrive", "delegation", " team", " side", "led ", "leads ", "head", "eading ");
    private static final long SENT_BITS = DELEGATION_CUES.bits("sent ");
    private static final long STEAD_BITS = DELEGATION_CUES.bits("stead");
    private static final long ARRIVE_BITS = DELEGATION_CUES.bits("arrive");
    private static final long SIDE_BITS = DELEGATION_CUES.bits("delegation", " team", " side");
    private static final long LEADS_BITS = DELEGATION_CUES.bits("led ", "leads ", "head", "eading ");

    private static void leadsDelegation(String text, Tokens tokens, int from, int to, java.util.BitSet quoted,
                                        List<PhraseMatcher.Match<Lexicon.RolePhrase>> roles) {
        long cues = tokens.text() == text ? tokens.hits().in(DELEGATION_CUES, from, to)
                : DELEGATION_CUES.in(text.substring(from, to));
        if ((cues & SENT_BITS) != 0 && (cues & STEAD_BITS) != 0) {
            Matcher m = SENT_INSTEAD.matcher(text).region(from, to);
            while (m.find()) {
                addSpan(text, tokens, m.start(1), m.end(1), quoted, roles, parley.domain.Role.ATTENDEE);
            }
        }
        if ((cues & ARRIVE_BITS) != 0) {
            add(text, tokens, ARRIVES_LATER.matcher(text).region(from, to), quoted, roles,
                    parley.domain.Role.JOINED);
        }
        if ((cues & SIDE_BITS) == 0 || (cues & LEADS_BITS) == 0) {
            return;
        }
        add(text, tokens, LEADS_SIDE.matcher(text).region(from, to), quoted, roles, parley.domain.Role.ATTENDEE);
        Matcher m = LEADING_SIDE.matcher(text).region(from, to);
        while (m.find()) {
            // "Heading the rebel side was X", "Leading the Sudanese side, X said": fronted, the role is the name's
            // after it; "X, leading the government team, told …": the name's before it (session 14)
            boolean fronted = m.start() == from || FRONTED_GAP.matcher(text).region(from, m.start()).matches();
            addSpan(text, tokens, m.start(), m.end(), quoted, roles, parley.domain.Role.ATTENDEE, !fronted);
        }
    }

    /** "leading the Sudanese side", "heading the government delegation": who speaks for a side. */
    private static final Pattern LEADING_SIDE = Pattern.compile("\\b(?:[Ll]eading|[Hh]eading)\\s+(?:the|his|her|their)"
            + "\\s+(?:[\\p{L}’'-]+\\s+){0,3}?(?:delegation|team|side|negotiators)\\b(?:\\s+(?:was|were|is|are)\\b)?");

    /** Before a fronted participle: nothing but quotes, spaces or a time ("On Monday, heading the …"). */
    private static final Pattern FRONTED_GAP = Pattern.compile("[\\s\"“‘']*(?:(?:On|In|At)\\s+[^,]{1,30},\\s*)?");

    private static void add(String text, Tokens tokens, java.util.regex.Matcher m, java.util.BitSet quoted,
                            List<PhraseMatcher.Match<Lexicon.RolePhrase>> roles, parley.domain.Role role) {
        while (m.find()) {
            addSpan(text, tokens, m.start(), m.end(), quoted, roles, role);
        }
    }

    /** A role phrase at text[start, end) whose role goes to the names before it, unless quoted or overlapping one. */
    private static void addSpan(String text, Tokens tokens, int start, int end, java.util.BitSet quoted,
                                List<PhraseMatcher.Match<Lexicon.RolePhrase>> roles, parley.domain.Role role) {
        addSpan(text, tokens, start, end, quoted, roles, role, true);
    }

    private static void addSpan(String text, Tokens tokens, int start, int end, java.util.BitSet quoted,
                                List<PhraseMatcher.Match<Lexicon.RolePhrase>> roles, parley.domain.Role role,
                                boolean before) {
        if (quoted.get(start) || roles.stream().anyMatch(r -> r.start() < end && start < r.end())) {
            return;
        }
        int first = tokens.indexAt(start);
        int last = tokens.indexAt(end) - 1;
        roles.add(new PhraseMatcher.Match<>(first, last, start, end, text.substring(start, end),
                new Lexicon.RolePhrase(role, before)));
        roles.sort(java.util.Comparator.comparingInt(PhraseMatcher.Match::start));
    }

    final List<Slot> slots = new ArrayList<>();
    /** A trigger of the sentence was denied or only supposed ("did not meet", "will not sit down with"). */
    private boolean denied;
    /** The article's text, for what lies between a trigger and a time. */
    private String text = "";
    /** Times of the sentence no trigger's clause holds ("On Monday, as the talks opened, …"). */
    final List<Timex> unclaimed = new ArrayList<>();
    /** Times of the saying ("officials said on Thursday"): the day the news was told, which dates no event itself. */
    final List<Timex> sayingTimes = new ArrayList<>();
    /** {@link SentenceLinks#sequenced(String, int)} of each trigger read, by its start. */
    final Map<Integer, Boolean> sequencedAt = new java.util.HashMap<>();
    /** Every name of the sentence, in text order. */
    List<EntityMention> people = List.of();
    /** Role phrases in a sentence without a trigger: they refer to the event just mentioned. */
    final Map<KnownEntity, Role> orphanRoles = new LinkedHashMap<>();
    final Map<KnownEntity, String> orphanRoleWords = new LinkedHashMap<>();

    /**
     * Reads one sentence [from, to). Times, places and clauses are only looked for when the sentence has a
     * trigger: most sentences have none, and this keeps extraction fast.
     */
    static SentenceEvents read(String text, Tokens tokens, int from, int to, List<EntityMention> names,
                               BitSet quoted, Lexicon lexicon, Gazetteer gazetteer) {
        SentenceEvents se = new SentenceEvents();
        se.text = text;
        int tf = tokens.indexAt(from);
        int tt = tokens.indexAt(to);
        List<Clauses.Clause> clauses = Clauses.of(text, from, to, tokens.hits());
        List<int[]> naming = namings(text, from, to);
        // "Will she see A or B next week?": a question asserts no event (session 10)
        boolean asks = Unasserted.question(text, from, to);
        int[] abandoned = asks ? null : Unasserted.abandonedPlan(text, from, to, tokens);
        int[] series = seriesSummary(text, from, to);
        for (PhraseMatcher.Match<EventType> m : lexicon.triggers().find(tokens, tf, tt)) {
            if (asks || quoted.get(m.start()) || negatedByNext(tokens, m) && !receivedAtSeat(text, tokens, m, names)
                    || inside(naming, m.start())
                    || talksAsVerb(tokens, m, tf)
                    || series != null && m.start() >= series[0] && m.start() < series[1]) {
                continue; // "what the White House calls a framework": a name credited, no call
            }
            String before = text.substring(Math.max(from, m.start() - 40), m.start());
            if ((before.contains("accord") && CITED.matcher(before).find())
                    || (mayNegate(before) && NEGATED.matcher(before).find())) {
                se.denied = true;
                continue; // "according to a readout", "did not meet": no event of its own
            }
            if (Unasserted.negatedModal(before) || Unasserted.hedged(text, from, m.start())
                    || Unasserted.conditional(text, from, m.start())
                    || Unasserted.noOccasion(text, from, m.start(), m.end(), to)
                    || (abandoned != null && m.start() >= abandoned[0] && m.start() < abandoned[1])
                    || (m.value() == EventType.MILITARY && Unasserted.figurative(text, m.end(), to))
                    || (m.value() == EventType.MILITARY && Unasserted.hypothetical(text, from, m.start(), m.end(), to))) {
                se.denied = true;
                continue; // "will not sit down with", "declined to say if air raids …", "who was due to attend …,
                // remained in", "an attack on national independence": told, not asserted (session 10)
            }
            if (m.value() == EventType.MILITARY && (Unasserted.abstractUnderAttack(text, from, m.start())
                    || Unasserted.verbalAttack(text, from, m.start(), m.end(), to, names))
                    || m.value() == EventType.SUMMIT && Unasserted.aTop(text, from, m.start(), m.end(), to)) {
                continue; // "free trade is under attack", "the summit of the table": figures of speech (session 13)
            }
            if (NotNews.toAnAudience(text, tokens, m, to) || NotNews.putOff(text, tokens, m, from, to)
                    || NotNews.tripSkipped(text, from, m)) {
                // "spoke to soldiers", "were left for later talks", "skipped the trip": a speech, a matter put off, an
                // absence (session 13)
                continue;
            }
            if (m.first() == m.last() && tokens.folded(m.first()).equals("dialogue")
                    && (!tokens.capitalised(m.first()) || m.first() == tf)) {
                continue; // only a named "… Dialogue" is a round of talks; "called for dialogue" is none (session 15)
            }
            if (m.first() == m.last() && tokens.folded(m.first()).equals("bilateral") && adjectiveBefore(tokens, m, tt)) {
                continue; // "bilateral trade by 2030", "bilateral ties": the adjective names no meeting (session 15)
            }
            if (SEEING.contains(tokens.folded(m.first())) && m.first() == m.last() && !personNext(text, m, names)) {
                continue; // "the year saw Britain recognise …", "saw it as": no one is met
            }
            if (OUTBREAK.contains(tokens.folded(m.first())) && (!FIGHTING_BEFORE.matcher(text)
                    .region(Math.max(from, m.start() - 60), m.start()).find() || OUTBREAK_AS_TIME.matcher(text)
                    .region(Math.max(from, m.start() - 60), m.start()).find())) {
                // "a row broke out": only fighting that breaks out is force; "hours after the fighting broke out":
                // an outbreak told elsewhere, named as the time of another event
                continue;
            }
            if (SPENDING.contains(tokens.folded(m.first())) && (!STAY.matcher(text).region(m.end(), to).lookingAt()
                    || Presence.stayFilled(text, tokens, m.end(), to))) {
                // "spent billions", "spent the day negotiating": only a stay in a place is a visit; "spent the day in
                // Juba negotiating": the talks are the event (session 14)
                continue;
            }
            if (m.last() == m.first() + 1 && tokens.folded(m.last()).equals("with") && m.value() == EventType.VISIT
                    && !journeyTo(text, m, names, to)) {
                continue; // "went with the proposal", "flew with the air force": no destination told (session 17)
            }
            if (m.last() == m.first() + 1 && tokens.folded(m.first()).equals("was")
                    && !stayAbroad(text, tokens, m, names, gazetteer, from, to)) {
                continue; // "was in talks", "was in power", "was in Paris" (a French leader): no trip (session 17)
            }
            if (m.value() == EventType.OTHER && ceremony(tokens, m)
                    && (!stateOccasion(text, from, to, names) || ceremonyModifier(tokens, m, tt)
                    || SentenceLinks.sequenced(text, m.start()))) {
                // "the champions' victory parade", "a funeral for the drowned fishermen": no one's occasion; "after the
                // parade they drove off for talks": the ceremony only as a time, the talks are told
                continue;
            }
            if (Presence.PARTICIPLES.contains(tokens.folded(m.first())) && !Presence.told(text, from, m.start())) {
                continue; // "the negotiating team": talks only after a presence ("has been in Arusha since …,")
            }
            if (m.first() == m.last() && NAMING_CALLS.contains(tokens.folded(m.first())) && personNext(text, m, names)
                    && !calledPerson(text, m, names)) {
                continue; // "calls Holm his friend": the present of naming, no call (session 15)
            }
            if (CALLING.contains(tokens.folded(m.first())) && m.first() == m.last() && !calledPerson(text, m, names)
                    && !CALLED_GROUP.matcher(text).region(m.end(), to).lookingAt()) {
                continue; // "called for calm", "called on X to", "called X a danger": no one is phoned
            }
            if (m.value() == EventType.MEETING && m.last() == m.first() + 1 && "called".equals(tokens.folded(m.first()))
                    && "on".equals(tokens.folded(m.last())) && !courtesyCall(text, m, names, to)) {
                continue; // "called on Israel to halt", "called on all sides": an appeal, no visit in person
            }
            if (addressedGathering(tokens, m, se.slots)) {
                continue; // "a meeting of ministers, addressed by Fuad Hussein": a speaker at the meeting (roles.tsv)
            }
            if (COMING.contains(tokens.folded(m.first())) && !placeNext(tokens, m, names)) {
                continue; // "came to power", "come to an agreement": no trip
            }
            if (m.value() == EventType.STATEMENT && m.last() > m.first() && tokens.folded(m.last()).equals("that")
                    && !personSubject(text, m, names)) {
                continue; // "the paper wrote that", "analysts wrote that": no one's statement we can file
            }
            if (m.value() == EventType.MEETING && SUMMONING.contains(tokens.folded(m.first()))
                    && !"on".equals(tokens.folded(m.last())) && !ENVOY_OBJECT.matcher(text).region(m.end(), to).lookingAt()) {
                continue; // "called in the army", "summoned the courage": only an envoy is summoned to a meeting
            }
            if (m.first() == m.last() && RECIPROCAL.contains(tokens.folded(m.first()))
                    && (!reciprocalPair(text, tokens, m, names)
                    || parley.extract.time.TimexTagger.tag(text, from, to).isEmpty())) {
                // "Macron spoke at the forum", "spoke of a new era": no conversation between two named; nor "the two
                // spoke often" with no day of its own (a habit or the call told already)
                continue;
            }
            if (JOINT_ACTS.contains(tokens.folded(m.first())) && !pairActs(text, m, names)) {
                continue; // "Trump unveiled a plan": one person's act; "X and Y unveil a plan" is their meeting
            }
            if (HOST_FORMS.contains(tokens.folded(m.first())) && m.first() == m.last()
                    && hostsNonDiplomatic(tokens, m, names)) {
                continue; // "offered to host a youth sports tournament": hosting no one and no gathering of states
            }
            if (SIGN_FORMS.contains(tokens.folded(m.first())) && m.first() == m.last()
                    && !Signings.jointSigning(tokens, m.first(), m.start(), names)
                    && !(Signings.groupSigning(tokens, m.first(), m.start())
                    && !parley.extract.time.TimexTagger.tag(text, from, to).isEmpty())) {
                continue; // "Trump signed an executive order": one person's act, no gathering of signatories
            }
            if (m.last() - m.first() == 3 && NAMES_TO.contains(tokens.folded(m.first() + 2))
                    && !(m.last() + 1 < tt && Character.isLetter(tokens.folded(m.last() + 1).charAt(0))
                    && Signings.jointSigning(tokens, m.last(), m.start(), names))) {
                continue; // "what did they put their names to?": the document is named in this sentence or none
            }
            EventType spoken = NotNews.spokenTo(text, tokens, m, to);
            if (spoken != m.value()) {
                // "spoke briefly to local reporters", "spoke to parliament": words to the press or a chamber, no call
                m = new PhraseMatcher.Match<>(m.first(), m.last(), m.start(), m.end(), m.phrase(), spoken);
            }
            if (visitsPerson(text, tokens, m, names)) {
                // "to visit Donald Trump at the White House": one visits a person by meeting them (a trip to a
                // country or city stays a visit)
                m = new PhraseMatcher.Match<>(m.first(), m.last(), m.start(), m.end(), m.phrase(), EventType.MEETING);
            }
            Clauses.Clause c = Clauses.at(clauses, m.start());
            if (c.inTopic(m.start())) {
                continue; // "to discuss a summit" names a subject, not an event
            }
            int tail = pressTail(text, m, c, to);
            if (tail >= 0) {
                // "…, Tsahkna told reporters.": the telling is a clause of its own, apart from what it reports
                c = new Clauses.Clause(tail, c.end(), c.end(), c.end());
            }
            Slot slot = new Slot(m, c);
            slot.tail = tail >= 0;
            slot.sequenced = SentenceLinks.sequenced(text, m.start());
            se.sequencedAt.put(m.start(), slot.sequenced);
            // "their first encounter since the G20 summit in 2019": history named as a yardstick; it keeps its own
            // names, places and times so that they go to no other event of the sentence, and reports nothing
            slot.background = before.contains("since") && sinceBackground(text, m, to)
                    // "in response to the attack", "condemned the shelling of February": an event pointed back at
                    || NotNews.pointsBack(tokens, text, from, m)
                    // "reviewed the national day parade": a leader reviews a parade by attending it (session 16)
                    && !(ceremony(tokens, m) && tokens.folded(m.last()).equals("parade"));
            slot.relativeStart = relativeOpening(text, from, m.start());
            se.slots.add(slot);
        }
        CopularEncounters.mark(text, se.slots, to);
        List<Slot[]> repeats = se.repeats(text, tokens, to, clauses);
        se.dropModes(tokens);
        se.signingInsideGathering(tokens);
        se.splitCoordinatedCalls(text, tokens);
        se.datedSaying(text, tokens, from, to, names, quoted, clauses);
        se.bodySitting(text, tokens, from, to, quoted, clauses);
        se.institutionalAct(text, tokens, from, to, quoted, clauses);
        List<EntityMention> actors = new ArrayList<>();
        se.people = names;
        // ", the State Department said": the source of a meeting's news; but the speaker of a statement takes part
        boolean speech = se.slots.stream().anyMatch(sl -> sl.type() == EventType.STATEMENT
                || sl.type() == EventType.PRESS_CONFERENCE);
        int lastTrigger = se.slots.isEmpty() || speech ? Integer.MAX_VALUE
                : se.slots.get(se.slots.size() - 1).trigger.end();
        for (EntityMention n : names) {
            Clauses.Clause c = Clauses.at(clauses, n.start());
            if (!c.inTopic(n.start()) && (!possessive(text, n) || se.speaking(text, n) || se.ownerOfTrigger(text, n)
                    || n.entity().kind() == parley.domain.EntityKind.PERSON && CopularEncounters.owner(text, n.end()))
                    && !se.modifier(text, n)
                    && !principal(text, n)
                    && !(n.start() > lastTrigger && attribution(text, n, to))
                    && !se.thanking(text, n) && !inside(naming, n.start())) {
                actors.add(n);
            }
        }
        se.assignNames(text, actors, clauses, lexicon);
        se.tailSpeakers(actors);
        se.actingBodies(names);
        List<PhraseMatcher.Match<Lexicon.RolePhrase>> roles = new ArrayList<>();
        for (PhraseMatcher.Match<Lexicon.RolePhrase> r : lexicon.roles().find(tokens, tf, tt)) {
            String rp = tokens.folded(r.first());
            if (r.last() + 1 < tt && tokens.folded(r.last() + 1).equals("of") && rp.contains("chair")
                    && (tokens.capitalised(r.first()) || r.first() > tf && OFFICE_RANKS.contains(tokens.folded(r.first() - 1)))) {
                // "Li Wen, Deputy Chair of the Planning Council,": an office written as a title, not the verb (session
                // 10); "holds the rotating chair of ASEAN" still chairs
                continue;
            }
            if (r.last() == r.first() + 2 && tokens.folded(r.first() + 1).equals("also")
                    && tokens.folded(r.last()).equals("in")
                    && !THERE_FOR.matcher(text).region(r.end(), tokens.end(tt - 1)).lookingAt()) {
                continue; // "were also in favour", "was also in Rome on business": no gathering they came for
            }
            if (!quoted.get(r.start()) && !((rp.equals("host") || rp.equals("hosts")) && r.first() > 0
                    && NOUN_LEADS.contains(tokens.folded(r.first() - 1)))
                    && !(HOST_FORMS.contains(rp) && r.first() == r.last() && hostsNonDiplomatic(tokens,
                            new PhraseMatcher.Match<>(r.first(), r.last(), r.start(), r.end(), r.phrase(),
                                    EventType.MEETING), names))) {
                if (r.value().role() == Role.HOST && r.first() == r.last() && rp.equals("hosted") && r.first() > tf
                        && PASSIVE_BEFORE.contains(tokens.folded(r.first() - 1))) {
                    continue; // "Ramaphosa was hosted at the Elysee": the guest, not the host (session 18)
                }
                if (r.value().role() == Role.HOST && Unasserted.negatedModal(
                        text.substring(Math.max(from, r.start() - 40), r.start()))) {
                    continue; // "would not host another camp": nobody hosts anything (session 10)
                }
                roles.add(r); // not "the hosts rearranged the programme": people named by their part, no role
            }
        }
        leadsDelegation(text, tokens, from, to, quoted, roles);
        se.applyRoles(actors, roles, clauses);
        se.signers(text, tokens, from, to, actors);
        se.frontedCounterpart(text, from, to, names);
        for (Slot[] r : repeats) {
            // ", mediator C present, and once more in Rome": a name before the repetition is of the first gathering
            java.util.Set<KnownEntity> firstOnly = new java.util.HashSet<>();
            for (var e : List.copyOf(r[1].participants.entrySet())) {
                List<Integer> at = r[1].attachedAt.getOrDefault(e.getKey(), List.of());
                if (!at.isEmpty() && at.stream().allMatch(x -> x < r[1].trigger.start())) {
                    r[1].participants.remove(e.getKey());
                    r[0].participants.putIfAbsent(e.getKey(), e.getValue());
                    firstOnly.add(e.getKey());
                }
            }
            r[0].participants.forEach((k, v) -> {
                if (!firstOnly.contains(k)) {
                    r[1].participants.putIfAbsent(k, v); // the same people, met again
                }
            });
        }
        // "the club's director met Real Madrid's sporting director": sport or business, no state actor (session 13)
        se.slots.removeIf(s -> NotNews.offDomain(tokens, tf, tt, s));
        if (se.slots.isEmpty()) {
            return se;
        }
        List<Timex> times = new ArrayList<>();
        for (Timex t : TimexTagger.tag(text, from, to, tokens.hits())) {
            if (!quoted.get(t.start())) {
                times.add(t);
            }
        }
        for (Timex t : times) {
            // ("by the end of June" may be the time's own words: then the outcome's noun stands right before it)
            int deadlineAt = t.phrase().regionMatches(true, 0, "by ", 0, 3) ? t.start() + 3 : t.start();
            if (tokens.hasAt(DEADLINE_CUE, Math.max(from, t.start() - 40), deadlineAt)
                    && DEADLINE.matcher(text).region(Math.max(from, t.start() - 40), deadlineAt).find()) {
                continue; // "with a view to a deal by 30 June": a deadline, not the day of any event (session 13)
            }
            Slot occasion = null;
            if (tokens.hasAt(SAID_BEFORE_CUE, Math.max(from, t.start() - 24), t.start())
                    && SAID_BEFORE.matcher(text).region(Math.max(from, t.start() - 24), t.start()).find()
                    && se.slots.stream().noneMatch(sl -> sl.saying && sl.trigger.end() <= t.start())) {
                occasion = se.occasionAfter(text, t.end(), to);
                if (occasion == null) {
                    se.sayingTimes.add(t);
                    continue; // "his ministry said on Tuesday": the day of the saying, not of the event
                }
                occasion.toldFrom = t.start() - 24;
            } else if (t.start() > from + 14 && TOLD_BEFORE.matcher(text).region(Math.max(from, t.start() - 24), t.start()).find()) {
                // "told reporters on Monday after meeting Y": the meeting's day too (the press telling keeps it)
                Slot met = se.occasionAfter(text, t.end(), to);
                if (met != null) {
                    met.times.add(t);
                    met.toldFrom = t.start() - 24;
                }
            }
            if (occasion == null && se.signingsOwn(t.start())) {
                occasion = se.endedInSigning(text, t.end(), to, times);
                if (occasion == null) {
                    continue; // "… would sign a memorandum next month": the signing's time, not the call's
                }
            }
            boolean possessive = t.phrase().endsWith("s") && POSSESSIVE_END.matcher(t.phrase()).matches()
                    || possessiveAfter(text, t.end());
            Slot s = occasion != null ? occasion
                    : se.slotFor(t.start(), t.end(), possessive || se.attributive(text, t));
            if (s == null && possessive) {
                continue; // "to review Monday's summit": the day of an occasion named as a topic, no one's here
            }
            if (s != null) {
                s.times.add(t);
            } else {
                se.unclaimed.add(t);
            }
        }
        for (Slot a : se.slots) {
            for (Slot b : se.slots) {
                // "hosted a conference from 15 to 17 June": one gathering; not "telephoned … for the strike on 9 May"
                // (a yardstick's time is its own: "talks with Y, their first since a meeting in Lima in October"
                // leaves the talks to the day of the story, session 17)
                a.clauseDated |= b != a && b.clause == a.clause && !b.times.isEmpty() && !b.background
                        && (a.type() == b.type() || GATHERING.contains(a.type()) && GATHERING.contains(b.type()));
            }
        }
        int[] yardstick = yardstick(text, from, to);
        for (Places.Place p : Places.find(text, from, to, quoted, gazetteer, tokens.hits())) {
            Clauses.Clause c = Clauses.at(clauses, p.start());
            if (c.inTopic(p.start())) {
                continue;
            }
            if (p.start() >= yardstick[0] && p.start() < yardstick[1]) {
                Slot own = se.slotFor(p.start(), p.end(), false);
                if (own == null || !own.background) {
                    continue; // "their first since they clashed in Lima": where the yardstick was, not this event
                }
            }
            if (se.signingsOwn(p.start())) {
                continue; // "… would sign it in Canberra": where the signing is, not the call
            }
            Slot s = se.slotFor(p.start(), p.end(), false);
            if (s != null && p.end() <= s.toldFrom) {
                continue; // "Peru will reopen its embassy in La Paz, X said on Tuesday after talks with Y": not there
            }
            for (Slot purpose : p.visit() ? se.slots : List.<Slot>of()) {
                if (purpose != s && purpose.place == null && purposeAt(text, p, purpose)) {
                    purpose.place = p; // "to Stockholm for talks with Y": also where the gathering the trip is for is
                }
            }
            if (s != null && (!p.visit() || s.type() == EventType.VISIT || purposeAt(text, p, s))
                    && (s.place == null || p.rank() < s.place.rank())) {
                s.place = p;
            }
        }
        return se;
    }

    /**
     * "with a view to a deal by 30 June", "an agreement no later than Friday": the deadline of an outcome named in the
     * clause, no event's day ("travel to Washington by the end of April" still dates the trip).
     */
    private static final Pattern DEADLINE = Pattern.compile("(?i)\\b(?:deal|deals|agreement|agreements|accord"
            + "|settlement|ceasefire|truce|decision|answer|response|text|draft|framework|solution|conclusion|result"
            + "|results|outcome)\\s+(?:by|no\\s+later\\s+than)\\s+(?:the\\s+end\\s+of\\s+)?$");

    /** {@link #DEADLINE}'s nouns: a time with none of them just before it is no deadline. */
    private static final Cue DEADLINE_CUE = Cue.of("deal", "deals", "agreement", "agreements", "accord", "settlement",
            "ceasefire", "truce", "decision", "answer", "response", "text", "draft", "framework", "solution",
            "conclusion", "result", "results", "outcome");

    /** Between a destination and the gathering it is for: "to Oslo to see", "to Stockholm for talks with". */
    private static final Pattern PURPOSE_GAP = Pattern.compile("^,?\\s+(?:to|for)\\s+(?:(?:hold|have|a|an|further"
            + "|fresh|new|more)\\s+)*$");

    /**
     * "goes on to Oslo to see X, then to Stockholm for talks with Y": a destination told right before the gathering it
     * is the trip's purpose is where that gathering is held, as "in Oslo" would be (session 11).
     */
    private static boolean purposeAt(String text, Places.Place p, Slot s) {
        return GATHERING.contains(s.type()) && !p.left() && s.trigger.start() > p.end()
                && s.trigger.start() - p.end() <= 24
                && PURPOSE_GAP.matcher(text).region(p.end(), s.trigger.start()).matches();
    }

    /**
     * "since the G20 summit in Osaka", "since their last meeting in May": after "since" an event is the yardstick of
     * a comparison, history rather than news; not when it is the subject of a clause of its own ("since the talks
     * began on Monday").
     */
    private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\s+(?:(?:the|a|an|their|his|her|its|last|that)\\s+)?"
            + "(?:(?-i:[\\p{Lu}\\p{N}])[\\p{L}\\p{N}’'-]*\\s+|(?:last|first|previous|annual|joint)\\s+){0,4}$");
    private static final Pattern SINCE_CLAUSE = Pattern.compile("(?i)^\\s+(?:[\\p{L}-]+\\s+){0,2}(?:began|begun|opened|started"
            + "|ended|broke|collapsed|resumed|stalled|was|were|have|has|had)\\b");

    /**
     * "their first since a brief encounter in Lima", "the first talks since a tense meeting": after "first … since"
     * whatever follows is the yardstick, with any words before its noun (session 17).
     */
    private static final Pattern FIRST_SINCE = Pattern.compile("(?i)\\b(?:first|only)\\b[^.;:,!?]{0,40}?\\bsince\\s+"
            + "(?:[\\p{L}’'-]+\\s+){0,4}$");

    /** "the first since …", "their only meeting since …" up to the next comma: the span of a yardstick. */
    private static final Pattern FIRST_SINCE_AT = Pattern.compile("(?i)\\b(?:first|only)\\b[^.;:,!?]{0,40}?\\b(since)\\b");

    /** Start and end of the yardstick after "first … since" in [from, to), or an empty span past {@code to}. */
    private static int[] yardstick(String text, int from, int to) {
        java.util.regex.Matcher m = FIRST_SINCE_AT.matcher(text).region(from, to);
        if (!m.find()) {
            return new int[] {to, to};
        }
        int end = m.end(1);
        while (end < to && ",;:(".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return new int[] {m.start(1), end};
    }

    private static boolean sinceBackground(String text, PhraseMatcher.Match<EventType> m, int to) {
        if (!SINCE.matcher(text).region(Math.max(0, m.start() - 40), m.start()).find()
                && !FIRST_SINCE.matcher(text).region(Math.max(0, m.start() - 90), m.start()).find()) {
            return false;
        }
        return !SINCE_CLAUSE.matcher(text).region(m.end(), Math.min(to, m.end() + 40)).lookingAt();
    }

    private static final Set<String> ADDRESS_FORMS = Set.of("addressed", "address", "addresses");
    private static final Set<EventType> ADDRESSED_GATHERINGS = Set.of(EventType.MEETING, EventType.SUMMIT,
            EventType.TALKS);

    /** "addressed by" after a gathering's trigger in the same sentence: who spoke at it, not a statement of its own. */
    private static boolean addressedGathering(Tokens tokens, PhraseMatcher.Match<EventType> m, List<Slot> earlier) {
        if (m.first() != m.last() || !ADDRESS_FORMS.contains(tokens.folded(m.first())) || m.last() + 1 >= tokens.size()
                || !"by".equals(tokens.folded(m.last() + 1))) {
            return false;
        }
        return earlier.stream().anyMatch(s -> ADDRESSED_GATHERINGS.contains(s.type()));
    }

    private static final Set<String> VISIT_FORMS = Set.of("visit", "visits", "visited", "visiting");
    /** Words before "visit(s)" that make it a verb ("to visit", "will visit", "Modi visits"), not a noun. */
    private static final Set<String> VERB_LEADS = Set.of("to", "will", "would", "could", "can", "may", "might",
            "should", "shall", "did", "does", "do", "also", "then", "he", "she", "they", "must");

    /** "sign" and its forms: a gathering only when two parties sign an agreement ({@link Signings}). */
    private static final Set<String> SIGN_FORMS = Set.of("sign", "signs", "signed", "signing");
    /** "put their names to", "put their signatures to": signing in other words (triggers.tsv). */
    private static final Set<String> NAMES_TO = Set.of("names", "signatures");

    private static final Set<String> HOST_FORMS = Set.of("host", "hosts", "hosted", "hosting");
    /** What one hosts that is no diplomatic gathering: sport, culture, trade fairs (session 9). */
    private static final Set<String> NON_DIPLOMATIC = Set.of("tournament", "tournaments", "championship",
            "championships", "games", "olympics", "olympic", "paralympics", "festival", "festivals", "concert",
            "concerts", "exhibition", "exhibitions", "expo", "fair", "fairs", "match", "matches", "cup", "race",
            "marathon", "competition", "contest", "gala", "carnival", "league", "grand", "season", "show", "film",
            "premiere", "party", "parade");
    /** How many words after "host" its object may take: "host a regional youth football tournament". */
    private static final int HOST_OBJECT = 6;

    /**
     * "to host a youth sports tournament", "hosts the football championship": the object of hosting is a sporting,
     * cultural or trade event with no one named between the verb and it (a guest named first, "hosted Erdogan at
     * the final", is still met).
     */
    private static boolean hostsNonDiplomatic(Tokens tokens, PhraseMatcher.Match<EventType> m,
                                              List<EntityMention> names) {
        for (int k = m.last() + 1; k < Math.min(tokens.size(), m.last() + 1 + HOST_OBJECT); k++) {
            if (NON_DIPLOMATIC.contains(tokens.folded(k))) {
                int at = tokens.start(k);
                return names.stream().noneMatch(n -> n.start() >= m.end() && n.start() < at);
            }
        }
        return false;
    }

    /** "come to", a trip only to a place: "asked Starmer to come to Ottawa" (session 10), not "came to power". */
    private static final Set<String> COMING = Set.of("come", "comes", "came", "coming");

    /** The word after the match is capitalised and starts no person's name: a place. */
    private static boolean placeNext(Tokens tokens, PhraseMatcher.Match<EventType> m, List<EntityMention> names) {
        int k = m.last() + 1;
        if (k >= tokens.size() || !tokens.capitalised(k)) {
            return false;
        }
        int at = tokens.start(k);
        return names.stream().noneMatch(n -> n.start() == at && n.entity().kind() == parley.domain.EntityKind.PERSON);
    }

    /** Acts two people perform together, a meeting only when both are the subject (triggers.tsv lists them). */
    private static final Set<String> JOINT_ACTS = Set.of("unveil", "unveils", "unveiled", "unveiling", "present",
            "presents", "presented", "presenting", "announce", "announces", "announced", "announcing");
    private static final Pattern PAIR_GAP = Pattern.compile("\\s+(?:jointly\\s+|together\\s+)?");

    /** Verbs of talking that make a conversation only with two people named together as their subject. */
    private static final Set<String> RECIPROCAL = Set.of("speak", "speaks", "spoke", "spoken", "speaking", "talk",
            "talked", "talking", "confer", "confers", "conferred", "conferring");
    /** What may stand between "A and B" and their verb of talking: "are expected to", "had", "briefly". */
    private static final Pattern RECIPROCAL_GAP = Pattern.compile("\\s+(?:(?:have|has|had|will|would|are|were|also"
            + "|then|later|again|briefly|last|first|finally|reportedly|expected|due|set|to|plan|planned|agreed|on"
            + "|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|tomorrow)\\s+)*");
    /** "A and B", "A and Bolivian President B": the second may keep its title before the name. */
    private static final Pattern PAIR_AND = Pattern.compile("\\s+and\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,4}");
    /** What after the verb makes it no conversation between the two: a speech "at" or "to" a gathering, "of", "about". */
    private static final Set<String> NOT_AFTER_RECIPROCAL = Set.of("at", "to", "of", "about", "before", "in",
            "during", "out", "up", "for", "against", "publicly", "openly");

    /**
     * "Noboa and Paz spoke by phone on Sunday", "the two presidents … are expected to talk on Friday" (session 14): two
     * people named together right before the verb, and no speech or topic after it ("spoke at the forum", "talked
     * about trade" with no one else named is a remark).
     */
    private static boolean reciprocalPair(String text, Tokens tokens, PhraseMatcher.Match<EventType> m,
                                          List<EntityMention> names) {
        int after = m.last() + 1;
        if (after < tokens.size() && NOT_AFTER_RECIPROCAL.contains(tokens.folded(after))) {
            return false;
        }
        return namedPairBefore(text, m, names, RECIPROCAL_GAP, PAIR_AND);
    }

    /** "Trump and Netanyahu unveil a 20-point plan at the White House": two people named as the act's subject. */
    private static boolean pairActs(String text, PhraseMatcher.Match<EventType> m, List<EntityMention> names) {
        return namedPairBefore(text, m, names, PAIR_GAP, PLAIN_AND);
    }

    private static final Pattern PLAIN_AND = Pattern.compile(" and ");

    /**
     * Whether the last two people named before the trigger are "A {@code and} B" with only {@code gap} between B and
     * the trigger: the pair is the act's subject.
     */
    private static boolean namedPairBefore(String text, PhraseMatcher.Match<EventType> m, List<EntityMention> names,
                                           Pattern gap, Pattern and) {
        for (int i = names.size() - 1; i >= 1; i--) {
            EntityMention b = names.get(i);
            EntityMention a = names.get(i - 1);
            if (b.end() > m.start() || b.entity().kind() != parley.domain.EntityKind.PERSON
                    || a.entity().kind() != parley.domain.EntityKind.PERSON || a.entity().equals(b.entity())) {
                continue;
            }
            return gap.matcher(text).region(b.end(), m.start()).matches()
                    && and.matcher(text).region(a.end(), b.start()).matches();
        }
        return false;
    }

    /** The verb "visit" with a person as its object ("visited President Xi"), not "a visit Trump made". */
    private static boolean visitsPerson(String text, Tokens tokens, PhraseMatcher.Match<EventType> m,
                                        List<EntityMention> names) {
        if (m.value() != EventType.VISIT || m.first() != m.last()) {
            return false;
        }
        String word = tokens.folded(m.first());
        if (!VISIT_FORMS.contains(word)) {
            return false;
        }
        if (word.startsWith("visit") && word.length() <= 6 && m.first() > 0) {
            int p = m.first() - 1;
            if (!VERB_LEADS.contains(tokens.folded(p)) && !tokens.capitalised(p)) {
                return false; // "his visit", "a state visit", "the visits"
            }
        }
        return personNext(text, m, names);
    }

    /** "summoned", "called in" (triggers.tsv): a meeting only with an envoy as the object. */
    private static final Set<String> SUMMONING = Set.of("summon", "summons", "summoned", "summoning", "call", "calls",
            "called", "calling");
    /** "the Iranian ambassador", "Hungary's chargé d'affaires", "Russian envoy Ivan X", "the ambassadors of A and B". */
    private static final Pattern ENVOY_OBJECT = Pattern.compile("\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+)?"
            + "(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,3}(?:(?:deputy|acting|top|senior|chief)\\s+)?(?:ambassadors?|envoys?"
            + "|charg[ée]s?\\s+d['’]affaires|diplomats?|heads?\\s+of\\s+mission|consuls?(?:[- ]general)?)\\b");

    /** Between a subject and its verb: at most an adverb or two ("later", "also"), no clause break. */
    private static final Pattern SUBJECT_GAP = Pattern.compile("(?:\\s+(?:later|also|then|again|separately|herself"
            + "|himself|has|had|have))*\\s+");

    /**
     * "Milei wrote that", "the president posted that" (session 13): the subject right before the verb is a person the
     * article knows or names by a title.
     */
    private static boolean personSubject(String text, PhraseMatcher.Match<EventType> m, List<EntityMention> names) {
        EntityMention last = null;
        for (EntityMention n : names) {
            if (n.end() <= m.start()) {
                last = n;
            }
        }
        return last != null && last.entity().kind() == parley.domain.EntityKind.PERSON
                && SUBJECT_GAP.matcher(text).region(last.end(), m.start()).matches();
    }

    /**
     * After "flew with": the company, then "to" and a capitalised place in the same clause ("flew with two aides, but
     * only to Tromsø", "travelled with her trade minister to Bogotá", "went with X instead to Warsaw").
     */
    private static final Pattern JOURNEY_TO = Pattern.compile("[^.;:!?()]{1,90}?\\bto\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}-]+)");

    /** A journey with company has a destination that is a place, not a person ("to Merz") nor a month. */
    private static boolean journeyTo(String text, PhraseMatcher.Match<EventType> m, List<EntityMention> names, int to) {
        Matcher j = JOURNEY_TO.matcher(text).region(m.end(), to);
        if (!j.lookingAt() || NOT_DESTINATIONS.contains(j.group(1))) {
            return false;
        }
        for (EntityMention n : names) {
            if (n.start() <= j.start(1) && n.end() > j.start(1) && n.entity().kind() == parley.domain.EntityKind.PERSON) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> NOT_DESTINATIONS = Set.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "Parliament", "Congress");

    /**
     * After "were also in": a place, then the gathering they came for ("Manila for the forum") (session 17), or the
     * room or attendance ("were also in the room", which the longer phrase would otherwise take from "in the room").
     */
    private static final Pattern THERE_FOR = Pattern.compile("\\s+(?:\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?\\s+for"
            + "\\s+(?:the|its|that|this)\\s|the\\s+room\\b|attendance\\b)");

    /** Before "was in <City>": the person, perhaps with an apposition or an adverb ("The Irish taoiseach, X, then"). */
    private static final Pattern STAY_GAP = Pattern.compile("(?:\\s+of\\s+((?:the\\s+)?\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}"
            + "[\\p{L}-]+)?))?,?(?:\\s+(?:also|then|briefly|later|again))?\\s+");

    /**
     * "From 11 to 13 May the Kenyan president, William Ruto, was in Lisbon": a person whose country is known, in
     * another country's capital, on a day or days the sentence tells, is on a visit there (session 17). A home capital
     * ("Macron was in Paris"), a city whose country is not known, or no day make none.
     */
    private static boolean stayAbroad(String text, Tokens tokens, PhraseMatcher.Match<EventType> m,
                                      List<EntityMention> names, Gazetteer gazetteer, int from, int to) {
        int city = m.last() + 1;
        if (city >= tokens.size() || !tokens.capitalised(city)) {
            return false;
        }
        String country = gazetteer.capitalOfToken(tokens, city);
        if (country == null && city + 1 < tokens.size()) {
            country = gazetteer.capitalOfPair(tokens, city);
        }
        EntityMention last = null;
        for (EntityMention n : names) {
            if (n.end() <= m.start()) {
                last = n;
            }
        }
        if (country == null || last == null || last.entity().kind() != parley.domain.EntityKind.PERSON) {
            return false;
        }
        Matcher gap = STAY_GAP.matcher(text).region(last.end(), m.start());
        // "President Ines Mota of Mozambique was in …": the country after the name is the person's
        String home = !gap.matches() ? null : gap.group(1) != null ? gazetteer.country(gap.group(1)
                .replaceFirst("^the\\s+", "")) : last.entity().country();
        if (home == null || country.equals(home)) {
            return false;
        }
        for (Timex t : parley.extract.time.TimexTagger.tag(text, from, to)) {
            if (t.kind() != Timex.Kind.YEAR && t.kind() != Timex.Kind.MONTH) {
                return true;
            }
        }
        return false;
    }

    /** Between a guest and "received/welcomed at <seat>": a form of "be" ("The envoy, X, was welcomed at"). */
    private static final Pattern PASSIVE_GAP = Pattern.compile(",?\\s+(?:(?:later|also|then|first|formally)\\s+)?"
            + "(?:was|were|is|are|(?:has|have|had)\\s+been)\\s+");

    /**
     * "Premier X was received at the Quirinale", "X is welcomed at the Kremlin": a person received at a seat of
     * government or a residence (`residences.tsv`) with no one named as the object is a guest there, a meeting with
     * its host (session 17); "the proposal was received at the Kremlin" has no person for a subject.
     */
    private static boolean receivedAtSeat(String text, Tokens tokens, PhraseMatcher.Match<EventType> m,
                                          List<EntityMention> names) {
        String verb = tokens.folded(m.first());
        if (m.first() != m.last() || !(verb.startsWith("receiv") || verb.startsWith("welcom"))
                || m.last() + 1 >= tokens.size() || !tokens.folded(m.last() + 1).equals("at")
                || !Places.residenceAt(text, tokens.start(m.last() + 1))) {
            return false;
        }
        EntityMention last = null;
        for (EntityMention n : names) {
            if (n.end() <= m.start()) {
                last = n;
            }
        }
        return last != null && last.entity().kind() == parley.domain.EntityKind.PERSON
                && PASSIVE_GAP.matcher(text).region(last.end(), m.start()).matches();
    }

    /** What may follow the noun "a bilateral" ("held a bilateral with", "the bilateral on Tuesday"). */
    private static final Set<String> AFTER_BILATERAL_NOUN = Set.of("with", "between", "on", "in", "at", "of", "was",
            "is", "will", "took", "takes", "held", "later", "earlier", "that", "which", "and", "or", "the", "before",
            "after", "during", "has", "had", "ended", "lasted", "came", "followed", "went", "this", "last", "next",
            // "a bilateral strand/leg of the trip": a part of a visit that is a meeting
            "strand", "leg", "part", "segment", "session", "component", "element", "portion", "format", "track",
            "encounter", "sit", "chat");

    /** "bilateral trade", "bilateral ties": the adjective before a noun of another kind (the event nouns trigger). */
    private static boolean adjectiveBefore(Tokens tokens, PhraseMatcher.Match<EventType> m, int tt) {
        int next = m.last() + 1;
        if (next >= tt) {
            return false;
        }
        String w = tokens.folded(next);
        return !w.isEmpty() && Character.isLetter(w.charAt(0)) && !AFTER_BILATERAL_NOUN.contains(w);
    }

    /** Verbs of meeting only with a person as their object: "saw Xi", "saw President Ruto". */
    private static final Set<String> SEEING = Set.of("saw", "see", "sees");
    /** Between a verb and the person it takes: nothing but capitalised words of a title ("President", "Egypt's"). */
    private static final Pattern TITLE_GAP = Pattern.compile("(?:\\s+\\p{Lu}[\\p{L}’'-]*)*\\s+");

    /** The verb's object is a person: the first name after it, with only a title between. */
    private static boolean personNext(String text, PhraseMatcher.Match<EventType> m, List<EntityMention> names) {
        for (EntityMention n : names) {
            if (n.start() >= m.end()) {
                return n.entity().kind() == parley.domain.EntityKind.PERSON && n.start() - m.end() <= 40
                        && TITLE_GAP.matcher(text).region(m.end(), n.start()).matches();
            }
        }
        return false;
    }

    /**
     * "A saw B in Oslo on 4 May, mediator C present, and once more in Rome on 2 June": the gathering repeated, with its
     * own place and day after "once more" / "again" (session 10).
     */
    private static final Pattern REPEAT = Pattern.compile("(?i)(?:,\\s*|\\s+)and\\s+(once\\s+more|once\\s+again|again)"
            + "(?=,?\\s+(?:in|at|on)\\s+\\p{Lu})");

    /** A slot for each repetition of a gathering told in the sentence, paired with the gathering it repeats. */
    private List<Slot[]> repeats(String text, Tokens tokens, int to, List<Clauses.Clause> clauses) {
        if (slots.isEmpty() || !(text.substring(slots.get(0).trigger.end(), to).contains("again")
                || text.substring(slots.get(0).trigger.end(), to).contains("once more"))) {
            return List.of();
        }
        List<Slot[]> out = new ArrayList<>();
        for (Slot s : List.copyOf(slots)) {
            if (!GATHERING.contains(s.type()) && s.type() != EventType.CALL) {
                continue;
            }
            Matcher m = REPEAT.matcher(text).region(s.trigger.end(), to);
            if (!m.find() || slots.stream().anyMatch(o -> o != s && o.trigger.start() > s.trigger.end()
                    && o.trigger.start() < m.start())) {
                continue; // another trigger between: the repetition is of that one
            }
            int first = tokens.indexAt(m.start(1));
            int last = tokens.indexAt(m.end(1)) - 1;
            Slot again = new Slot(new PhraseMatcher.Match<>(first, Math.max(first, last), m.start(1), m.end(1),
                    m.group(1), s.type()), Clauses.at(clauses, m.start(1)));
            slots.add(again);
            out.add(new Slot[] {s, again});
        }
        slots.sort(java.util.Comparator.comparingInt(x -> x.trigger.start()));
        return out;
    }

    /** "broke out", "erupted": the outbreak of something, force only when it is fighting (session 10). */
    private static final Set<String> OUTBREAK = Set.of("break", "breaks", "broke", "broken", "breaking", "erupt",
            "erupts", "erupted", "erupting");
    /** A noun of fighting as the subject, with at most a short phrase after it and no clause break. */
    private static final Pattern FIGHTING_BEFORE = Pattern.compile("(?i)\\b(?:fighting|clashes|hostilities|gunfire"
            + "|skirmishes|battles?|firefights?|shooting)\\b[^,;.:!?]{0,45}$");

    private static final Pattern OUTBREAK_AS_TIME = Pattern.compile("(?i)\\b(?:after|before|since|until|till|when"
            + "|once|as)\\s+(?:the\\s+)?(?:fighting|clashes|hostilities|gunfire|skirmishes|battles?|firefights?"
            + "|shooting)\\b[^,;.:!?]{0,45}$");

    /** Ceremony nouns that name a leaders' occasion only beside a leader or a state occasion (session 16). */
    private static final Set<String> CEREMONY_WORDS = Set.of("parade", "funeral", "memorial");
    /** A state occasion or an office in the sentence: the ceremony is one leaders attend as such. */
    private static final Pattern STATE_OCCASION = Pattern.compile("(?i)\\b(?:independence|national|victory|republic"
            + "|unity|liberation|constitution|armed\\s+forces|navy|army)\\s+day\\b|\\bstate\\s+(?:funeral|ceremony)"
            + "|\\b(?:military|royal|presidential|former\\s+(?:president|prime\\s+minister|king|queen|chancellor))\\b"
            + "|\\b(?:president|prime\\s+minister|premier|chancellor|king|queen|emperor|monarch|taoiseach|pope"
            + "|heads?\\s+of\\s+state)\\b");

    /** "parade", "state funeral", "funeral Mass", "memorial service": a ceremony noun of triggers.tsv (session 16). */
    private static boolean ceremony(Tokens tokens, PhraseMatcher.Match<EventType> m) {
        for (int i = m.first(); i <= m.last(); i++) {
            if (CEREMONY_WORDS.contains(tokens.folded(i))) {
                return !(i > m.first() && tokens.folded(m.first()).equals("military"));
            }
        }
        return false;
    }

    /** "the funeral arrangements", "the parade route": the ceremony noun as a modifier names no occasion held. */
    private static final Set<String> CEREMONY_MODIFIED = Set.of("arrangements", "plans", "preparations", "home",
            "homes", "director", "directors", "costs", "route", "ground", "grounds", "organisers", "organizers",
            "rehearsal", "rehearsals", "date");

    private static boolean ceremonyModifier(Tokens tokens, PhraseMatcher.Match<EventType> m, int tt) {
        return m.last() + 1 < tt && CEREMONY_MODIFIED.contains(tokens.folded(m.last() + 1));
    }

    /** A titled person or a state occasion in the sentence: "President Ruiz opened the parade", "Independence Day". */
    private static boolean stateOccasion(String text, int from, int to, List<EntityMention> names) {
        for (EntityMention n : names) {
            if (n.start() >= from && n.end() <= to && n.entity().kind() == parley.domain.EntityKind.PERSON
                    && n.entity().title() != null) {
                return true;
            }
        }
        return STATE_OCCASION.matcher(text).region(from, to).find();
    }

    /** "spent last Friday in Oslo", "spends two days in Kyiv": forms of "spend", a visit only as a stay. */
    private static final Set<String> SPENDING = Set.of("spend", "spends", "spent", "spending");
    /**
     * After "spent": a span of time in at most four words, then "in" or "at" and a capitalised place; "spent three
     * hours in Muscat" is a sitting (its talks are the event), not a stay.
     */
    private static final Pattern STAY = Pattern.compile("\\s+(?:(?!hours?\\b|minutes?\\b)[\\p{L}\\d’'-]+\\s+){1,4}?"
            + "(?:in|at)\\s+(?:the\\s+)?\\p{Lu}");

    /** Verbs of phoning that are also other words ("called for", "rings of steel"): a call only with a person after. */
    private static final Set<String> CALLING = Set.of("called", "rings", "ringing");
    /** The noun "call(s)" read as the verb of naming when a person and a predicate follow: "calls Holm a friend". */
    private static final Set<String> NAMING_CALLS = Set.of("calls", "call", "calling");
    /** After the person called: a predicate ("called Lula a danger", "called X's plan …") makes it naming, no call. */
    private static final Pattern NAMING_AFTER = Pattern.compile("(?:['’]s\\b|\\s+(?:a|an|the|his|her|their|its|one|\"|“|‘)"
            + "(?:\\s|\\b))");

    /**
     * "rings both premiers", "called his European counterparts": leaders named by their group are people phoned as
     * well as named ones (session 10); a talks noun later in the sentence does not make it talks.
     */
    private static final Pattern CALLED_GROUP = Pattern.compile("(?i)\\s+(?:both|the\\s+two|the\\s+three|all\\s+three"
            + "|all\\s+four|his|her|their)\\s+(?:[\\p{L}-]+\\s+)?(?:leaders|premiers|presidents|prime\\s+ministers"
            + "|counterparts|foreign\\s+ministers|chancellors)\\b");

    /** Between "called on" and the person: "the" and capitalised titles ("the Emir, Sheikh", "President"). */
    private static final Pattern CALLED_ON_GAP = Pattern.compile("\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}’'-]*,?\\s+){0,4}");
    /** After the person called on: an infinitive of what they are urged to do ("called on Ruto to release …"). */
    private static final Pattern APPEAL = Pattern.compile("[^.;:]{0,60}?\\bto\\s+(?!the\\b|a\\b|an\\b|his\\b|her\\b)"
            + "\\p{Ll}");

    /** "called on the Emir at the Diwan": a person right after, and no "to <verb>" that makes it an appeal. */
    private static boolean courtesyCall(String text, PhraseMatcher.Match<EventType> m, List<EntityMention> names,
                                        int to) {
        for (EntityMention n : names) {
            if (n.start() >= m.end()) {
                return n.entity().kind() == parley.domain.EntityKind.PERSON && n.start() - m.end() <= 40
                        && CALLED_ON_GAP.matcher(text).region(m.end(), n.start()).matches()
                        && !APPEAL.matcher(text).region(n.end(), to).lookingAt();
            }
        }
        return false;
    }

    private static boolean calledPerson(String text, PhraseMatcher.Match<EventType> m, List<EntityMention> names) {
        if (!personNext(text, m, names)) {
            return false;
        }
        for (EntityMention n : names) {
            if (n.start() >= m.end()) {
                return !NAMING_AFTER.matcher(text).region(n.end(), text.length()).lookingAt();
            }
        }
        return false;
    }

    private static boolean mayNegate(String before) {
        return before.contains("no ") || before.contains("not") || before.contains("n't") || before.contains("n’t") || before.contains("never")
                || before.contains("failed") || before.contains("refused") || before.contains("declined");
    }

    /** ", the State Department said Monday.": a name after a comma, followed by a reporting verb. */
    private static boolean attribution(String text, EntityMention n, int to) {
        int k = n.start();
        String lead = text.substring(Math.max(0, k - 30), k);
        int comma = lead.lastIndexOf(',');
        if (comma < 0 || !SOURCE_LEAD.matcher(lead).region(comma + 1, lead.length()).matches()) {
            return false;
        }
        return ATTRIBUTION.matcher(text).region(n.end(), Math.min(to, n.end() + 24)).lookingAt();
    }

    /** "The Prime Minister thanked President Stubb for hosting …": the thanker does not attend what was hosted. */
    private boolean thanking(String text, EntityMention n) {
        for (Slot s : slots) {
            // the thanks verb follows the name and "for" comes right before the trigger, all within a short span
            if (n.end() > s.trigger.start() || s.trigger.start() - n.end() > 120) {
                continue;
            }
            String between = text.substring(n.end(), s.trigger.start());
            if (!between.contains("for") || !(between.contains("thank") || between.contains("prais")
                    || between.contains("congratulat") || between.contains("commend"))) {
                continue;
            }
            java.util.regex.Matcher m = THANKS.matcher(between);
            if (m.find() && between.substring(0, m.start()).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb group coordinated after the first trigger with no subject of its own: "and is due to", "and will",
     * "and then", ", then co-chairs".
     */
    private static final Pattern COORDINATED_VERB = Pattern.compile("(?i)(?:,\\s*|\\s)(?:and|but)\\s+(?:then\\s+|later\\s+"
            + "|also\\s+|afterwards\\s+)?(?:is|are|was|were|will|would|has|have|had|then)\\b|,\\s*then\\s+\\p{Ll}");

    /** Adverbs between a conjunction and the verb it coordinates: "and then met", "and later held talks". */
    private static final String THEN = "(?:then\\s+|later\\s+|also\\s+|afterwards\\s+|subsequently\\s+|briefly\\s+)?";
    /** "flew to Brussels on Wednesday and met Kallas": the gap ends with the conjunction, the trigger is the verb. */
    private static final Pattern AND_THEN_VERB = Pattern.compile("(?i)(?:,\\s*|\\s)(?:and|but|then)\\s+" + THEN + "$");
    /**
     * "travelled to Brussels and held talks with Kallas": the conjunction, a light verb and a few words of the noun
     * phrase ("and had a brief meeting with").
     */
    private static final Pattern AND_THEN_HELD = Pattern.compile("(?i)(?:,\\s*|\\s)(?:and|but|then)\\s+" + THEN
            + "(?:held|had|hosted|chaired|co-chaired|led|opened|attended|joined)\\s+(?:[\\p{Ll}-]+\\s+){0,3}$");

    /**
     * "X will attend the meeting on Friday and is due to hold a summit with Lee on Saturday", "X addresses the
     * parliament, then co-chairs the summit": the later trigger's verb is coordinated with the first one's and names no
     * subject of its own, so the sentence's subject takes part in both. A name between the conjunction and the later
     * trigger ("and Lee will host a summit") is that clause's own subject.
     */
    private static boolean sharesSubject(String text, Slot first, Slot later, List<EntityMention> actors,
                                        boolean laterIsVerb) {
        String gap = text.substring(first.trigger.end(), later.trigger.start());
        if (!(gap.contains("and ") || gap.contains("but ") || gap.contains("then "))) {
            return false;
        }
        Matcher m = COORDINATED_VERB.matcher(text).region(first.trigger.end(), later.trigger.start());
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        if (at < 0 && (later.type() != EventType.VISIT
                || !later.trigger.phrase().toLowerCase(java.util.Locale.ROOT).startsWith("visit"))) {
            // (a site "visited" on a trip is a stop of that trip, not a visit of its own: "and visited the museum";
            // "met X on Monday and flew to Berlin" is the subject's trip)
            Matcher p = (laterIsVerb ? AND_THEN_VERB : AND_THEN_HELD).matcher(text)
                    .region(first.trigger.end(), later.trigger.start());
            at = p.find() ? p.start() : -1;
        }
        if (at < 0) {
            return false;
        }
        for (EntityMention a : actors) {
            if (a.start() >= at && a.start() < later.trigger.start()) {
                return false;
            }
        }
        return true;
    }

    /**
     * ", where on Friday he held talks", ", where he met Kallas": a relative clause whose subject is the sentence's
     * subject again (the trigger may be the verb right after the pronoun).
     */
    private static final Pattern WHERE_SUBJECT = Pattern.compile("(?i),\\s+where\\b[^,;]{0,40}?\\b(?:he|she|they)(?:\\s+\\S+)?\\s*$");
    /** ", where on Friday ...": what follows belongs to the relative clause's own verb. */
    private static final Pattern WHERE = Pattern.compile("(?i),\\s+where\\b");
    /**
     * "spoke to Merz in the morning and to Macron in the afternoon", "and afterwards with Meloni": a second "to"/"with"
     * after a call verb.
     */
    private static final Pattern AND_TO = Pattern.compile("\\s(?:and|then|before|later)\\s+(?:also\\s+|afterwards\\s+"
            + "|later\\s+|then\\s+|separately\\s+)?(to|with)\\s+\\p{Lu}");

    /**
     * A call verb with two objects each introduced by its own "to" ("spoke to Merz on Wednesday morning and to
     * Macron in the afternoon") reports two calls, one per counterpart; "spoke to Merz and Macron" is one call. So
     * does a meeting verb with two guests each given their own time ("received A before lunch and B in the
     * evening", "met A on Monday and B on Tuesday"); "met A and B on Monday" is one meeting.
     */
    private void splitCoordinatedCalls(String text, Tokens tokens) {
        List<Slot> added = new ArrayList<>();
        for (Slot s : slots) {
            String phrase = s.trigger.phrase().toLowerCase(java.util.Locale.ROOT);
            if (s.type() != EventType.CALL || !(phrase.endsWith(" to") || phrase.endsWith(" with")
                    || text.startsWith(" with ", s.trigger.end()) || text.startsWith(" to ", s.trigger.end()))) {
                continue; // ("talked by phone with Merz": the object's own "with" right after the trigger)
            }
            int limit = nextTriggerInClause(s);
            java.util.regex.Matcher m = AND_TO.matcher(text).region(s.trigger.end(), limit);
            if (m.find()) {
                int t = tokens.indexAt(m.start(1));
                Slot second = new Slot(new PhraseMatcher.Match<>(t, t, m.start(1), m.end(1), m.group(1),
                        EventType.CALL), s.clause);
                second.parent = s;
                added.add(second);
            }
        }
        for (Slot s : slots) {
            if (s.type() != EventType.MEETING || !MEETING_VERBS.contains(s.trigger.phrase().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            int limit = nextTriggerInClause(s);
            java.util.regex.Matcher m = AND_NAME.matcher(text).region(s.trigger.end(), limit);
            if (m.find() && PART_OF_DAY.matcher(text).region(s.trigger.end(), m.start()).find()
                    && PART_OF_DAY.matcher(text).region(m.end(), limit).find()) {
                int t = tokens.indexAt(m.start(1));
                Slot second = new Slot(new PhraseMatcher.Match<>(t, t, m.start(1), m.end(1), m.group(1),
                        EventType.MEETING), s.clause);
                second.parent = s;
                added.add(second);
            }
        }
        if (!added.isEmpty()) {
            slots.addAll(added);
            slots.sort(java.util.Comparator.comparingInt(x -> x.trigger.start()));
        }
    }

    /** ", Tsahkna told reporters." / ", the minister told journalists on Tuesday.": a telling set after what it tells. */
    private static final Pattern PRESS_TAIL = Pattern.compile(",\\s+(?:[\\p{L}.’'-]+\\s+){1,5}$");
    /** After a tail's trigger: at most its own day, then the sentence's end. */
    private static final Pattern TAIL_END = Pattern.compile("(?:\\s+(?:on|late on|early on)\\s+\\p{Lu}\\p{L}+"
            + "|\\s+(?:afterwards|later|outside|in [\\p{Lu}][\\p{L}-]+))?\\s*[.!]?[\\s\"”’]*$");

    /**
     * Where a press telling's own clause starts (its comma) when the trigger ("told reporters", "told journalists")
     * closes a sentence after a comma and a speaker, with something before it told; else -1.
     */
    private static int pressTail(String text, PhraseMatcher.Match<EventType> m, Clauses.Clause c, int to) {
        if (m.value() != EventType.PRESS_CONFERENCE || !text.startsWith("told", m.start()) && !text.startsWith("tells", m.start())) {
            return -1;
        }
        int comma = text.lastIndexOf(',', m.start());
        if (comma <= c.start() || m.start() - comma > 60
                || !PRESS_TAIL.matcher(text).region(comma, m.start()).matches()
                || !TAIL_END.matcher(text).region(m.end(), to).matches()) {
            return -1;
        }
        return comma + 1;
    }

    /** The speaker of a press telling set after what it tells is its only participant, and none of what it tells. */
    private void tailSpeakers(List<EntityMention> actors) {
        for (Slot tail : slots) {
            if (!tail.tail) {
                continue;
            }
            EntityMention speaker = null;
            for (EntityMention n : actors) {
                if (n.start() >= tail.clause.start() && n.end() <= tail.trigger.start()) {
                    speaker = n;
                }
            }
            tail.participants.clear();
            if (speaker == null) {
                continue;
            }
            tail.attach(speaker);
            for (Slot s : slots) {
                if (s != tail && s.attachedOnlyWithin(speaker.entity(), tail.clause.start(), tail.trigger.start())) {
                    s.participants.remove(speaker.entity()); // "X and Y met, Z told reporters": Z told, Z did not meet
                }
            }
        }
    }

    /** Where the next trigger of {@code s}'s clause starts, else the clause's end: how far its objects reach. */
    private int nextTriggerInClause(Slot s) {
        int limit = s.clause.end();
        for (Slot o : slots) {
            if (o != s && o.trigger.start() > s.trigger.end() && o.trigger.start() < limit) {
                limit = o.trigger.start();
            }
        }
        return limit;
    }

    /** Verbs of meeting someone that take their guests straight after them. */
    private static final Set<String> MEETING_VERBS = Set.of("met", "meets", "received", "receives", "saw", "sees",
            "hosted", "hosts");
    /** " and President Y", " and Y": a second guest of the same verb. */
    private static final Pattern AND_NAME = Pattern.compile("\\s(and)\\s+(?=\\p{Lu})");
    /** A time of its own beside each guest: "in the morning", "before lunch", "on Tuesday". */
    private static final Pattern PART_OF_DAY = Pattern.compile("(?i)\\b(?:in the (?:morning|afternoon|evening)"
            + "|(?:before|after|over) (?:lunch|dinner|breakfast)|at (?:lunch|dinner|breakfast|noon|midday)"
            + "|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b");

    /**
     * "Dar confirmed the ceasefire on Saturday", "The president had already said on Monday, in the Oval Office, that
     * …": a person's saying that the text dates by a day of its own is a statement on a dated occasion (the
     * guidelines' STATEMENT), not a quote: the day follows the verb (and a short object) at once, and a person named
     * just before is the speaker. Undated sayings ("X said that …") and those of bodies ("the ministry said on
     * Tuesday") stay quotes, and so does a saying whose sentence reports an event of its own ("said on Saturday that
     * the two could meet next month": the saying is that event's source).
     */
    private void datedSaying(String text, Tokens tokens, int from, int to, List<EntityMention> names, BitSet quoted,
                             List<Clauses.Clause> clauses) {
        if (denied) {
            // "wrote on Monday that there was no reason to meet X": the news is the event denied
            return;
        }
        int k = SAYING_CUES.first(text, from, to, tokens);
        if (k < 0) {
            return;
        }
        java.util.regex.Matcher m = DATED_SAYING.matcher(text).region(k, to);
        if (!m.find() || quoted.get(m.start())) {
            return;
        }
        for (Slot s : slots) {
            if (s.trigger.start() < m.end() || !describedState(text, s.trigger.start(), s.trigger.end(), to)) {
                // "said on Saturday that X and Y could meet": the saying is the source of that event's news
                return;
            }
        }
        EntityMention speaker = null;
        for (EntityMention n : names) {
            if (n.end() <= m.start()) {
                speaker = n;
            }
        }
        if (speaker == null || speaker.entity().kind() != parley.domain.EntityKind.PERSON
                || !SPEAKER_GAP.matcher(text).region(speaker.end(), m.start()).matches()) {
            return;
        }
        int t = tokens.indexAt(m.start());
        Slot slot = new Slot(new PhraseMatcher.Match<>(t, t, m.start(), m.end(1), m.group(1), EventType.STATEMENT),
                Clauses.at(clauses, m.start()));
        slot.saying = true;
        slots.clear(); // the states said of events told elsewhere (describedState)
        slots.add(slot);
        slots.sort(java.util.Comparator.comparingInt(x -> x.trigger.start()));
    }

    /**
     * "wrote on Sunday that the talks with Moscow had stalled", "said on Monday the negotiations were going nowhere":
     * what a dated saying says of an event named by a definite noun (the, their, its) is a state of that event, told
     * elsewhere or not at all, not news of a gathering; the saying is the sentence's event (session 11). "the talks
     * were held on Monday", "the talks would resume" are no states and stay events.
     */
    private static final Pattern DEFINITE_BEFORE = Pattern.compile("\\b(?i:the|their|its|these|those)\\s+"
            + "(?:[\\p{Ll}-]+\\s+){0,2}$");
    private static final Pattern STATE_AFTER = Pattern.compile("(?:\\s+(?:with|on|between|over|in|about|of)\\s+"
            + "(?:the\\s+)?(?:[\\p{L}’'-]+\\s+){0,3}?[\\p{L}’'-]+)?,?\\s+(?:had|have|has|were|was|are|is|remained|remain)"
            + "?\\s*(?:(?:been|become)\\s+)?(?:\\p{Ll}+ly\\s+)?(?:stalled|stuck|broken down|broke down|collapsed|failed"
            + "|faltered|foundered|deadlocked|dragged|dragging|(?:made|making)\\s+(?:little|no|some|good|real|slow)"
            + "\\s+progress|(?:gone|going|got|getting|went)\\s+nowhere|productive|constructive|useful|difficult|tough"
            + "|frank|positive|fruitful|at an impasse|in trouble|on track|off track|on hold|in limbo"
            // "said on Monday that the attack on the pipeline had been deliberate": a judgement of an attack told
            // elsewhere, not news of it (session 13)
            + "|deliberate|unprovoked|unacceptable|unjustified|illegal|criminal|barbaric|cowardly|reckless"
            + "|(?:a|an)\\s+(?:war\\s+crime|act\\s+of\\s+(?:terror|terrorism|aggression|war|sabotage)|provocation"
            + "|violation|escalation|crime)|(?:amounted|amounts)\\s+to|violated|breached)\\b");

    private static boolean describedState(String text, int start, int end, int to) {
        return DEFINITE_BEFORE.matcher(text).region(Math.max(0, start - 30), start).find()
                && STATE_AFTER.matcher(text).region(end, to).lookingAt();
    }

    /**
     * A council, board or assembly that takes up business meets to do it (session 11): "The Security Council will take
     * up the mandate on Friday", "the Board is due to vote on the budget"; a named council told with its city and day
     * ("the Leaders' Council in Riga on 3-4 May") is a sitting of it. The body is the meeting's participant; a
     * lower-case "the council will look at it later" names no body and is none.
     */
    private static final String BODY = "(?:\\p{Lu}[\\p{L}’'-]*\\s+(?:(?:of|and|for)\\s+(?:the\\s+)?)?){0,4}"
            + "(?:Council|Board|Assembly|Committee|Commission)";
    private static final Pattern BODY_TAKES_UP = Pattern.compile("\\b" + BODY
            + "(?:\\s+of\\s+the\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2})?\\s+(?:will|would|is to|is due to|is set to"
            + "|was due to|was set to|is expected to|plans to|met to|meets to|convenes to|convened to)\\s+"
            + "(take up|consider|discuss|debate|vote on|look at|examine|review)\\b");
    private static final Pattern BODY_AT = Pattern.compile("\\b" + BODY.replace("|Committee|Commission", "")
            + "(?=\\s+in\\s+\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?,?\\s+(?:on|from)\\s+\\d)");

    private void bodySitting(String text, Tokens tokens, int from, int to, BitSet quoted, List<Clauses.Clause> clauses) {
        if (!slots.isEmpty() || denied) {
            return;
        }
        String span = text.substring(from, to);
        if (!(span.contains("Council") || span.contains("Board") || span.contains("Assembly")
                || span.contains("Committee") || span.contains("Commission"))) {
            return;
        }
        java.util.regex.Matcher m = BODY_TAKES_UP.matcher(text).region(from, to);
        int start;
        int end;
        if (m.find()) {
            start = m.start(1);
            end = m.end(1);
        } else {
            m = BODY_AT.matcher(text).region(from, to);
            if (!m.find()) {
                return;
            }
            // the word after the body ("in"): the body's name stays a name, which takes part
            start = text.indexOf("in", m.end());
            end = start + 2;
        }
        if (quoted.get(start)) {
            return;
        }
        int t = tokens.indexAt(start);
        int u = tokens.indexAt(end - 1);
        slots.add(new Slot(new PhraseMatcher.Match<>(t, u, start, end, text.substring(start, end), EventType.MEETING),
                Clauses.at(clauses, start)));
    }

    /** A council's vote on a draft, a notification, sanctions taking effect, a prisoner exchange (InstitutionalActs). */
    private void institutionalAct(String text, Tokens tokens, int from, int to, BitSet quoted,
                                  List<Clauses.Clause> clauses) {
        if (!slots.isEmpty() || denied) {
            return;
        }
        int[] at = InstitutionalActs.find(text, from, to, tokens);
        if (at == null || quoted.get(at[0]) || (mayNegate(text.substring(Math.max(from, at[0] - 40), at[0]))
                && NEGATED.matcher(text.substring(Math.max(from, at[0] - 40), at[0])).find())) {
            return;
        }
        act = new Slot(new PhraseMatcher.Match<>(tokens.indexAt(at[0]), tokens.indexAt(at[1] - 1), at[0], at[1],
                text.substring(at[0], at[1]), EventType.OTHER), Clauses.at(clauses, at[0]));
        slots.add(act);
    }

    /** The act of an institution this sentence tells (institutionalAct), or null. */
    private Slot act;

    /**
     * "A Security Council draft … fails": the body that votes is named as the draft's modifier, which names no party
     * elsewhere; here it is the act's own party.
     */
    private void actingBodies(List<EntityMention> names) {
        if (act == null) {
            return;
        }
        for (EntityMention n : names) {
            if (n.entity().kind() == parley.domain.EntityKind.ORGANISATION && n.start() >= act.clause.start()
                    && n.end() <= act.clause.end()) {
                act.attach(n);
            }
        }
    }

    /** Words before a verb "talks": an adverb or a pronoun subject ("Lima now talks about a pause", "she talks of"). */
    private static final Set<String> TALKER_LEADS = Set.of("now", "also", "still", "often", "openly", "increasingly",
            "even", "longer", "rarely", "constantly", "repeatedly", "frequently", "seldom", "he", "she", "it", "who",
            "which", "that", "one", "everyone", "nobody", "somebody", "someone");
    private static final Set<String> TALKED_OF = Set.of("about", "of", "up", "down", "tough");

    /**
     * "The ministry now talks about a 'pause'", "he talks of a reset" (session 14): "talks" as a verb of speaking, with
     * an adverb or pronoun before it and "about"/"of" after it, is no negotiation.
     */
    private static boolean talksAsVerb(Tokens tokens, PhraseMatcher.Match<EventType> m, int tf) {
        return m.first() == m.last() && tokens.folded(m.first()).equals("talks") && m.first() > tf
                && m.last() + 1 < tokens.size() && TALKED_OF.contains(tokens.folded(m.last() + 1))
                && TALKER_LEADS.contains(tokens.folded(m.first() - 1));
    }

    private static final String MONTH_OR_YEAR = "(?:(?:early|late|mid-?)\\s*)?(?:January|February|March|April|May|June"
            + "|July|August|September|October|November|December|(?:19|20)\\d\\d)";
    /**
     * "hosted five rounds between May and July", "have held six rounds of talks from March to June" (session 14): a
     * count of gatherings over a span of months sums up a series; it is not one gathering (the rounds told one by one
     * are). The span runs from the verb (or the count) to the end of the range.
     */
    private static final Pattern SERIES = Pattern.compile("(?i)(?:\\b(?:hosted|hosts|held|holds|had|staged|convened"
            + "|organised|organized)\\s+)?\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2}"
            + "|several|multiple|numerous|a\\s+series\\s+of|a\\s+string\\s+of|dozens\\s+of)\\s+(?:[\\p{L}-]+\\s+){0,2}?"
            + "(?:rounds|meetings|sessions|sittings|summits|visits|calls|talks|consultations)\\b[^.;:]{0,80}?"
            + "\\b(?:between|from)\\s+(?-i:" + MONTH_OR_YEAR + ")(?:\\s+\\d{4})?\\s+(?:and|to|until|through)\\s+(?-i:"
            + MONTH_OR_YEAR + ")");

    /** The span of a series summary in [from, to), or null. */
    private static int[] seriesSummary(String text, int from, int to) {
        String s = text.substring(from, to);
        if (!(s.contains("between") || s.contains("from"))) {
            return null;
        }
        Matcher m = SERIES.matcher(text).region(from, to);
        return m.find() ? new int[] {m.start(), m.end()} : null;
    }

    private static final parley.extract.text.WordSet SAYING_CUES = new parley.extract.text.WordSet("said", "confirmed",
            "announced", "declared", "posted", "wrote", "tweeted", "told");
    /**
     * A saying verb, at most three lower-case words ("the ceasefire", "already"), then a day: "said on Monday"; a
     * post ("posted on Sunday that", "wrote on Saturday that", session 10) and words told to an audience ("told the
     * assembly of the bloc on 12 May that", "told the UN General Assembly on 12 May") are sayings too.
     */
    private static final Pattern DATED_SAYING = Pattern.compile("\\b(said|confirmed|announced|declared|posted|wrote"
            + "|tweeted|told(?=\\s+(?:the|a|an|its|his|her|their)\\s+(?:[\\p{L}’'-]+\\s+){0,5}?on\\s))"
            + "(?:\\s+(?:the\\s+)?[\\p{Ll}-]+){0,3}?(?:\\s+(?:the|a|an|its|his|her|their)(?:\\s+[\\p{L}’'-]+){1,5}?)?,?\\s+"
            + "(?:(?:early|late)\\s+)?on\\s+(?:Monday|Tuesday|Wednesday"
            + "|Thursday|Friday|Saturday|Sunday|\\d{1,2}\\s+\\p{Lu}\\p{Ll}+|(?:January|February|March|April|May|June|July"
            + "|August|September|October|November|December)\\s+\\d{1,2})\\b");
    /** Between the speaker and the saying: nothing, or an auxiliary and an adverb ("had already", "also"). */
    private static final Pattern SPEAKER_GAP = Pattern.compile(",?\\s+(?:\\p{Ll}+\\s+){0,2}");

    /**
     * "signed the compact as the summit got under way", "at the end of the talks the two ministers signed a
     * declaration", "on a call on Friday they agreed to sign a memorandum": a signing told with another event in its
     * sentence (a gathering, a call, a statement) is part of what that event's report says, not a second event
     * beside it; only a sentence whose news is the signing itself makes one.
     */
    private void signingInsideGathering(Tokens tokens) {
        if (slots.size() < 2) {
            return;
        }
        boolean other = false;
        boolean signing = false;
        for (Slot s : slots) {
            boolean sign = signing(tokens, s);
            signing |= sign;
            other |= !sign;
        }
        if (signing && other) {
            for (Slot s : slots) {
                if (signing(tokens, s)) {
                    absorbed.add(s);
                }
            }
            slots.removeAll(absorbed);
        }
    }

    /** Signings told inside another event's report ({@link #signingInsideGathering}): no events of their own. */
    private final List<Slot> absorbed = new ArrayList<>(0);

    /**
     * True when a time or place at {@code start} follows an absorbed signing in its clause with no other trigger
     * between: it says when or where the signing is, and dates or places no other event of the sentence.
     */
    private boolean signingsOwn(int start) {
        for (Slot a : absorbed) {
            if (a.trigger.end() <= start && a.clause.contains(start)) {
                boolean nearer = false;
                for (Slot s : slots) {
                    nearer |= s.trigger.start() >= a.trigger.end() && s.trigger.end() <= start;
                }
                if (!nearer) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "(, shortly) after" or "following" and up to four words before the trigger: "after nine hours of talks". */
    private static final Pattern SIGNED_AFTER = Pattern.compile("(?i)\\s*,?\\s*(?:shortly\\s+|just\\s+|soon\\s+)?"
            + "(?:after|following)\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,4}");

    /**
     * "signed a roadmap on Wednesday after meeting for nine hours": a gathering told right after the signing's day
     * ended in that signing, so the day is the gathering's too (session 14), unless a time of its own follows it;
     * null when no gathering follows so.
     */
    private Slot endedInSigning(String text, int timeEnd, int to, List<Timex> times) {
        for (Slot s : slots) {
            int at = s.trigger.start();
            if (at > timeEnd && at < to && GATHERING.contains(s.type())
                    && SIGNED_AFTER.matcher(text).region(timeEnd, at).matches()
                    // "after talks on Monday": the gathering has a day of its own
                    && times.stream().noneMatch(x -> x.start() > at)) {
                return s;
            }
        }
        return null;
    }

    private static boolean signing(Tokens tokens, Slot s) {
        return SIGN_FORMS.contains(tokens.folded(s.trigger.first()));
    }

    /**
     * "it was signed for Bogotá by Ana Ruiz and for the guerrilla by Pablo Beltrán" (session 13): who signs for a side
     * takes part in the signing the sentence tells, else in the one just told ({@link Signatories}).
     */
    private void signers(String text, Tokens tokens, int from, int to, List<EntityMention> actors) {
        List<Signatories.Signer> found = Signatories.find(text, from, to, tokens);
        if (found.isEmpty()) {
            return;
        }
        Slot signing = null;
        for (Slot s : slots) {
            if (signing(tokens, s) && s.trigger.start() < found.get(0).start()) {
                signing = s;
            }
        }
        for (Signatories.Signer f : found) {
            for (EntityMention n : actors) {
                if (n.start() != f.start()) {
                    continue;
                }
                for (Slot s : slots) {
                    s.participants.remove(n.entity());
                }
                if (signing != null) {
                    signing.participants.put(n.entity(), Role.ATTENDEE);
                } else {
                    orphanRoles.put(n.entity(), Role.ATTENDEE);
                    orphanRoleWords.put(n.entity(), "signed for");
                }
            }
        }
    }

    /** A call "by video link" beside another trigger is the way someone joins that event. */
    private void dropModes(Tokens tokens) {
        if (slots.size() < 2) {
            return;
        }
        slots.removeIf(s -> s.type() == EventType.CALL && s.trigger.first() > 0
                && (MODE_WORDS.contains(tokens.folded(s.trigger.first() - 1))
                || JOINING.contains(tokens.folded(s.trigger.first() - 1))
                && MODE_WORDS_ALL.contains(tokens.folded(s.trigger.first())))
                // "; Petro joined by video link": the link is how he joined the meeting before, no meeting of its own
                || s.type() == EventType.MEETING && s.trigger.first() > 1
                && MODE_WORDS_ALL.contains(tokens.folded(s.trigger.first() - 1))
                && JOINING.contains(tokens.folded(s.trigger.first() - 2)) && slots.get(0) != s);
        talksByPhone(tokens);
    }

    /** The auxiliary of a passive: "was hosted", "had been hosted", "is being hosted". */
    private static final Set<String> PASSIVE_BEFORE = Set.of("was", "were", "is", "are", "be", "been", "being");

    /** Nouns of a conversation that "by phone" after them turns into a call: "held talks with X by telephone". */
    private static final Set<String> TALK_NOUNS = Set.of("talks", "talk", "discussions", "discussion", "consultations",
            "conversation", "conversations", "meeting");

    /**
     * "Modi holds talks with Putin by telephone", "held talks by phone with Merz": the mode phrase says how the talks
     * were held, one call, not talks beside a call (session 18). The talks' trigger goes, the call's stays and takes
     * everyone named around both (before, the subject went to the talks and the object to the call).
     */
    private void talksByPhone(Tokens tokens) {
        for (int i = slots.size() - 1; i > 0; i--) {
            Slot call = slots.get(i);
            if (call.type() != EventType.CALL || !MODE_WORDS_ALL.contains(tokens.folded(call.trigger.first()))) {
                continue;
            }
            Slot talks = slots.get(i - 1);
            if ((talks.type() == EventType.TALKS || talks.type() == EventType.MEETING) && talks.clause == call.clause
                    && TALK_NOUNS.contains(tokens.folded(talks.trigger.last()))
                    && call.trigger.first() - talks.trigger.last() <= 12 && !talks.background && !talks.sequenced) {
                slots.remove(i - 1);
                i--;
            }
        }
    }

    /** "with Lula joining by phone", "who dialled in by telephone": taking part in the other trigger's event. */
    private static final Set<String> JOINING = Set.of("joining", "joined", "joins", "join", "participating",
            "participated", "in", "present");
    /** The first word of a call phrase that says how someone took part: "by phone", "over the phone". */
    private static final Set<String> MODE_WORDS_ALL = Set.of("by", "via", "through", "over");

    /** Labour strikes, hunger strikes, cyber attacks, attacks in sport or in words: the nouns of force used otherwise. */
    private static final Set<String> FORCE_NOUNS = Set.of("strike", "strikes", "attack", "attacks");
    private static final Set<String> NOT_FORCE_BEFORE = Set.of("on", "all-out", "general", "bin", "rail", "postal",
            "national", "nationwide", "24-hour", "48-hour", "one-day", "two-day", "week-long", "wildcat", "transport",
            "dock", "port", "airport", "tube", "metro",
            "labour", "labor", "union", "hunger", "workers", "teachers", "doctors", "nurses", "cyber",
            "cyber-attack", "ransomware", "verbal", "personal", "heart", "panic", "asthma", "lucky", "first", "penalty",
            // weather, not force: "a lightning strike hit the barn" (session 10)
            "lightning");
    private static final Set<String> NOT_FORCE_AFTER = Set.of("action", "ballot", "ballots", "mandate", "pay",
            "workers", "vote", "votes", "notice", "rate", "force");
    /** Words of a labour dispute; with none of {@link #FORCE_WORDS} in the sentence, its strike is a walkout. */
    private static final Set<String> LABOUR_WORDS = Set.of("pay", "wage", "wages", "salary", "salaries", "union",
            "unions", "walkout", "walkouts", "walked", "pension", "pensions", "employers", "picket", "pickets",
            "strikers", "commuters", "staff");
    private static final Set<String> FORCE_WORDS = Set.of("drone", "drones", "missile", "missiles", "air", "airstrike",
            "military", "troops", "army", "navy", "forces", "killed", "bomb", "bombs", "rocket", "rockets",
            "artillery", "shelling", "targets", "target", "targeted");

    private static boolean labourDispute(Tokens tokens) {
        return !tokens.has(FORCE_CUE, 0, tokens.size()) && tokens.has(LABOUR_CUE, 0, tokens.size());
    }

    private static final Cue LABOUR_CUE = Cue.of(LABOUR_WORDS.toArray(String[]::new));
    private static final Cue FORCE_CUE = Cue.of(FORCE_WORDS.toArray(String[]::new));

    /** Nature as the subject of "struck": an earthquake, a storm, a flood is no use of force. */
    private static final Set<String> NATURAL_DISASTERS = Set.of("earthquake", "earthquakes", "quake", "quakes",
            "tremor", "tremors", "aftershock", "aftershocks", "storm", "storms", "cyclone", "cyclones", "typhoon",
            "typhoons", "hurricane", "hurricanes", "tornado", "tornadoes", "flood", "floods", "flooding", "tsunami",
            "landslide", "landslides", "mudslide", "wildfire", "wildfires", "blizzard", "heatwave", "drought",
            "disaster", "disasters", "avalanche", "eruption");

    /** A natural disaster among the few words before the verb "struck" (its subject, with adjectives). */
    private static boolean natureStruck(Tokens tokens, int verb) {
        for (int k = verb - 1; k >= Math.max(0, verb - 5); k--) {
            if (NATURAL_DISASTERS.contains(tokens.folded(k))) {
                return true;
            }
        }
        return false;
    }

    /** "struck a deal", "strike a balance": the verb of agreements, not of force. */
    private static final Set<String> STRIKE_FORMS = Set.of("strike", "strikes", "struck", "striking");
    private static final Set<String> AGREEMENT_WORDS = Set.of("deal", "deals", "agreement", "agreements", "accord",
            "balance", "chord", "tone", "note", "compromise", "bargain", "pact", "truce", "ceasefire", "bilateral");
    /**
     * Verbs that make a meeting, call or address only with a person (or a body) as their object: "received Sharif",
     * "was received by the Emperor", "rang Hun Manet", "addressed the Knesset"; not "received a letter",
     * "welcomed the decision", "addressed concerns".
     */
    private static final Set<String> NEEDS_OBJECT = Set.of("receive", "receives", "received", "receiving", "welcome",
            "welcomes", "welcomed", "welcoming", "greet", "greets", "greeted", "greeting", "address", "addresses",
            "addressed", "addressing", "rang");
    private static final Pattern ADDRESSED_BODY = Pattern.compile("(?i)" + Clauses.ADDRESSED_BODY);
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "by", "both"); // "received both ministers"
    private static final Set<String> OBJECT_DETERMINERS = Set.of("the", "his", "her", "their", "its", "a", "an");
    /** "the two ministers", "the visiting envoys": people counted or told as guests, named before. */
    private static final Set<String> GROUP_COUNTS = Set.of("two", "three", "four", "five", "visiting");

    /** Verbs of gathering people (triggers.tsv): a meeting only with people as their object. */
    private static final Set<String> GATHER_FORMS = Set.of("gather", "gathers", "gathered", "assemble",
            "assembles", "assembled", "assembling", "bring", "brings", "brought", "bringing");
    /** Plurals of office that make a gathered group people: "five Baltic leaders", "the defence ministers". */
    private static final Set<String> GATHERED_PEOPLE = Set.of("leaders", "ministers", "counterparts", "premiers",
            "presidents", "envoys", "heads", "chiefs", "delegations", "delegates", "diplomats", "representatives",
            "mediators", "negotiators", "chancellors", "monarchs", "kings", "generals");
    /** Where a gathered object has ended: a place, a time or a purpose follows. */
    private static final Set<String> GATHER_STOPS = Set.of("in", "at", "on", "for", "to", "outside", "around",
            "behind", ",", ".");

    /**
     * "gathered five Baltic leaders", "assembled the prime ministers of Belgium and the Netherlands", "brought
     * together Tusk and Meloni": the object, within a few words, is a name or a plural of office; "gathered
     * momentum", "assembled a coalition" are none ("a gathering", the noun, is a trigger line of its own).
     */
    private static boolean noGatheredPeople(Tokens tokens, PhraseMatcher.Match<EventType> m) {
        int next = m.last() + 1;
        for (int k = next; k < tokens.size() && k <= next + 5; k++) {
            String w = tokens.folded(k);
            if (GATHERED_PEOPLE.contains(w)) {
                return false;
            }
            if (k == next && tokens.capitalised(k) || k == next + 1 && OBJECT_DETERMINERS.contains(tokens.folded(next))
                    && tokens.capitalised(k)) {
                return false; // "brought together Tusk and Meloni", "gathered the Nordic premiers"
            }
            if (GATHER_STOPS.contains(w)) {
                break;
            }
        }
        return true;
    }

    private static boolean noPersonObject(Tokens tokens, PhraseMatcher.Match<EventType> m) {
        int next = m.last() + 1;
        if (next >= tokens.size()) {
            return true;
        }
        if (tokens.capitalised(next) || OBJECT_PRONOUNS.contains(tokens.folded(next))) {
            return false;
        }
        if (tokens.folded(next).equals("the") && next + 1 < tokens.size()
                && GROUP_COUNTS.contains(tokens.folded(next + 1))) {
            return false; // "received the two ministers": a group the text named before (Story.groupReferent)
        }
        if (tokens.folded(m.first()).equals("address") && tokens.folded(next).equals("to")) {
            return false; // the noun of speech: "his address to the nation", "an address to parliament"
        }
        if (ADDRESS_FORMS.contains(tokens.folded(m.first()))
                && ADDRESSED_BODY.matcher(tokens.text()).region(m.end(), tokens.text().length()).lookingAt()) {
            return false; // "addressed parliament", "will address the nation" (session 14)
        }
        return !(OBJECT_DETERMINERS.contains(tokens.folded(next)) && next + 1 < tokens.size()
                && tokens.capitalised(next + 1));
    }

    /**
     * The whole word written before token {@code i}, a hyphenated one whole ("all-out") and a plural possessive
     * without its apostrophe ("nurses'" is "nurses"): the tokens split such words, the lists name them whole.
     */
    private static String wordBefore(Tokens tokens, int i) {
        int k = i - 1;
        while (k > 0 && tokens.end(k - 1) == tokens.start(k)) {
            k--;
        }
        String word = Tokens.fold(tokens.text().substring(tokens.start(k), tokens.end(i - 1)));
        return word.endsWith("'") ? word.substring(0, word.length() - 1) : word;
    }

    /** Words before "host(s)" that make it a noun: "the hosts", "their host". */
    private static final Set<String> NOUN_LEADS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
            "your", "my", "this", "that", "these", "those", "gracious", "summit", "co");

    /** True when token {@code i} is the first word of its line, after any list mark ("- ", "• "). */
    private static boolean lineStart(Tokens tokens, int i) {
        String text = tokens.text();
        for (int k = tokens.start(i) - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c) && "-*•–·▪".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * "what the White House calls a framework", "the plan, as Beijing describes it", "what Downing Street called a
     * landmark deal": the body credited with a name for something is quoted, not at the event.
     */
    private static final String NAMING_VERBS = "(?:calls?|called|describes?|described|terms?|termed|dubs?|dubbed"
            + "|labels?|labell?ed|refers\\s+to|referred\\s+to|puts|put|characteri[sz]es|characteri[sz]ed";
    /** Capitalised words of the body credited, after an optional determiner, and an optional auxiliary. */
    private static final String CREDITED = "\\s+(?:(?:the\\s+|its\\s+|their\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4}"
            // "what it calls interference", "what they call a provocation" (session 14): a pronoun credits the name
            + "|(?:it|he|she|they|we)\\s+)(?:(?:has|had|have|now|still|openly|repeatedly)\\s+)?";
    private static final Pattern NAMING = Pattern.compile("\\b[Ww]hat" + CREDITED + NAMING_VERBS + "|hails?|hailed)\\b"
            // "as X calls it": with "it" only, so that "as Macron called Merz" stays a call
            + "|\\bas" + CREDITED + NAMING_VERBS + ")\\s+it\\b");

    /** Spans [start, end) of {@link #NAMING} in the sentence; none for most sentences. */
    private static List<int[]> namings(String text, int from, int to) {
        String s = text.substring(from, to);
        // the pattern is tried only where it can match: "what", or "as" with a word "it" after it (most sentences
        // hold "as" and the pattern's word boundaries made it cost 3% of extraction)
        if (!(s.contains("what ") || s.contains("What ") || s.contains("as ") && hasWordIt(s))) {
            return List.of();
        }
        List<int[]> out = new ArrayList<>(1);
        Matcher m = NAMING.matcher(text).region(from, to);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static boolean hasWordIt(String s) {
        for (int i = s.indexOf(" it"); i >= 0; i = s.indexOf(" it", i + 1)) {
            if (i + 3 == s.length() || !Character.isLetter(s.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(List<int[]> spans, int at) {
        for (int[] sp : spans) {
            if (at >= sp[0] && at < sp[1]) {
                return true;
            }
        }
        return false;
    }

    /** Words between "no" and the event it denies: "no new round of talks", "no date for a further meeting". */
    private static final Set<String> DENIED_FILLERS = Set.of("new", "further", "fresh", "other", "next", "date",
            "dates", "time", "word", "sign", "plan", "plans", "for", "a", "an", "the", "of", "round", "rounds",
            "formal", "direct", "immediate", "face", "-", "to", "follow", "up", "second", "third", "another");

    /** Before "call on": the noun of a call with its day ("a call on Friday"), not the verb of urging. */
    private static final Set<String> CALL_DETERMINERS = Set.of("a", "the", "their", "his", "her", "its", "this",
            "that", "another", "phone", "video");

    /** What follows "calls" when it describes: "calls the talks useful", "calls it constructive". */
    private static final Set<String> DESCRIBED = Set.of("the", "it", "this", "that", "them", "these", "those");

    private static boolean negatedByNext(Tokens tokens, PhraseMatcher.Match<EventType> m) {
        String first = tokens.folded(m.first());
        if (m.first() == m.last() && NEEDS_OBJECT.contains(first) && noPersonObject(tokens, m)) {
            return true;
        }
        if (GATHER_FORMS.contains(first) && noGatheredPeople(tokens, m)) {
            return true; // "gathered evidence", "protesters assembled outside": no one brought together to meet
        }
        if (FORCE_NOUNS.contains(first) && m.first() > 0 && (NOT_FORCE_BEFORE.contains(tokens.folded(m.first() - 1))
                || NOT_FORCE_BEFORE.contains(wordBefore(tokens, m.first())))) {
            return true; // "an all-out strike", "went on strike", "cyber attacks": not a use of force
        }
        if (FORCE_NOUNS.contains(first) && m.last() + 1 < tokens.size()
                && NOT_FORCE_AFTER.contains(tokens.folded(m.last() + 1))) {
            return true; // "strike action", "strike ballot"
        }
        if (first.startsWith("strike") && labourDispute(tokens)) {
            return true; // "a national strike over pay", "the strike called by the unions"
        }
        if (m.first() == m.last() && STRIKE_FORMS.contains(first) && natureStruck(tokens, m.first())) {
            return true; // "an earthquake struck eastern Turkey", "the cyclone strikes the coast": no use of force
        }
        if (m.first() == m.last() && STRIKE_FORMS.contains(first)) {
            for (int k = m.last() + 1; k <= m.last() + 3 && k < tokens.size(); k++) {
                if (AGREEMENT_WORDS.contains(tokens.folded(k))) {
                    return true;
                }
            }
        }
        if (m.first() == m.last() && m.first() > 0 && ("host".equals(first) || "hosts".equals(first))
                && NOUN_LEADS.contains(tokens.folded(m.first() - 1))) {
            return true; // "the hosts rearranged the programme", "our host": the people who host, no event
        }
        if (m.first() == m.last() && "host".equals(first) && m.last() + 1 < tokens.size()
                && tokens.capitalised(m.last() + 1) && lineStart(tokens, m.first())) {
            return true; // "- host Prime Minister Sudani and ...": a list item naming someone by their part
        }
        if (m.first() > 0 && "no".equals(tokens.folded(m.first() - 1))) {
            return true; // "it issued no statement", "there was no meeting": the event is denied
        }
        for (int k = m.first() - 2; k >= 0 && k >= m.first() - 7; k--) {
            String w = tokens.folded(k);
            if ("no".equals(w)) {
                return true; // "no new round of talks", "no date for a further meeting": none is told
            }
            if (!DENIED_FILLERS.contains(w)) {
                break;
            }
        }
        if ("calls".equals(first) && m.first() == m.last() && m.first() > 0 && m.last() + 1 < tokens.size()
                && DESCRIBED.contains(tokens.folded(m.last() + 1)) && (tokens.capitalised(m.first() - 1)
                || Set.of("he", "she", "it", "who").contains(tokens.folded(m.first() - 1)))) {
            return true; // "Bessent calls the exchange frank": to call something so is to describe it
        }
        Set<String> bad = NOT_AFTER.get(first);
        if (bad == null || m.first() != m.last() || m.last() + 1 >= tokens.size()) {
            return false;
        }
        if (first.startsWith("call") && "on".equals(tokens.folded(m.last() + 1)) && m.first() > 0
                && CALL_DETERMINERS.contains(tokens.folded(m.first() - 1))) {
            return false; // "on a call on Friday", "their call on Monday": the noun, dated; not "called on X to"
        }
        return bad.contains(tokens.folded(m.last() + 1));
    }

    /** Between "Trump's" and the noun of speech: a modifier or two ("surprise", "televised"). */
    private static final Pattern SPEECH_MODIFIERS = Pattern.compile("['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,2}");

    /**
     * "Trump's address to the Knesset", "the minister's surprise announcement": a person's possessive before a noun
     * of speech names the speaker, who takes part in the statement (other possessives describe something else).
     */
    private boolean speaking(String text, EntityMention n) {
        return speechOf(text, n) != null;
    }

    /** The statement or press conference "Trump's surprise announcement" names Trump the speaker of, or null. */
    private Slot speechOf(String text, EntityMention n) {
        if (n.entity().kind() != parley.domain.EntityKind.PERSON) {
            return null;
        }
        for (Slot s : slots) {
            if ((s.type() == EventType.STATEMENT || s.type() == EventType.PRESS_CONFERENCE) && s.trigger.start() > n.end()
                    && s.trigger.start() - n.end() <= 30
                    && SPEECH_MODIFIERS.matcher(text).region(n.end(), s.trigger.start()).matches()) {
                return s;
            }
        }
        return null;
    }


    /** After a possessive: at most two words ("first", "Riyadh") before the event's noun. */
    private static final Pattern OWNED_GAP = Pattern.compile("['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}");

    /**
     * "Putin's visit to India", "Trump's Riyadh visit", "Modi's first trip": a person's possessive before the event's
     * own noun names who makes it (a country's or body's possessive stays a description: "Iran's retreat").
     */
    private boolean ownerOfTrigger(String text, EntityMention n) {
        if (n.entity().kind() != parley.domain.EntityKind.PERSON) {
            return false;
        }
        for (Slot s : slots) {
            if (s.trigger.start() > n.end() && s.trigger.start() - n.end() <= 40) {
                return OWNED_GAP.matcher(text).region(n.end(), s.trigger.start()).matches();
            }
        }
        return false;
    }

    /** "the Kremlin's invasion": a possessive name describes something else; it does not take part. */
    private static boolean possessive(String text, EntityMention n) {
        int e = n.end();
        if (e + 2 > text.length()) {
            return false;
        }
        char a = text.charAt(e);
        if ((a != '\'' && a != '’') || text.charAt(e + 1) != 's') {
            return false;
        }
        int k = e + 2;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        // "Qatar's foreign ministry welcomed …": the ministry speaks for its country (CountryActors)
        return k < text.length() && Character.isLowerCase(text.charAt(k))
                && !(n.entity().kind() == parley.domain.EntityKind.COUNTRY
                        && text.regionMatches(true, k, "foreign ministry", 0, 16));
    }

    /**
     * "a NATO military officer": an organisation after "a"/"an" describes a noun and does not take part, unless
     * that noun is the event itself ("a Coalition of the Willing meeting").
     */
    private boolean modifier(String text, EntityMention n) {
        if (n.entity().kind() != parley.domain.EntityKind.ORGANISATION) {
            return false;
        }
        if (affiliation(text, n)) {
            return true;
        }
        for (Slot s : slots) {
            if (s.trigger.start() >= n.end() && text.substring(n.end(), s.trigger.start()).isBlank()) {
                // "a NATO summit" is NATO's; "a White House meeting", "a Kremlin dinner" is where it is held
                return Issuer.seat(n.surface()) && afterIndefiniteArticle(text, n.start());
            }
        }
        return afterIndefiniteArticle(text, n.start());
    }

    /** "a White House (meeting)", "an EU (official)": "a" or "an" right before the name. */
    private static boolean afterIndefiniteArticle(String text, int start) {
        int k = start;
        while (k > 0 && text.charAt(k - 1) == ' ') {
            k--;
        }
        String before = text.substring(Math.max(0, k - 4), k).toLowerCase(java.util.Locale.ROOT);
        return before.endsWith(" a") || before.endsWith(" an") || before.equals("a") || before.equals("an");
    }

    /**
     * "Massad Boulos, senior adviser to President Trump, met …", "the envoy of Prime Minister Modi": the person whose
     * adviser, envoy, aide or spokesperson someone is names that someone's office, and takes no part.
     */
    private static final Pattern SERVES_BEFORE = Pattern.compile("(?i)\\b(?:advis[eo]r|envoy|aide|spokes(?:man|woman"
            + "|person)|emissary|representative|chief of staff|negotiator|counsel(?:l?or)?|press secretary)s?\\s+"
            + "(?:to|of|for)\\s+(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}.-]*\\s+){0,3})?$");

    /** The start of each noun SERVES_BEFORE opens with, in lower case. */
    private static final parley.extract.text.WordSet SERVES_NOUNS = new parley.extract.text.WordSet("advis", "envoy",
            "aide", "spokes", "emissary", "representative", "chief of staff", "negotiator", "counsel",
            "press secretary");

    private static boolean principal(String text, EntityMention n) {
        if (n.entity().kind() != parley.domain.EntityKind.PERSON) {
            return false;
        }
        int from = Math.max(0, n.start() - 70);
        // this runs for every person named: the pattern, tried at every position, only where one of its nouns is
        return SERVES_NOUNS.firstIgnoreCase(text, from, n.start()) >= 0
                && SERVES_BEFORE.matcher(text).region(from, n.start()).find();
    }

    /** "UN Secretary-General António Guterres": the organisation is the title of the person after it. */
    private boolean affiliation(String text, EntityMention n) {
        for (EntityMention p : people) {
            if (p.start() >= n.end() && p.entity().kind() == parley.domain.EntityKind.PERSON) {
                return p.start() - n.end() < 60
                        && OFFICE_BETWEEN.matcher(text).region(n.end(), p.start()).matches()
                        && OFFICE_WORD.matcher(text).region(n.end(), p.start()).find();
            }
        }
        return false;
    }

    /**
     * "Second round at Lancaster House in London: Bessent, Greer and He are joined by Lutnick": a clause with no
     * trigger after a colon lists who took part in the gathering the clause before it names, when that gathering has
     * no one of its own (a speaker's words after a colon are quoted, and a gathering with people keeps them).
     */
    private Slot listedAfterColon(String text, Clauses.Clause c, List<Clauses.Clause> clauses) {
        if (c.start() == 0 || text.charAt(c.start() - 1) != ':') {
            return null;
        }
        Slot last = null;
        for (Slot s : slots) {
            if (s.clause.end() == c.start()) {
                last = s;
            }
        }
        if (last == null || !GATHERING.contains(last.type()) || last.type() == EventType.VISIT) {
            return null;
        }
        for (Map.Entry<KnownEntity, Role> p : last.participants.entrySet()) {
            if (!listedNames.contains(p.getKey())) {
                return null;
            }
        }
        return last;
    }

    /** Names given to a gathering from the list after its colon (see {@link #listedAfterColon}). */
    private final java.util.Set<KnownEntity> listedNames = new java.util.HashSet<>();

    private void assignNames(String text, List<EntityMention> actors, List<Clauses.Clause> clauses, Lexicon lexicon) {
        for (EntityMention n : actors) {
            Slot speech = possessive(text, n) ? speechOf(text, n) : null;
            if (speech != null) {
                // "The meeting followed Trump's announcement": the possessive names the speaker, not the meeting's guest
                speech.participants.putIfAbsent(n.entity(), Role.ATTENDEE);
                continue;
            }
            Clauses.Clause c = Clauses.at(clauses, n.start());
            List<Slot> inClause = new ArrayList<>();
            for (Slot s : slots) {
                if (s.clause == c) {
                    inClause.add(s);
                }
            }
            if (inClause.isEmpty()) {
                Slot listed = listedAfterColon(text, c, clauses);
                if (listed != null) {
                    listed.participants.putIfAbsent(n.entity(), Role.ATTENDEE);
                    listedNames.add(n.entity());
                }
                continue;
            }
            Slot before = null;
            Slot after = null;
            for (Slot s : inClause) {
                if (s.trigger.end() <= n.start()) {
                    before = s;
                } else if (after == null && s.trigger.start() >= n.end()) {
                    after = s;
                }
            }
            if (after != null && after.type() != EventType.MILITARY && !lexicon.isVerb(after.trigger.phrase())
                    && DETERMINED.matcher(text).region(Math.max(0, n.start() - 12), n.start()).find()
                    && MODIFIER_GAP.matcher(text).region(n.end(), after.trigger.start()).matches()) {
                // "the NATO summit", "Wednesday's G7 leaders' call": a name right before its event noun names whose it is
                after.attach(n);
                continue;
            }
            if (after != null && !after.background && n.entity().kind() == parley.domain.EntityKind.PERSON
                    && possessive(text, n) && after.trigger.start() - n.end() <= 40
                    && OWNED_GAP.matcher(text).region(n.end(), after.trigger.start()).matches()) {
                // "the encounter of the summit was Holm's meeting with Serrat": whose the meeting is (session 17)
                after.attach(n);
                continue;
            }
            if (before == null && after != null && after.background) {
                // "A and B discussed the outcome of last week's summit in a call": the subject's is the call, the
                // summit pointed back at keeps no one (session 15)
                for (Slot s : inClause) {
                    if (s.trigger.start() > after.trigger.end() && !s.background) {
                        after = s;
                        break;
                    }
                }
            }
            if (before == null && after.type() == EventType.MILITARY) {
                continue; // "The EU condemns the missile attack": who speaks of a strike did not launch it
            }
            if (before == null) {
                // the subject: its first trigger, and triggers tied to it by "after a call", "ahead of talks"
                after.attach(n);
                Slot main = afterRelative(text, n, after, inClause);
                if (main != null) {
                    main.attach(n); // "Støre, who arrived on Saturday, met Carney": the subject of both verbs
                }
                for (Slot s : inClause) {
                    if (s != after && s.trigger.start() > after.trigger.end() && WHERE_SUBJECT.matcher(text)
                            .region(after.trigger.end(), s.trigger.start()).find()) {
                        s.attach(n); // "..., where on Friday he held talks"
                    }
                    if (s.parent == after) {
                        s.attach(n); // "... and to Macron": the same caller
                    }
                }
                for (Slot s : inClause) {
                    // both patterns end at the trigger and span at most 5 and 6 words: searched from there
                    if (s != after && LINKED.matcher(text.substring(WordCues.startOfLastRuns(text, c.start(),
                            s.trigger.start(), 6), s.trigger.start())).find()) {
                        s.attach(n);
                    } else if (s != after && !s.sequenced && s.trigger.start() > after.trigger.end()
                            && PREPARED.matcher(text.substring(WordCues.startOfLastRuns(text, c.start(),
                            s.trigger.start(), 7), s.trigger.start())).find()) {
                        s.attach(n); // (a prepared gathering only told as ahead stays a reference point of no one)
                    }
                    if (s != after && s.trigger.start() > after.trigger.end()
                            && !DETERMINED.matcher(text).region(Math.max(0, n.start() - 12), n.start()).find()
                            && sharesSubject(text, after, s, actors, lexicon.isVerb(s.trigger.phrase())
                                    || SEEING.contains(s.trigger.phrase().toLowerCase(java.util.Locale.ROOT)))) {
                        // "will attend the meeting on Friday and is due to hold a summit with Lee" (not "the G20")
                        s.attachShared(n);
                    }
                }
            } else if (after != null && (after.type() != EventType.MILITARY || before.type() == EventType.MILITARY)
                    && (text.substring(before.trigger.end(), n.start()).contains(",")
                    || text.substring(n.end(), after.trigger.start()).isBlank())) {
                // after a comma, or right before the event noun it names ("for the NATO summit"): the next trigger
                // (not a strike the speaker reports: "At a news conference, the spokesman said missiles had hit")
                after.attach(n);
            } else if (!audience(text, before, n)) {
                // "At a press conference after the summit on Thursday, Macron said": the summit is a reference
                // point; the name goes to the occasion it sets (session 13: the setting noun does not decide)
                Slot main = before.sequenced ? mainBefore(before) : null;
                (main != null ? main : before).attach(n);
            }
        }
    }

    /**
     * The occasion a fronted setting opens the sentence with ("At a press conference after the summit, …"), when it
     * has no one yet and {@code ref}, a reference point, comes after it; else null.
     */
    private Slot mainBefore(Slot ref) {
        Slot main = null;
        for (Slot s : slots) {
            if (s.trigger.end() <= ref.trigger.start() && !s.sequenced && s.type() != EventType.MILITARY) {
                main = s;
            }
        }
        return main != null && main.participants.isEmpty() && FRONTED_OCCASION.matcher(text)
                .region(main.clause.start(), main.trigger.start()).matches() ? main : null;
    }

    /** "At a", "During the", "At their joint": the words opening a sentence on its occasion. */
    private static final Pattern FRONTED_OCCASION = Pattern.compile("(?i)\\s*(?:[-•*]\\s*)?(?:at|during)\\s+"
            + "(?:a|an|the|his|her|their|its)\\s+(?:[\\p{L}-]+\\s+){0,2}");

    /** A relative clause set off by commas right after a name: ", who arrived in Ottawa on Saturday,". */
    private static final Pattern SUBJECT_RELATIVE = Pattern.compile("\\s*,\\s+(?:who|whose)\\s[^,;()]{1,120},");

    /**
     * The trigger of the main verb when the first trigger after a subject sits in a relative clause about it
     * ("Jonas Gahr Støre, who is on his first trip abroad, met Mark Carney"): the first trigger after the clause
     * closes, or null.
     */
    private static Slot afterRelative(String text, EntityMention n, Slot first, List<Slot> inClause) {
        Matcher m = SUBJECT_RELATIVE.matcher(text).region(n.end(), text.length());
        if (!m.lookingAt() || first.trigger.start() >= m.end()) {
            return null;
        }
        for (Slot s : inClause) {
            if (s.trigger.start() >= m.end()) {
                return s.type() == EventType.MILITARY ? null : s;
            }
        }
        return null;
    }

    /** Between an address or a speech and its audience: "addressed the", "speech to the UN". */
    private static final Pattern TO_AUDIENCE = Pattern.compile("(?i)\\s+(?:to\\s+|before\\s+)?(?:the\\s+)?"
            + "(?:(?:chair|chairman|chairwoman|chairperson|president|presidency|head|members)\\s+of\\s+(?:the\\s+)?)?"
            // "addressed the OAS General Assembly": the body whose assembly it is (session 14)
            + "(?:(?-i:\\p{Lu}[\\p{Lu}\\p{N}]+)\\s+)?");
    /** Words that make the next word part of an office: "Deputy Chair", "vice chair". */
    private static final Set<String> OFFICE_RANKS = Set.of("deputy", "vice", "acting", "first", "second");
    private static final Set<String> SPEECH_WORDS = Set.of("address", "addresses", "addressed", "addressing", "speech",
            "speeches");

    /**
     * "President X addressed the General Assembly", "Trump's address to the Knesset": the body spoken to is the
     * audience of the speaker's statement, not a party to it (the dev gold lists the speaker alone; session 10); so
     * is the body a letter is sent to ("sent a letter to the chair of the Security Council").
     */
    private static boolean audience(String text, Slot speech, EntityMention n) {
        String trigger = Tokens.fold(speech.trigger.phrase());
        return speech.type() == EventType.STATEMENT && n.entity().kind() == parley.domain.EntityKind.ORGANISATION
                && (SPEECH_WORDS.contains(trigger) || trigger.contains("letter"))
                && TO_AUDIENCE.matcher(text).region(speech.trigger.end(), n.start()).matches();
    }

    private void applyRoles(List<EntityMention> actors, List<PhraseMatcher.Match<Lexicon.RolePhrase>> roles,
                            List<Clauses.Clause> clauses) {
        for (int i = 0; i < roles.size(); i++) {
            PhraseMatcher.Match<Lexicon.RolePhrase> r = roles.get(i);
            if (DITTO.contains(r.phrase().toLowerCase(java.util.Locale.ROOT))) {
                // "A attended, as did B", "A stayed away, as did B": the role of the phrase before; none without one
                if (i == 0) {
                    continue;
                }
                Lexicon.RolePhrase prior = roles.get(i - 1).value();
                r = new PhraseMatcher.Match<>(r.first(), r.last(), r.start(), r.end(), r.phrase(),
                        new Lexicon.RolePhrase(prior.role(), false));
            }
            Clauses.Clause c = Clauses.at(clauses, r.start());
            int lo;
            int hi;
            if (r.value().before()) {
                lo = c.start();
                for (Slot s : slots) {
                    if (s.clause == c && s.trigger.end() <= r.start() && s.trigger.end() > lo) {
                        lo = s.trigger.end();
                    }
                }
                hi = r.start();
                PhraseMatcher.Match<Lexicon.RolePhrase> prior = i > 0 ? roles.get(i - 1) : null;
                // (an absence still reaches back: "A was expected to join but will not attend" keeps A away, but not
                // over another absence: "A did not make the trip, and B skipped it too" is B's own, session 13)
                if (prior != null && prior.value().before()
                        && (r.value().role() != Role.ABSENT || prior.value().role() == Role.ABSENT)
                        && prior.end() <= r.start() && prior.end() > lo
                        && Clauses.at(clauses, prior.start()) == c) {
                    lo = prior.end(); // "A did not attend and sent B in his place": B's part is not A's
                }
                int with = prior != null && !prior.value().before() ? agentListEnd(prior, c) : -1;
                if (with > lo && with <= r.start()) {
                    lo = with; // "chaired by A, with B and C attending": the attending is B's and C's, not A's
                }
            } else {
                lo = r.end();
                hi = c.end();
                for (Slot s : slots) {
                    if (s.clause == c && s.trigger.start() >= r.end() && s.trigger.start() < hi
                            && !(s.trigger.start() == r.start())) {
                        hi = s.trigger.start();
                    }
                }
                if (i + 1 < roles.size() && roles.get(i + 1).start() < hi) {
                    hi = roles.get(i + 1).start();
                }
                hi = frontedEnd(r, hi, actors);
                int with = agentListEnd(r, c);
                if (with >= 0 && with < hi) {
                    hi = with; // "chaired by A, with B and C": B and C attend, only A chairs (session 14)
                }
            }
            Slot object = r.value().before() ? objectOf(r, c) : null;
            if (object != null) {
                lo = c.start(); // "Witkoff landed in Cairo and is expected to join the talks": the clause's subject
            }
            EntityMention listed = null;
            for (EntityMention n : actors) {
                if (n.start() < lo || n.end() > hi) {
                    continue;
                }
                Role role = negatedAttendance(r, lo) ? Role.ABSENT : r.value().role();
                if (role == Role.ABSENT && r.value().before()) {
                    // "X thanked Y for the invitation but will not attend": who stays away is the subject, the
                    // first name and those listed with it, not the object of another verb before the phrase
                    if (listed != null && !LIST_GAP.matcher(text).region(listed.end(), n.start()).matches()) {
                        continue;
                    }
                    listed = n;
                }
                Slot target = object != null ? object : slotFor(n.start(), n.end(), false);
                if (target != null && target.relativeStart >= 0 && r.start() < target.relativeStart) {
                    target = null; // "was led by X, who survived an attack": X leads the side, not the attack
                }
                if (role == Role.ABSENT && r.value().before() && target != null
                        && sideClauseBefore(n, r, target)) {
                    continue; // "Lund, who was not part of the Rome team, is due in Tbilisi": absent from another event
                }
                if (target == null && role == Role.JOINED && r.value().before()) {
                    target = gatheringBefore(n.start()); // "X met Y in Rome; Z joined by phone": Z took part in it
                }
                if (target == null) {
                    orphanRoles.put(n.entity(), role);
                    orphanRoleWords.put(n.entity(), r.phrase());
                } else {
                    // the role phrase decides, wherever the name was first attached; a visit keeps its traveller
                    for (Slot s : slots) {
                        if (s != target && SentenceLinks.compatible(s.type(), target.type())
                                && s.attachedOnlyWithin(n.entity(), lo, hi)) {
                            s.participants.remove(n.entity());
                        }
                    }
                    target.participants.put(n.entity(), role);
                    target.roleWords.put(n.entity(), r.phrase());
                }
            }
        }
    }

    /**
     * Where the agent of a passive role ("chaired by", "hosted by", "co-chaired by", "led by") gives way to the others
     * told with it: ", with B and C", ", along with B", ", together with B"; -1 when nothing follows in the clause.
     */
    private int agentListEnd(PhraseMatcher.Match<Lexicon.RolePhrase> r, Clauses.Clause c) {
        String p = r.phrase().toLowerCase(java.util.Locale.ROOT);
        if (!(p.endsWith(" by") || p.endsWith(" of"))) {
            return -1;
        }
        Matcher m = WITH_OTHERS.matcher(text).region(r.end(), c.end());
        return m.find() ? m.start() : -1;
    }

    /** ", with B and C", ", along with B", ", together with B": others told after the agent of a passive role. */
    private static final Pattern WITH_OTHERS = Pattern.compile(",\\s+(?:(?:along|together|alongside)\\s+)?with\\b");

    /** ", who was not part of the Rome team,": a non-restrictive clause about the person just named, closed by a comma. */
    private static final Pattern WHO_CLAUSE = Pattern.compile("\\s*,\\s+who\\s[^,;:()—–]*");

    /**
     * True when the role phrase sits in a non-restrictive "who" clause right after the name, and that clause closes
     * (a comma) before the target's trigger: what the clause denies is of another occasion (session 15).
     */
    private boolean sideClauseBefore(EntityMention n, PhraseMatcher.Match<Lexicon.RolePhrase> r, Slot target) {
        if (n.end() > r.start() || target.trigger.start() < r.end()) {
            return false;
        }
        int close = text.indexOf(',', r.end());
        if (close < 0 || close > target.trigger.start()) {
            return false;
        }
        return WHO_CLAUSE.matcher(text).region(n.end(), r.start()).matches()
                && text.substring(r.end(), close).indexOf(',') < 0;
    }

    /** The latest gathering of the sentence told before {@code start}, or null. */
    private Slot gatheringBefore(int start) {
        Slot last = null;
        for (Slot s : slots) {
            if (s.trigger.end() <= start && GATHERING.contains(s.type())) {
                last = s;
            }
        }
        return last;
    }

    /**
     * "At the invitation of President Ramaphosa, President Lula will pay a state visit": a role phrase that opens its
     * sentence gives its role to the names up to the comma after the first of them; the subject after it has its own.
     */
    private int frontedEnd(PhraseMatcher.Match<Lexicon.RolePhrase> r, int hi, List<EntityMention> actors) {
        int space = r.phrase().indexOf(' ');
        if (!Character.isUpperCase(text.charAt(r.start())) || space < 0
                || !FRONTED_PREPOSITIONS.contains(r.phrase().substring(0, space).toLowerCase(java.util.Locale.ROOT))) {
            return hi; // "Also present were A, and B": the whole clause is the role's
        }
        for (EntityMention n : actors) {
            if (n.start() >= r.end() && n.end() <= hi) {
                int comma = text.indexOf(", ", n.end());
                return comma >= 0 && comma < hi ? comma : hi;
            }
        }
        return hi;
    }

    /** A role phrase opening with one of these is set before the sentence's subject ("At the invitation of X, Y …"). */
    private static final Set<String> FRONTED_PREPOSITIONS = Set.of("at", "on", "under", "upon", "with", "in");

    /** Between two names of one list: commas, "and", "or", "nor", and capitalised words of a title or country. */
    private static final java.util.regex.Pattern LIST_GAP = java.util.regex.Pattern.compile(
            "(?:[\\s,]|\\b(?:and|or|nor|as well as)\\b|\\p{Lu}[\\p{L}'’.-]*)*");

    /** Role phrases that repeat the role of the phrase before them for the names after them (roles.tsv). */
    private static final java.util.Set<String> DITTO = java.util.Set.of("as did", "as was", "as were", "and so did");

    private static final java.util.regex.Pattern NEITHER_NOR = java.util.regex.Pattern.compile("(?i)\\b(?:neither|nor)\\b");

    /**
     * "neither the minister nor her deputy would attend the summit": names joined by neither/nor before a verb of
     * attending are the people who stay away, so the attending phrase gives them no place at the event.
     */
    private boolean negatedAttendance(PhraseMatcher.Match<Lexicon.RolePhrase> r, int lo) {
        Role role = r.value().role();
        return (role == Role.ATTENDEE || role == Role.JOINED) && r.value().before() && lo < r.start()
                && r.start() <= text.length() && NEITHER_NOR.matcher(text).region(lo, r.start()).find();
    }

    /**
     * "landed in Cairo and is expected to join the talks", "refused to attend Wednesday's call": the event a role verb
     * takes as its object, a trigger right after it in its clause; null when none follows closely.
     */
    private Slot objectOf(PhraseMatcher.Match<Lexicon.RolePhrase> r, Clauses.Clause c) {
        Role role = r.value().role();
        if (role != Role.JOINED && role != Role.ATTENDEE && role != Role.ABSENT) {
            return null;
        }
        for (Slot s : slots) {
            if (s.clause == c && s.trigger.start() >= r.end() && s.trigger.start() - r.end() <= 30) {
                return s;
            }
        }
        return null;
    }

    /** The trigger a time or place at [start, end) belongs to. */
    /** ", and ", "; then ": a time right after it opens the next coordinated clause, whose trigger follows. */
    private static final java.util.regex.Pattern COORDINATED_OPENING = java.util.regex.Pattern.compile(
            "(?:,\\s*(?:and|but|then|and then)|;\\s*(?:and|then)?)\\s+$");

    /** A relative clause about a person, open from its comma up to a trigger: ", who arrives in Ottawa". */
    private static final Pattern SAYS = Pattern.compile("\\b(?:said|says|say|told|tells|announced|stated|insisted"
            + "|warned|argued|offered|proposed|suggested|believes|believed|wants|wanted|hopes|hoped)\\b");
    /** ", who …", ", veteran of …": a clause about the person just named, up to the trigger. */
    private static final Pattern ABOUT_PERSON = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*,\\s+(?:who|whose|whom\\b"
            + "|(?:(?:a|an|the)\\s+)?(?:(?:\\p{L}+\\s+)?veteran|survivor|architect|victim|target|witness)s?\\s+of\\b)"
            + "[^,;:()—–]*$");

    /**
     * The comma opening a non-restrictive clause about a person that holds the trigger at {@code at} ("headed by X,
     * who survived a drone strike in January", "Y, veteran of the 2019 talks"), or -1; a clause that looks ahead is
     * none.
     */
    static int relativeOpening(String text, int from, int at) {
        int comma = text.lastIndexOf(',', at);
        if (comma <= from) {
            return -1;
        }
        int name = comma - 1;
        while (name > from && (Character.isLetter(text.charAt(name - 1)) || "'’.-".indexOf(text.charAt(name - 1)) >= 0)) {
            name--;
        }
        if (!ABOUT_PERSON.matcher(text).region(name, at).matches()) {
            return -1;
        }
        int end = at;
        while (end < text.length() && ",;.\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        // "…, who will host Trump on Thursday": what lies ahead is news of its own, not the person's past; "…, who has
        // said the Vatican is ready to host talks": what the person said is left to the rules of reported speech
        String clause = text.substring(comma + 1, end);
        return parley.extract.time.TenseDetector.of(clause) == parley.extract.time.Tense.FUTURE
                || SAYS.matcher(text).region(comma, at).find() ? -1 : comma;
    }

    private static final Pattern RELATIVE_TO_TRIGGER = Pattern.compile(",\\s+(?:who|whose)\\s[^,;()]*");

    /**
     * The main verb's trigger when {@code inner} sits in a relative clause about a person that has closed (a comma)
     * before {@code start}: what follows the clause is the main verb's again. Null otherwise.
     */
    private Slot outsideRelative(Slot inner, int start) {
        int open = text.lastIndexOf(',', inner.trigger.start());
        int close = text.indexOf(',', inner.trigger.end());
        int who = open < 0 ? -1 : WordCues.startIn(text, "who", open, inner.trigger.start() + 1);
        if (who < 0 || close < 0 || close >= start
                || !RELATIVE_TO_TRIGGER.matcher(text).region(open, inner.trigger.start()).matches()) {
            return null;
        }
        Slot main = null;
        for (Slot s : slots) {
            if (s.trigger.end() <= open && s.clause == inner.clause && s.type() != EventType.MILITARY) {
                main = s;
            }
        }
        return main;
    }

    /** "on the eve of the summit", "the eve of his tour": a setting named by the day before it. */
    private static final Pattern EVE_OF = Pattern.compile("(?i)\\beve\\s+of\\s+(?:(?:the|his|her|their|its|a)\\s+)?"
            + "(?:[\\p{L}\\p{N}’'–-]+\\s+){0,4}$");

    private Slot slotFor(int start, int end, boolean possessive) {
        Slot before = null;
        Slot after = null;
        for (Slot s : slots) {
            if (s.trigger.start() <= start && start < s.trigger.end()) {
                return s; // "arrived in Kyiv": the place shares words with its trigger
            }
            if (s.trigger.end() <= start) {
                before = s;
            } else if (after == null && s.trigger.start() >= end) {
                after = s;
            }
        }
        if (possessive) {
            // "phoned X to review Monday's summit": a day's possessive dates its own noun; with no event after it (a
            // topic), no other event takes it (session 15)
            return after;
        }
        if (before == null && after != null && after.sequenced) {
            // "On Sunday, before the Americans arrived, the vice-premier met Reeves": the time leads the main clause
            for (Slot s : slots) {
                if (s.trigger.start() > after.trigger.start() && !s.sequenced && s.clause == after.clause) {
                    return s;
                }
            }
        }
        // a time or place belongs to a trigger of its own clause: "said on Saturday that they could meet" dates the
        // saying, not the meeting
        if (before != null && after != null && after.clause == before.clause
                && WHERE.matcher(text).region(before.trigger.end(), start).find()) {
            return after; // "flew to Oslo, where on Friday he held talks": Friday dates the talks
        }
        if (before != null && after != null && COORDINATED_OPENING.matcher(text)
                .region(Math.max(before.trigger.end(), start - 12), start).find()) {
            return after; // "In February he spoke at X, and in early March he flew to Rome": March is the flight's
        }
        Slot main = before == null ? null : outsideRelative(before, start);
        if (main != null) {
            return main; // "will meet Støre, who arrives in Ottawa on Sunday, at Rideau Hall on Monday": Monday is the meeting's
        }
        boolean beforeHere = before != null && before.clause.contains(start);
        boolean afterHere = after != null && after.clause.contains(start);
        if (beforeHere && before.sequenced && EVE_OF.matcher(text)
                .region(Math.max(0, before.trigger.start() - 40), before.trigger.start()).find()) {
            for (Slot s : slots) {
                if (s.trigger.end() <= before.trigger.start() && !s.sequenced && s.clause == before.clause) {
                    // "met on the eve of the summit in Kuala Lumpur on Sunday": the setting after the verb is a
                    // reference point; the time and place are the meeting's, not the summit's (session 13)
                    return s;
                }
            }
            for (Slot s : slots) {
                if (s.trigger.start() >= end && !s.sequenced) {
                    return s; // "On the eve of his tour on Sunday, Macron spoke by phone with Xi": the call's Sunday
                }
            }
        }
        if (beforeHere) {
            return before;
        }
        return afterHere ? after : null;
    }
}
