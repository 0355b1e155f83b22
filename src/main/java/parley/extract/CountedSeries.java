package parley.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Mention;
import parley.domain.Participant;
import parley.domain.Role;
import parley.extract.text.WordSet;
import parley.extract.time.DateResolver;
import parley.extract.time.Resolution;
import parley.extract.time.Tense;
import parley.extract.time.Timex;
import parley.extract.time.TimexTagger;

/**
 * A counted series and the elliptical sentence that reports one of its members: "X has been to Washington four
 * times this year. The first three visits widened his room. The fourth, on Monday, narrowed it." The last sentence
 * has no trigger of its own; its noun is the one the series was counted in ("visits"), its day its own.
 */
final class CountedSeries {
    /** "the first three visits", "two earlier rounds", "four calls": a number of events of one kind. */
    private static final Pattern SERIES = Pattern.compile("(?i)\\b(?:two|three|four|five|six|seven|eight|nine|ten"
            + "|\\d{1,2})\\s+(?:earlier\\s+|previous\\s+|more\\s+)?(visits|trips|rounds|calls|meetings|summits"
            + "|sessions)\\b");
    /** "The fourth, on Monday, …": an ordinal standing for the counted noun, then its own time set off by commas. */
    private static final Pattern ELLIPSIS = Pattern.compile("^(?:[-•*]\\s+)?The\\s+(second|third|fourth|fifth|sixth"
            + "|seventh|eighth|ninth|tenth|latest|last|final)(?:\\s+one)?,\\s+([^,]{3,40}),");
    private static final Map<String, EventType> KINDS = Map.of("visits", EventType.VISIT, "trips", EventType.VISIT,
            "rounds", EventType.TALKS, "sessions", EventType.TALKS, "calls", EventType.CALL, "meetings",
            EventType.MEETING, "summits", EventType.SUMMIT);
    /** How many sentences after the count the ellipsis may come. */
    private static final int REACH = 3;

    private final String text;
    /** The article's tokens, over the same text: its cue hits. */
    private final parley.extract.text.Tokens tokens;
    private final LocalDate anchor;
    private String noun;
    private int sentencesSince = REACH + 1;

    CountedSeries(String text, parley.extract.text.Tokens tokens, LocalDate anchor) {
        this.text = text;
        this.tokens = tokens;
        this.anchor = anchor;
    }

    private static final WordSet SERIES_WORDS = new WordSet("visits", "trips", "rounds", "calls", "meetings", "summits",
            "sessions");

    /** Called for every sentence of the story in reading order. */
    void sentence(int from, int to) {
        sentencesSince++;
        if (!SERIES_WORDS.anyIn(text, from, to, tokens)) {
            return;
        }
        String s = text.substring(from, to);
        if (s.indexOf(' ') < 0) {
            return;
        }
        Matcher m = SERIES.matcher(s);
        if (m.find()) {
            noun = m.group(1).toLowerCase(Locale.ROOT);
            sentencesSince = 0;
        }
    }

    /**
     * The member a sentence with no trigger reports ("The fourth, on Monday, narrowed it"), with the people named
     * last before it, or null when the sentence is no such ellipsis.
     */
    Event member(Mention base, List<KnownEntity> people, EventDate reference) {
        if (noun == null || sentencesSince > REACH || people.isEmpty() || !base.text().startsWith("The ")
                && !base.text().startsWith("- The ")) {
            return null;
        }
        Matcher m = ELLIPSIS.matcher(base.text());
        if (!m.lookingAt()) {
            return null;
        }
        int from = base.start() + m.start(2);
        Timex day = null;
        for (Timex t : TimexTagger.tag(text, from, base.start() + m.end(2))) {
            if (t.kind() != Timex.Kind.TIME) {
                day = t;
            }
        }
        if (day == null) {
            return null;
        }
        Resolution r = DateResolver.resolve(day, anchor, Tense.PAST, reference);
        if (!r.date().known()) {
            return null;
        }
        List<Participant> ps = new ArrayList<>();
        for (KnownEntity k : people) {
            ps.add(EventBuilder.participant(k, Role.ATTENDEE));
        }
        EventStatus status = anchor != null && r.date().start().isAfter(anchor) ? EventStatus.PLANNED
                : EventStatus.HELD;
        Mention tagged = EventBuilder.withContribution(base, "the " + m.group(1) + " of the " + noun
                + " counted before; date '" + day.phrase() + "'; participants named just before");
        return new Event(0, KINDS.get(noun), null, r.date(), r.derivation(), null, status, ps, List.of(tagged),
                List.of());
    }
}
