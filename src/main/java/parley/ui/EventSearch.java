package parley.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Function;

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
        this(events, EventSearch::sentencesOf, events.stream().allMatch(MainViewModel::hasSentences));
    }

    /**
     * Searches {@code shown} (the timeline's rows, which results are taken from) with each event's sentences as
     * {@link parley.domain.EventStore#sentencesByEvent} gives them (by id; an event missing there has none).
     */
    public static EventSearch withSentences(List<Event> shown, Map<Long, List<String>> sentences) {
        return new EventSearch(shown, e -> sentences.getOrDefault(e.id(), List.of()), true);
    }

    /** Each haystack straight from the row and its sentences: no copy of the events on the way (100,000 at launch). */
    private EventSearch(List<Event> shown, Function<Event, List<String>> sentencesOf, boolean withSentences) {
        this.events = List.copyOf(shown);
        this.haystacks = new String[this.events.size()];
        StringBuilder sb = new StringBuilder(512);
        for (int i = 0; i < haystacks.length; i++) {
            Event e = this.events.get(i);
            haystacks[i] = haystack(e, sentencesOf.apply(e), sb);
        }
        this.sentences = withSentences;
    }

    /** True when every event was searched with its sentences. */
    public boolean hasSentences() {
        return sentences;
    }

    private static List<String> sentencesOf(Event e) {
        List<String> out = new ArrayList<>(e.mentions().size());
        for (Mention m : e.mentions()) {
            if (m.text() != null) {
                out.add(m.text());
            }
        }
        return out;
    }

    private static String haystack(Event e, List<String> sentences, StringBuilder sb) {
        sb.setLength(0);
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
        for (String text : sentences) {
            sb.append(text).append('\n');
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
