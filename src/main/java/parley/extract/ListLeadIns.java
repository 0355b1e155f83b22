package parley.extract;

import java.util.ArrayList;
import java.util.List;
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
import parley.extract.time.Resolution;

/**
 * A line ending in a colon right above a list (or a heading right above one: "## Earlier rounds") names what the
 * list's items are and between whom: "Rounds between the
 * two delegations so far:", "Calls between Trump and Putin this year:", "Lammy's contacts this week:". Its items are
 * elliptical ("- 16 May, Istanbul. First round.", "- Met Faisal bin Farhan on Monday", "- 18 March, two hours."):
 * an item's event takes the lead-in's people when it names fewer than two of its own, and its kind when it names
 * nobody; a dated item with no trigger at all is one event of the lead-in's kind. The lead-in, undated, sums the list
 * up and is no event of its own.
 */
final class ListLeadIns {
    /** The plural nouns a lead-in counts events in, when it has no trigger of its own. */
    private static final Map<String, EventType> NOUNS = Map.ofEntries(Map.entry("rounds", EventType.TALKS),
            Map.entry("sessions", EventType.TALKS), Map.entry("negotiations", EventType.TALKS),
            Map.entry("talks", EventType.TALKS), Map.entry("calls", EventType.CALL),
            Map.entry("conversations", EventType.CALL), Map.entry("meetings", EventType.MEETING),
            Map.entry("encounters", EventType.MEETING), Map.entry("summits", EventType.SUMMIT),
            Map.entry("visits", EventType.VISIT), Map.entry("trips", EventType.VISIT));
    private static final Pattern NOUN = Pattern.compile("(?i)\\b(rounds|sessions|negotiations|talks|calls"
            + "|conversations|meetings|encounters|summits|visits|trips)\\b");
    /** "16 May, Istanbul." after an item's date: the place the item names alone. */
    private static final Pattern PLACE_AFTER_DATE = Pattern.compile("\\s*[,–—:-]\\s*(\\p{Lu}[\\p{L}'’-]+"
            + "(?: \\p{Lu}[\\p{L}'’-]+){0,2})\\s*(?:[.;,:]|$)");
    private static final String BULLETS = "-*•–·▪";

    private final String text;
    /** End of the list the last lead-in governs; -1 when none. */
    private int listEnd = -1;
    private EventType type;
    private List<Participant> people = List.of();
    /** Start of the item line whose sentences are being read, and whether one of them reported an event. */
    private int itemLine = -1;
    private boolean itemReported;

    ListLeadIns(String text) {
        this.text = text;
    }

    /**
     * True when the sentence ends a line that ends in a colon, and the next line that is not blank is a list item.
     * A cheap look: most sentences do not end in a colon.
     */
    boolean opensList(int start, int end) {
        return listBelow(start, end, true);
    }

    /** True when the next line that is not blank below this heading is a list item ("## Earlier rounds", then "- "). */
    boolean headsList(int start, int end) {
        return listBelow(start, end, false);
    }

    private boolean listBelow(int start, int end, boolean colon) {
        int e = end;
        while (e > start && (text.charAt(e - 1) == '*' || Character.isWhitespace(text.charAt(e - 1)))) {
            e--;
        }
        if (e <= start || colon && text.charAt(e - 1) != ':') {
            return false;
        }
        int nl = text.indexOf('\n', e);
        if (nl < 0 || !text.substring(e, nl).strip().replace("*", "").isEmpty()) {
            return false;
        }
        int p = nl;
        while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        return p + 1 < text.length() && BULLETS.indexOf(text.charAt(p)) >= 0 && text.charAt(p + 1) == ' ';
    }

    /** The kind a lead-in with no trigger counts its events in ("Rounds between …"), or null. */
    static EventType noun(String text, int from, int to) {
        Matcher m = NOUN.matcher(text).region(from, to);
        return m.find() ? NOUNS.get(m.group(1).toLowerCase(java.util.Locale.ROOT)) : null;
    }

    /** Where the noun {@link #noun} found stands: [start, end), or null. */
    static int[] nounAt(String text, int from, int to) {
        Matcher m = NOUN.matcher(text).region(from, to);
        return m.find() ? new int[] {m.start(), m.end()} : null;
    }

    /** Opens the list under the lead-in ending at {@code end}: its items take this kind and these people. */
    void open(int end, EventType kind, List<Participant> who) {
        this.type = kind;
        this.people = new ArrayList<>();
        for (Participant p : who) {
            if (p.role().present()) {
                people.add(new Participant(p.name(), p.kind(), p.title(), Role.ATTENDEE));
            }
        }
        this.listEnd = end(text.indexOf('\n', end));
        this.itemLine = -1;
    }

    /** True when the list being read lends people to its items. */
    boolean lends() {
        return !people.isEmpty();
    }

    /** True when {@code start} is on an item of a list a lead-in governs. */
    boolean governs(int start) {
        if (!within(start)) {
            return false;
        }
        int ls = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        if (ls != itemLine) {
            itemLine = ls;
            itemReported = false;
        }
        return true;
    }

    /** As {@link #governs}, asked without moving on to the item (a dated item line is the list's, no section's). */
    boolean within(int start) {
        return listEnd >= 0 && start < listEnd && (type != null || !people.isEmpty());
    }

    /**
     * The item's event with the lead-in's people when it names fewer than two present (an item's subject is the
     * lead-in's: "- Met Faisal bin Farhan on Monday"), and the lead-in's kind when it named nobody ("- Third round").
     */
    Event lend(Event e, Resolution lead) {
        itemReported = true;
        List<Participant> ps = new ArrayList<>(e.participants());
        long present = ps.stream().filter(p -> p.role().present()).count();
        String place = e.location() == null ? itemPlace(lead) : null;
        if (place != null) {
            e = new Event(e.id(), e.type(), e.title(), e.date(), e.derivation(), place, e.status(), e.participants(),
                    e.mentions(), e.disagreements());
        }
        if (present >= 2 || people.isEmpty() && type == null) {
            return e;
        }
        List<String> added = new ArrayList<>();
        for (Participant p : people) {
            if (ps.stream().noneMatch(q -> q.name().equals(p.name()))) {
                ps.add(p);
                added.add(p.name());
            }
        }
        EventType kind = present == 0 && type != null && SentenceLinks.compatible(type, e.type())
                || present == 0 && type == EventType.CALL && e.type() == EventType.MEETING ? type : e.type();
        if (added.isEmpty() && kind == e.type()) {
            return e;
        }
        List<Mention> ms = new ArrayList<>();
        for (Mention m : e.mentions()) {
            ms.add(EventBuilder.withContribution(m, m.contribution() + "; participants of the list's lead-in"
                    + (added.isEmpty() ? "" : " (" + String.join(", ", added) + ")")));
        }
        return new Event(e.id(), kind, e.title(), e.date(), e.derivation(), e.location(), e.status(), ps, ms,
                e.disagreements());
    }

    /**
     * An item that ends here with no event reported on its line, under a dated lead ("- 18 March, two and a half
     * hours."): one event of the lead-in's kind on that day, with its people; null otherwise.
     */
    Event itemEvent(Mention base, Resolution lead, java.time.LocalDate anchor) {
        if (itemReported || type == null || lead == null || !lead.date().known()) {
            return null;
        }
        int nl = text.indexOf('\n', base.end());
        if (!text.substring(base.end(), nl < 0 ? text.length() : nl).isBlank()) {
            return null; // another sentence of the item follows: it may report the event itself
        }
        itemReported = true;
        String place = itemPlace(lead);
        EventStatus status = anchor != null && lead.date().start().isAfter(anchor) ? EventStatus.PLANNED
                : EventStatus.HELD;
        Mention m = EventBuilder.withContribution(base, "item of a list of " + type.name().toLowerCase(
                java.util.Locale.ROOT) + " events; date '" + lead.derivation().phrase() + "' of the item"
                + (place == null ? "" : "; place '" + place + "'") + "; participants of the list's lead-in");
        return new Event(0, type, null, lead.date(), lead.derivation(), place, status, new ArrayList<>(people),
                List.of(m), List.of());
    }

    /** "- 16 May, Istanbul." : the place the item's line names alone right after its dated lead, or null. */
    private String itemPlace(Resolution lead) {
        if (lead == null || lead.derivation() == null || lead.derivation().phrase() == null || itemLine < 0) {
            return null;
        }
        int le = text.indexOf('\n', itemLine);
        le = le < 0 ? text.length() : le;
        int at = text.indexOf(lead.derivation().phrase(), itemLine);
        if (at < 0 || at > itemLine + 12 || at >= le) {
            return null;
        }
        Matcher m = PLACE_AFTER_DATE.matcher(text).region(at + lead.derivation().phrase().length(), le);
        return m.lookingAt() ? m.group(1) : null;
    }

    /** The end of the list whose lead-in line ends at {@code nl}: its items, blank lines between them allowed. */
    private int end(int nl) {
        int at = nl;
        while (at >= 0 && at < text.length()) {
            int next = at + 1;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next + 1 >= text.length() || BULLETS.indexOf(text.charAt(next)) < 0 || text.charAt(next + 1) != ' ') {
                return at;
            }
            at = text.indexOf('\n', next);
        }
        return text.length();
    }
}
