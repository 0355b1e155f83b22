package parley.extract;

import java.util.ArrayList;
import java.util.List;

import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Mention;
import parley.domain.Participant;
import parley.extract.time.Tense;
import parley.extract.time.TenseDetector;

/**
 * Undated reports of things done that are still loose once an article's events are consolidated, in an article that
 * dates its events. The guidelines make only dated (or scheduled) events required, and a remark quoted inside
 * another event's coverage ("Albusaidi wrote on X after the meeting", "Araghchi told reporters before leaving")
 * belongs to that coverage: such a remark joins, as a supporting sentence only, the dated event its speaker takes
 * part in (the nearest one before it, else after it), unless the text says when or where it was made ("Hours
 * before the guest landed, X posted …": {@link SituatedRemarks}), which makes it an event of its own on the day of
 * the held event its speaker takes part in; a past remark with no such event is left out, a present one is the
 * article's own news and stays. Any other undated report of a held event, in an article whose other events
 * have dates, names an occasion the text does not place (background, "their talks", a trip in passing) and is left
 * out, unless it is two people or more meeting at a named place. Planned, proposed and cancelled events without a
 * date stay ("Egypt will host a further summit, no date set"), as does everything in an article that dates nothing.
 */
final class LooseReports {
    private final EventMerger merger;

    LooseReports(EventMerger merger) {
        this.merger = merger;
    }

    List<Event> settle(List<Event> events) {
        if (events.stream().noneMatch(e -> e.date().known())) {
            return events; // an undated article: its undated reports are all it has
        }
        List<Event> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            Event u = out.get(i);
            if (!loose(u)) {
                continue;
            }
            boolean remark = u.type() == EventType.STATEMENT || u.type() == EventType.PRESS_CONFERENCE;
            int home = remark ? home(u, out) : -1;
            if (home < 0 && (remark ? present(u) : situated(u))) {
                continue;
            }
            if (home >= 0 && toldAsOccasion(u) && out.get(home).status() == EventStatus.HELD) {
                Event d = dated(u, out.get(home));
                int same = sameRemark(d, i, out);
                if (same < 0) {
                    out.set(i, d);
                    continue;
                }
                out.set(same, merger.mergeFound(out.get(same), d)); // the speaker's second post that day
            } else if (home >= 0) {
                out.set(home, fold(out.get(home), u));
            }
            out.remove(i);
            i--;
        }
        return out;
    }

    /**
     * The remark as an event of its own on the day of its speaker's event: a post, a statement or words to reporters
     * is an act of its own (the guidelines' STATEMENT and PRESS_CONFERENCE), told beside the coverage of that event
     * ("Hours before the guest arrived, the president posted …", "After the talks, the minister told reporters …").
     */
    private static Event dated(Event remark, Event home) {
        parley.domain.DateDerivation d = home.derivation();
        parley.domain.DateDerivation why = new parley.domain.DateDerivation(d == null ? null : d.phrase(),
                d == null ? null : d.anchor(), "day of the event its speaker takes part in", d == null ? null : d.result());
        return new Event(remark.id(), remark.type(), remark.title(), home.date(), why, remark.location(),
                remark.status(), remark.participants(), remark.mentions(), remark.disagreements());
    }

    private static final java.util.regex.Pattern TRIGGER = java.util.regex.Pattern.compile("trigger '([^']+)'");

    /** The remark's sentence says when or where it was made (see {@link SituatedRemarks}). */
    private static boolean toldAsOccasion(Event remark) {
        for (Mention m : remark.mentions()) {
            java.util.regex.Matcher t = m.contribution() == null ? null : TRIGGER.matcher(m.contribution());
            if (t != null && t.find() && SituatedRemarks.situated(m.text(), t.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** The remark's sentences added to the event; its kind, date, place and people stay the event's own. */
    private Event fold(Event home, Event remark) {
        Event sentences = new Event(remark.id(), home.type(), null, EventDate.UNKNOWN, null, null, home.status(),
                List.of(), remark.mentions(), List.of());
        Event merged = merger.mergeFound(home, sentences);
        return new Event(merged.id(), home.type(), merged.title(), merged.date(), merged.derivation(),
                merged.location(), merged.status(), merged.participants(), merged.mentions(), merged.disagreements());
    }

    /** A remark of the same kind by the same speaker already on that day, or -1. */
    private int sameRemark(Event remark, int self, List<Event> events) {
        for (int j = 0; j < events.size(); j++) {
            if (j != self && events.get(j).type() == remark.type() && merger.sameness(remark, events.get(j), true) >= 0) {
                return j;
            }
        }
        return -1;
    }

    /** Undated, held, and with no date phrase of its own that the article could not resolve ("in May"). */
    private static boolean loose(Event e) {
        return !e.date().known() && e.status() == EventStatus.HELD
                && (e.derivation() == null || e.derivation().phrase() == null);
    }

    /**
     * A remark in the present tense that no event of the article holds is the news itself, said on the article's day
     * ("The Union condemns the attack", the opening of a statement released that day), not a remark quoted inside
     * other coverage.
     */
    private static boolean present(Event remark) {
        for (Mention m : remark.mentions()) {
            if (m.text() != null && TenseDetector.of(m.text()) == Tense.PRESENT) {
                return true;
            }
        }
        return false;
    }

    /** Two people or more meeting at a named place ("Rutte met Stubb in Helsinki"): an occasion in its own right. */
    private static boolean situated(Event e) {
        return e.location() != null && e.participants().stream().filter(p -> p.role().present()).count() >= 2;
    }

    /** The dated event the remark's speaker takes part in: the nearest before it, else the nearest after it. */
    private static int home(Event remark, List<Event> events) {
        int at = firstStart(remark);
        int before = -1;
        int after = -1;
        for (int j = 0; j < events.size(); j++) {
            Event d = events.get(j);
            if (!d.date().known() || !sharesSomeone(remark, d)) {
                continue;
            }
            int start = firstStart(d);
            if (start <= at && (before < 0 || start > firstStart(events.get(before)))) {
                before = j;
            } else if (start > at && (after < 0 || start < firstStart(events.get(after)))) {
                after = j;
            }
        }
        return before >= 0 ? before : after;
    }

    private static boolean sharesSomeone(Event a, Event b) {
        for (Participant p : a.participants()) {
            if (!p.role().present()) {
                continue;
            }
            for (Participant q : b.participants()) {
                if (q.role().present() && q.name().equals(p.name())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int firstStart(Event e) {
        int min = Integer.MAX_VALUE;
        for (Mention m : e.mentions()) {
            min = Math.min(min, m.start());
        }
        return min;
    }
}
