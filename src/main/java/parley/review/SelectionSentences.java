package parley.review;

import java.util.ArrayList;
import java.util.List;

import parley.domain.Article;
import parley.domain.Entity;
import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventExtractor;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Extraction;
import parley.domain.Participant;
import parley.domain.Role;
import parley.domain.Source;
import parley.extract.EventTitles;

/** Turns a selection in a source's text into whole sentences, and guesses the event they report. */
final class SelectionSentences {
    private SelectionSentences() {
    }

    /**
     * The sentences of {@code text} that the selection [start, end) touches, as one span without surrounding
     * blanks. A selection touching no sentence (blank lines between paragraphs) is kept as selected, trimmed.
     */
    static Review.Evidence cover(String text, List<Article.Span> sentences, long sourceId, int start, int end) {
        int a = Math.max(0, Math.min(start, end));
        int b = Math.min(text.length(), Math.max(start, end));
        if (b == a) {
            b = Math.min(text.length(), a + 1);
        }
        int from = -1;
        int to = -1;
        for (Article.Span s : sentences) {
            if (s.start() < b && s.end() > a) {
                from = from < 0 ? s.start() : Math.min(from, s.start());
                to = Math.max(to, s.end());
            }
        }
        if (from < 0) {
            from = a;
            to = b;
        }
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from >= to) {
            throw new IllegalArgumentException("Select some words of the article first.");
        }
        return new Review.Evidence(sourceId, from, to);
    }

    /**
     * The first event extraction finds in the sentence read alone (dates resolved against the article's publication
     * date); when it finds none, an OTHER event on the publication date with the people and countries the sentence
     * names.
     */
    static Event guess(EventExtractor extractor, Source source, String sentence) {
        Article alone = new Article(source.file(), "txt", "", sentence, null, null, null, source.published());
        Extraction found = extractor.extract(alone, source.published());
        EventDate published = source.published() == null ? EventDate.UNKNOWN : EventDate.day(source.published());
        if (!found.events().isEmpty()) {
            Event e = found.events().get(0);
            EventDate date = e.date().known() ? e.date() : published;
            Event guessed = new Event(0, e.type(), null, date, null, e.location(), e.status(), e.participants(),
                    List.of(), List.of(), true, true);
            return withMachineTitle(guessed);
        }
        List<Participant> named = new ArrayList<>();
        for (Entity en : found.entities()) {
            named.add(new Participant(en.name(), en.kind(), en.title(), Role.ATTENDEE));
        }
        return withMachineTitle(new Event(0, EventType.OTHER, null, published, null, null, EventStatus.HELD, named,
                List.of(), List.of(), true, true));
    }

    private static Event withMachineTitle(Event e) {
        return new Event(0, e.type(), EventTitles.of(e), e.date(), null, e.location(), e.status(), e.participants(),
                List.of(), List.of(), true, true);
    }
}
