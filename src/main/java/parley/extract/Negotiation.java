package parley.extract;

import java.util.ArrayList;
import java.util.List;

import parley.domain.Event;
import parley.domain.EventType;
import parley.domain.Mention;
import parley.domain.Participant;
import parley.domain.Role;

/**
 * A dated round of talks an article names without anyone ("the second round was held in Rome on April 19", "after
 * the previous round of talks in Istanbul in April") is a round of the negotiation the article reports: its parties
 * are those of the negotiation the article names with most people (talks that stay talks: a negotiation, not two
 * leaders' talks, which are a meeting), counting the parties only: who hosts or chairs rounds is a mediator.
 */
final class Negotiation {
    private Negotiation() {
    }

    /** {@code round} with the parties of the negotiation of {@code events} with most people; unchanged if none. */
    static Event sameParties(Event round, List<Event> events, java.util.function.Predicate<Event> negotiation) {
        int at = first(round);
        Event best = null;
        int bestDistance = Integer.MAX_VALUE;
        long bestPeople = 0;
        for (Event e : events) {
            // the parties who negotiate, not who hosts or mediates: "X and Y have hosted rounds between the two sides"
            // is a background of mediators, and its people are no party to another round
            long people = e.participants().stream().filter(p -> p.role().present() && !hosting(p.role())).count();
            if (e == round || e.type() != EventType.TALKS || people == 0 || !negotiation.test(e)) {
                continue;
            }
            int d = Math.abs(first(e) - at);
            if (people > bestPeople || (people == bestPeople && d < bestDistance)) {
                best = e;
                bestPeople = people;
                bestDistance = d;
            }
        }
        if (best == null) {
            return round;
        }
        List<Participant> parties = new ArrayList<>();
        for (Participant p : best.participants()) {
            if (p.role().present()) {
                parties.add(new Participant(p.name(), p.kind(), p.title(), Role.ATTENDEE));
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : round.mentions()) {
            mentions.add(EventBuilder.withContribution(m, (m.contribution() == null ? "" : m.contribution() + "; ")
                    + "parties of the talks the article reports (" + best.title() + ")"));
        }
        return new Event(round.id(), round.type(), round.title(), round.date(), round.derivation(), round.location(),
                round.status(), parties, mentions, round.disagreements());
    }

    /** "Third round", "the 4th round": an ordinal round, one of a series told round by round. */
    private static final java.util.regex.Pattern ORDINAL_ROUND = java.util.regex.Pattern.compile("(?i)\\b(?:second"
            + "|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d{1,2}(?:st|nd|rd|th))\\s+round\\b");

    /** True when one of the event's sentences calls it an ordinal round after the first. */
    static boolean numberedRound(Event e) {
        for (Mention m : e.mentions()) {
            if (m.text().contains("round") && ORDINAL_ROUND.matcher(m.text()).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hosting(Role r) {
        return r == Role.HOST || r == Role.CHAIR || r == Role.CO_CHAIR;
    }

    private static int first(Event e) {
        int min = Integer.MAX_VALUE;
        for (Mention m : e.mentions()) {
            min = Math.min(min, m.start());
        }
        return min;
    }
}
