package parley.timeline;

import java.util.List;
import java.util.stream.Collectors;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import parley.domain.Event;
import parley.domain.EventStatus;
import parley.domain.Participant;
import parley.domain.Role;

/** The card shown while hovering an event: title, date, status, place and who took part (and who did not). */
final class EventCard extends VBox {
    private final Label title = label("timeline-card-title");
    private final Label when = label("timeline-card-date");
    private final Label who = label("timeline-card-participants");
    private final Label absent = label("timeline-card-absent");

    EventCard() {
        getStyleClass().add("timeline-card");
        getChildren().addAll(title, when, who, absent);
        setMouseTransparent(true);
        setManaged(false);
        setVisible(false);
        setMaxWidth(360);
    }

    void show(Event e) {
        title.setText(e.title() == null ? "(untitled)" : e.title());
        StringBuilder date = new StringBuilder(EventGlyphs.label(e.type())).append(" · ").append(DateText.of(e.date()));
        if (e.status() != EventStatus.HELD) {
            date.append(" · ").append(e.status().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (e.location() != null && !e.location().isBlank()) {
            date.append(" · ").append(e.location());
        }
        when.setText(date.toString());
        who.setText(names(e.participants().stream().filter(p -> p.role() != Role.ABSENT).toList()));
        String away = names(e.participants().stream().filter(p -> p.role() == Role.ABSENT).toList());
        absent.setText(away.isEmpty() ? "" : "Not present: " + away);
        absent.setManaged(!away.isEmpty());
        absent.setVisible(!away.isEmpty());
        setVisible(true);
    }

    private static String names(List<Participant> ps) {
        return ps.stream().map(Participant::name).distinct().collect(Collectors.joining(", "));
    }

    private static Label label(String style) {
        Label l = new Label();
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMaxWidth(340);
        return l;
    }
}
