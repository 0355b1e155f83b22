package parley.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import parley.domain.DateDerivation;
import parley.domain.Precision;
import parley.extract.time.DateResolver;
import parley.extract.time.DateWords;
import parley.extract.time.Resolution;
import parley.extract.time.Tense;
import parley.extract.time.Timex;
import parley.extract.time.TimexTagger;

/**
 * The turns of a transcript (a briefing, a radio or TV segment, a podcast, a question-and-answer interview): lines
 * opened by a speaker's label ("HOST:", "Q:", "MS SMITH:", "SPOKESPERSON HAAS:", "[Presenter]", "Reporter:",
 * "Tom Baker:", "CLARA MENDES (HOST):", "[00:04:10] Speaker 1:"). The one asking sets the time of the answer: "Back
 * to Wednesday, then.", "So what did Friday deliver?", "And yesterday?" name the day the next speaker's past reports
 * are of, though the answer names none ("The two presidents met at State House."); "You were in Hanoi last week."
 * names the week the answer's weekdays fall in ("He arrived on Tuesday"). A text is read as a transcript only when
 * two labels each open two turns or more (speakers take turns); a header's fields ("Guests:", "Produced by") open
 * none.
 */
final class Transcript {
    /**
     * A speaker's label at the start of a line, then the turn's words on the same line: "[Sam Oduya] Welcome",
     * "HOST: Welcome", "MS OLSEN: Good morning", "**Reporter:** Yes", "Tom Baker: Well".
     */
    private static final Pattern LABEL = Pattern.compile("(?m)^[ \\t>]*"
            // a recording's time code first: "[00:04:10] HOST:", "00:04:10 Speaker 1:"
            + "(?:[\\[(]?\\d{1,2}:\\d{2}(?::\\d{2})?[\\])]?[ \\t]+)?"
            + "(?:\\[(\\p{Lu}[\\p{L} .'’-]{0,38})\\]\\s*:?"
            + "|(?:\\*\\*|__)?(\\p{Lu}[\\p{Lu}\\d .'’-]{0,38}|\\p{Lu}[\\p{Ll}'’-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*\\.?|\\d{1,2})){0,3})"
            // the speaker's part in brackets: "CLARA MENDES (HOST):", "Tom Baker (correspondent):"
            + "(?:\\s*\\([^)\\n]{1,40}\\))?(?:\\*\\*|__)?\\s*:(?:\\*\\*|__)?)[ \\t]+(?=\\S)");
    /** Labels of a header's fields or a page's furniture, never a speaker. */
    private static final java.util.Set<String> FIELDS = java.util.Set.of("guest", "guests", "with", "produced by",
            "producer", "producers", "date", "broadcast", "aired", "recorded", "programme", "program", "episode", "title",
            "transcript", "source", "sources", "photo", "note", "notes", "editor's note", "read more", "related",
            "see also", "caption", "credit", "credits", "tags", "update", "updated", "correction", "watch", "listen",
            "present", "participants", "subject", "topic", "location", "venue", "time", "published", "posted",
            "contact", "email", "tel", "phone", "web", "website", "by", "and", "but", "also", "so", "then", "yes", "no");
    /** A cue naming no year: "Back to Wednesday, then." (a header's date line names its year). */
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    private static final int CUE_WORDS = 8;

    /** One turn: where its line starts, its speaker's label, and the day it asks about (null: none or not a question). */
    private record Turn(int start, int content, String label, Resolution asked) {
    }

    private final List<Turn> turns;

    private Transcript(List<Turn> turns) {
        this.turns = turns;
    }

    /** The turns of {@code text}, or null when it is no transcript. */
    static Transcript of(String text, LocalDate anchor) {
        Matcher m = LABEL.matcher(text);
        List<int[]> found = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        Map<String, Integer> uses = new HashMap<>();
        while (m.find()) {
            String label = (m.group(1) != null ? m.group(1) : m.group(2)).strip().toLowerCase(Locale.ROOT);
            if (label.isEmpty() || FIELDS.contains(label)) {
                continue;
            }
            found.add(new int[] {m.start(), m.end()});
            labels.add(label);
            uses.merge(label, 1, Integer::sum);
        }
        if (uses.values().stream().filter(n -> n >= 2).count() < 2) {
            return null;
        }
        List<Turn> turns = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            int from = found.get(i)[1];
            int to = i + 1 < found.size() ? found.get(i + 1)[0] : text.length();
            turns.add(new Turn(found.get(i)[0], from, labels.get(i), asked(text, from, to, anchor)));
        }
        return new Transcript(turns);
    }

    /**
     * The day a question or cue turn names, for the answer after it: a turn whose last words ask ("…?") or a short
     * cue with no year ("Back to Wednesday, then."), naming one day on or before the text's own (resolved from the
     * day of the broadcast or briefing, never from a date some turn mentioned); null otherwise.
     */
    private static Resolution asked(String text, int from, int to, LocalDate anchor) {
        String turn = text.substring(from, to).strip();
        if (anchor == null || turn.isEmpty()) {
            return null;
        }
        boolean question = turn.endsWith("?");
        if (!question && (turn.split("\\s+").length > CUE_WORDS || YEAR.matcher(turn).find())) {
            return null;
        }
        Timex day = null;
        Timex week = null;
        int weeks = 0;
        for (Timex t : TimexTagger.tag(text, from, to)) {
            if (t.kind() == Timex.Kind.PERIOD && ("week".equals(t.unit()) || "weekend".equals(t.unit()))) {
                week = t; // "You were in Hanoi last week.": the week the answer's weekdays fall in
                weeks++;
                continue;
            }
            if (t.kind() != Timex.Kind.DAY_OF_MONTH && t.kind() != Timex.Kind.WEEKDAY && t.kind() != Timex.Kind.DEICTIC) {
                continue;
            }
            String mod = t.modifier();
            if (mod != null && !mod.equals("on") && !mod.equals("last") && !mod.equals("this")) {
                return null; // "that same Sunday", "next Friday", "since Monday": no day of the broadcast's week
            }
            if (day != null) {
                return null; // two days asked about: which one the answer tells is not clear
            }
            day = t;
        }
        if (day == null && weeks == 1) {
            Resolution r = DateResolver.resolve(week, anchor, Tense.PAST, null);
            return r.resolved() && r.date().end() != null && !r.date().start().isAfter(anchor)
                    && r.date().start().plusDays(7).isAfter(r.date().end()) ? r : null;
        }
        if (day == null) {
            return null;
        }
        Resolution r = DateResolver.resolve(day, anchor, Tense.PAST, null);
        if (!r.resolved() || r.date().precision().compareTo(Precision.DAY) < 0 || r.date().end() != null
                || r.date().start().isAfter(anchor)) {
            return null;
        }
        return new Resolution(r.date(), null, new DateDerivation(day.phrase(), DateWords.anchor(anchor),
                "day the question before the answer named (narrative reference time)", DateWords.of(r.date())));
    }

    /**
     * The day the turn before asked about, for a line of the answer that follows it (a turn of another speaker, up
     * to the next label); null elsewhere.
     */
    Resolution askedFor(int lineStart) {
        int at = turnAt(lineStart);
        if (at < 1) {
            return null;
        }
        Turn question = turns.get(at - 1);
        return question.asked() != null && !question.label().equals(turns.get(at).label()) ? question.asked() : null;
    }

    /** The day the turn before asked about ({@link #askedFor}), when it is one day; null for a week or none. */
    Resolution dayFor(int lineStart) {
        Resolution r = askedFor(lineStart);
        return r == null || r.date().end() != null ? null : r;
    }

    /** The week the turn before asked about ("last week", "over the weekend"), for the answer's weekdays; or null. */
    Resolution weekFor(int lineStart) {
        Resolution r = askedFor(lineStart);
        return r == null || r.date().end() == null ? null : r;
    }

    /** The index of the turn whose line starts at or before {@code offset}, or -1. */
    private int turnAt(int offset) {
        int lo = 0;
        int hi = turns.size() - 1;
        int at = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (turns.get(mid).start() <= offset) {
                at = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return at;
    }

    /**
     * A question that is only a noun phrase naming an occasion ("And the press conference afterwards?", "[Presenter]
     * And the joint statement?", "Q: What about the phone call?"): its words from the determiner to the end, before
     * the mark.
     */
    private static final Pattern NOUN_CUE = Pattern.compile("(?i)(?:(?:and|so|then|now|but|what about|how about)"
            + "\\b,?\\s*)*(?:the|that|this|their|his|her|its|a|an)\\s+[^?.!:;\\n]{2,60}\\?");
    /** What may follow the occasion's noun in such a cue: "afterwards", "after that", "itself". */
    private static final Pattern CUE_TAIL = Pattern.compile("(?i)\\s*(?:(?:afterwards?|after that|later|then|itself"
            + "|that followed|too|as well)\\s*)?\\?");
    private static final Pattern AFTER = Pattern.compile("(?i)\\b(?:afterwards?|after that|later|then|that followed)\\b");

    /**
     * The span [start, end) of a noun-phrase question just before the answer whose first sentence starts at
     * {@code sentenceStart} (a turn of another speaker), or null.
     */
    int[] cueBefore(String text, int sentenceStart) {
        int at = turnAt(sentenceStart);
        if (at < 1 || sentenceStart > turns.get(at).content()) {
            return null; // not the answer's first sentence
        }
        Turn q = turns.get(at - 1);
        if (q.label().equals(turns.get(at).label())) {
            return null;
        }
        int end = turns.get(at).start();
        while (end > q.content() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        Matcher m = NOUN_CUE.matcher(text).region(q.content(), end);
        return m.matches() ? new int[] {q.content(), end} : null;
    }

    /**
     * A speaker's own view, told as a wish or a guess ("I think the two presidents should meet more often", "Personally,
     * I would like to see a summit", "In my view they ought to talk", "I'd be surprised if they met before August"):
     * an opinion about what ought to or may happen, not news of an occasion. Said with a modal; "I think they met on
     * Tuesday" still reports.
     */
    private static final Pattern OPINION = Pattern.compile("(?i)^(?:\\[[^\\]]{1,40}\\]\\s*|[\\p{L} .'’-]{1,40}:\\s*)?"
            + "(?:(?:well|frankly|honestly|look|yes|no|and|but|so|again)\\b,?\\s*)*"
            + "(?:(?:in my view|in my opinion|to my mind|personally|my sense is|my guess is|my hope is)\\b,?\\s*"
            + "|(?:I|we)(?:'d|’d)?\\s+(?:(?:do|don't|really|still|certainly|would|'d|would not|wouldn't)\\s+)?(?:think|believe|feel"
            + "|hope|suspect|doubt|wish|expect|like|want|be surprised|bet|guess|imagine|reckon)\\b)");
    private static final Pattern MODAL = Pattern.compile("(?i)\\b(?:should|ought|must|need to|needs to|could|would"
            + "|might|may|will|'ll)\\b");

    /** Whether the sentence [from, to) of a transcript is a speaker's own view ({@link #OPINION}). */
    static boolean opinion(String text, int from, int to) {
        Matcher m = OPINION.matcher(text).region(from, to);
        return m.lookingAt() && MODAL.matcher(text).region(m.end(), to).find();
    }

    /** Whether the cue's occasion noun ends at {@code triggerEnd} (nothing but "afterwards", "itself" after it). */
    static boolean endsCue(String text, int triggerEnd, int cueEnd) {
        return CUE_TAIL.matcher(text).region(triggerEnd, cueEnd).matches();
    }

    /** Whether the cue asks about what came after the occasion just told ("And the press conference afterwards?"). */
    static boolean after(String text, int from, int to) {
        return AFTER.matcher(text).region(from, to).find();
    }
}
