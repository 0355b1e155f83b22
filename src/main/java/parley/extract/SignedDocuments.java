package parley.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import parley.domain.Event;
import parley.domain.EventType;

/**
 * A joint declaration, statement or communiqué that the people of a gathering sign is a moment of that gathering,
 * not a second event beside it (session 13): "met in Santiago on Monday and signed a joint declaration", "At the
 * end of the meeting the two presidents signed a joint declaration". GUIDELINES.md makes statements told inside
 * another event's coverage optional, and the dev gold keeps signings beside a meeting optional too; one occasion
 * gives one event. A declaration issued, agreed or published (not signed), or signed with no gathering told, stays
 * a statement.
 */
final class SignedDocuments {
    private SignedDocuments() {
    }

    /** The verb of signing right before the document's noun: "signed a joint", "put their names to the". */
    private static final Pattern SIGNED = Pattern.compile("(?i)\\b(?:signed|signing|signs|sign|initialled|initialed"
            + "|put\\s+(?:their|his|her)\\s+names?\\s+to)\\s+(?:(?:a|an|the|their|its|his|her|two|three)\\s+)?"
            + "(?:[\\p{L}-]+\\s+){0,3}$");

    /** How far before the document's noun the verb of signing may stand. */
    private static final int REACH = 60;

    /**
     * Marks as no event of its own each signed document of the sentence that a gathering of the same sentence, or the
     * held gathering the story has just told, already stands for (in the latter case the sentence supports it).
     */
    static void atOccasion(String text, SentenceEvents se, List<Event> built, Story story) {
        for (int k = 0; k < built.size(); k++) {
            SentenceEvents.Slot slot = se.slots.get(k);
            if (signing(slot) && slot.times.isEmpty() && !slot.background && !slot.sequenced
                    && story.signingAt(built.get(k))) {
                // "Their ministers signed a customs protocol" after the leaders' meeting, with no time of its own:
                // what was signed there, by whoever signed it, is that meeting, not another one
                slot.background = true;
                continue;
            }
            if (built.get(k).type() != EventType.STATEMENT || slot.background || !signed(text, slot)) {
                continue;
            }
            boolean gathering = false;
            for (int j = 0; j < built.size() && !gathering; j++) {
                gathering = j != k && !se.slots.get(j).background && occasion(built.get(j).type());
            }
            if (gathering || story.signedAt(built.get(k))) {
                slot.background = true;
            }
        }
    }

    /** A signing made a gathering by {@link Signings}: "signed", "signing". */
    private static boolean signing(SentenceEvents.Slot slot) {
        return slot.type() == EventType.MEETING
                && slot.trigger.phrase().toLowerCase(Locale.ROOT).startsWith("sign");
    }

    static boolean occasion(EventType t) {
        return t == EventType.MEETING || t == EventType.SUMMIT || t == EventType.TALKS;
    }

    private static boolean signed(String text, SentenceEvents.Slot slot) {
        String noun = slot.trigger.phrase().toLowerCase(Locale.ROOT);
        if (!noun.contains("declaration") && !noun.contains("statement") && !noun.contains("communiq")) {
            return false;
        }
        int from = Math.max(slot.clause.start(), slot.trigger.start() - REACH);
        return from < slot.trigger.start()
                && SIGNED.matcher(text).region(from, slot.trigger.start()).find();
    }
}
