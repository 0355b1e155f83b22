package parley.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import parley.domain.DateDerivation;
import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.Precision;
import parley.extract.time.DateWords;

/**
 * "The ministers met at the palace on Wednesday, a day after Sosa landed in the capital", "X met Y in Berlin on
 * Wednesday, two days after the talks in Paris": an event named in an anchor phrase set after a dated clause is
 * dated from that clause's event, the span back or forward (session 18, q-report B2 (b), inverse anchoring). Before,
 * the anchored event, a reference point, had no day and was dropped or glued to another.
 */
final class AnchoredBack {
    /** ", a day after", ", two weeks before", ", only three days after": the span and its direction before the trigger. */
    private static final Pattern SPAN = Pattern.compile("(?i),\\s+(?:(?:just|only|barely|exactly)\\s+)?(a|an|one|two"
            + "|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+(day|week)s?\\s+(after|before)\\s+"
            + "(?:[^,;:.]{0,60}\\s)?$");
    private static final java.util.Map<String, Integer> COUNTS = java.util.Map.ofEntries(java.util.Map.entry("a", 1),
            java.util.Map.entry("an", 1), java.util.Map.entry("one", 1), java.util.Map.entry("two", 2),
            java.util.Map.entry("three", 3), java.util.Map.entry("four", 4), java.util.Map.entry("five", 5),
            java.util.Map.entry("six", 6), java.util.Map.entry("seven", 7), java.util.Map.entry("eight", 8),
            java.util.Map.entry("nine", 9), java.util.Map.entry("ten", 10));

    private AnchoredBack() {
    }

    /** A sentence opening with an anchor phrase on a named occasion: "Hours before the announcement, ". */
    private static final Pattern OPENING = Pattern.compile("(?i)^[\\s\\p{Pd}*•\\d.)]*(?:(?:shortly|soon|just|only|hours"
            + "|minutes|moments|days|weeks|a\\s+day|a\\s+week|(?:\\w+\\s+)?(?:hours|days|weeks))\\s+)?(?:before|after|ahead\\s+of"
            + "|following)\\s+(?:the|that|this|these|those|his|her|their|its)\\s[^,;:.]{1,80},\\s");

    /**
     * Whether slot {@code k} is the main clause after an anchor phrase that opens the sentence and names an occasion
     * by a trigger of its own ("Hours before the announcement, drones struck Erbil airport"): the main clause's event
     * is news of its own, though no one takes part in it and it has no day or place of its own words; the anchor's
     * noun is the reference point (before, the strike was glued to the announcement as nothing new).
     */
    static boolean mainAfterOpening(String text, int sentenceStart, int sentenceEnd, SentenceEvents se, int k) {
        SentenceEvents.Slot slot = se.slots.get(k);
        if (slot.sequenced || slot.background || k == 0) {
            return false;
        }
        Matcher m = OPENING.matcher(text).region(sentenceStart, sentenceEnd);
        if (!m.lookingAt() || slot.trigger.start() < m.end()) {
            return false;
        }
        for (int j = 0; j < k; j++) {
            SentenceEvents.Slot a = se.slots.get(j);
            if (a.trigger.start() < m.end() && a.sequenced) {
                return true;
            }
        }
        return false;
    }

    /** Dates each undated event of the sentence that an anchor phrase after a dated event of it names. */
    static void date(String text, SentenceEvents se, List<Event> built) {
        for (int k = 1; k < built.size(); k++) {
            Event e = built.get(k);
            SentenceEvents.Slot slot = se.slots.get(k);
            if (e.date().known() && !SectionDates.fromSection(e.derivation()) || slot.background) {
                continue;
            }
            int from = Math.max(0, slot.trigger.start() - 90);
            if (text.indexOf(',', from) < 0 || text.indexOf(',', from) >= slot.trigger.start()) {
                continue; // (cheap: no comma before the trigger)
            }
            Matcher m = SPAN.matcher(text).region(from, slot.trigger.start());
            if (!m.find()) {
                continue;
            }
            Event main = null;
            for (int j = k - 1; j >= 0 && main == null; j--) {
                Event d = built.get(j);
                if (se.slots.get(j).trigger.end() <= m.start() && d.date().known()
                        && d.date().precision().compareTo(Precision.DAY) >= 0 && d.date().end() == null
                        && !SectionDates.fromSection(d.derivation()) && !se.slots.get(j).background) {
                    main = d;
                }
            }
            if (main == null) {
                continue;
            }
            String n = m.group(1).toLowerCase(java.util.Locale.ROOT);
            int days = (Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : COUNTS.get(n))
                    * (m.group(2).equalsIgnoreCase("week") ? 7 : 1);
            // "E1, a day after E2": E2 is a day before E1
            java.time.LocalDate day = m.group(3).equalsIgnoreCase("after") ? main.date().start().minusDays(days)
                    : main.date().start().plusDays(days);
            String phrase = text.substring(m.start(1), m.end(3));
            DateDerivation why = new DateDerivation(phrase, "event of " + DateWords.day(main.date().start()),
                    "the event of the clause before the anchor phrase, the span "
                            + (m.group(3).equalsIgnoreCase("after") ? "back" : "on"), DateWords.day(day));
            built.set(k, new Event(0, e.type(), null, EventDate.day(day), why, e.location(), e.status(),
                    e.participants(), e.mentions(), List.of()));
        }
    }
}
