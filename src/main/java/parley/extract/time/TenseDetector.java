package parley.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells past from future clauses by their verbs and markers: "will", "is set to", "is expected to", "ahead of",
 * "next" point forward; "said", "was", "met", "-ed" verbs point back. Future markers win because a future clause
 * usually also carries a past reporting verb ("said he will meet"). Works on words, not regular expressions:
 * it runs for every trigger and must be cheap.
 */
public final class TenseDetector {
    private static final Set<String> FUTURE_WORDS = Set.of("will", "shall", "won't", "won’t", "upcoming",
            "forthcoming", "next");
    /**
     * Participles that look ahead only as a verb ("is scheduled to", "expected on Monday", "planned for May"), not
     * as an adjective ("ran beyond their scheduled time", "the planned talks were held").
     */
    private static final Set<String> FUTURE_PARTICIPLES = Set.of("expected", "scheduled", "planned", "planning",
            // scheduling idioms (session 14): "is slated for Saturday", "pencilled in for", "timetabled for"
            "slated", "pencilled", "penciled", "timetabled", "earmarked");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "being", "been", "am", "now");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "their", "his", "her", "its", "our", "my",
            "your");
    private static final Set<String> FUTURE_PAIRS = Set.of("going to", "set to", "due to", "due in", "plans to",
            "plan to", "intends to", "intend to", "be held", "ahead of", "is to", "are to", "should be");
    /** First words of {@link #FUTURE_PAIRS}: a pair is only joined into one string where its first word is one. */
    private static final Set<String> PAIR_FIRSTS = FUTURE_PAIRS.stream().map(p -> p.substring(0, p.indexOf(' ')))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> MODALS = Set.of("would", "could", "may", "might");
    /** Before "last" as a verb of duration: "should last", "will last", "is due to last". */
    private static final Set<String> LASTS_AFTER = Set.of("should", "will", "would", "could", "may", "might", "must",
            "to", "shall");
    // "would fly to Lima on Saturday", "would head to Kampala": a journey told ahead, like "would travel" (session 18)
    private static final Set<String> MODAL_VERBS = Set.of("meet", "hold", "host", "visit", "travel", "fly",
            "head");
    /**
     * "may attend the summit in November", "might go to Lima": a possibility lies ahead of the telling (not "would
     * attend", which may report a summit already held from the day it was announced).
     */
    private static final Set<String> POSSIBLE = Set.of("could", "may", "might");
    private static final Set<String> POSSIBLE_VERBS = Set.of("attend", "go", "join", "fly", "come", "sign");
    /**
     * "said the talks would resume", "would take place in Geneva": "would" before a verb of an occasion starting is
     * the future seen from a telling (could/may/might stay with {@link #MODAL_VERBS}: a possibility). Not "would
     * attend": "said on Monday that X would attend the summit" may be of a summit already held.
     */
    // "would run until Friday", "would end on Sunday", "would conclude": the course of an occasion told ahead
    private static final Set<String> WOULD_VERBS = Set.of("resume", "reconvene", "convene", "begin", "start", "open",
            "continue", "run", "end", "conclude", "close");
    private static final Set<String> PAST_WORDS = Set.of("said", "says", "was", "were", "had", "did", "met", "spoke",
            "held", "told", "took", "went", "came", "gave", "made", "sent", "wrote", "began", "flew", "ago", "last",
            "previous", "earlier", "yesterday", "already");
    /**
     * Irregular simple pasts the "-ed" test cannot see ("he rang", "jets struck", "the two saw each other"). Forms that
     * are also the present or a noun ("hit", "put", "cut", "read", "led", "left", "won", "lost") stay out.
     */
    private static final Set<String> IRREGULAR_PAST = Set.of("rang", "struck", "saw", "sat", "stood", "rode",
            "drove", "spent", "brought", "fought", "shook", "broke", "ran", "kept", "paid", "bought", "thought",
            "chose", "caught", "heard", "knew", "fell", "found", "got", "flung", "threw", "swore",
            "sought", "taught", "wore", "withdrew", "undertook", "oversaw", "forgot", "became", "felt", "meant",
            "rose", "hung", "dealt", "froze", "woke", "sang", "sank", "strove", "overtook", "shot", "slept");
    private static final Set<String> NOT_PAST = Set.of("united", "indeed", "proceed", "succeed", "exceed", "embed",
            "need", "speed", "feed", "seed", "hundred", "red", "bed", "led", "shed", "breed", "creed", "weed",
            "greed");
    private static final Set<String> PERFECT = Set.of("has", "have");
    /** "left Hanoi", "left the Kremlin": "left" before a capitalised name is the past of leaving, no side. */
    private static final java.util.regex.Pattern LEFT_PLACE = java.util.regex.Pattern.compile(
            "\\bleft\\s+(?:the\\s+)?\\p{Lu}");
    /** "refused to attend", "agreed to meet": the refusal is past, the event it names is not thereby past. */
    private static final Set<String> INTENT_VERBS = Set.of("refused", "declined", "agreed", "promised", "pledged",
            "vowed", "threatened", "offered", "decided", "hoped", "wanted", "sought");

    /** Bits of {@link #FLAGS}: which of the word lists above a word is in. */
    private static final int FUTURE_WORD = 1;
    private static final int FUTURE_PARTICIPLE = 1 << 1;
    private static final int BE_FORM = 1 << 2;
    private static final int ARTICLE = 1 << 3;
    private static final int PAIR_FIRST = 1 << 4;
    private static final int MODAL = 1 << 5;
    private static final int LASTS_AFTER_WORD = 1 << 6;
    private static final int MODAL_VERB = 1 << 7;
    private static final int WOULD_VERB = 1 << 8;
    private static final int PAST_WORD = 1 << 9;
    private static final int IRREGULAR = 1 << 10;
    private static final int NOT_PAST_WORD = 1 << 11;
    private static final int PERFECT_FORM = 1 << 12;
    private static final int INTENT_VERB = 1 << 13;
    /**
     * Every listed word with the bits of the lists it is in: one look-up per word of a clause answers all the
     * questions the loop asks of it and of its neighbours (this runs for every trigger).
     */
    private static final java.util.Map<String, Integer> FLAGS = flags();

    private static java.util.Map<String, Integer> flags() {
        java.util.Map<String, Integer> m = new java.util.HashMap<>();
        Object[][] lists = {{FUTURE_WORDS, FUTURE_WORD}, {FUTURE_PARTICIPLES, FUTURE_PARTICIPLE}, {BE, BE_FORM},
            {ARTICLES, ARTICLE}, {PAIR_FIRSTS, PAIR_FIRST}, {MODALS, MODAL}, {LASTS_AFTER, LASTS_AFTER_WORD},
            {MODAL_VERBS, MODAL_VERB}, {WOULD_VERBS, WOULD_VERB}, {PAST_WORDS, PAST_WORD},
            {IRREGULAR_PAST, IRREGULAR}, {NOT_PAST, NOT_PAST_WORD}, {PERFECT, PERFECT_FORM},
            {INTENT_VERBS, INTENT_VERB}};
        for (Object[] list : lists) {
            @SuppressWarnings("unchecked")
            Set<String> words = (Set<String>) list[0];
            for (String word : words) {
                m.merge(word, (Integer) list[1], (a, b) -> a | b);
            }
        }
        return m;
    }

    private TenseDetector() {
    }

    /**
     * A clause's words and their list bits, read once: a slot's clause is asked for its tense and then whether it
     * tells a timetable, and both questions are answered from the one reading.
     */
    public static final class Reading {
        private final String clause;
        private final String[] w;
        private final int[] f;

        private Reading(String clause) {
            this.clause = clause;
            this.w = words(clause);
            this.f = new int[w.length];
            for (int i = 0; i < w.length; i++) {
                f[i] = FLAGS.getOrDefault(w[i], 0);
            }
        }
    }

    public static Reading read(CharSequence clause) {
        return new Reading(clause.toString());
    }

    public static Tense of(CharSequence clause) {
        return of(read(clause));
    }

    public static Tense of(Reading r) {
        String clause = r.clause;
        String[] w = r.w;
        int[] f = r.f;
        boolean past = false;
        boolean progressive = false;
        for (int i = 0; i < w.length; i++) {
            String a = w[i];
            String next = i + 1 < w.length ? w[i + 1] : "";
            String prev = i > 0 ? w[i - 1] : "";
            int fa = f[i];
            int fn = i + 1 < w.length ? f[i + 1] : 0;
            int fp = i > 0 ? f[i - 1] : 0;
            if ((fa & FUTURE_PARTICIPLE) != 0 && (fp & ARTICLE) == 0 && !prev.equals("as") && !GERUND_AFTER.contains(prev)
                    && !insideName(clause, a)
                    && ((fp & BE_FORM) != 0 || next.equals("to") || next.equals("for") || next.equals("on")
                    || next.equals("in") || next.isEmpty() || a.equals("planning"))) {
                return Tense.FUTURE;
            }
            if (a.equals("coming") && prev.equals("the") && STRETCHES.contains(next)
                    || a.equals("ahead") && STRETCHES.contains(prev)) {
                return Tense.FUTURE; // "would speak to him in the coming days", "in the weeks ahead" (session 15)
            }
            if (!past && READY.contains(a) && next.equals("to") && (fp & BE_FORM) != 0 && !prev.equals("was")
                    && !prev.equals("were")) {
                // (not after a past: "met X, who has said Turkey is willing to host talks" keeps the meeting past)
                return Tense.FUTURE; // "is prepared to meet Modi on Sunday should …": a readiness looks ahead
            }
            if (PROPOSING.contains(a) && next.length() > 4 && next.endsWith("ing")) {
                // "has floated attending talks on Friday if …", "proposed holding a summit": what is put forward
                // lies ahead of the putting (session 15); not "offered to support the monitoring" after a welcome
                return Tense.FUTURE;
            }
            if (MOVED.contains(a) && movedToDay(w, i)) {
                return Tense.FUTURE; // "was pushed back to 12 May", "moved to Thursday": the new day lies ahead
            }
            if (i + 2 < w.length && next.equals("forward") && w[i + 2].equals("to")) {
                continue; // "looked forward to meeting": the meeting is ahead of the looking
            }
            if (past && a.equals("ahead") && next.equals("of")) {
                continue; // "rang her ahead of the summit": the summit is ahead, the call is past
            }
            if ((a.equals("plan") || a.equals("plans")) && (fp & ARTICLE) != 0) {
                continue; // "agreed a plan to reopen the crossings": the noun, no look ahead (session 13)
            }
            if (a.equals("next") && prev.equals("the") && (next.equals("day") || next.equals("morning")
                    || next.equals("evening") || next.equals("afternoon"))) {
                // "which leaders hold the next day", "issued a statement the next morning": a step from the day
                // told, in the present or the past, no look ahead
                continue;
            }
            if ((a.equals("is") || a.equals("are")) && next.length() > 4 && next.endsWith("ing")) {
                progressive = true;
            }
            if (a.equals("later") && (next.equals("this") || next.equals("today") || next.equals("tonight")
                    || (progressive && !past && next.equals("in") && i + 2 < w.length && w[i + 2].equals("the")))) {
                // "is attending the summit later this week": the rest of a period that includes the telling lies
                // ahead of it; "is travelling … later in the week" too (a narrative's "Later in the year, he made"
                // is a step from the event told) (session 10)
                return Tense.FUTURE;
            }
            if ((fa & FUTURE_WORD) != 0 || a.endsWith("'ll") || a.endsWith("’ll")
                    || ((fa & PAIR_FIRST) != 0 && FUTURE_PAIRS.contains(a + " " + next))
                    || ((fa & MODAL) != 0 && ((fn & MODAL_VERB) != 0
                    || (i + 2 < w.length && (f[i + 2] & MODAL_VERB) != 0)))
                    || (POSSIBLE.contains(a) && (POSSIBLE_VERBS.contains(next)
                    || (i + 2 < w.length && POSSIBLE_VERBS.contains(w[i + 2]))))
                    // "the two sides were to resume talks": a plan seen from the past (not "was to bring them
                    // together on 1 July", which may be long gone)
                    || ((a.equals("was") || a.equals("were")) && next.equals("to") && i + 2 < w.length
                    && (f[i + 2] & WOULD_VERB) != 0)
                    || (a.equals("would") && ((fn & WOULD_VERB) != 0
                    || (i + 2 < w.length && ((f[i + 2] & WOULD_VERB) != 0
                    || next.equals("take") && w[i + 2].equals("place")))))) {
                return Tense.FUTURE;
            }
            if ((fa & INTENT_VERB) != 0 && intentTo(w, i)) {
                continue;
            }
            if ((fa & PERFECT_FORM) != 0 && (fn & INTENT_VERB) != 0 && intentTo(w, i + 1)) {
                continue; // "have agreed to meet in June": the agreement is done, the meeting lies ahead
            }
            if (a.equals("last") && (fp & LASTS_AFTER_WORD) != 0) {
                continue; // "should last until 20 May": the verb of duration, not "last week"
            }
            if (next.equals("by") && a.endsWith("ed") && (fp & BE_FORM) == 0 && (fp & PERFECT_FORM) == 0) {
                continue; // "starts in Vilnius, chaired by Z": a passive participle has no tense of its own
            }
            if (!past) {
                // "left for Tianjin on Saturday": "left" before "for" is the verb's past, not the side (session 13)
                // "left Hanoi on Friday": before a name it is the verb too (session 17)
                past = pastForm(a, fa, next) || a.equals("left") && (next.equals("for") || LEFT_PLACE.matcher(clause)
                        .find());
            }
        }
        return past ? Tense.PAST : Tense.PRESENT;
    }

    /**
     * "Lavrov arrives in Ankara on Monday", "the ministers meet in Brussels on Friday": the simple present of a verb of
     * travel or gathering with a weekday is a timetable, the coming day (session 13). Without a weekday the present
     * stays the present (a live blog's "14:05 Zelensky arrives at the White House" is now).
     */
    private static final Set<String> SCHEDULED = Set.of("arrives", "meets", "meet", "travels", "visits", "hosts",
            "flies", "heads", "departs", "lands", "convenes", "reconvenes", "resumes", "chairs", "attends", "gathers",
            "gather", "begins", "opens", "starts");
    /**
     * "The president is visiting Lima on Monday", "the two are meeting on Friday": the present progressive of such a
     * verb with a weekday is an arrangement for the coming day, as the simple present is (session 14).
     */
    private static final Set<String> ARRANGED = Set.of("arriving", "meeting", "travelling", "traveling", "visiting",
            "hosting", "flying", "heading", "departing", "landing", "convening", "reconvening", "resuming", "chairing",
            "attending", "gathering", "holding", "signing", "receiving");
    private static final Set<String> PROGRESSIVE_AUX = Set.of("is", "are", "am");
    /** Forms that are also the infinitive or a noun: a timetable only after a plural subject ("the two meet"). */
    private static final Set<String> BARE = Set.of("meet", "gather");
    private static final Set<String> AFTER_BARE_NOT = Set.of("to", "did", "will", "would", "could", "may", "might",
            "should", "must", "can", "not", "the", "a", "and");
    /** Past words that only report a telling: "the ministry said Lavrov arrives on Monday" keeps its timetable. */
    private static final Set<String> TELLING = Set.of("said", "says", "told", "announced", "confirmed");

    /**
     * Whether the clause tells a timetable for a weekday other than {@code today}: a verb of {@link #SCHEDULED} in the
     * simple present, a weekday not said with "the" or "that" (a day of a span told already, as in a chronology's
     * "meet on the Sunday") nor heading the clause (a diary's "Thursday: A and B meet"), and no past but a telling. The day of the telling itself is not ahead of it.
     */
    public static boolean timetable(CharSequence clause, java.time.DayOfWeek today) {
        return timetable(read(clause), today);
    }

    public static boolean timetable(Reading r, java.time.DayOfWeek today) {
        String[] w = r.w;
        boolean verb = false;
        boolean weekday = false;
        for (int i = 0; i < w.length; i++) {
            String a = w[i];
            String prev = i > 0 ? w[i - 1] : "";
            if (SCHEDULED.contains(a) && (!BARE.contains(a) || (!prev.isEmpty() && !AFTER_BARE_NOT.contains(prev)))) {
                verb = true;
            }
            if (ARRANGED.contains(a) && (PROGRESSIVE_AUX.contains(prev)
                    || i > 1 && PROGRESSIVE_AUX.contains(w[i - 2]) && prev.equals("also"))) {
                verb = true;
            }
            java.time.DayOfWeek day = weekdayOf(a);
            if (day != null && day != today && i > 0 && !prev.equals("the") && !prev.equals("that")) {
                weekday = true;
            }
            int fa = r.f[i];
            String next = i + 1 < w.length ? w[i + 1] : "";
            if (pastForm(a, fa, next) && !TELLING.contains(a)) {
                return false;
            }
        }
        return verb && weekday;
    }

    private static java.time.DayOfWeek weekdayOf(String word) {
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            if (d.name().equalsIgnoreCase(word)) {
                return d;
            }
        }
        return null;
    }

    /** Readiness for an occasion: "is prepared to meet", "are ready to sign", "is willing to travel". */
    private static final Set<String> READY = Set.of("prepared", "ready", "willing");
    /** Verbs of putting an occasion forward, before a gerund: "floated attending", "proposed holding". */
    private static final Set<String> PROPOSING = Set.of("floated", "proposed", "suggested", "mooted", "offered",
            "pitched");
    /** Stretches of time a telling looks ahead over: "the coming days", "the weeks ahead". */
    private static final Set<String> STRETCHES = Set.of("days", "weeks", "months");
    /** Verbs of moving an occasion's date (session 15): "postponed", "pushed back", "brought forward". */
    private static final Set<String> MOVED = Set.of("postponed", "rescheduled", "moved", "shifted", "deferred",
            "delayed", "pushed", "put", "brought", "pulled");
    private static final Set<String> MOVED_PARTICLES = Set.of("back", "forward", "off");
    /** After "to"/"until": a day, a month or a step ahead (digits are no words here: "to 12 May" reads "to may"). */
    private static final Set<String> DAY_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "next", "later", "early", "mid", "late", "tomorrow",
            "the");

    /**
     * "was pushed back to 12 May", "moved until Thursday", "brought forward to next week": a verb of moving a date, an
     * optional object and particle, "to"/"until" and a day; not "moved to Geneva" (a place) nor "pushed for talks".
     */
    private static boolean movedToDay(String[] w, int i) {
        int k = i + 1;
        if (k < w.length && (FLAGS.getOrDefault(w[k], 0) & ARTICLE) != 0) {
            // the active form with its object: "postponed the talks until Friday", "pushed their meeting back to May"
            k += 2;
            if (k < w.length && !MOVED_PARTICLES.contains(w[k]) && !w[k].equals("to") && !w[k].equals("until")) {
                k++;
            }
        }
        if (k < w.length && MOVED_PARTICLES.contains(w[k])) {
            k++;
        } else if (w[i].equals("pushed") || w[i].equals("put") || w[i].equals("brought") || w[i].equals("pulled")) {
            return false; // these move a date only with their particle
        }
        if (k >= w.length || !(w[k].equals("to") || w[k].equals("until") || w[k].equals("till"))) {
            return false;
        }
        return k + 1 < w.length && DAY_WORDS.contains(w[k + 1]);
    }

    /** Words that may stand between a verb of intent and its "to": "agreed on Tuesday to meet", "agreed in principle to". */
    private static final Set<String> INTENT_GAP = Set.of("on", "in", "at", "last", "late", "early", "this",
            "principle", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning",
            "afternoon", "evening", "night", "week", "weekend", "also", "now", "finally", "formally", "tentatively");

    /**
     * "agreed on Friday to a ceasefire after meeting in Doha": after a preposition the participle is a noun of the
     * occasion (a gerund), no look ahead (session 14).
     */
    private static final Set<String> GERUND_AFTER = Set.of("after", "before", "following", "since", "upon");
    /** "agreed to a ceasefire", "agreed to the plan": a noun after "to", no verb of intent's infinitive. */
    private static final Set<String> NOUN_AFTER_TO = Set.of("a", "an", "the", "its", "their", "his", "her", "this",
            "that", "these", "those");

    /** Whether the intent verb at {@code i} reaches its "to" over at most three words of {@link #INTENT_GAP}. */
    private static boolean intentTo(String[] w, int i) {
        for (int j = i + 1; j < w.length && j <= i + 4; j++) {
            if (w[j].equals("to")) {
                return j + 1 >= w.length || !NOUN_AFTER_TO.contains(w[j + 1]); // "agreed to a truce" is done (session 14)
            }
            if (!INTENT_GAP.contains(w[j])) {
                return false;
            }
        }
        return false;
    }

    /** A past form: a listed past word, an irregular past, a perfect ("has met"), or a regular "-ed" past. */
    private static boolean pastForm(String a, int fa, String next) {
        return (fa & PAST_WORD) != 0 || (fa & IRREGULAR) != 0 || ((fa & PERFECT_FORM) != 0 && !next.isEmpty()
                && isParticiple(next)) || (a.length() >= 5 && a.endsWith("ed") && (fa & NOT_PAST_WORD) == 0);
    }

    private static boolean isParticiple(String w) {
        return w.equals("been") || w.equals("met") || w.equals("held") || w.equals("spoken") || w.equals("said")
                || w.equals("had") || w.endsWith("ed");
    }

    /**
     * The lower-cased runs of letters and apostrophes, in order: what splitting on {@code [^\p{L}'’]+} gives
     * (less its leading empty word, which no test below can match), without a regular expression.
     */
    /**
     * "Deputy Chair of the National Planning Council": the participle written capitalised after another capitalised
     * word is part of a name, not a look ahead (session 10).
     */
    private static boolean insideName(CharSequence clause, String participle) {
        String c = clause.toString();
        if (c.contains(participle)) {
            return false; // written in lower case too: that one is the verb
        }
        String cap = Character.toUpperCase(participle.charAt(0)) + participle.substring(1);
        for (int at = c.indexOf(cap); at >= 0; at = c.indexOf(cap, at + 1)) {
            int k = at - 1;
            if (k > 0 && c.charAt(k) == ' ') {
                int ws = k;
                while (ws > 0 && Character.isLetter(c.charAt(ws - 1))) {
                    ws--;
                }
                if (ws < k && Character.isUpperCase(c.charAt(ws))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String[] words(CharSequence clause) {
        String s = clause.toString();
        // lower-cased once for all its words: the same words where lower-casing keeps every offset and has no
        // context of its own (a final sigma is told by the letters after it); else word by word as written
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.length() != s.length() || s.indexOf('\u03a3') >= 0) {
            lower = null;
        }
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            boolean part = Character.isLetter(c) || c == '\'' || c == '’';
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                out.add(word(s, lower, start, i, out.isEmpty()));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            out.add(word(s, lower, start, s.length(), out.isEmpty()));
        }
        return out.toArray(new String[0]);
    }

    /**
     * The word lower-cased; a capitalised "-ed" word after the first ("Mohammed", "Ahmed", "Khaled") is a name, not a
     * past verb: it is given with a mark no test matches (session 11: "goes on to Doha to see Mohammed bin
     * Abdulrahman" is no past clause).
     */
    private static String word(String s, String lower, int start, int end, boolean first) {
        String w = lower != null ? lower.substring(start, end) : s.substring(start, end).toLowerCase(Locale.ROOT);
        return !first && Character.isUpperCase(s.charAt(start)) && w.endsWith("ed") && !PAST_WORDS.contains(w)
                ? w + "#" : w;
    }
}
