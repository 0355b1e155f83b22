package parley.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;

import org.junit.jupiter.api.Test;

import parley.domain.DateBasis;
import parley.domain.EditRecord;
import parley.domain.StoreAddress;
import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Participant;
import parley.domain.Precision;
import parley.domain.Role;
import parley.domain.Source;

class ReviewCommandsTest extends ReviewFixture {

    /** Performs the edit, checks it, undoes it (the event is exactly as before), redoes it (exactly as after). */
    private Event roundTrip(long id, LongFunction<EditCommand> make) {
        Event before = stored(id);
        EditCommand c = history.perform(make.apply(id));
        Event after = stored(id);
        assertThat(after).isNotEqualTo(before);
        history.undo();
        assertThat(stored(id)).isEqualTo(before);
        history.redo();
        assertThat(stored(id)).isEqualTo(after);
        assertThat(history.undoLabel()).isEqualTo("Undo " + c.description());
        return after;
    }

    @Test
    void confirmMarksCheckedAndUndoUnmarks() {
        Event after = roundTrip(call().id(), review::confirm);
        assertThat(after.confirmed()).isTrue();
        assertThat(after.edited()).isFalse();
        assertThat(history.undoLabel()).isEqualTo("Undo Confirm 'Call: Starmer, Zelensky'");
    }

    @Test
    void dateAtAnyPrecisionIsSetAndUndone() {
        long id = call().id();
        assertThat(review.setDate(id, EventDate.day(LocalDate.of(2025, 8, 14))).description())
                .isEqualTo("Change date of 'Call: Starmer, Zelensky' to 2025-08-14");
        Event after = roundTrip(id, i -> review.setDate(i, EventDate.month(YearMonth.of(2025, 8))));
        assertThat(after.date().precision()).isEqualTo(Precision.MONTH);
        assertThat(after.date().iso()).isEqualTo("2025-08");
        assertThat(after.derivation()).as("the extractor's derivation no longer explains the date").isNull();
        assertThat(after.edited()).isTrue();
        assertThat(after.confirmed()).isFalse();
    }

    @Test
    void timeTypeStatusLocationAndTitleAreEditedAndUndone() {
        long id = call().id();
        assertThat(roundTrip(id, i -> review.setTime(i, LocalTime.of(11, 30))).date().isoTime()).isEqualTo("11:30");
        assertThat(roundTrip(id, i -> review.setType(i, EventType.MEETING)).type()).isEqualTo(EventType.MEETING);
        assertThat(roundTrip(id, i -> review.setStatus(i, EventStatus.CANCELLED)).status())
                .isEqualTo(EventStatus.CANCELLED);
        assertThat(roundTrip(id, i -> review.setLocation(i, "Chequers")).location()).isEqualTo("Chequers");
        assertThat(roundTrip(id, i -> review.setTitle(i, "Call: Starmer and Zelensky on air defence")).title())
                .isEqualTo("Call: Starmer and Zelensky on air defence");
        Event last = stored(id);
        assertThat(last.date()).isEqualTo(EventDate.at(LocalDate.of(2025, 8, 11), LocalTime.of(11, 30)));
        assertThat(last.mentions()).hasSize(2);
    }

    @Test
    void participantsAndRolesAreReplacedAndUndone() {
        long id = summit().id();
        List<Participant> people = List.of(
                new Participant("Emmanuel Macron", EntityKind.PERSON, "President of France", Role.SPEAKER),
                new Participant("Friedrich Merz", EntityKind.PERSON, "Chancellor of Germany", Role.HOST),
                new Participant("Donald Tusk", EntityKind.PERSON, null, Role.ABSENT));
        Event after = roundTrip(id, i -> review.setParticipants(i, people));
        assertThat(after.participants()).isEqualTo(people);
    }

    @Test
    void anEventAddedByHandKeepsItsIdThroughUndoAndRedo() {
        Source src = parley.store().source(sourceId()).orElseThrow();
        int start = src.text().indexOf("Foreign ministers");
        int end = src.text().indexOf("border.") + "border.".length();
        Event draft = new Event(0, EventType.TALKS, null, EventDate.day(LocalDate.of(2025, 8, 12)), null, "Vilnius",
                EventStatus.HELD, List.of(new Participant("Poland", EntityKind.COUNTRY, null, Role.ATTENDEE),
                new Participant("Lithuania", EntityKind.COUNTRY, null, Role.ATTENDEE)), List.of(), List.of());
        EditCommand add = history.perform(review.add(draft, new Review.Evidence(src.id(), start, end)));
        long id = add.eventIds().get(0);
        Event added = stored(id);
        assertThat(added.title()).startsWith("Talks").contains("Poland", "Lithuania");
        assertThat(added.confirmed()).isTrue();
        assertThat(added.edited()).isTrue();
        assertThat(added.mentions()).singleElement()
                .satisfies(m -> assertThat(m.text()).startsWith("Foreign ministers of Poland").endsWith("border."));
        history.undo();
        assertThat(parley.store().event(id)).isEmpty();
        assertThat(parley.store().events()).hasSize(2);
        history.redo();
        assertThat(stored(id)).isEqualTo(added);
    }

    @Test
    void evidenceOutsideTheSourceIsRefusedAndNothingChanges() {
        Event draft = new Event(0, EventType.CALL, "Call", EventDate.UNKNOWN, null, null, EventStatus.HELD,
                List.of(), List.of(), List.of());
        EditCommand add = review.add(draft, new Review.Evidence(sourceId(), 5, 1_000_000));
        assertThatThrownBy(() -> history.perform(add)).isInstanceOf(IllegalArgumentException.class);
        assertThat(history.canUndo()).isFalse();
        assertThat(parley.store().events()).hasSize(2);
    }

    @Test
    void deleteUndoBringsTheSameEventBack() {
        Event call = call();
        history.perform(review.delete(call.id()));
        assertThat(parley.store().event(call.id())).isEmpty();
        history.undo();
        assertThat(stored(call.id())).isEqualTo(call);
        history.redo();
        assertThat(parley.store().event(call.id())).isEmpty();
    }

    @Test
    void mergeCombinesMentionsAndParticipantsAndUndoSeparatesThem() {
        Event call = call();
        Event summit = summit();
        history.perform(review.merge(List.of(summit.id(), call.id())));
        assertThat(parley.store().events()).hasSize(1);
        Event merged = stored(summit.id());
        assertThat(merged.mentions()).hasSize(3);
        assertThat(merged.participants()).extracting(Participant::name)
                .contains("Emmanuel Macron", "Friedrich Merz", "Keir Starmer", "Volodymyr Zelensky");
        assertThat(merged.edited()).isTrue();
        history.undo();
        assertThat(parley.store().events()).containsExactly(call, summit);
        history.redo();
        assertThat(parley.store().events()).containsExactly(merged);
    }

    @Test
    void splitMovesSentencesToANewEventAndUndoJoinsThem() {
        Event call = call();
        EditCommand split = history.perform(review.split(call.id(), Set.of(1)));
        assertThat(split.eventIds()).hasSize(2).startsWith(call.id());
        long newId = split.eventIds().get(1);
        assertThat(stored(call.id()).mentions()).containsExactly(call.mentions().get(0));
        assertThat(stored(newId).mentions()).containsExactly(call.mentions().get(1));
        assertThat(stored(newId).edited()).isTrue();
        Event second = stored(newId);
        history.undo();
        assertThat(stored(call.id())).isEqualTo(call);
        assertThat(parley.store().event(newId)).isEmpty();
        history.redo();
        assertThat(stored(newId)).isEqualTo(second);
        assertThatThrownBy(() -> review.split(summit().id(), Set.of(0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void publicationDateIsCorrectedAndUndoPutsBackTheStatedDate() {
        long src = sourceId();
        history.perform(review.setPublicationDate(src, LocalDate.of(2025, 9, 9)));
        Source set = parley.store().source(src).orElseThrow();
        assertThat(set.published()).isEqualTo(LocalDate.of(2025, 9, 9));
        assertThat(set.publishedBasis()).isEqualTo(DateBasis.SET_BY_USER);
        assertThat(call().date().start()).as("'on Monday' before Tue 9 Sep").isEqualTo(LocalDate.of(2025, 9, 8));
        history.undo();
        Source back = parley.store().source(src).orElseThrow();
        assertThat(back.published()).isEqualTo(LocalDate.of(2025, 8, 12));
        assertThat(back.publishedBasis()).isEqualTo(DateBasis.STATED);
        assertThat(call().date().start()).isEqualTo(LocalDate.of(2025, 8, 11));
        history.redo();
        assertThat(call().date().start()).isEqualTo(LocalDate.of(2025, 9, 8));
    }

    @Test
    void everyStepIsRecordedWithWhoAndWhat() {
        long id = call().id();
        history.perform(review.setDate(id, EventDate.day(LocalDate.of(2025, 8, 14))));
        history.undo();
        history.redo();
        List<EditRecord> log = parley.store().history(id);
        assertThat(log).extracting(EditRecord::action).containsExactly("set-date", "undo", "redo");
        assertThat(log.get(0).detail()).isEqualTo("date 2025-08-11 (day) → 2025-08-14 (day)");
        assertThat(log.get(1).detail()).isEqualTo("Change date of 'Call: Starmer, Zelensky' to 2025-08-14");
        // A team store also keeps the database login each edit was written with; the embedded store has none.
        String login = address instanceof StoreAddress.Server s ? s.user() : null;
        assertThat(log).allSatisfy(r -> {
            assertThat(r.user()).isEqualTo(System.getProperty("user.name"));
            assertThat(r.login()).isEqualTo(login);
            assertThat(r.at()).isNotNull();
            assertThat(r.eventId()).isEqualTo(id);
        });
    }

    @Test
    void historyLabelsFollowTheStacks() {
        assertThat(history.undoLabel()).isEqualTo("Undo");
        assertThat(history.undo()).isEmpty();
        EditCommand c = history.perform(review.confirm(summit().id()));
        assertThat(history.undoLabel()).isEqualTo("Undo " + c.description());
        history.undo();
        assertThat(history.redoLabel()).isEqualTo("Redo " + c.description());
        history.perform(review.confirm(call().id()));
        assertThat(history.canRedo()).as("a new edit clears redo").isFalse();
    }
}
