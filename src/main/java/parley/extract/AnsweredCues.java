package parley.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import parley.domain.DateDerivation;
import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Mention;
import parley.domain.Participant;
import parley.domain.Role;
import parley.extract.text.PhraseMatcher;
import parley.extract.text.Tokens;
import parley.extract.time.DateResolver;
import parley.extract.time.Resolution;
import parley.extract.time.Tense;
import parley.extract.time.TenseDetector;
import parley.extract.time.Timex;
import parley.extract.time.TimexTagger;

/**
 * The answer to a noun-phrase question in a transcript (session 16): "HOST: And the press conference afterwards?" /
 * "REPORTER: They took questions together in the garden."; "[Presenter] And the joint statement?" / "[Guest] They
 * issued it this morning." The answer's first sentence names no occasion of its own, yet reports the one the question
 * named: an event of the question's kind, with the people the answer names, else those of the occasion just told
 * (its "they"), on the answer's own day, else that occasion's day when the question asks what came "afterwards",
 * else the day the conversation is at. A denial ("There was none", "It was called off") reports nothing.
 */
final class AnsweredCues {
    private static final Pattern DENIAL = Pattern.compile("(?i)\\b(?:not|never|no|none|n't|cancel\\w*|postpon\\w*"
            + "|called off|scrapped|dropped)\\b|n't\\b|\\?\\s*$");

    private AnsweredCues() {
    }

    /** The occasion the answer's sentence {@code span} reports, or null. */
    static Event report(String text, String saved, Tokens tokens, Lexicon lexicon, Transcript transcript,
                        parley.domain.Article.Span span, int from, int to, List<EntityMention> found, Event last,
                        SectionDates sections, LocalDate anchor) {
        int[] cue = transcript == null ? null : transcript.cueBefore(text, span.start());
        if (cue == null) {
            return null;
        }
        EventType type = null;
        String noun = null;
        for (PhraseMatcher.Match<EventType> m : lexicon.triggers().find(tokens, tokens.indexAt(cue[0]),
                tokens.indexAt(cue[1]))) {
            if (Transcript.endsCue(text, m.end(), cue[1])) {
                type = m.value();
                noun = m.phrase();
            }
        }
        String said = text.substring(from, to);
        if (type == null || type == EventType.MILITARY || DENIAL.matcher(said).find()
                || TenseDetector.of(said) != Tense.PAST) {
            return null;
        }
        Role role = type == EventType.STATEMENT || type == EventType.PRESS_CONFERENCE ? Role.SPEAKER : Role.ATTENDEE;
        List<Participant> people = new ArrayList<>();
        for (EntityMention n : found) {
            if ((n.entity().kind() == EntityKind.PERSON || n.entity().kind() == EntityKind.COUNTRY)
                    && people.stream().noneMatch(p -> p.name().equals(n.entity().name()))) {
                people.add(EventBuilder.participant(n.entity(), role));
            }
        }
        String whose = "people the answer names";
        if (people.isEmpty() && last != null) {
            whose = "people of the occasion just told ('" + last.title() + "')";
            for (Participant p : last.participants()) {
                if (p.role().present() && p.kind() != EntityKind.ORGANISATION) {
                    people.add(new Participant(p.name(), p.kind(), p.title(), role));
                }
            }
        }
        if (people.isEmpty()) {
            return null;
        }
        Resolution when = null;
        Timex own = null;
        for (Timex t : TimexTagger.tag(text, from, to)) {
            if (t.kind() != Timex.Kind.TIME && t.kind() != Timex.Kind.DURATION && t.kind() != Timex.Kind.SET) {
                own = own == null ? t : own;
            }
        }
        EventDate lastDay = last == null ? null : last.date();
        if (own != null) {
            Resolution r = DateResolver.resolve(own, anchor, Tense.PAST, lastDay);
            when = r.resolved() ? r : null;
        } else if (Transcript.after(text, cue[0], cue[1]) && lastDay != null && lastDay.known()) {
            when = new Resolution(lastDay, null, new DateDerivation(text.substring(cue[0], cue[1]),
                    parley.extract.time.DateWords.anchor(anchor),
                    "day of the occasion just told, which the question asked after", parley.extract.time.DateWords.of(lastDay)));
        } else {
            when = sections.forUndated(Tense.PAST, said, people.stream().map(Participant::name).toList(), true);
        }
        Mention m = new Mention(0, span.start(), span.end(), saved.substring(span.start(), span.end()),
                "kind from the question before ('" + text.substring(cue[0], cue[1]) + "', '" + noun + "'); " + whose
                        + (own != null ? "; date '" + own.phrase() + "'" : ""));
        return new Event(0, type, null, when == null ? EventDate.UNKNOWN : when.date(),
                when == null ? null : when.derivation(), null, EventStatus.HELD, people, List.of(m), List.of());
    }
}
