package parley.extract;

import java.util.List;
import java.util.regex.Pattern;

import parley.domain.EntityKind;

/**
 * Organisations named in a sentence without acting in it: an organisation takes part only as the agent of a clause
 * (PETRARCH's source or target), never as the source of what is reported ("according to the White House", "the
 * Kremlin said Putin and Trump spoke") nor as a place ("met at the White House", "arrived in the Kremlin").
 */
final class NotActors {
    /** "according to the White House", "according to a Kremlin readout". */
    private static final Pattern ACCORDING = Pattern.compile("(?i)\\baccording to(?:\\s+(?:the|a|an))?\\s*$");
    /** "at the White House", "arrived in the Kremlin", "visited the Élysée", "leaving the White House". */
    private static final Pattern PLACE = Pattern.compile("(?i)\\b(?:at|in|inside|outside|into|leaving|left|leaves"
            + "|visit|visits|visited|visiting|entered|reached)(?:\\s+the)?\\s*$");
    /** "The White House said …", "the Kremlin confirmed": the organisation reports; it does not act. */
    private static final Pattern REPORTS = Pattern.compile("^['’]?s?\\s+(?:has\\s+|had\\s+|also\\s+|later\\s+)?"
            + "(?:said|says|confirmed|confirms|announced|announces|stated|states|noted|notes|added|adds|reported"
            + "|reports|valued|described|insisted|denied|denies|warned|claimed|claims|welcomed|welcomes)\\b");
    /** "said in a statement", "in a statement, the Commission said": the speaker of a statement, an event. */
    private static final Pattern SPEECH = Pattern.compile("\\b(?:statement|readout|communiqu[eé]|on X|on Telegram"
            + "|on Truth Social|press release|declaration)\\b");
    /** "at the NATO summit", "in the G7 meeting": an organisation naming the event is its participant. */
    private static final Pattern EVENT_NOUN = Pattern.compile("^\\s+(?:summit|summits|meeting|meetings|talks"
            + "|conference|session|gathering|ministerial|leaders|foreign ministers)\\b");

    private NotActors() {
    }

    /** Removes from {@code found} the organisations of text[s, e) that only report or locate. */
    static void drop(String text, int s, int e, List<EntityMention> found) {
        found.removeIf(m -> m.entity().kind() == EntityKind.ORGANISATION && !acts(text, s, e, m));
    }

    private static boolean acts(String text, int s, int e, EntityMention m) {
        String before = text.substring(Math.max(s, m.start() - 24), m.start());
        String after = text.substring(m.end(), Math.min(e, m.end() + 40));
        if (ACCORDING.matcher(before).find()) {
            return false;
        }
        if (PLACE.matcher(before).find() && !EVENT_NOUN.matcher(after).find()) {
            return false;
        }
        return !REPORTS.matcher(after).find() || SPEECH.matcher(text.substring(s, e)).find();
    }
}
