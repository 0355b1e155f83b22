package parley.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import parley.domain.Event;
import parley.domain.Mention;
import parley.domain.Participant;
import parley.timeline.EventGlyphs;

/**
 * Finds events by participant, place or words. The lower-cased text of every event (title, type, participants and
 * their titles, place, supporting sentences) is built once per store read, off the FX thread, so a keystroke is one
 * pass of {@code contains} over prepared strings. Built on timeline rows (whose mentions carry no sentence) it
 * searches everything but the sentences until {@link #withSentences} adds them.
 */
public final class EventSearch {
    public static final EventSearch EMPTY = new EventSearch(List.of());

    private final List<Event> events;
    private final String[] haystacks;
    private final boolean sentences;

    public EventSearch(List<Event> events) {
        this(events, events);
    }

    /**
     * Searches {@code shown} (the timeline's rows, which results are taken from) with each event's sentences as {@link parley.domain.EventStore#sentencesByEvent} gives them (by id;
     * an event missing there has none).
     */
    public static EventSearch withSentences(List<Event> shown, Map<Long, List<String>> sentences) {
        List<Event> whole = new ArrayList<>(shown.size());
        for (Event e : shown) {
            List<String> texts = sentences.getOrDefault(e.id(), List.of());
            List<Mention> mentions = new ArrayList<>(texts.size());
            texts.forEach(t -> mentions.add(new Mention(0, 0, 0, t, null)));
            whole.add(new Event(e.id(), e.type(), e.title(), e.date(), e.derivation(), e.location(), e.status(),
                    e.participants(), mentions, e.disagreements(), e.confirmed(), e.edited(), e.version()));
        }
        return new EventSearch(shown, whole);
    }

    private EventSearch(List<Event> shown, List<Event> whole) {
        this.events = List.copyOf(shown);
        this.haystacks = new String[this.events.size()];
        java.util.Map<Long, Event> byId = new java.util.HashMap<>();
        if (whole != shown) {
            whole.forEach(e -> byId.put(e.id(), e));
        }
        boolean all = true;
        for (int i = 0; i < haystacks.length; i++) {
            Event e = this.events.get(i);
            Event text = byId.getOrDefault(e.id(), e);
            all &= MainViewModel.hasSentences(text);
            haystacks[i] = haystack(text);
        }
        this.sentences = all;
    }

    /** True when every event was searched with its sentences. */
    public boolean hasSentences() {
        return sentences;
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
            if (m.text() != null) {
                sb.append(m.text()).append('\n');
            }
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
