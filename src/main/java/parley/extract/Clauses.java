package parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import parley.extract.text.WordHits;
import parley.extract.text.WordSet;

/**
 * Cuts a sentence into clauses that carry their own participants: reported speech after "said that" or a colon
 * starts a new clause (the people a speaker talks about do not attend the briefing), and a topic phrase ("to
 * discuss", "about"), up to the next comma, is a part of a clause where no participant is named (a meeting "to discuss the Kremlin's
 * invasion" does not include the Kremlin).
 */
final class Clauses {
    /** A clause [start, end); names, places and triggers in its topic [topicStart, topicEnd) do not count. */
    record Clause(int start, int end, int topicStart, int topicEnd) {
        boolean contains(int offset) {
            return offset >= start && offset < end;
        }

        boolean inTopic(int offset) {
            return offset >= topicStart && offset < topicEnd;
        }
    }

    /** People sent by those who agree: "their deputies", "experts", "senior officials", "technical teams". */
    static final String DEPUTIES = "(?:deputies|experts|officials|teams|working\\s+groups?|sherpas|advisers|advisors"
            + "|aides|staff|specialists|technicians)";

    /** A speech verb, then within a few words "that": what follows is what was said. */
    private static final Pattern BREAK = Pattern.compile("(?i)\\b(?:said|says|saying|told|telling|tells|explained|warned|warning"
            + "|added|insisted|stressed|argued|believes|believed|thinks|thought|announced|confirmed|claimed"
            + "|revealed|reported|noted|signalled|signaled|suggested|reiterated|disclosed|declared|predicted|acknowledged"
            + "|admitted)\\b(?:[^.:;,\"“]{0,60}?)\\s+that\\b"
            // "told reporters he would meet Y": the words to an audience are reported without "that" too (session 10)
            + "|\\b(?:told|tells|telling)\\s+(?:reporters|journalists|the\\s+press|the\\s+media)(?:\\s+(?:on\\s+)?\\p{L}+day)?"
            + "(?=\\s+(?:he|she|they|we)\\s)"
            // "agreed that their deputies would meet in July": who is to meet is told after "that", and those who
            // agreed take no part in it unless the text says so (session 12)
            + "|\\b(?:agreed|decided|resolved)\\s+(?:on\\s+\\p{L}+day\\s+)?that(?=\\s+(?:(?:their|the|its|his|her)\\s+)?"
            + "(?:[\\p{L}-]+\\s+)?" + DEPUTIES + "\\b)"
            + "|[:;]");
    /**
     * "waited about ten minutes for Modi", "talked for about an hour": "about" before a quantity is an approximation,
     * not a topic, and the names after it still take part.
     */
    private static final String NOT_APPROXIMATE = "(?!\\s+(?:\\d|(?:a|an)\\s+(?:hour|half|minute|week|day|month|year"
            + "|dozen|third|quarter|hundred|thousand)|half\\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            + "|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety)\\b))";
    /**
     * A chamber or assembly spoken to after "address" (session 14): "address parliament", "address the OAS General
     * Assembly", "address a joint session of Congress"; not "address the country's debt" or "address the issue".
     */
    static final String ADDRESSED_BODY = "\\s+(?:(?:the|a|an|its|his|her|their|national|joint|plenary|full|annual"
            + "|(?-i:\\p{Lu}[\\p{L}\\p{N}.-]*))\\s+){0,4}(?:parliament|assembly|congress|senate|chamber|lawmakers"
            + "|legislators|MPs|deputies|senators|nation|session|plenary|Knesset|Bundestag|Duma|Rada|Sejm|Majlis)\\b(?!['’])";
    private static final Pattern TOPIC = Pattern.compile("(?i)\\b(?:to discuss|to talk about|to update"
            // "is due to address the General Assembly": a speech to a body, no topic (session 14)
            + "|to address(?!" + ADDRESSED_BODY + ")"
            + "|to review|to agree on|about" + NOT_APPROXIMATE + "|on ending|on how|regarding|concerning|focused on"
            + "|focusing on|over the|aimed at|in order to"
            // "a briefing on the outcome of the summit": what was reported on, not an event told (session 14)
            + "|on the (?:outcomes?|results?) of"
            // "they discussed Iran and the Gulf summit": what the parties of the event just told talked about (session 9)
            + "|(?:(?<=\\bthey )|(?<=\\bthey also )|(?<=\\bboth sides )|(?<=\\bboth leaders )|(?<=\\bthe two sides )"
            + "|(?<=\\bthe two leaders )|(?<=\\bthe leaders )|(?<=\\bthe ministers ))discussed"
            // "Shortly after leaving X, she joined the summit": the one left behind is no guest of what follows
            + "|(?:after|before|on) (?:leaving|seeing off|saying goodbye to|parting from)"
            // "Hours before the guest arrived, X posted …": the one arriving is no speaker of the remark (session 12)
            + "|(?:shortly|hours|minutes|moments|just) (?:before|after)(?= [^,.;]{1,40}\\b(?:arrived|landed|touched down"
            + "|flew in)\\b[^,.;]{0,30},))\\b");

    /**
     * ", who led China's side in this year's trade talks,": a relative clause that describes a person by a part
     * they played; the events it names are that person's record, not news of the sentence (to the next comma, as a
     * topic is).
     */
    private static final Pattern ROLE_RELATIVE = Pattern.compile("(?i),\\s+who\\s+(?:had\\s+|has\\s+)?(?:led|headed"
            + "|chaired|co-chaired|brokered|mediated|negotiated|represented|ran)\\b");

    /** Where a discussed topic gives way to a clause of its own: "after", "when", "as", "which", "where" … */
    private static final Pattern OWN_CLAUSE = Pattern.compile("(?i)\\s(?:after|before|when|following|as|which|where"
            + "|while|since|because|but)\\s");

    private Clauses() {
    }

    static List<Clause> of(String text, int from, int to) {
        return of(text, from, to, null);
    }

    /**
     * The clauses of text[from, to), their cue words read from the article's hits (over the same text) when it
     * lower-cases in place: no lower-cased copy, no scan per clause.
     */
    static List<Clause> of(String text, int from, int to, WordHits hits) {
        if (hits != null && hits.text() == text && hits.lowerCasesInPlace()) {
            return of(text, from, to, hits, null);
        }
        return of(text, from, to, null, text.substring(from, to).toLowerCase(java.util.Locale.ROOT));
    }

    private static List<Clause> of(String text, int from, int to, WordHits hits, String lowered) {
        List<Clause> out = new ArrayList<>();
        String lower = lowered;
        // a lower-casing that changed the length (as of 'İ') shifts offsets: then topics are tried on whole clauses
        boolean aligned = hits != null || lower.length() == to - from;
        int start = from;
        if (hits != null ? hits.anyInLowerCase(BREAK_CUES, from, to) && (hits.anyInLowerCase(BREAK_MARKS, from, to)
                || hits.anyInLowerCase(BREAK_VERBS, from, to))
                : BREAK_CUES.anyIn(lower) && (BREAK_MARKS.anyIn(lower) || BREAK_VERBS.anyIn(lower))) {
            Matcher b = BREAK.matcher(text).region(from, to);
            while (b.find()) {
                add(text, start, b.end(), out, hits, lower, from, aligned);
                start = b.end();
            }
        }
        add(text, start, to, out, hits, lower, from, aligned);
        return out;
    }

    /** What BREAK needs in the lower-cased sentence before it is tried: one pass instead of five. */
    private static final WordSet BREAK_CUES = new WordSet(":", ";", " that", " tell", " told");
    /**
     * And what every match holds besides: a colon or semicolon, "tell"/"told", or a verb of saying or agreeing
     * before its "that" (" that" alone is in most sentences: "that day", "the deal that").
     */
    private static final WordSet BREAK_MARKS = new WordSet(":", ";", "tell", "told");
    private static final WordSet BREAK_VERBS = new WordSet("said", "says", "saying", "explained", "warned", "warning",
        "added", "insisted", "stressed", "argued", "believes", "believed", "thinks", "thought", "announced",
        "confirmed", "claimed", "revealed", "reported", "noted", "signalled", "signaled", "suggested", "reiterated",
        "disclosed", "declared", "predicted", "acknowledged", "admitted", "agreed", "decided", "resolved");
    private static final WordSet TOPIC_CUES = new WordSet("discuss", "talk about", "to update", "to address",
        "to review", "agree on", "about", "on ending", "on how", "regarding", "concerning", "focus", "over the",
        "aimed at", "in order to", "leaving", "seeing off", "goodbye", "parting", "hours b", "hours a", "minutes b",
        "minutes a", "shortly b", "shortly a", "moments b", "moments a", "just b", "just a");
    private static final WordSet WHO = new WordSet(", who ");
    /** How far before its cue a topic phrase may start: "before saying goodbye" holds its cue 14 characters in. */
    private static final int CUE_LEAD = 16;

    private static void add(String text, int start, int end, List<Clause> out, WordHits hits, String lower, int base,
                            boolean aligned) {
        if (end <= start) {
            return;
        }
        String part = hits != null ? null : lower.substring(start - base, end - base);
        // Every topic phrase holds a cue at most CUE_LEAD characters after its start ("to discuss"), so the pattern
        // starts from the word there: the same matches, without trying every position before it.
        int cue = part != null ? TOPIC_CUES.first(part, 0, part.length()) : hits.firstWithinLowerCase(TOPIC_CUES, start, end);
        if (part == null && cue >= 0) {
            cue -= start;
        }
        int from = aligned ? start + Math.max(0, cue - CUE_LEAD) : start;
        while (from > start && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        Matcher t = cue >= 0 ? TOPIC.matcher(text).region(from, end) : null;
        if (t == null || !t.find()) {
            boolean who = part != null ? part.contains(", who ") : hits.anyInLowerCase(WHO, start, end);
            t = who ? ROLE_RELATIVE.matcher(text).region(start, end) : null;
            if (t == null || !t.find()) {
                out.add(new Clause(start, end, end, end));
                return;
            }
        }
        int comma = text.indexOf(',', t.end());
        int topicEnd = comma < 0 || comma >= end ? end : comma;
        if (t.end() - t.start() == 9 && text.regionMatches(true, t.start(), "discussed", 0, 9)) {
            // "they discussed Iran, Yemen and the summit": a list of subjects, to the clause's end, or to a clause
            // that tells an event of its own ("discussed the situation after the United States struck …")
            Matcher own = OWN_CLAUSE.matcher(text).region(t.end(), end);
            topicEnd = own.find() ? own.start() : end;
        }
        out.add(new Clause(start, end, t.start(), topicEnd));
    }

    static Clause at(List<Clause> clauses, int offset) {
        for (Clause c : clauses) {
            if (c.contains(offset)) {
                return c;
            }
        }
        return clauses.isEmpty() ? null : clauses.get(clauses.size() - 1);
    }
}
