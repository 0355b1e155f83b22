package parley.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Participant;
import parley.domain.Precision;
import parley.domain.Role;

/**
 * Edits an event's fields: type, status, date with precision, time, range end, place, title and participants (one
 * per line, "Name (ROLE)"). Returns the changed event, or nothing when cancelled or nothing changed; input it cannot
 * read is shown in the dialog and keeps it open.
 */
final class EventEditDialog {
    private static final Pattern PARTICIPANT = Pattern.compile("^(.*?)\\s*(?:\\((\\w[\\w-]*)\\))?\\s*$");

    private EventEditDialog() {
    }

    static Optional<Event> show(Window owner, Event e) {
        Form form = new Form(e);
        return ask(owner, "Edit event", e.title(), null, form).filter(changed -> !changed.equals(e));
    }

    /**
     * The add dialog for an event drawn from a selected sentence: the sentence above the form, the guessed fields in
     * it, the title left empty (Parley makes one from type, participants and place unless the analyst writes one).
     */
    static Optional<Event> showAdd(Window owner, Event guess, String sentence, String source) {
        Form form = new Form(guess);
        form.title.setText("");
        form.title.setPromptText("empty: made from type, participants and place");
        Label quote = new Label("“" + sentence.strip() + "”" + (source == null ? "" : "\n— " + source));
        quote.setWrapText(true);
        quote.setMaxWidth(520);
        quote.setId("add-sentence");
        quote.getStyleClass().add("details-quote");
        return ask(owner, "Add event", "Add an event supported by this sentence", quote, form);
    }

    private static Optional<Event> ask(Window owner, String title, String header, javafx.scene.Node above,
                                       Form form) {
        Dialog<Event> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(above == null ? form.grid : new javafx.scene.layout.VBox(10, above,
                form.grid));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, a -> {
            try {
                form.read();
            } catch (IllegalArgumentException | java.time.DateTimeException ex) {
                form.problem.setText(ex.getMessage());
                a.consume();
            }
        });
        dialog.setResultConverter(b -> b == ButtonType.OK ? form.read() : null);
        return dialog.showAndWait();
    }

    /** The form's controls, and reading them back into an event. */
    static final class Form {
        final GridPane grid = new GridPane();
        final ComboBox<EventType> type = new ComboBox<>();
        final ComboBox<EventStatus> status = new ComboBox<>();
        final TextField date = new TextField();
        final ComboBox<Precision> precision = new ComboBox<>();
        final TextField time = new TextField();
        final TextField end = new TextField();
        final TextField location = new TextField();
        final TextField title = new TextField();
        final TextArea participants = new TextArea();
        final Label problem = new Label();
        private final Event original;

        Form(Event e) {
            original = e;
            type.getItems().setAll(EventType.values());
            type.setValue(e.type());
            status.getItems().setAll(EventStatus.values());
            status.setValue(e.status());
            date.setText(e.date().known() ? e.date().iso() : "");
            date.setPromptText("2025-08-14, 2025-08 or 2025; empty: undated");
            precision.getItems().setAll(Precision.YEAR, Precision.MONTH, Precision.DAY, Precision.MINUTE);
            precision.setValue(e.date().known() ? e.date().precision() : null);
            time.setText(e.date().isoTime() == null ? "" : e.date().isoTime());
            time.setPromptText("HH:mm");
            end.setText(e.date().end() == null ? "" : e.date().end().toString());
            location.setText(e.location() == null ? "" : e.location());
            title.setText(e.title() == null ? "" : e.title());
            List<String> lines = new ArrayList<>();
            e.participants().forEach(p -> lines.add(p.name() + " (" + p.role().name() + ")"));
            participants.setText(String.join("\n", lines));
            participants.setPrefRowCount(5);
            problem.getStyleClass().add("edit-problem");
            grid.setHgap(8);
            grid.setVgap(6);
            int row = 0;
            grid.addRow(row++, new Label("Type"), type);
            grid.addRow(row++, new Label("Status"), status);
            grid.addRow(row++, new Label("Date"), date);
            grid.addRow(row++, new Label("Precision"), precision);
            grid.addRow(row++, new Label("Time"), time);
            grid.addRow(row++, new Label("Until"), end);
            grid.addRow(row++, new Label("Place"), location);
            grid.addRow(row++, new Label("Title"), title);
            grid.addRow(row++, new Label("Participants"), participants);
            grid.add(problem, 0, row, 2, 1);
            type.setId("edit-type");
            participants.setId("edit-participants");
            date.setId("edit-date");
            location.setId("edit-location");
            title.setId("edit-title");
        }

        Event read() {
            EventDate d = EventDate.UNKNOWN;
            if (!date.getText().isBlank()) {
                EventDate parsed = EventDate.parse(date.getText().strip(), null, null);
                LocalTime t = time.getText().isBlank() ? null : LocalTime.parse(time.getText().strip());
                LocalDate until = end.getText().isBlank() ? null : LocalDate.parse(end.getText().strip());
                Precision p = t != null ? Precision.MINUTE
                        : precision.getValue() != null && precision.getValue() != Precision.MINUTE
                        ? precision.getValue() : parsed.precision();
                d = new EventDate(parsed.start(), p, t, until);
            }
            return new Event(original.id(), type.getValue(), title.getText().strip(), d, original.derivation(),
                    location.getText().isBlank() ? null : location.getText().strip(), status.getValue(),
                    participants(), original.mentions(), original.disagreements(), original.confirmed(),
                    original.edited(), original.version());
        }

        private List<Participant> participants() {
            List<Participant> out = new ArrayList<>();
            for (String line : participants.getText().split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                Matcher m = PARTICIPANT.matcher(line.strip());
                if (!m.matches() || m.group(1).isBlank()) {
                    throw new IllegalArgumentException("Write one participant per line: Name (ROLE).");
                }
                String name = m.group(1).strip();
                Role role = m.group(2) == null ? Role.ATTENDEE
                        : Role.valueOf(m.group(2).toUpperCase(Locale.ROOT).replace('-', '_'));
                Optional<Participant> known = original.participants().stream()
                        .filter(p -> p.name().equals(name)).findFirst();
                out.add(new Participant(name, known.map(Participant::kind).orElse(EntityKind.PERSON),
                        known.map(Participant::title).orElse(null), role));
            }
            return out;
        }
    }
}
