package parley.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Event;
import parley.domain.EventType;
import parley.domain.Mention;
import parley.domain.Participant;
import parley.domain.Source;

/** "Add event from selection": a selection widens to its sentences, the event is guessed, added and undone. */
class DraftFromSelectionTest extends ReviewFixture {
    private static final String CALL = "Prime Minister Keir Starmer held a phone call with President Volodymyr "
            + "Zelensky on Monday to discuss air defence.";

    private Source source() {
        return parley.store().source(sourceId()).orElseThrow();
    }

    @Test
    void partOfASentenceBecomesTheWholeSentenceWithAGuessedCall() {
        String text = source().text();
        int at = text.indexOf("phone call with");
        Review.Draft draft = review.draftFromSelection(sourceId(), at, at + "phone call".length());
        assertThat(draft.sentence()).isEqualTo(CALL);
        assertThat(text.substring(draft.evidence().start(), draft.evidence().end())).isEqualTo(CALL);
        Event e = draft.event();
        assertThat(e.type()).isEqualTo(EventType.CALL);
        assertThat(e.participants()).extracting(Participant::name)
                .contains("Keir Starmer", "Volodymyr Zelensky");
        assertThat(e.date().start()).isEqualTo(LocalDate.of(2025, 8, 11));
        assertThat(e.title()).isEqualTo("Call: Starmer, Zelensky");
    }

    @Test
    void aSelectionAcrossTwoSentencesTakesBoth() {
        String text = source().text();
        int from = text.indexOf("air defence.");
        int to = text.indexOf("Berlin on Thursday");
        Review.Draft draft = review.draftFromSelection(sourceId(), from, to);
        assertThat(draft.sentence()).startsWith("Prime Minister Keir Starmer").endsWith("in Berlin on Thursday.");
    }

    @Test
    void aSentenceWithoutAnEventIsAnOtherEventOnThePublicationDate() {
        String text = source().text();
        int at = text.indexOf("further contacts");
        Review.Draft draft = review.draftFromSelection(sourceId(), at, at + 5);
        assertThat(draft.sentence()).isEqualTo("The officials said further contacts were expected later in the month.");
        assertThat(draft.event().type()).isEqualTo(EventType.OTHER);
        assertThat(draft.event().date().start()).isEqualTo(LocalDate.of(2025, 8, 12));
    }

    @Test
    void blankSelectionsAreRefused() {
        String text = source().text();
        int gap = text.indexOf("\n\n");
        assertThatThrownBy(() -> review.draftFromSelection(sourceId(), gap, gap + 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Select some words");
    }

    @Test
    void theAddedEventPointsAtTheSentenceAndUndoRemovesIt() {
        String text = source().text();
        int at = text.indexOf("Starmer also told");
        Review.Draft draft = review.draftFromSelection(sourceId(), at, at + 10);
        EditCommand add = history.perform(review.add(draft.event(), draft.evidence()));
        long id = add.eventIds().get(0);
        Event added = stored(id);
        Mention m = added.mentions().get(0);
        assertThat(m.sourceId()).isEqualTo(sourceId());
        assertThat(m.text()).isEqualTo(text.substring(m.start(), m.end())).startsWith("During Monday's call");
        assertThat(added.confirmed()).isTrue();
        assertThat(added.edited()).isTrue();
        history.undo();
        assertThat(parley.store().event(id)).isEmpty();
        history.redo();
        assertThat(stored(id).mentions()).containsExactly(m);
        assertThat(parley.store().history(id)).extracting(r -> r.action()).containsExactly("add", "undo", "redo");
    }

    @Test
    void theGuessRunsOnTheSentenceAlone() {
        List<Event> before = parley.store().events();
        String text = source().text();
        int at = text.indexOf("Vilnius");
        review.draftFromSelection(sourceId(), at, at + 7);
        assertThat(parley.store().events()).as("drafting stores nothing").isEqualTo(before);
    }
}
