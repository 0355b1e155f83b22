package parley.timeml;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import parley.domain.Article;
import parley.domain.EventDate;
import parley.domain.Precision;
import parley.extract.text.SentenceSplitter;
import parley.extract.time.DateResolver;
import parley.extract.time.Resolution;
import parley.extract.time.Tense;
import parley.extract.time.TenseDetector;
import parley.extract.time.Timex;
import parley.extract.time.TimexTagger;

/**
 * Finds and resolves the time expressions of a text with the app's tagger and resolver, sentence by sentence (the
 * tense of the sentence steers bare weekdays and months), and gives them as TIMEX3s. TimeML leaves the preposition
 * out of the expression ("on [Friday]"), so it is trimmed here.
 */
public final class TimexAnnotator {
    private static final Pattern LEADING = Pattern.compile("^(?i:(?:on|in|since|during|by|until|till|of|from|at"
            + "|around|about|between|before|after|for|over|through)\\s+)+");
    /** A duration keeps "over" ("over six years" is how long); a date drops it ("over the weekend"). */
    private static final Pattern LEADING_OF_DURATION = Pattern.compile("^(?i:(?:for|in|during|of|within)\\s+)+");
    /** Where a clause starts or ends, for the tense around an expression. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()]|\\s(?:--|–|—)\\s|\\b(?:that|which|but"
            + "|while|whereas|although|because)\\b");
    private static final Pattern PERIOD_AFTER_THE = Pattern.compile("(?i)(?:last|next)\\s+(?:week|month|year)\\b");
    private static final Pattern TRAILING = Pattern.compile("(?:['’]s?)$");

    private TimexAnnotator() {
    }

    public static List<Timex3> annotate(String text, LocalDate dct) {
        List<Timex3> out = new ArrayList<>();
        EventDate previous = null;
        for (Article.Span s : SentenceSplitter.split(text)) {
            String sentence = text.substring(s.start(), s.end());
            LocalDate near = null;
            for (Timex t : TimexTagger.tagAll(text, s.start(), s.end())) {
                Tense tense = TenseDetector.of(clause(sentence, t.start() - s.start(), t.end() - s.start()));
                Resolution r = DateResolver.resolve(t, dct, tense, previous);
                Timex3Values.TypeValue tv = Timex3Values.of(t, r, near, dct);
                if (r.resolved() && r.date().precision().ordinal() >= Precision.DAY.ordinal()) {
                    previous = r.date();
                    near = r.date().start();
                }
                if (tv != null) {
                    int[] span = trim(text, t.start(), t.end(), t.kind() == Timex.Kind.DURATION);
                    if (span[1] > span[0]) {
                        out.add(new Timex3(span[0], span[1], tv.type(), tv.value()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The clause an expression sits in: "X announced Friday that it will ..." speaks of Friday in the past even
     * though the sentence also looks ahead.
     */
    static String clause(String sentence, int start, int end) {
        int from = 0;
        Matcher m = CLAUSE_BREAK.matcher(sentence);
        int to = sentence.length();
        while (m.find()) {
            if (m.end() <= start) {
                from = m.end();
            } else if (m.start() >= end) {
                to = m.start();
                break;
            }
        }
        return sentence.substring(from, to);
    }

    private static int[] trim(String text, int start, int end, boolean duration) {
        String phrase = text.substring(start, end);
        if (PERIOD_AFTER_THE.matcher(phrase).lookingAt() && start >= 4
                && text.regionMatches(true, start - 4, "the ", 0, 4)) {
            return trim(text, start - 4, end, duration); // TimeML takes "the last year" whole
        }
        Matcher lead = (duration ? LEADING_OF_DURATION : LEADING).matcher(phrase);
        if (lead.find() && lead.end() < phrase.length()) {
            start += lead.end();
            phrase = phrase.substring(lead.end());
        }
        Matcher trail = TRAILING.matcher(phrase);
        if (trail.find() && trail.start() > 0) {
            end = start + trail.start();
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }
}
