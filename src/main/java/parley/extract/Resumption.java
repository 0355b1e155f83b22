package parley.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "The talks would resume next week", "are to reconvene", "a resumption of the talks", "to meet again": a gathering
 * said to start again is a later occasion of the series, not the one just reported, even when it is written with
 * "the" ("the talks").
 */
final class Resumption {
    /** Right after the trigger: "(would|will|are to|could …) resume", "reconvene", "restart", "meet again". */
    private static final Pattern AFTER = Pattern.compile("(?i)^\\s+(?:(?:would|will|could|may|might|should|are to|is to"
            + "|are due to|is due to|are set to|is set to|are expected to|is expected to|to)\\s+)?(?:soon\\s+)?"
            + "(?:resume[sd]?|reconvene[sd]?|restart(?:s|ed)?|start again|begin again|continue)\\b");
    /** Right before it: "resume the talks", "a resumption of talks", "return to the negotiating table for talks". */
    private static final Pattern BEFORE = Pattern.compile("(?i)\\b(?:resum(?:e|es|ed|ing)|resumption of|reconven(?:e|es"
            + "|ed|ing)|restart(?:s|ed|ing)?)\\s+(?:the\\s+|their\\s+|its\\s+)?(?:[\\p{L}-]+\\s+){0,2}$");

    /** What the contribution of a report of a resumption says, and what {@link #later} reads. */
    static final String NOTE = "a later occasion (resumed)";

    private Resumption() {
    }

    /** {@code e} with the note that it is told as a resumption. */
    static parley.domain.Event marked(parley.domain.Event e) {
        List<parley.domain.Mention> ms = new java.util.ArrayList<>();
        for (parley.domain.Mention m : e.mentions()) {
            ms.add(EventBuilder.withContribution(m, m.contribution() + "; " + NOTE));
        }
        return new parley.domain.Event(e.id(), e.type(), e.title(), e.date(), e.derivation(), e.location(), e.status(),
                e.participants(), ms, e.disagreements());
    }

    /** True when {@code resumed} is a resumption not yet held and {@code held} an occasion told as held. */
    static boolean later(parley.domain.Event resumed, parley.domain.Event held) {
        if (resumed.status() == parley.domain.EventStatus.HELD || held.status() != parley.domain.EventStatus.HELD) {
            return false;
        }
        return resumed.mentions().stream().anyMatch(m -> m.contribution() != null && m.contribution().contains(NOTE))
                && held.mentions().stream().noneMatch(m -> m.contribution() != null && m.contribution().contains(NOTE));
    }

    static boolean named(String text, int triggerStart, int triggerEnd) {
        String after = text.substring(triggerEnd, Math.min(text.length(), triggerEnd + 40));
        if ((after.contains("resum") || after.contains("reconven") || after.contains("restart")
                || after.contains("again") || after.contains("continue")) && AFTER.matcher(after).find()) {
            return true;
        }
        String before = text.substring(Math.max(0, triggerStart - 40), triggerStart);
        return (before.contains("resum") || before.contains("reconven") || before.contains("restart"))
                && BEFORE.matcher(before).find();
    }
}
