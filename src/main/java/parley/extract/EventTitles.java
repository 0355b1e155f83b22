package parley.extract;

import java.util.StringJoiner;

import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.Participant;

/** Short timeline titles: "Call: Starmer, Zelensky, Macron", "Summit: Trump, Putin (Alaska)". */
public final class EventTitles {
    private EventTitles() {
    }

    public static String of(Event e) {
        String kind = switch (e.type()) {
            case CALL -> "Call";
            case MEETING -> "Meeting";
            case SUMMIT -> "Summit";
            case TALKS -> "Talks";
            case VISIT -> "Visit";
            case PRESS_CONFERENCE -> "Press conference";
            case STATEMENT -> "Statement";
            case MILITARY -> "Military";
            case OTHER -> "Event";
        };
        StringJoiner who = new StringJoiner(", ");
        for (Participant p : e.participants()) {
            if (p.role().present()) {
                who.add(shortName(p));
            }
        }
        StringBuilder sb = new StringBuilder(kind);
        if (who.length() > 0) {
            sb.append(": ").append(who);
        }
        if (e.location() != null) {
            sb.append(who.length() > 0 ? " (" : " (").append(e.location()).append(')');
        }
        return sb.toString();
    }

    private static String shortName(Participant p) {
        if (p.kind() != EntityKind.PERSON) {
            return p.name();
        }
        return ShortNames.of(p.name());
    }
}
