package parley.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import parley.domain.Article;
import parley.domain.DateDerivation;
import parley.domain.Entity;
import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Extraction;
import parley.domain.Mention;
import parley.domain.Participant;
import parley.domain.Precision;
import parley.domain.Role;
import parley.extract.text.Furniture;
import parley.extract.text.QuoteMask;
import parley.extract.text.SentenceSplitter;
import parley.extract.text.Tokens;
import parley.extract.time.DateResolver;
import parley.extract.time.Resolution;
import parley.extract.time.Tense;
import parley.extract.time.TenseDetector;
import parley.extract.time.Timex;
import parley.extract.time.TimexTagger;

/**
 * One run of extraction over one article: sentences in reading order, each turned into new events or added to
 * the event just mentioned; then reports of the same event inside the article are merged.
 */
final class ArticleExtraction {
    private static final Pattern CANCELLED = Pattern.compile("(?i)\\b(?:cancel(?:l)?ed|called off|postponed|scrapped"
            + "|abandoned|shelved|will not take place|won[’']t take place)\\b");
    private static final Pattern PROPOSED = Pattern.compile("(?i)\\b(?:could|might|may|would) (?:\\w+ )?(?:meet|hold"
            + "|host|visit|speak|travel|talk)|\\b(?:proposed|proposal|not yet (?:been )?agreed|suggested|offered to"
            + "|possible|potential|invited|invitation|hopes? to|willing to|ready to|open to)\\b");
    /** "at the invitation of", "was invited but": a visit by invitation is planned, not merely proposed. */
    private static final Pattern INVITATION = Pattern.compile("(?i)\\bat the invitation of\\b|\\binvited but\\b");
    /** "a meeting on the margins of the NATO summit": the meeting happens when and where the summit does. */
    private static final Pattern MARGINS = Pattern.compile("(?i)\\b(?:on|at) the (?:margins|sidelines|fringes|edges)"
            + " of\\b");
    /** "join the talks", "the meeting": a definite trigger with no date of its own is an event already reported. */
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
    /** Words that make an event a reference point for another: "ahead of the summit", "after a call". */
    private static final Pattern SEQUENCED = Pattern.compile("(?i)\\b(?:after|before|following|follows?|followed(?! by)|preceded|ahead of|since|until)"
            + "\\s+(?:(?:a|an|the|his|her|their|its|this|that|last|next)\\s+)?(?:[\\p{L}\\p{N}’'-]+\\s+){0,5}$");
    /** "The two leaders", "both sides", "the pair": the people of an event just mentioned. */
    private static final Pattern GROUP = Pattern.compile("(?i)\\b(?:the|both) (?:two |three |four )?(?:leaders|men"
            + "|women|presidents|prime ministers|ministers|foreign ministers|sides|pair|counterparts|delegations)\\b"
            + "|^\\s*(?:They|The pair)\\b");
    private static final Set<EventType> GATHERINGS = Set.of(EventType.MEETING, EventType.SUMMIT, EventType.TALKS);

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final EventMerger merger;
    private final String text;
    private final LocalDate anchor;
    private final EntityFinder names;
    private final List<Event> events = new ArrayList<>();
    private int lastEvent = -1;
    /** Start of the headline line, MAX_VALUE when the text opens with a sentence, -1 before it is known. */
    private int headline = -1;
    private BitSet quoted = new BitSet();
    /** The last day the text spoke of, for a time of day with no day ("at midday"). */
    private Resolution focus;

    ArticleExtraction(Gazetteer gazetteer, Lexicon lexicon, EventMerger merger, Article article, LocalDate anchor) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.merger = merger;
        this.text = article.text() == null ? "" : article.text();
        this.anchor = anchor;
        this.names = new EntityFinder(gazetteer);
    }

    Extraction run() {
        List<Article.Span> spans = SentenceSplitter.split(text);
        quoted = QuoteMask.of(text);
        boolean[] furniture = Furniture.mark(text, spans, quoted);
        Tokens tokens = Tokens.of(text);
        for (int i = 0; i < spans.size(); i++) {
            if (furniture[i]) {
                continue;
            }
            if (headline < 0) {
                headline = isHeadline(spans.get(i)) ? spans.get(i).start() : Integer.MAX_VALUE;
            }
            try {
                sentence(spans.get(i), tokens, quoted);
            } catch (RuntimeException e) {
                // one sentence the rules cannot handle must not cost the article its other events
            }
        }
        List<Event> merged = consolidate(events);
        List<Event> out = new ArrayList<>(merged.size());
        for (Event e : merged) {
            if (e.mentions().stream().allMatch(m -> m.start() == headline)) {
                continue; // a headline sums up the story: it supports events of the text, it adds none of its own
            }
            boolean nobody = e.participants().stream().noneMatch(p -> p.role().present());
            boolean situated = e.date().known() && e.location() != null; // "talks in Istanbul in April"
            if (nobody && !situated && e.type() != EventType.MILITARY && e.type() != EventType.OTHER) {
                continue; // a meeting of no one named (a headline, "a follow-up meeting") is not for the timeline
            }
            out.add(finish(e));
        }
        return new Extraction(out, entities());
    }

    private void sentence(Article.Span span, Tokens tokens, BitSet quoted) {
        int from = Furniture.contentStart(text, span);
        int to = Furniture.contentEnd(text, span);
        List<EntityMention> found = names.sentence(tokens, tokens.indexAt(from), tokens.indexAt(to), quoted);
        SentenceEvents se = SentenceEvents.read(text, tokens, from, to, found, quoted, lexicon, gazetteer);
        Mention base = new Mention(0, span.start(), span.end(), text.substring(span.start(), span.end()), null);
        if (se.slots.isEmpty()) {
            attachOrphanRoles(se, base);
            return;
        }
        List<Event> built = new ArrayList<>();
        for (int k = 0; k < se.slots.size(); k++) {
            SentenceEvents.Slot slot = se.slots.get(k);
            int end = slot.clause.end();
            for (int j = k + 1; j < se.slots.size(); j++) {
                if (se.slots.get(j).clause == slot.clause && se.slots.get(j).trigger.start() >= slot.trigger.end()) {
                    end = se.slots.get(j).trigger.start(); // "met on Monday before next week's meeting": own tense
                    break;
                }
            }
            built.add(build(slot, base, end));
        }
        inheritDates(se, built);
        List<Boolean> reference = new ArrayList<>();
        for (SentenceEvents.Slot slot : se.slots) {
            reference.add(sequenced(slot.trigger.start()));
        }
        mergeWithinSentence(se, built, reference);
        for (int k = 0; k < built.size(); k++) {
            Event e = built.get(k);
            boolean nothing = e.participants().stream().noneMatch(p -> p.role().present())
                    && !e.date().known() && e.location() == null && e.derivation() == null;
            if (nothing) {
                corefer(e);
            } else if (!e.date().known() && e.location() == null && !reference.get(k)
                    && definite(tokens, se.slots.get(k)) && coreferDefinite(e)) {
                continue; // "is expected to join the talks": the talks just reported
            } else {
                events.add(e);
                if (!reference.get(k)) {
                    lastEvent = events.size() - 1; // "after a call" is a reference point, not the news
                }
            }
        }
    }

    /** "the retreat, which Stubb hosted": compatible triggers of one clause are one event. */
    private void mergeWithinSentence(SentenceEvents se, List<Event> built, List<Boolean> reference) {
        for (int k = built.size() - 1; k > 0; k--) {
            for (int j = 0; j < k; j++) {
                if (reference.get(j) || reference.get(k) || se.slots.get(j).clause != se.slots.get(k).clause
                        || !compatible(built.get(j).type(), built.get(k).type())) {
                    continue;
                }
                Event a = built.get(j);
                Event b = built.get(k);
                if (a.derivation() != null && b.derivation() != null
                        && !a.derivation().phrase().equalsIgnoreCase(b.derivation().phrase())) {
                    continue; // "met in May ... will meet on Friday": two occasions
                }
                Event merged = merger.merge(a, b);
                EventType specific = hostedType(se.slots.get(j), se.slots.get(k));
                if (specific != null && specific != merged.type()) {
                    merged = new Event(0, specific, null, merged.date(), merged.derivation(), merged.location(),
                            merged.status(), merged.participants(), merged.mentions(), merged.disagreements());
                }
                built.set(j, merged);
                built.remove(k);
                se.slots.remove(k);
                reference.remove(k);
                break;
            }
        }
    }

    /** "will host ... a new round of talks": hosting says who receives; the other trigger says what it is. */
    private static EventType hostedType(SentenceEvents.Slot a, SentenceEvents.Slot b) {
        boolean aHost = a.trigger.phrase().toLowerCase(java.util.Locale.ROOT).startsWith("host");
        boolean bHost = b.trigger.phrase().toLowerCase(java.util.Locale.ROOT).startsWith("host");
        if (aHost && !bHost) {
            return b.type();
        }
        return bHost && !aHost ? a.type() : null;
    }

    private boolean definite(Tokens tokens, SentenceEvents.Slot slot) {
        int before = slot.trigger.first() - 1;
        return before >= 0 && DEFINITE.contains(tokens.folded(before));
    }

    /** Adds a definite, undated report to the latest compatible event of the article; false when there is none. */
    private boolean coreferDefinite(Event e) {
        for (int i = lastEvent; i >= 0 && i > lastEvent - 4; i--) {
            Event prev = events.get(i);
            if (!compatible(prev.type(), e.type())) {
                continue;
            }
            Mention m = e.mentions().get(0);
            Mention tagged = withContribution(m, "the event already reported ('" + EventTitles.of(prev) + "'); "
                    + m.contribution());
            Event addition = new Event(0, prev.type(), null, EventDate.UNKNOWN, null, null, prev.status(),
                    e.participants(), List.of(tagged), List.of());
            events.set(i, merger.merge(prev, addition));
            return true;
        }
        return false;
    }

    private static boolean compatible(EventType a, EventType b) {
        return a == b || (GATHERINGS.contains(a) && GATHERINGS.contains(b));
    }

    /**
     * "travelled to Washington in March, where he met the US president": a trigger with no time of its own takes
     * the date of an earlier trigger of its sentence, unless either is a reference point ("ahead of the summit",
     * "after a call"), which by definition happens at another time.
     */
    private void inheritDates(SentenceEvents se, List<Event> built) {
        shareWithHostEvent(se, built);
        for (int k = 1; k < built.size(); k++) {
            Event e = built.get(k);
            if (e.derivation() != null || sequenced(se.slots.get(k).trigger.start())) {
                continue;
            }
            for (int j = k - 1; j >= 0; j--) {
                Event dated = built.get(j);
                if (dated.date().known() && !sequenced(se.slots.get(j).trigger.start())) {
                    DateDerivation d = dated.derivation();
                    DateDerivation inherited = d == null ? null
                            : new DateDerivation(d.phrase(), d.anchor(), d.rule() + "; shared with the event before it"
                                    + " in the sentence", d.result());
                    Mention m = e.mentions().get(0);
                    built.set(k, new Event(0, e.type(), null, dated.date(), inherited, e.location(), e.status(),
                            e.participants(), List.of(withContribution(m, m.contribution() + "; date '" + d.phrase()
                                    + "' shared")), List.of()));
                    break;
                }
            }
        }
    }

    /** "a meeting ... on the margins of the NATO summit in The Hague in June": the summit's date and place. */
    private void shareWithHostEvent(SentenceEvents se, List<Event> built) {
        for (int j = 0; j + 1 < built.size(); j++) {
            Event e = built.get(j);
            SentenceEvents.Slot a = se.slots.get(j);
            SentenceEvents.Slot b = se.slots.get(j + 1);
            Event host = built.get(j + 1);
            if (e.derivation() != null || !host.date().known() || a.clause != b.clause
                    || !MARGINS.matcher(text).region(a.trigger.end(), b.trigger.start()).find()) {
                continue;
            }
            DateDerivation d = host.derivation();
            DateDerivation shared = d == null ? null : new DateDerivation(d.phrase(), d.anchor(), d.rule()
                    + "; on the margins of the event after it in the sentence", d.result());
            Mention m = e.mentions().get(0);
            built.set(j, new Event(0, e.type(), null, host.date(), shared, e.location() == null ? host.location()
                    : e.location(), host.status(), e.participants(), List.of(withContribution(m, m.contribution()
                    + "; date and place of '" + b.trigger.phrase() + "' it is held beside")), List.of()));
        }
    }

    private boolean sequenced(int triggerStart) {
        String before = text.substring(Math.max(0, triggerStart - 40), triggerStart);
        String lower = before.toLowerCase(java.util.Locale.ROOT);
        if (!(lower.contains("after") || lower.contains("before") || lower.contains("follow")
                || lower.contains("ahead") || lower.contains("since") || lower.contains("until")
                || lower.contains("preced"))) {
            return false;
        }
        return SEQUENCED.matcher(before).find();
    }

    /** A first line of a few words without a full stop is a headline. */
    private boolean isHeadline(Article.Span s) {
        String line = text.substring(s.start(), s.end());
        boolean wholeLine = (s.start() == 0 || text.charAt(s.start() - 1) == '\n')
                && (s.end() == text.length() || text.charAt(s.end()) == '\n' || text.charAt(s.end()) == '\r');
        char last = line.charAt(line.length() - 1);
        return wholeLine && ".!?\"”’".indexOf(last) < 0 && line.split("\\s+").length <= 16;
    }

    /** "They will then be joined by Mr Trump": roles with no trigger of their own go to the event just mentioned. */
    private void attachOrphanRoles(SentenceEvents se, Mention base) {
        if (se.orphanRoles.isEmpty() || lastEvent < 0) {
            return;
        }
        int target = orphanTarget(TenseDetector.of(base.text()));
        Event prev = events.get(target);
        List<Participant> ps = new ArrayList<>();
        StringJoiner words = new StringJoiner("; ");
        for (Map.Entry<KnownEntity, Role> r : se.orphanRoles.entrySet()) {
            ps.add(participant(r.getKey(), r.getValue()));
            words.add(r.getValue().name().toLowerCase(java.util.Locale.ROOT) + " '" + se.orphanRoleWords.get(r.getKey())
                    + "' " + r.getKey().name());
        }
        Mention m = withContribution(base, "same event as the previous sentence; " + words);
        Event addition = new Event(0, prev.type(), null, EventDate.UNKNOWN, null, null, prev.status(), ps, List.of(m),
                List.of());
        events.set(target, merger.merge(prev, addition));
    }

    /**
     * The event a sentence without a trigger continues: the last one, unless tenses disagree ("X will not attend"
     * after a caption about a past summit continues the planned event before it).
     */
    private int orphanTarget(Tense tense) {
        if (tense == Tense.PRESENT) {
            return lastEvent;
        }
        for (int i = lastEvent; i >= 0; i--) {
            EventStatus st = events.get(i).status();
            boolean future = st == EventStatus.PLANNED || st == EventStatus.PROPOSED;
            if ((tense == Tense.FUTURE) == future) {
                return i;
            }
        }
        return lastEvent;
    }

    /** A trigger with no names, date or place ("The two leaders are set to meet") continues the last event. */
    private void corefer(Event e) {
        if (lastEvent < 0) {
            return;
        }
        Event prev = events.get(lastEvent);
        boolean compatible = prev.type() == e.type()
                || (GATHERINGS.contains(prev.type()) && GATHERINGS.contains(e.type()));
        if (!compatible) {
            return;
        }
        Mention m = e.mentions().get(0);
        Mention tagged = withContribution(m, "same event as the previous sentence; " + m.contribution());
        Event addition = new Event(0, prev.type(), null, EventDate.UNKNOWN, null, null, prev.status(),
                e.participants(), List.of(tagged), List.of());
        events.set(lastEvent, merger.merge(prev, addition));
    }

    private Event build(SentenceEvents.Slot slot, Mention base, int end) {
        String clause = unquoted(slot.clause.start(), end);
        Tense tense = TenseDetector.of(clause);
        Event referent = groupReferent(slot, sequenced(slot.trigger.start()));
        EventDate previous = referent != null ? referent.date() : lastEvent >= 0 ? events.get(lastEvent).date() : null;
        Resolution day = null;
        Resolution time = null;
        for (Timex t : pickOrder(slot.times)) {
            Resolution r = DateResolver.resolve(t, anchor, tense, previous);
            if (t.kind() == Timex.Kind.TIME) {
                time = time == null ? r : time;
            } else if (day == null) {
                day = r;
            }
        }
        Resolution when;
        if (day != null) {
            when = time == null ? day : DateResolver.withTime(day, time, null);
        } else if (time != null && focus != null) {
            when = DateResolver.withTime(focus, time, "'" + focus.derivation().phrase() + "' (earlier sentence)");
        } else {
            when = time;
        }
        if (when != null && when.date().known() && when.date().precision().compareTo(Precision.DAY) >= 0) {
            focus = when;
        }
        EventDate date = when == null ? EventDate.UNKNOWN : when.date();
        DateDerivation derivation = when == null ? null : when.derivation();
        List<Participant> ps = new ArrayList<>();
        for (Map.Entry<KnownEntity, Role> p : slot.participants.entrySet()) {
            Role role = p.getValue();
            if (role == Role.ATTENDEE && (slot.type() == EventType.STATEMENT
                    || slot.type() == EventType.PRESS_CONFERENCE)) {
                role = Role.SPEAKER;
            }
            ps.add(participant(p.getKey(), role));
        }
        if (referent != null) {
            for (Participant p : referent.participants()) {
                if (p.role().present() && p.kind() == EntityKind.PERSON
                        && ps.stream().noneMatch(q -> q.name().equals(p.name()))) {
                    ps.add(new Participant(p.name(), p.kind(), p.title(), slot.type() == EventType.STATEMENT
                            || slot.type() == EventType.PRESS_CONFERENCE ? Role.SPEAKER : Role.ATTENDEE));
                }
            }
        }
        String location = slot.place == null ? null : slot.place.name();
        EventStatus status = status(clause, tense, date);
        StringJoiner why = new StringJoiner("; ");
        why.add("trigger '" + slot.trigger.phrase() + "'");
        for (Timex t : slot.times) {
            why.add((t.kind() == Timex.Kind.TIME ? "time '" : "date '") + t.phrase() + "'");
        }
        if (day == null && time != null && focus != null && date.known()) {
            why.add("day from an earlier sentence");
        }
        if (referent != null) {
            why.add("participants of the event just mentioned ('" + referent.title() + "')");
        } else if (ps.stream().anyMatch(p -> p.role().present())) {
            why.add("participants");
        }
        slot.roleWords.forEach((k, w) -> why.add(slot.participants.get(k).name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-') + " '" + w + "'"));
        if (location != null) {
            why.add("place '" + slot.place.phrase() + "'");
        }
        if (status != EventStatus.HELD) {
            why.add("status " + status.name().toLowerCase(java.util.Locale.ROOT));
        }
        Event e = new Event(0, slot.type(), null, date, derivation, location, status, ps,
                List.of(withContribution(base, why.toString())), List.of());
        return e;
    }

    /** text[from, to) with quoted words blanked: what a speaker says has its own tense. */
    private String unquoted(int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            sb.append(quoted.get(i) ? ' ' : text.charAt(i));
        }
        return sb.toString();
    }

    /** The latest event with two or more people, when the clause speaks of "the two leaders" or "they". */
    private Event groupReferent(SentenceEvents.Slot slot, boolean reference) {
        java.util.regex.Matcher m = GROUP.matcher(text).region(slot.clause.start(), slot.clause.end());
        if (!m.find()) {
            return null;
        }
        boolean before = m.start() <= slot.trigger.start() && !reference;
        // "a meeting between the two leaders": the group right after its trigger
        boolean after = m.start() >= slot.trigger.end() && m.start() - slot.trigger.end() <= 10
                && text.substring(slot.trigger.end(), m.start()).matches("\\s+(?:between|of|with)\\s+");
        if (!before && !after) {
            return null;
        }
        // "their previous meeting": the latest group of the same kind of event, else the latest group
        int pick = -1;
        for (int i = events.size() - 1; i >= 0; i--) {
            Event e = events.get(i);
            long people = e.participants().stream()
                    .filter(p -> p.role().present() && p.kind() == EntityKind.PERSON).count();
            if (people >= 2 && pick < 0) {
                pick = i;
            }
            if (people >= 2 && compatible(e.type(), slot.type())) {
                pick = i;
                break;
            }
        }
        if (pick < 0) {
            return null;
        }
        Event e = events.get(pick);
        return e.title() == null ? new Event(0, e.type(), EventTitles.of(e), e.date(), e.derivation(),
                e.location(), e.status(), e.participants(), e.mentions(), e.disagreements()) : e;
    }

    /** Explicit dates before weekdays before relative words: "on Tuesday 12 August" means 12 August. */
    private static List<Timex> pickOrder(List<Timex> times) {
        List<Timex> sorted = new ArrayList<>(times);
        sorted.sort(java.util.Comparator.comparingInt(t -> switch (t.kind()) {
            case DAY_OF_MONTH -> 0;
            case DEICTIC -> 1;
            case WEEKDAY -> 2;
            case AFTER_PREVIOUS -> 3;
            case PERIOD -> 4;
            case MONTH -> 5;
            case YEAR -> 6;
            case TIME -> 7;
        }));
        return sorted;
    }

    private EventStatus status(String clause, Tense tense, EventDate date) {
        String lower = clause.toLowerCase(java.util.Locale.ROOT);
        if ((lower.contains("cancel") || lower.contains("off") || lower.contains("postpone")
                || lower.contains("scrap") || lower.contains("abandon") || lower.contains("shelve")
                || lower.contains("take place")) && CANCELLED.matcher(clause).find()) {
            return EventStatus.CANCELLED;
        }
        if (tense != Tense.PAST && PROPOSED.matcher(INVITATION.matcher(clause).replaceAll("")).find()) {
            return EventStatus.PROPOSED;
        }
        if (tense == Tense.FUTURE) {
            return EventStatus.PLANNED;
        }
        if (anchor != null && date.known() && date.start().isAfter(anchor)) {
            return EventStatus.PLANNED;
        }
        return EventStatus.HELD;
    }

    private static Participant participant(KnownEntity k, Role role) {
        return new Participant(k.name(), k.kind(), k.title(), role);
    }

    private static Mention withContribution(Mention m, String contribution) {
        return new Mention(m.sourceId(), m.start(), m.end(), m.text(), contribution);
    }

    /** Several sentences about one event become one event; earlier events absorb later ones. */
    private List<Event> consolidate(List<Event> found) {
        List<Event> out = new ArrayList<>(found);
        boolean changed = true;
        while (changed) {
            changed = false;
            outer:
            for (int i = 0; i < out.size(); i++) {
                for (int j = i + 1; j < out.size(); j++) {
                    if (merger.sameness(out.get(j), out.get(i)) >= 0) {
                        Optional<Event> best = merger.findSame(out.get(j), out.subList(0, j));
                        int k = best.map(out::indexOf).orElse(i);
                        out.set(k, merger.merge(out.get(k), out.get(j)));
                        out.remove(j);
                        changed = true;
                        break outer;
                    }
                }
            }
        }
        return out;
    }

    /** Meetings between leaders of two or more countries are summits; titles last. */
    private Event finish(Event e) {
        EventType type = e.type();
        boolean hosted = e.participants().stream().anyMatch(p -> p.role() == Role.HOST);
        if ((type == EventType.MEETING || (type == EventType.TALKS && hosted)) && isSummit(e)) {
            // a leader receiving another leader, for a meeting or for talks, is a bilateral summit
            type = EventType.SUMMIT;
        }
        Event typed = new Event(0, type, null, e.date(), e.derivation(), e.location(), e.status(), e.participants(),
                e.mentions(), e.disagreements());
        return new Event(0, type, EventTitles.of(typed), e.date(), e.derivation(), e.location(), e.status(),
                e.participants(), e.mentions(), e.disagreements());
    }

    private boolean isSummit(Event e) {
        Set<String> countries = new java.util.HashSet<>();
        int present = 0;
        for (Participant p : e.participants()) {
            if (!p.role().present()) {
                continue;
            }
            KnownEntity k = known(p.name());
            if (k != null && k.kind() == EntityKind.ORGANISATION && k.title() != null
                    && (k.title().contains("government") || k.title().contains("presidency"))) {
                continue; // "the Kremlin" beside Putin is his government, not another party
            }
            present++;
            if (k == null || !k.leader()) {
                return false;
            }
            countries.add(k.country());
        }
        return present >= 2 && countries.size() >= 2;
    }

    private KnownEntity known(String name) {
        for (KnownEntity k : names.aliasesUsed().keySet()) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        return null;
    }

    private List<Entity> entities() {
        List<Entity> out = new ArrayList<>();
        for (Map.Entry<KnownEntity, Set<String>> e : names.aliasesUsed().entrySet()) {
            KnownEntity k = e.getKey();
            List<String> aliases = e.getValue().stream().filter(a -> !a.equals(k.name())).toList();
            out.add(new Entity(0, k.name(), k.kind() == null ? EntityKind.PERSON : k.kind(), k.title(), aliases));
        }
        return out;
    }
}
