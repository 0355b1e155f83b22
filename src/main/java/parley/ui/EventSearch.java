package parley.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import parley.domain.Event;
import parley.domain.Mention;
import parley.domain.Participant;
import parley.timeline.EventGlyphs;

/**
 * Finds events by participant, place or words. The lower-cased text of every event (title, type, participants and
 * their titles, place, supporting sentences) is built once per store read, off the FX thread, so a keystroke is one
 * pass of {@code contains} over prepared strings.
 */
public final class EventSearch {
    public static final EventSearch EMPTY = new EventSearch(List.of());

    private final List<Event> events;
    private final String[] haystacks;

    public EventSearch(List<Event> events) {
        this.events = List.copyOf(events);
        this.haystacks = new String[this.events.size()];
        for (int i = 0; i < haystacks.length; i++) {
            haystacks[i] = haystack(this.events.get(i));
        }
    }

    private static String haystack(Event e) {
        StringBuilder sb = new StringBuilder();
        sb.append(e.title()).append('\n').append(EventGlyphs.label(e.type())).append('\n');
        for (Participant p : e.participants()) {
            sb.append(p.name()).append('\n');
            if (p.title() != null) {
                sb.append(p.title()).append('\n');
            }
        }
        if (e.location() != null) {
            sb.append(e.location()).append('\n');
        }
        for (Mention m : e.mentions()) {
            sb.append(m.text()).append('\n');
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** Events containing every word of the query, in time order (undated last), at most {@code limit}. */
    public List<Event> find(String query, int limit) {
        String[] words = query == null ? new String[0] : query.strip().toLowerCase(Locale.ROOT).split("\\s+");
        List<Event> out = new ArrayList<>();
        if (words.length == 0 || words[0].isEmpty()) {
            return out;
        }
        outer:
        for (int i = 0; i < haystacks.length && out.size() < limit; i++) {
            for (String w : words) {
                if (!haystacks[i].contains(w)) {
                    continue outer;
                }
            }
            out.add(events.get(i));
        }
        return out;
    }
}
