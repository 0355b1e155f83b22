package parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import parley.domain.Event;
import parley.domain.EventType;
import parley.domain.Mention;
import parley.domain.Participant;

/**
 * "rang Merz and Tusk in separate calls", "held separate meetings with Modi and Lula", "spoke separately to the two
 * ministers": news language for one person's several bilateral encounters told in one clause. Each counterpart is an
 * event of its own (GUIDELINES.md: one event per call or meeting), with the people named before the trigger on every
 * one of them.
 */
final class SeparateEncounters {
    /** "in separate calls", "held separate phone calls", "separate talks", "met separately", "separately spoke". */
    private static final Pattern SEPARATE = Pattern.compile("(?i)\\bseparate\\s+(?:[\\p{L}-]+\\s+)?(?:calls?"
            + "|conversations?|meetings?|talks|bilaterals?|audiences|sessions)\\b|\\bseparately\\b");

    /**
     * "courtesy calls on the governor, the speaker and the chief justice", "meetings with A, B and C", "audiences
     * with": a plural encounter noun before its list of counterparts counts one encounter per counterpart (a singular
     * "a meeting with A and B" stays one).
     */
    private static final Pattern PLURAL = Pattern.compile("(?i)\\b(?:meetings|(?:courtesy\\s+)?calls|bilaterals"
            + "|audiences|one-on-ones|encounters)\\s+(?:with|on)\\b");

    /** "each of the leaders", "the two ministers each", "Modi and Lula each": every one of the subject on their own. */
    private static final Pattern EACH = Pattern.compile("(?i)\\beach\\b(?!\\s+other\\b)");

    private SeparateEncounters() {
    }

    /**
     * The event split per counterpart when its clause says the encounters were separate, else the event alone. The
     * people named before the trigger (its subject) take part in each; every one named after it gets an event. With
     * one counterpart and a subject of several ("each of the leaders", "separate meetings with Xi"), each member of
     * the subject gets an event with that counterpart.
     */
    static List<Event> split(String text, SentenceEvents.Slot slot, Event e, List<EntityMention> people) {
        if (e.type() != EventType.CALL && e.type() != EventType.MEETING && e.type() != EventType.TALKS) {
            return List.of(e);
        }
        int from = slot.clause.start();
        int to = slot.clause.end();
        String clause = text.substring(from, to);
        boolean each = clause.contains("each") || clause.contains("Each");
        Matcher plural = PLURAL.matcher(text).region(slot.trigger.start(), to);
        boolean many = plural.find() && plural.start() == slot.trigger.start();
        if (!clause.contains("separate") && !each && !many) {
            return List.of(e);
        }
        Matcher m = SEPARATE.matcher(text).region(from, to);
        Matcher eachOf = EACH.matcher(text).region(from, slot.trigger.start());
        boolean separate = m.find();
        boolean distributive = each && eachOf.find();
        boolean pluralOnly = !separate && !distributive && many;
        if (pluralOnly) {
            m = plural; // "courtesy calls on A, B and C": as separate as "separate calls"
            separate = true;
        }
        if (!separate && !distributive) {
            return List.of(e);
        }
        String cue = separate ? m.group() : eachOf.group();
        List<Participant> subjects = new ArrayList<>();
        List<Participant> counterparts = new ArrayList<>();
        List<Participant> others = new ArrayList<>();
        for (Participant p : e.participants()) {
            int at = firstMention(p, people, from, to);
            if (!p.role().present() || at < 0) {
                others.add(p);
            } else if (at < slot.trigger.start()) {
                subjects.add(p);
            } else {
                counterparts.add(p);
            }
        }
        if (counterparts.size() == 1 && !pluralOnly) {
            // "Each of the three leaders held a separate meeting with Xi", "Modi and Lula each met Xi": one encounter
            // per subject (a group the sentence refers to counts its members), each with the one counterpart
            List<Participant> members = new ArrayList<>(subjects);
            List<Participant> rest = new ArrayList<>();
            for (Participant p : others) {
                (p.role().present() ? members : rest).add(p);
            }
            return members.size() < 2 ? List.of(e) : perParty(e, members, List.of(counterparts.get(0)), rest, cue);
        }
        if (!separate || (subjects.isEmpty() && !pluralOnly) || counterparts.size() < 2) {
            return List.of(e);
        }
        return perParty(e, counterparts, subjects, others, cue);
    }

    /** One event per party of {@code each}, with {@code with} and {@code others} on every one. */
    private static List<Event> perParty(Event e, List<Participant> each, List<Participant> with,
                                        List<Participant> others, String cue) {
        List<Event> out = new ArrayList<>(each.size());
        for (Participant c : each) {
            List<Participant> ps = new ArrayList<>(with);
            ps.add(c);
            ps.addAll(others);
            List<Mention> mentions = new ArrayList<>();
            for (Mention mention : e.mentions()) {
                mentions.add(EventBuilder.withContribution(mention, mention.contribution() + "; one of separate "
                        + "encounters ('" + cue + "'), with " + c.name()));
            }
            out.add(new Event(0, e.type(), null, e.date(), e.derivation(), e.location(), e.status(), ps, mentions,
                    e.disagreements()));
        }
        return out;
    }

    /** Where the participant is first named in the clause, or -1. */
    private static int firstMention(Participant p, List<EntityMention> people, int from, int to) {
        for (EntityMention n : people) {
            if (n.start() >= from && n.start() < to && n.entity().name().equals(p.name())) {
                return n.start();
            }
        }
        return -1;
    }
}
