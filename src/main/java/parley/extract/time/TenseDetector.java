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
    private static final Set<String> FUTURE_PARTICIPLES = Set.of("expected", "scheduled", "planned", "planning");
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
    private static final Set<String> MODAL_VERBS = Set.of("meet", "hold", "host", "visit", "travel");
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
    private static final Set<String> WOULD_VERBS = Set.of("resume", "reconvene", "convene", "begin", "start", "open",
            "continue");
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
    /** "refused to attend", "agreed to meet": the refusal is past, the event it names is not thereby past. */
    private static final Set<String> INTENT_VERBS = Set.of("refused", "declined", "agreed", "promised", "pledged",
            "vowed", "threatened", "offered", "decided", "hoped", "wanted", "sought");

    private TenseDetector() {
    }

    public static Tense of(CharSequence clause) {
        String[] w = words(clause);
        boolean past = false;
        boolean progressive = false;
        for (int i = 0; i < w.length; i++) {
            String a = w[i];
            String next = i + 1 < w.length ? w[i + 1] : "";
            String prev = i > 0 ? w[i - 1] : "";
            if (FUTURE_PARTICIPLES.contains(a) && !ARTICLES.contains(prev) && !prev.equals("as") && !insideName(clause, a)
                    && (BE.contains(prev) || next.equals("to") || next.equals("for") || next.equals("on")
                    || next.equals("in") || next.isEmpty() || a.equals("planning"))) {
                return Tense.FUTURE;
            }
            if (i + 2 < w.length && next.equals("forward") && w[i + 2].equals("to")) {
                continue; // "looked forward to meeting": the meeting is ahead of the looking
            }
            if (past && a.equals("ahead") && next.equals("of")) {
                continue; // "rang her ahead of the summit": the summit is ahead, the call is past
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
            if (FUTURE_WORDS.contains(a) || a.endsWith("'ll") || a.endsWith("’ll")
                    || (PAIR_FIRSTS.contains(a) && FUTURE_PAIRS.contains(a + " " + next))
                    || (MODALS.contains(a) && (MODAL_VERBS.contains(next)
                    || (i + 2 < w.length && MODAL_VERBS.contains(w[i + 2]))))
                    || (POSSIBLE.contains(a) && (POSSIBLE_VERBS.contains(next)
                    || (i + 2 < w.length && POSSIBLE_VERBS.contains(w[i + 2]))))
                    // "the two sides were to resume talks": a plan seen from the past (not "was to bring them
                    // together on 1 July", which may be long gone)
                    || ((a.equals("was") || a.equals("were")) && next.equals("to") && i + 2 < w.length
                    && WOULD_VERBS.contains(w[i + 2]))
                    || (a.equals("would") && (WOULD_VERBS.contains(next)
                    || (i + 2 < w.length && (WOULD_VERBS.contains(w[i + 2])
                    || next.equals("take") && w[i + 2].equals("place")))))) {
                return Tense.FUTURE;
            }
            if (INTENT_VERBS.contains(a) && next.equals("to")) {
                continue;
            }
            if (a.equals("last") && LASTS_AFTER.contains(prev)) {
                continue; // "should last until 20 May": the verb of duration, not "last week"
            }
            if (next.equals("by") && a.endsWith("ed") && !BE.contains(prev) && !PERFECT.contains(prev)) {
                continue; // "starts in Vilnius, chaired by Z": a passive participle has no tense of its own
            }
            if (!past) {
                past = PAST_WORDS.contains(a) || IRREGULAR_PAST.contains(a) || (PERFECT.contains(a) && !next.isEmpty() && isParticiple(next))
                        || (a.length() >= 5 && a.endsWith("ed") && !NOT_PAST.contains(a));
            }
        }
        return past ? Tense.PAST : Tense.PRESENT;
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
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            boolean part = Character.isLetter(c) || c == '\'' || c == '’';
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                out.add(word(s, start, i, out.isEmpty()));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            out.add(word(s, start, s.length(), out.isEmpty()));
        }
        return out.toArray(new String[0]);
    }

    /**
     * The word lower-cased; a capitalised "-ed" word after the first ("Mohammed", "Ahmed", "Khaled") is a name, not a
     * past verb: it is given with a mark no test matches (session 11: "goes on to Doha to see Mohammed bin
     * Abdulrahman" is no past clause).
     */
    private static String word(String s, int start, int end, boolean first) {
        String w = s.substring(start, end).toLowerCase(Locale.ROOT);
        return !first && Character.isUpperCase(s.charAt(start)) && w.endsWith("ed") && !PAST_WORDS.contains(w)
                ? w + "#" : w;
    }
}
