package parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.EventType;
import parley.domain.Mention;
import parley.domain.Participant;
import parley.domain.Role;

/**
 * A trip's day-by-day entries written without a subject (session 16): "- Talks with President Boluarte at the
 * palace.", "Afternoon: lunch with the foreign minister.", "Then a meeting with the speaker." Such an entry tells what
 * the traveller did that day; the traveller is the one person of the latest visit the story told, and takes part.
 */
final class VerblessEntries {
    /** What may stand before the trigger noun: list marks, a time of day, a sequence word, an article, an adjective. */
    private static final Pattern OPENING = Pattern.compile("(?i)^[\\s>*•·–—-]*(?:\\d{1,2}[.)]\\s*)?(?:(?:in\\s+the\\s+)?"
            + "(?:morning|afternoon|evening|midday|noon|later|then|next|after\\s+that|first|finally|also|late|early"
            + "|\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?)[\\s:,–—-]+)*(?:an?\\s+|the\\s+)?(?:(?:bilateral|separate|brief"
            + "|long|short|private|official|working|courtesy|closed-door|one-on-one|formal|informal|first|second|further"
            + "|extended|restricted|delegation-level)\\s+)*$");
    /** The counterpart comes next: "talks with", "a courtesy call on", "an audience with". */
    private static final Pattern COUNTERPART = Pattern.compile("(?i)^\\s+(?:with|on)\\s");

    private VerblessEntries() {
    }

    /** Whether the trigger at text[trigger, triggerEnd) opens its sentence (from {@code start}) with no subject. */
    static boolean subjectless(String text, int start, int trigger, int triggerEnd, EventType type) {
        if (trigger - start > 60 || type == EventType.VISIT || type == EventType.STATEMENT
                || type == EventType.MILITARY || triggerEnd >= text.length()) {
            return false;
        }
        String word = text.substring(trigger, triggerEnd);
        boolean withIn = word.endsWith(" with") || word.endsWith(" on"); // "lunch with" is one trigger phrase
        return OPENING.matcher(text.substring(start, trigger)).matches() && (withIn
                || COUNTERPART.matcher(text.substring(triggerEnd, Math.min(text.length(), triggerEnd + 6))).lookingAt());
    }

    /** The event with the traveller taking part, when it names someone else and not the traveller yet. */
    static Event withTraveller(Event e, Participant traveller) {
        if (traveller == null || e.participants().stream().noneMatch(p -> p.role().present())
                || e.participants().stream().anyMatch(p -> p.name().equals(traveller.name()))) {
            return e;
        }
        List<Participant> ps = new ArrayList<>();
        ps.add(new Participant(traveller.name(), traveller.kind(), traveller.title(), Role.ATTENDEE));
        ps.addAll(e.participants());
        List<Mention> ms = new ArrayList<>();
        for (Mention m : e.mentions()) {
            ms.add(EventBuilder.withContribution(m, m.contribution() + "; the traveller of the entry with no subject ("
                    + traveller.name() + ")"));
        }
        return new Event(e.id(), e.type(), e.title(), e.date(), e.derivation(), e.location(), e.status(), ps, ms,
                e.disagreements());
    }

    /** The one person present at the latest visit told (not a reference point), or null. */
    static Participant traveller(List<Event> told) {
        for (int i = told.size() - 1; i >= 0; i--) {
            Event e = told.get(i);
            if (e.type() != EventType.VISIT) {
                continue;
            }
            List<Participant> people = e.participants().stream()
                    .filter(p -> p.role().present() && p.kind() == EntityKind.PERSON).toList();
            return people.size() == 1 ? people.get(0) : null;
        }
        return null;
    }
}
