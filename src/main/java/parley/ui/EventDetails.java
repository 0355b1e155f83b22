package parley.ui;

import java.util.stream.Collectors;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import parley.domain.Event;
import parley.domain.Mention;
import parley.domain.Participant;
import parley.domain.Role;
import parley.timeline.DateText;

/** The selected event with its evidence: date and how it was worked out, who took part, and the sentences. */
final class EventDetails extends VBox {
    private final MainViewModel vm;
    private final VBox body = new VBox(6);
    /** Sections added below the evidence (the edit history when review is on); they follow the selection. */
    private final VBox sections = new VBox(6);
    private ScrollPane scroll;

    EventDetails(MainViewModel vm) {
        this.vm = vm;
        getStyleClass().addAll("side-panel", "event-details");
        setId("event-details");
        Label title = new Label("Selected event");
        title.getStyleClass().add("panel-title");
        scroll = new ScrollPane(new VBox(6, body, sections));
        scroll.setId("details-scroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("details-scroll");
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(title, scroll);
        // The selected event read whole (with its sentences), once the background read ends; the row until then.
        vm.selectedDetailsProperty().addListener((o, a, b) -> show(b));
        show(null);
    }

    /** Adds a section below the evidence. */
    void addSection(javafx.scene.Node section) {
        sections.getChildren().add(section);
    }

    /** Scrolls the details down to this section and focuses them. */
    void revealSection(javafx.scene.Node section) {
        scroll.requestFocus();
        javafx.application.Platform.runLater(() -> {
            double content = scroll.getContent().getBoundsInLocal().getHeight();
            double view = scroll.getViewportBounds().getHeight();
            if (content > view) {
                double y = section.localToScene(0, 0).getY() - scroll.getContent().localToScene(0, 0).getY();
                scroll.setVvalue(Math.max(0, Math.min(1, y / (content - view))));
            }
        });
    }

    /** Brings the details to the analyst: scrolled to the top and focused, so the keys scroll through them. */
    void reveal() {
        scroll.setVvalue(0);
        scroll.requestFocus();
    }

    private void show(Event e) {
        body.getChildren().clear();
        if (e == null) {
            body.getChildren().add(text("Click an event on the timeline to see its evidence.", "details-hint"));
            return;
        }
        body.getChildren().add(text(e.title(), "details-title"));
        String when = DateText.of(e.date()) + (e.location() == null ? "" : " · " + e.location());
        body.getChildren().add(text(when, "details-meta"));
        if (e.derivation() != null) {
            body.getChildren().add(text(e.derivation().explain(), "details-derivation"));
        }
        String present = e.participants().stream().filter(p -> p.role() != Role.ABSENT)
                .map(EventDetails::describe).collect(Collectors.joining("\n"));
        if (!present.isEmpty()) {
            body.getChildren().add(text(present, "details-participants"));
        }
        String absent = e.participants().stream().filter(p -> p.role() == Role.ABSENT).map(Participant::name)
                .collect(Collectors.joining(", "));
        if (!absent.isEmpty()) {
            body.getChildren().add(text("Not present: " + absent, "details-absent"));
        }
        for (String d : e.disagreements()) {
            body.getChildren().add(text("Sources disagree: " + d, "details-disagreement"));
        }
        for (Mention m : e.mentions()) {
            String from = vm.sourceRow(m.sourceId()).map(SourceRow::title).orElse("source " + m.sourceId());
            body.getChildren().add(m.text() == null ? text("Reading the sentence…", "details-hint")
                    : text("“" + m.text().strip() + "”", "details-quote"));
            body.getChildren().add(text("— " + from, "details-quote-source"));
        }
    }

    private static String describe(Participant p) {
        String role = p.role() == Role.ATTENDEE ? "" : " (" + p.role().name().toLowerCase().replace('_', '-') + ")";
        return p.name() + (p.title() == null ? "" : ", " + p.title()) + role;
    }

    private static Label text(String s, String style) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }
}
