package parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Event;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Mention;

class SourceHighlightsTest {
    private static Event event(long id, Mention... mentions) {
        return new Event(id, EventType.CALL, "e" + id, null, null, null, EventStatus.HELD, List.of(),
                List.of(mentions), List.of());
    }

    private static Mention m(long source, int start, int end) {
        return new Mention(source, start, end, "x", "");
    }

    @Test
    void cutsTheTextIntoPlainRunsAndHighlightedSentences() {
        Event a = event(1, m(7, 10, 20));
        Event b = event(2, m(7, 30, 40), m(8, 0, 5));
        var runs = SourceHighlights.runs(50, 7, List.of(a, b));
        assertThat(runs).extracting(SourceHighlights.Run::start).containsExactly(0, 10, 20, 30, 40);
        assertThat(runs).extracting(SourceHighlights.Run::end).containsExactly(10, 20, 30, 40, 50);
        assertThat(runs.get(1).events()).containsExactly(a);
        assertThat(runs.get(3).events()).containsExactly(b);
        assertThat(runs.get(0).highlighted()).isFalse();
    }

    @Test
    void oneSentenceForTwoEventsIsOneHighlightNamingBoth() {
        Event a = event(1, m(7, 10, 20));
        Event b = event(2, m(7, 10, 20));
        Event c = event(3, m(7, 15, 25));
        var runs = SourceHighlights.runs(30, 7, List.of(a, b, c));
        assertThat(runs).hasSize(3);
        assertThat(runs.get(1).start()).isEqualTo(10);
        assertThat(runs.get(1).end()).isEqualTo(25);
        assertThat(runs.get(1).events()).containsExactly(a, b, c);
    }

    @Test
    void mentionsOutsideTheTextAreIgnored() {
        var runs = SourceHighlights.runs(10, 7, List.of(event(1, m(7, 5, 99))));
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).highlighted()).isFalse();
    }
}
