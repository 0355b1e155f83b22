package parley.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventType;
import parley.domain.Extraction;
import parley.domain.Mention;
import parley.extract.text.CaptionLines;
import parley.extract.text.Furniture;
import parley.extract.text.QuoteMask;
import parley.extract.text.SentenceSplitter;
import parley.extract.text.Tokens;

/**
 * One run of extraction over one article: sentences in reading order, each turned into new events
 * ({@link SentenceEvents} → {@link EventBuilder} → {@link SentenceLinks}) or added to an event already reported
 * ({@link Story}); then reports of the same event inside the article are merged ({@link ArticleEvents}).
 */
final class ArticleExtraction {
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    /** The article's text with its wrapping breaks read as spaces ({@link parley.extract.text.SoftBreaks}). */
    private final String text;
    /** The text as saved: what a mention quotes. */
    private final String saved;
    private final EntityFinder names;
    private final SubjectPronouns pronouns = new SubjectPronouns();
    private final BitSet quoted;
    /** Positions on photo-caption lines: captions may report events of their own, never add people to others. */
    private final BitSet captions;
    private final Tokens tokens;
    private final Story story;
    private final SentenceLinks links;
    private final EventBuilder builder;
    /** Dates of headings and paragraph leads, and the day the text last spoke of (narrative mode). */
    private final SectionDates sections;
    private final LiveBlog blog;
    private final ArticleEvents finishing;
    private final LooseReports loose;
    /** "The first three visits …. The fourth, on Monday, …": the member an ordinal stands for. */
    private final CountedSeries series;
    /** "Rounds between the two delegations so far:" above a list: what its items are, and whose. */
    private final ListLeadIns lists;
    /** Who the document is about, for clauses told with no subject (session 18). */
    private final Protagonists protagonists;
    private final LocalDate anchor;
    /** Inside a "Key points" block: its bullets sum up the story. */
    private boolean summary;
    /** Start of the headline line, MAX_VALUE when the text opens with a sentence, -1 before it is known. */
    private int headline = -1;

    ArticleExtraction(Gazetteer gazetteer, Lexicon lexicon, EventMerger merger, Article article, LocalDate anchor) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.saved = article.text() == null ? "" : article.text();
        // offsets into the copy are offsets into the saved text: only wrapping breaks become spaces
        this.text = parley.extract.text.SoftBreaks.asSpaces(saved);
        this.names = new EntityFinder(gazetteer, anchor);
        String issuer = Issuer.country(saved, article.title(), article.publisher(), gazetteer);
        names.issuer(issuer);
        this.quoted = QuoteMask.of(text);
        this.captions = CaptionLines.of(text);
        this.tokens = Tokens.of(text); // the article's words, read once: rules ask them for their cues (text.Cue)
        this.story = new Story(text, tokens, merger, captions);
        this.links = new SentenceLinks(text, merger);
        this.sections = new SectionDates(text, anchor);
        this.blog = new LiveBlog(text, anchor);
        this.builder = new EventBuilder(text, anchor, quoted, story, links, sections, blog);
        this.finishing = new ArticleEvents(merger, names, story, anchor);
        this.loose = new LooseReports(merger);
        this.series = new CountedSeries(text, tokens, anchor);
        this.lists = new ListLeadIns(text);
        sections.listItems(lists::within); // "- 4 April, Istanbul" under "Earlier rounds": an item, no dated line
        this.protagonists = new Protagonists(text, gazetteer, issuer,
                Issuer.office(saved, article.title(), article.publisher(), gazetteer), anchor);
        this.anchor = anchor;
    }

    Extraction run() {
        List<Article.Span> spans = SentenceSplitter.split(text);
        boolean[] furniture = Furniture.mark(tokens.hits(), spans, quoted);
        story.countriesIn = (from, to) -> countriesIn(tokens, from, to);
        for (int i = 0; i < spans.size(); i++) {
            blog.reach(spans.get(i).start(), sections.headingDay());
            if (furniture[i]) {
                continue;
            }
            if (headline < 0) {
                headline = isHeadline(spans.get(i)) ? spans.get(i).start() : Integer.MAX_VALUE;
            } else if (rosterHeading(spans.get(i))) {
                sections.sentence(spans.get(i).start());
                continue; // "Who is in the room", "In the hall on Saturday:": the block below lists who took part
            } else if (isHeading(spans.get(i)) && !lists.opensList(spans.get(i).start(), spans.get(i).end())) {
                rosterEnd = -1;
                headingProtagonist(spans.get(i));
                story.heading(); // "they" under a heading does not reach the pair named above it
                sections.sentence(spans.get(i).start()); // its date still opens the section ("## Monday 6 October")
                EventType kind = ListLeadIns.noun(text, spans.get(i).start(), spans.get(i).end());
                if (kind != null && lists.headsList(spans.get(i).start(), spans.get(i).end())) {
                    lists.open(spans.get(i).end(), kind, List.of()); // "## Earlier rounds" above a list of rounds
                }
                summary = summaryHeading(spans.get(i));
                continue; // a section heading names what follows ("Beijing: talks on Tuesday"); it reports nothing
            }
            if (summaryHeading(spans.get(i))) {
                summary = true; // "Key points" on its own line, the bullets right under it
                continue;
            }
            if (summary && bulletLine(spans.get(i))) {
                continue; // "Key points": bullets that sum up the story, as a headline does, add no events
            }
            summary = false;
            try {
                sentence(spans.get(i), tokens);
            } catch (RuntimeException e) {
                    // one sentence the rules cannot handle must not cost the article its other events
            }
        }
        List<Event> merged = loose.settle(finishing.consolidate(story.events));
        java.util.Map<String, String> countryOf = new java.util.HashMap<>();
        for (KnownEntity k : names.aliasesUsed().keySet()) {
            if (k.country() != null) {
                countryOf.putIfAbsent(k.name(), k.country());
            }
        }
        List<Event> out = new ArrayList<>(merged.size());
        for (Event e : merged) {
            if (e.mentions().stream().allMatch(m -> m.start() == headline)) {
                continue; // a headline sums up the story: it supports events of the text, it adds none of its own
            }
            boolean nobody = e.participants().stream().noneMatch(p -> p.role().present());
            // fighting is an event with no one named; an act of diplomacy (OTHER: "recalled its ambassadors") is
            // filed under the government that acted, and is dropped without one (session 10)
            boolean force = e.type() == EventType.MILITARY;
            // "17 - Vienna. Third round; X joins for the closing session": one who only joins a round is no party to
            // it; the round still has the negotiation's parties (session 13)
            boolean joinedOnly = !nobody && e.type() == EventType.TALKS && e.participants().stream()
                    .filter(p -> p.role().present()).allMatch(p -> p.role() == parley.domain.Role.JOINED);
            // "Third round, in Vienna, under Swiss mediation": a numbered round naming only its mediator (or one
            // newcomer) is still a round between the series' sides; the one it names is added to them (session 14)
            boolean lone = !nobody && !joinedOnly && e.type() == EventType.TALKS
                    && e.participants().stream().filter(p -> p.role().present()).count() == 1
                    && Negotiation.numberedRound(e);
            if ((nobody || joinedOnly || lone) && e.type() == EventType.TALKS && e.date().known()) {
                Event own = e;
                e = Negotiation.sameParties(e, merged, t -> finishing.finish(t).type() == EventType.TALKS);
                // "the second round was held in Rome on April 19": a round of the negotiation the article reports
                if ((joinedOnly || lone) && e != own) {
                    List<parley.domain.Participant> ps = new ArrayList<>(e.participants());
                    own.participants().stream().filter(p -> ps.stream().noneMatch(q -> q.name().equals(p.name())))
                            .forEach(ps::add);
                    e = new Event(e.id(), e.type(), e.title(), e.date(), e.derivation(), e.location(), e.status(), ps,
                            e.mentions(), e.disagreements());
                }
                nobody = e.participants().isEmpty();
            }
            if (nobody && !force) {
                // a gathering, call or visit of no one named ("a follow-up meeting", "England travel to Belgrade")
                // is a passing mention: the guidelines tie every diplomatic event to those who take part, and who
                // they are is what an analyst files it under
                continue;
            }
            if (force && nobody && !e.date().known()) {
                continue; // "strikes" with no one and no date: background, not a dated event for the timeline
            }
            out.add(NotActors.filed(finishing.finish(e), countryOf));
        }
        return new Extraction(out, finishing.entities());
    }

    /** Compiled once: String.split and matches compile their pattern at every call. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final String REPORTING = "(?:said|says|told|added|announced|insisted|warned|stressed|noted)";
    /** " and is expected to", " but will": a coordinated verb with its own tense after the trigger's own verb. */
    private static final java.util.regex.Pattern COORDINATED = java.util.regex.Pattern.compile(
            "(?i)\\s(?:and|but)\\s+(?:is|are|was|were|will|would|has|have|had|could|may|might|plans|hopes"
            // "met Witkoff on Saturday and said on Monday he expected …", "X, who met Y on Saturday, said on Monday
            // he expected …": the saying and what it reports have a tense of their own
            + "|(?:later\\s+|then\\s+)?" + REPORTING + ")\\b|,\\s+" + REPORTING + "\\b");

    /** The verbs every match of {@link #COORDINATED} ends with. */
    private static final parley.extract.text.Cue COORDINATED_CUE = parley.extract.text.Cue.of("is", "are", "was",
            "were", "will", "would", "has", "have", "had", "could", "may", "might", "plans", "hopes", "said", "says",
            "told", "added", "announced", "insisted", "warned", "stressed", "noted");

    /** "Witkoff landed in Cairo and is expected to join": the trigger's tense stops where another verb group starts. */
    private int ownPart(int triggerEnd, int end) {
        if (triggerEnd >= end) {
            return end;
        }
        if (!tokens.hasAt(COORDINATED_CUE, triggerEnd, end)) {
            return end;
        }
        java.util.regex.Matcher m = COORDINATED.matcher(text).region(triggerEnd, end);
        return m.find() ? m.start() : end;
    }

    private void sentence(Article.Span span, Tokens tokens) {
        if (blog.alone(span.start(), span.end())) {
            sections.entryStamp(); // a live blog's stamp alone on its line opens an entry; it tells nothing
            return;
        }
        sections.sentence(span.start());
        if (span.end() <= sections.looseLine(span.start())) {
            story.heading(); // "— 14/05 —", "[14.05.2025]": a dated line heads what follows and reports nothing
            return;
        }
        int from = Furniture.contentStart(text, span);
        int to = Furniture.contentEnd(text, span);
        series.sentence(from, to);
        List<EntityMention> found = names.sentence(tokens, tokens.indexAt(from), tokens.indexAt(to), quoted);
        boolean caption = captions.get(span.start());
        if (!caption) { // a caption's people are shown, not the subject the story goes on with
            found = pronouns.resolve(tokens, tokens.indexAt(from), tokens.indexAt(to), found, quoted);
        }
        if (!caption) {
            sections.cast(span.start(), found);
        }
        if (!caption && span.start() == headline) {
            protagonists.headline(found, from, to); // "Timeline | Chancellor X in the Gulf"
        }
        if (!caption && span.start() < rosterEnd) {
            roster(found, span);
            return;
        }
        if (!caption && INLINE_ROSTER.matcher(text).region(from, to).lookingAt()
                && found.stream().filter(m -> m.entity().kind() == parley.domain.EntityKind.PERSON).count() >= 2) {
            rosterRole = parley.domain.Role.ATTENDEE;
            roster(found, span); // "Present were: A, B and C.": the people of the gathering just reported
            return;
        }
        SentenceEvents se = SentenceEvents.read(text, tokens, from, to, found, quoted, lexicon, gazetteer);
        links.knownSequenced(se.sequencedAt); // (read with the same text)
        if (!caption && span.start() != headline && se.slots.isEmpty() && isHeadline(span)
                && !(bulletLine(span) && !text.startsWith("**", span.start()))) {
            protagonists.line(found, from, to); // "**Premier X — engagements, 2–5 June**" above the entries
        }
        if (!caption && !se.slots.isEmpty() && sections.transcript() != null && Transcript.opinion(text, from, to)) {
            // "GUEST: I think the two presidents should meet more often": a view, no occasion (session 16)
            story.noteActors(found);
            story.noteSentence(from, to);
            return;
        }
        Event cued = caption || !se.slots.isEmpty() ? null : AnsweredCues.report(text, saved, tokens, lexicon,
                sections.transcript(), span, from, to, found, story.last(), sections, anchor);
        if (cued != null) {
            // "HOST: And the press conference?" / "REPORTER: They took questions in the garden." (session 16)
            story.add(cued, false);
            sections.dated(cued.date(), true);
            story.noteActors(found);
            story.noteSentence(from, to);
            return;
        }
        if (!caption && !se.slots.isEmpty() && span.start() != headline) {
            sections.reported(); // (the headline sums up the story; the lead is the first paragraph under it)
        }
        Mention base = new Mention(0, span.start(), span.end(), saved.substring(span.start(), span.end()), null);
        try {
            events(se, base, tokens, caption);
        } finally {
            if (!caption) {
                story.noteActors(found); // for "the three ministers" in the sentences that follow
                story.noteSentence(from, to); // for "the two countries"
            }
        }
    }

    /**
     * "An extraordinary session of the Joint Border Board opened in Narva": a joint body of two states meets with
     * its members, the two countries this sentence names, else the two the latest sentences name (session 10).
     */
    private void jointBodyMembers(SentenceEvents se, Mention base, Tokens tokens) {
        for (SentenceEvents.Slot slot : se.slots) {
            if (slot.type() != EventType.MEETING && slot.type() != EventType.TALKS
                    || slot.participants.keySet().stream().noneMatch(k -> k.kind() == parley.domain.EntityKind.ORGANISATION
                    && k.name().startsWith("Joint "))
                    || slot.participants.keySet().stream().filter(k -> k.kind() != parley.domain.EntityKind.ORGANISATION)
                    .count() >= 2) {
                continue; // (two sides already named: "Estonia and Latvia convened the Joint Board")
            }
            List<String> members = countriesIn(tokens, base.start(), base.end());
            if (members.size() != 2) {
                members = story.countriesNamedBefore(2);
            }
            for (String key : members) {
                slot.participants.putIfAbsent(CountryActors.country(key), parley.domain.Role.ATTENDEE);
            }
        }
    }

    private void events(SentenceEvents se, Mention base, Tokens tokens, boolean caption) {
        if (!caption && !se.slots.isEmpty()) {
            jointBodyMembers(se, base, tokens);
        }
        if (!caption) {
            story.cancelsPlan(base); // "he had cancelled it": the one occasion still ahead (session 16)
        }
        // under a lead or heading of another day, a sentence does not continue the event before it
        boolean otherDay = sections.otherDay(story.lastDate());
        boolean leadIn = !caption && lists.opensList(base.start(), base.end());
        boolean item = !caption && !leadIn && lists.governs(base.start());
        if (leadIn && se.slots.isEmpty()) {
            leadInWithoutTrigger(se, base);
            return; // "Rounds between the two delegations so far:": the list under it reports the rounds
        }
        if (item && se.slots.isEmpty()) {
            Event member = lists.itemEvent(base, sections.lead(), anchor); // "- 18 March, two hours."
            if (member != null) {
                story.add(member, false);
                sections.dated(member.date(), member.status() == parley.domain.EventStatus.HELD);
                return;
            }
        }
        if (se.slots.isEmpty()) {
            Event member = caption || otherDay ? null
                    : series.member(base, story.lastActors(), sections.reference());
            if (member != null) {
                story.add(member, false);
                sections.dated(member.date(), member.status() == parley.domain.EventStatus.HELD);
                return;
            }
            parley.extract.time.Resolution own = caption ? null
                    : sections.mentioned(tokens, base.start(), base.end(), quoted); // "The fourth, on Monday, narrowed it."
            if (!caption && !otherDay && remoteOnly(se, base)) {
                return; // "X addressed the plenary by video": no trigger, yet how X took part in the event just told
            }
            if (!caption && !otherDay) {
                story.attachOrphanRoles(se, base, own); // "(left) with Mr X": the people in a photo join no event
            }
            return;
        }
        if (!caption && !otherDay && remoteOnly(se, base)) {
            return; // "Macron joined by video link": how he took part in the event just reported, no event of its own
        }
        if (!caption && !otherDay && arrivedFor(se, base)) {
            return; // "A and B travelled to Abuja for the opening session": they are at the summit just reported
        }
        if (!caption && !otherDay && !se.orphanRoles.isEmpty()) {
            precedingOrphans(se, base);
        }
        List<Event> built = new ArrayList<>();
        builder.sentenceTimes(se.unclaimed, se.sayingTimes);
        for (int k = 0; k < se.slots.size(); k++) {
            SentenceEvents.Slot slot = se.slots.get(k);
            int end = slot.clause.end();
            for (int j = k + 1; j < se.slots.size(); j++) {
                if (se.slots.get(j).clause == slot.clause && se.slots.get(j).trigger.start() >= slot.trigger.end()) {
                    end = se.slots.get(j).trigger.start(); // "met on Monday before next week's meeting": own tense
                    break;
                }
            }
            if (!caption && VerblessEntries.subjectless(text, base.start(), slot.trigger.start(), slot.trigger.end(),
                    slot.type())) {
                // "- Lunch with X, who says the two will sign an accord next year": neither the tense nor the time
                // of the clause about X is the entry's
                int own = VerblessEntries.ownWordsEnd(text, slot.trigger.end(), end);
                if (own < end) {
                    slot.times.removeIf(t -> t.start() >= own);
                    // (nor does "a visit … next year" in it date the clause)
                    slot.clauseDated &= se.slots.stream().anyMatch(o -> o != slot && o.clause == slot.clause
                            && o.trigger.start() < own && o.times.stream().anyMatch(t -> t.start() < own));
                    end = own;
                }
            }
            story.sentenceSoFar(built); // "X received Y ..., and the two leaders held talks": this sentence's pair
            built.add(builder.build(slot, base, ownPart(slot.trigger.end(), end)));
        }
        links.inheritDates(se, built);
        AnchoredBack.date(text, se, built); // "met on Wednesday, a day after X landed": the landing on Tuesday
        links.jointStatements(se, built);
        links.statementOccasions(se, built);
        if (!caption && !otherDay) {
            SignedDocuments.atOccasion(text, se, built, story); // "met … and signed a joint declaration": one occasion
        }
        builder.dateOvernight(built);
        if (leadIn && built.stream().noneMatch(e -> e.date().known()
                && e.date().precision().compareTo(parley.domain.Precision.DAY) >= 0)) {
            // "Calls between Trump and Putin this year:": a lead-in with no day sums up the list; its items are the
            // events
            lists.open(base.end(), built.get(0).type(), built.get(0).participants());
            return;
        }
        // the first report of its line: a dated entry's own news ("3-4 - Lisbon. Second round, at the ministry."), not
        // a remark after it ("During his visit X telephones Y to apologise for the strike")
        boolean firstOnLine = lineStart(base.start()) != reportedLine;
        reportedLine = lineStart(base.start());
        List<Boolean> reference = new ArrayList<>();
        for (SentenceEvents.Slot slot : se.slots) {
            // (an event in a clause about a person, "led by X, who survived an attack in May", is background too)
            reference.add(slot.background || links.sequenced(slot.trigger.start()) || slot.relativeStart >= 0);
        }
        java.util.BitSet moved = new java.util.BitSet();
        for (int k = 0; k < se.slots.size(); k++) {
            SentenceEvents.Slot slot = se.slots.get(k);
            // "the trip has been pushed back to 12 May": the occasion told before, on its new day (session 15)
            moved.set(k, Rescheduling.named(text, slot.trigger.start(), slot.trigger.end()));
            // "the talks would resume": a later occasion of the series, not the talks just reported
            boolean resumed = Resumption.named(text, slot.trigger.start(), slot.trigger.end());
            slot.definite = story.definite(tokens, slot) && !resumed && !slot.namedPair;
            if (resumed) {
                built.set(k, Resumption.marked(built.get(k)));
            }
        }
        links.mergeWithinSentence(se, built, reference);
        links.purposeOfVisit(se, built, reference);
        for (int k = built.size() - 1; k >= 0; k--) {
            // "rang Merz and Tusk in separate calls": one event per counterpart
            List<Event> parts = SeparateEncounters.split(text, se.slots.get(k), built.get(k), se.people);
            built.set(k, parts.get(0));
            for (int p = 1; p < parts.size(); p++) {
                built.add(k + p, parts.get(p));
                se.slots.add(k + p, se.slots.get(k));
                reference.add(k + p, reference.get(k));
            }
        }
        java.util.BitSet travelled = new java.util.BitSet();
        for (int k = 0; !caption && !item && k < built.size(); k++) {
            // "- Talks with President Boluarte at the palace." on a trip's day: the traveller holds them (session 16)
            SentenceEvents.Slot slot = se.slots.get(k);
            if (!reference.get(k) && VerblessEntries.subjectless(text, base.start(), slot.trigger.start(),
                    slot.trigger.end(), built.get(k).type())) {
                Event before = built.get(k);
                built.set(k, VerblessEntries.withTraveller(before, VerblessEntries.visit(story.events),
                        VerblessEntries.tripDay(text, base.start())));
                travelled.set(k, built.get(k) != before);
            }
        }
        for (int k = 0; item && k < built.size(); k++) {
            // "- Met Faisal bin Farhan on Monday": the lead-in's subject
            built.set(k, lists.lend(built.get(k), sections.lead()));
        }
        KnownEntity lead = caption || base.start() == headline || item && lists.lends() ? null : protagonists.current();
        for (int k = 0; lead != null && k < built.size(); k++) {
            // "Tuesday: called the Kenyan president" under "Foreign Minister X: engagements": X called (session 18)
            SentenceEvents.Slot slot = se.slots.get(k);
            if (!reference.get(k) && !travelled.get(k) && (Protagonists.subjectless(text, base.start(),
                    slot.trigger.start(), slot.trigger.end(), se.people, quoted) || VerblessEntries.subjectless(text,
                    base.start(), slot.trigger.start(), slot.trigger.end(), built.get(k).type())
                    && Protagonists.verbless(text, slot.trigger.end(), base.end()))) {
                built.set(k, Protagonists.with(built.get(k), lead, text.substring(base.start(), slot.trigger.end())));
            }
        }
        for (int k = 0; k < built.size(); k++) {
            // a photo caption stands beside the story, outside its order: it is not the lead that dates the story
            if (!reference.get(k) && !caption) {
                // the reference time for "two days later"; a planned event's day is not where the past goes on
                sections.dated(built.get(k).date(), built.get(k).status() == parley.domain.EventStatus.HELD,
                        built.get(k).type() == EventType.VISIT);
            }
        }
        if (!caption && !reference.contains(false)) {
            // only reference points ("said on Tuesday that they had agreed, after two days of talks"): the
            // sentence's own day still moves the story on, as in a sentence that reports nothing
            sections.mentioned(tokens, base.start(), base.end(), quoted);
        }
        for (int k = 0; k < built.size(); k++) {
            Event e = built.get(k);
            if (se.slots.get(k).background) {
                continue; // "since the G20 summit": a yardstick, not an event
            }
            if (moved.get(k) && !caption && !otherDay && !reference.get(k) && story.reschedules(e,
                    Rescheduling.byAgent(text, se.slots.get(k).trigger.start(), se.slots.get(k).trigger.end()))) {
                continue;
            }
            if (se.slots.get(k).relativeStart >= 0 && e.participants().stream().noneMatch(p -> p.role().present())) {
                continue; // "led by X, who survived a drone strike in May": the person's past, no one's event here
            }
            if (!caption && !otherDay && !reference.get(k) && story.absentees(e)) {
                continue; // "Meloni stayed off the call" after a video conference: who was missing from that one
            }
            // a date lent by the section does not make a bare "the talks" a new event
            boolean undated = !e.date().known() || SectionDates.fromSection(e.derivation());
            // "a session in the Oval Office" after a summit at the White House: the place the event just told was
            // held in says nothing new (session 12, seats standing for their city)
            boolean nothing = e.participants().stream().noneMatch(p -> p.role().present())
                    && undated && (e.location() == null || story.lastPlace(e.location()))
                    && (e.derivation() == null || SectionDates.fromSection(e.derivation()))
                    // "- **4** - Russia launches air strikes on Kharkiv" under "## March": an attack told anew in a
                    // dated entry is that entry's news, though no one takes part in a strike (session 13)
                    && !(e.type() == EventType.MILITARY && e.date().known() && sections.lead() != null
                    && !se.slots.get(k).definite && firstOnLine)
                    // "Hours before the announcement, drones struck Erbil airport": news of its own (session 18)
                    && !AnchoredBack.mainAfterOpening(text, base.start(), base.end(), se, k);
            // "X is boycotting the summit": who stays away from an event told before, in no time of its own words
            boolean absences = !nothing && !e.participants().isEmpty() && e.location() == null
                    && se.slots.get(k).times.isEmpty() && se.slots.get(k).definite
                    && e.participants().stream().allMatch(p -> p.role() == parley.domain.Role.ABSENT);
            if (!caption && !otherDay && !reference.get(k) && se.slots.get(k).definite
                    && story.datesDefinite(e)) {
                continue; // "The conversation took place on 14 March": the call told before, now with its day
            }
            if (nothing && (item || sections.lead() != null && firstOnLine && !se.slots.get(k).definite)
                    && e.type() == EventType.TALKS && e.date().known()) {
                // (also a round opening a chronology's dated entry: "3-4 - Lisbon. Second round, at the ministry.")
                story.add(e, false); // "- 16 May, Istanbul. First round.": a dated round, its parties found at the end
            } else if (nothing || absences) {
                if (!otherDay) { // a bare "the strike" under another day's entry names no event of that day
                    story.corefer(caption ? Story.withoutParticipants(e) : e);
                }
            } else if ((undated || (se.slots.get(k).times.isEmpty() && e.derivation() != null // no date of its own words
                    && e.derivation().rule() != null && e.derivation().rule().contains("shared")))
                    && !reference.get(k) && !otherDay && !item
                    && se.slots.get(k).definite && story.coreferDefinite(caption ? Story.withoutParticipants(e) : e)) {
                continue; // "is expected to join the talks": the talks just reported
            } else {
                // the headline sums up the story: its events are never the one later sentences continue
                story.add(e, reference.get(k) || base.start() == headline);
            }
        }
    }

    /**
     * A section heading: its one person (or the issuer's office it names) is whom the section's clauses with no
     * subject are about; a day heading ("## Monday 16 March") keeps the person of the section above it.
     */
    private void headingProtagonist(Article.Span span) {
        int from = Furniture.contentStart(text, span);
        int to = Furniture.contentEnd(text, span);
        try {
            List<EntityMention> found = names.sentence(tokens, tokens.indexAt(from), tokens.indexAt(to), quoted);
            protagonists.heading(found, from, to);
        } catch (RuntimeException e) {
            protagonists.heading(List.of(), from, from); // (a heading the name rules cannot read names no one)
        }
    }

    /** Start of the line of the last sentence that reported an event; -1 before any. */
    private int reportedLine = -1;

    /** Start of the line that holds {@code at}. */
    private int lineStart(int at) {
        return text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
    }

    /**
     * A lead-in with no trigger ("Rounds between the two delegations so far:", "Lammy's contacts this week:"): the
     * kind its plural noun counts, and the people it names, or the group "the two delegations" stands for.
     */
    private void leadInWithoutTrigger(SentenceEvents se, Mention base) {
        EventType kind = ListLeadIns.noun(text, base.start(), base.end());
        List<parley.domain.Participant> who = new ArrayList<>();
        for (boolean countries : new boolean[] {false, true}) {
            // people and bodies first; countries ("Rounds between Ukraine and Russia:") when no one else is named
            for (EntityMention m : se.people) {
                if (who.isEmpty() == countries || quoted.get(m.start())
                        || (m.entity().kind() == parley.domain.EntityKind.COUNTRY) != countries) {
                    continue;
                }
                if (who.stream().noneMatch(p -> p.name().equals(m.entity().name()))) {
                    who.add(EventBuilder.participant(m.entity(), parley.domain.Role.ATTENDEE));
                }
            }
        }
        int[] noun = ListLeadIns.nounAt(text, base.start(), base.end());
        if (who.isEmpty() && noun != null) {
            // "the two delegations": the group a trigger there would take
            int first = 0;
            SentenceEvents.Slot slot = new SentenceEvents.Slot(new parley.extract.text.PhraseMatcher.Match<>(first,
                    first, noun[0], noun[1], text.substring(noun[0], noun[1]), kind),
                    Clauses.at(Clauses.of(text, base.start(), base.end()), noun[0]));
            Event group = story.groupReferent(slot, false);
            if (group != null) {
                who.addAll(group.participants());
            }
        }
        lists.open(base.end(), kind, who);
    }

    /** The gathering someone joins or addresses from afar. */
    private static final String GATHERING_NOUNS = "(?:talks|meeting|summit|call|session|proceedings|plenary|gathering"
            + "|leaders|conference|assembly|forum|delegates|ministers|opening session|closing session)";

    /**
     * "joined by video link", "took part by phone", "joined the meeting via video", "joined them from Lima by video
     * link", "addressed the plenary by video": taking part from afar (session 13: the object and the place it was
     * done from may stand between the verb and the means; addressing a gathering from afar is taking part in it).
     */
    private static final java.util.regex.Pattern REMOTE = java.util.regex.Pattern.compile("(?i)\\b(?:(?:joined|joins"
            + "|took part|takes part|participated|participates|dialled in|dialed in|followed|follows|attended|attends"
            + "|taking part|joining)"
            + "(?:\\s+(?:them|him|her|us|(?:the\\s+)?" + GATHERING_NOUNS + "))?"
            // addressing needs the gathering as its object: "spoke to him by phone" is a call of its own
            + "|(?:addressed|addresses|spoke to|speaks to|spoke at|speaks at)\\s+the\\s+" + GATHERING_NOUNS + ")"
            + "(?:\\s+from\\s+\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+)?)?"
            + "\\s+(?:by|via|over|through)\\s+(?:a\\s+)?(?:video(?:[\\s-]*link"
            + "|\\s+call|\\s*conference)?|videoconference|phone|telephone)\\b"
            // "spoke by video link with Zelensky": a call or video meeting of its own with someone, not taking part
            + "(?!\\s+(?:with|to)\\b)");

    /**
     * "Zelensky, speaking by video link from Kyiv, urged …", "appeared by video link": one person speaking to a
     * gathering from afar (a video link, never a phone: "spoke by phone" is a call; nor "with"/"to" someone after it).
     */
    private static final java.util.regex.Pattern REMOTE_SPEECH = java.util.regex.Pattern.compile("(?i)\\b(?:speaking"
            + "|spoke|speaks|appeared|appears|appearing)\\s+(?:by|via|over)\\s+(?:a\\s+)?(?:video(?:[\\s-]*link)?"
            + "|videoconference)\\b(?!\\s+(?:with|to)\\b)");

    /**
     * A sentence whose only triggers are the words of taking part from afar ("Macron joined by video link") adds the
     * people named before them to the event just reported, as attendees: a video link is how they took part, not a
     * second meeting. True when the sentence was read so.
     */
    private boolean remoteOnly(SentenceEvents se, Mention base) {
        if (story.lastEvent < 0 || se.people.isEmpty()
                || (base.text().indexOf("video") < 0 && base.text().indexOf("phone") < 0)) {
            return false;
        }
        java.util.regex.Matcher m = REMOTE.matcher(text).region(base.start(), base.end());
        boolean speech = false;
        if (!m.find()) {
            m = REMOTE_SPEECH.matcher(text).region(base.start(), base.end());
            if (!m.find()) {
                return false;
            }
            speech = true;
        }
        for (SentenceEvents.Slot slot : se.slots) {
            if (slot.trigger.start() < m.start() || slot.trigger.end() > m.end()) {
                return false;
            }
        }
        List<EntityMention> before = new ArrayList<>();
        for (EntityMention p : se.people) {
            if (p.end() <= m.start() && !quoted.get(p.start())) {
                before.add(p);
            }
        }
        if (before.isEmpty() || speech && before.size() != 1) {
            return false; // ("Macron and Merz spoke by video link": two people talking to each other, a meeting)
        }
        story.attachRoster(before, parley.domain.Role.ATTENDEE, base, "took part from afar '" + m.group() + "'");
        return true;
    }

    /** After a trip's verb: what the trip is for, a gathering named by a definite noun ("for the opening session"). */
    private static final java.util.regex.Pattern FOR_GATHERING = java.util.regex.Pattern.compile("(?i)^[^.;]{0,40}?"
            + "\\bfor\\s+(?:the|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:summit|session|opening|talks|meeting|gathering"
            + "|conference|forum|ceremony|sessions)\\b");

    /**
     * "A joint summit opened in Abuja on Tuesday. Presidents A and B travelled to Abuja for the opening session."
     * (session 13): a trip with no time of its own to the place of the gathering just reported, or for it, is how its
     * travellers came to that gathering: they attend it, and the trip is no visit of its own (the report otherwise
     * left the summit with only the two blocs, and added a visit on the story's day).
     */
    private boolean arrivedFor(SentenceEvents se, Mention base) {
        if (story.lastEvent < 0 || se.slots.isEmpty() || !se.unclaimed.isEmpty()) {
            return false;
        }
        Event last = story.events.get(story.lastEvent);
        if ((last.type() != EventType.SUMMIT && last.type() != EventType.MEETING) || last.location() == null
                || !last.date().known()) {
            return false;
        }
        parley.extract.time.Tense tense = parley.extract.time.TenseDetector.of(base.text());
        boolean planned = last.status() == parley.domain.EventStatus.PLANNED;
        if (planned != (tense == parley.extract.time.Tense.FUTURE)) {
            return false; // "will travel to Abuja" is for the planned summit, "travelled" for the one held
        }
        java.util.Set<KnownEntity> travellers = new java.util.HashSet<>();
        int purposeEnd = -1;
        for (SentenceEvents.Slot slot : se.slots) {
            if (slot.trigger.start() < purposeEnd && slot.type() != EventType.VISIT) {
                continue; // "for the summit": the gathering the trip is for, the one just reported
            }
            java.util.regex.Matcher purpose = FOR_GATHERING.matcher(text).region(slot.trigger.end(), base.end());
            boolean forIt = purpose.lookingAt();
            purposeEnd = forIt ? purpose.end() : purposeEnd;
            if (slot.type() != EventType.VISIT || !slot.times.isEmpty()
                    || (slot.place == null ? !forIt : !slot.place.name().equals(last.location()))) {
                return false;
            }
            slot.participants.forEach((k, r) -> {
                if (r.present() && k.kind() == parley.domain.EntityKind.PERSON) {
                    travellers.add(k);
                }
            });
        }
        List<EntityMention> people = se.people.stream().filter(p -> travellers.remove(p.entity())).toList();
        if (people.isEmpty()) {
            return false;
        }
        story.attachRoster(people, parley.domain.Role.ATTENDEE, base, "came for the gathering just reported");
        return true;
    }

    /**
     * "Behind them sat A and B: Washington had co-organised the meeting": people given a role in a clause before the
     * sentence's first trigger, which no trigger of the sentence took, continue the event just reported, as they
     * would in a sentence without a trigger.
     */
    private void precedingOrphans(SentenceEvents se, Mention base) {
        int firstTrigger = Integer.MAX_VALUE;
        for (SentenceEvents.Slot slot : se.slots) {
            firstTrigger = Math.min(firstTrigger, slot.trigger.start());
        }
        java.util.Set<KnownEntity> early = new java.util.HashSet<>();
        for (EntityMention p : se.people) {
            if (p.end() <= firstTrigger) {
                early.add(p.entity());
            }
        }
        se.orphanRoles.keySet().retainAll(early);
        story.attachOrphanRoles(se, base);
    }

    /**
     * A section heading: a whole line of a few words with no closing punctuation, standing after a blank line (or a
     * Markdown "#" line); list items and table rows are not headings, they are the items of a briefing.
     */
    private boolean isHeading(Article.Span s) {
        int lineStart = s.start() == 0 ? 0 : text.lastIndexOf('\n', s.start() - 1) + 1;
        if (lineStart != s.start()) {
            return false;
        }
        String line = text.substring(s.start(), s.end()).strip();
        if (line.startsWith("#") || itemHeading(line, s.end()) || itemTitle(lineStart, s)) {
            return true; // (an item's dated heading, "14.02.2025 | LIMA | Ministers meet", and its title under it)
        }
        if (line.isEmpty() || "-*•|–·▪>".indexOf(line.charAt(0)) >= 0 || Character.isDigit(line.charAt(0))) {
            return false;
        }
        boolean blankBefore = lineStart < 2 || text.charAt(lineStart - 2) == '\n';
        // a blank line after as well: a wrapped line of a paragraph (PDF text, hard-wrapped mail) is not a heading
        int lineEnd = text.indexOf('\n', s.end());
        boolean blankAfter = lineEnd < 0 || lineEnd + 1 >= text.length() || text.charAt(lineEnd + 1) == '\n'
                || (lineEnd + 2 < text.length() && text.charAt(lineEnd + 1) == '\r');
        return blankBefore && blankAfter && lineEnd >= s.end() && text.substring(s.end(), lineEnd).isBlank()
                && isHeadline(s);
    }

    /**
     * An item's dated heading ({@link DatedHeadings}) with the item's text under it: a dated line followed by another
     * (past blank and ruler lines) is an entry of a timeline ("03.03.2025 | Boric receives Boluarte"), which reports.
     */
    private boolean itemHeading(String line, int end) {
        if (DatedHeadings.of(line) == null) {
            return false;
        }
        int from = text.indexOf('\n', end);
        while (from >= 0 && from + 1 < text.length()) {
            int to = text.indexOf('\n', from + 1);
            String next = text.substring(from + 1, to < 0 ? text.length() : to).strip();
            if (!next.isEmpty() && !DatedHeadings.ruler(next)) {
                return DatedHeadings.of(next) == null;
            }
            from = to;
        }
        return false;
    }

    /**
     * A short line right under an item's dated heading ("14.09.2026, 08:30" over "Talks in Tallinn"): the item's title,
     * which names what the item tells; it reports nothing of its own.
     */
    private boolean itemTitle(int lineStart, Article.Span s) {
        if (lineStart < 2 || text.charAt(lineStart - 1) != '\n' || !isHeadline(s)) {
            return false;
        }
        int prev = text.lastIndexOf('\n', lineStart - 2) + 1;
        if (DatedHeadings.ruler(text.substring(prev, lineStart - 1)) && prev >= 2) {
            // "[2] 12/06/2025 - READOUT" framed by ruler lines, its title under the closing ruler (session 17)
            int above = text.lastIndexOf('\n', prev - 2) + 1;
            return ItemLines.of(text.substring(above, prev - 1), 2000) != null;
        }
        return DatedHeadings.of(text.substring(prev, lineStart - 1)) != null
                && DatedHeadings.of(text.substring(s.start(), s.end())) == null;
    }

    /** End of the roster block being read (see {@link #rosterHeading}), -1 outside one. */
    private int rosterEnd = -1;
    /** ATTENDEE for a list of who is there, ABSENT for a list of who is not. */
    private parley.domain.Role rosterRole = parley.domain.Role.ATTENDEE;

    /**
     * A sentence that opens with a roster's lead-in and goes on with the names (session 15): "Present were: A, B and
     * C.", "Attending: A, B.", "Also at the table were A and B.", "Those present included A and B."
     */
    private static final java.util.regex.Pattern INLINE_ROSTER = java.util.regex.Pattern.compile("(?i)\\s*(?:"
            + "(?:also )?(?:present|attending|in attendance|taking part|around the table|at the table)(?: were| was)?"
            + "|(?:those|others|leaders|ministers) (?:present|attending|taking part)(?: were| included| was)?"
            + "|(?:the )?(?:participants|attendees|guests) (?:were|included))\\s*(?::|\\s)\\s*(?=\\p{Lu})");

    /** Headings and lead-ins of a list of who takes part: "Who is in the room", "In the hall on Saturday:". */
    private static final java.util.regex.Pattern ROSTER_HEADING = java.util.regex.Pattern.compile("(?i)[#*\\s]*(?:"
            + "who(?:['’]s| is| was| were| are)? (?:in the (?:room|hall)|at the table|around the table|there|present"
            + "|attending|took part|taking part)|(?:in|inside) the (?:room|hall|chamber)|around the table|at the table"
            + "|in attendance|(?:the )?(?:attendees|participants|guest list|delegations)|(?:not|absent) (?:in the"
            + " (?:room|hall|chamber)|from the (?:room|hall|table))|(?:absent|absentees|no-shows|who stayed (?:away|home)))"
            + "(?: (?:on|this|last) \\p{L}+)?[*\\s]*:?[*\\s]*");
    private static final java.util.regex.Pattern ABSENT_ROSTER = java.util.regex.Pattern.compile(
            "(?i).*\\b(?:not|absent|absentees|no-shows|stayed)\\b.*");

    /**
     * A whole line that heads a roster ("Who is in the room" above a paragraph, "In the hall on Saturday:" above a
     * list): the paragraph or list right under it names the people of the event just reported, and reports no event
     * of its own. Sets the block's end and whether it lists those present or those away.
     */
    private boolean rosterHeading(Article.Span s) {
        int lineStart = s.start() == 0 ? 0 : text.lastIndexOf('\n', s.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', s.end());
        if (lineStart != s.start() || (lineEnd >= 0 && !text.substring(s.end(), lineEnd).isBlank())
                || s.end() - s.start() > 40) {
            return false;
        }
        String line = text.substring(s.start(), s.end()).strip();
        if (!ROSTER_HEADING.matcher(line).matches()) {
            return false;
        }
        rosterRole = ABSENT_ROSTER.matcher(line).matches() ? parley.domain.Role.ABSENT : parley.domain.Role.ATTENDEE;
        rosterEnd = rosterBlockEnd(lineEnd < 0 ? text.length() : lineEnd);
        return true;
    }

    /** The end of the paragraph, or of the list of items, that starts after {@code at}. */
    private int rosterBlockEnd(int at) {
        int i = at;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        boolean list = i < text.length() && "-*•–·▪".indexOf(text.charAt(i)) >= 0;
        int end = i;
        while (end < text.length()) {
            int nl = text.indexOf('\n', end);
            if (nl < 0) {
                return text.length();
            }
            int next = nl + 1;
            while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t'
                    || text.charAt(next) == '\r')) {
                next++;
            }
            boolean blank = next < text.length() && text.charAt(next) == '\n';
            int after = next;
            while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
                after++;
            }
            boolean item = after < text.length() && "-*•–·▪".indexOf(text.charAt(after)) >= 0;
            if ((blank && !(list && item)) || (list && !item)) {
                return nl; // a paragraph ends at a blank line; a list at its first line that is no item
            }
            end = after;
        }
        return text.length();
    }

    /** The countries text[from, to) names by a name or an adjective ("Latvia", "Estonian"), in order, once each. */
    private List<String> countriesIn(Tokens tokens, int from, int to) {
        List<String> out = new ArrayList<>(2);
        for (int i = tokens.indexAt(from); i < tokens.size() && tokens.start(i) < to; i++) {
            if (!tokens.capitalised(i) || quoted.get(tokens.start(i))) {
                continue;
            }
            String two = i + 1 < tokens.size() && tokens.capitalised(i + 1)
                    ? gazetteer.country(tokens.raw(i) + " " + tokens.raw(i + 1)) : null;
            String key = two != null ? two : gazetteer.country(tokens.raw(i));
            if (key != null && !out.contains(key)) {
                out.add(key);
            }
            i += two != null ? 1 : 0;
        }
        return out;
    }

    /** The people a roster line names join the event just reported; the line adds no event of its own. */
    private void roster(List<EntityMention> found, Article.Span span) {
        List<EntityMention> people = new ArrayList<>();
        java.util.Set<KnownEntity> seen = new java.util.HashSet<>();
        for (EntityMention m : found) {
            if (!quoted.get(m.start()) && seen.add(m.entity())) {
                people.add(m);
            }
        }
        Mention base = new Mention(0, span.start(), span.end(), text.substring(span.start(), span.end()), null);
        story.attachRoster(people, rosterRole, base, "roster of the previous event");
        story.noteActors(found);
    }

    /** Headings of a block of bullets that sums up the story below it. */
    private static final java.util.regex.Pattern SUMMARY_HEADING = java.util.regex.Pattern.compile(
            "(?i)#*\\s*(?:key points|highlights|at a glance|in brief|the essentials|what we know|summary)\\s*:?");
    /** A word each of {@link #SUMMARY_HEADING}'s headings holds: most sentences are no such heading. */
    private static final parley.extract.text.Cue SUMMARY_CUE = parley.extract.text.Cue.of("key", "highlights", "glance",
            "brief", "essentials", "know", "summary");

    /** "Key points", "At a glance": a line that heads bullets summing up the story. */
    private boolean summaryHeading(Article.Span span) {
        return tokens.hasAt(SUMMARY_CUE, span.start(), span.end())
                && SUMMARY_HEADING.matcher(text.substring(span.start(), span.end()).strip()).matches();
    }

    /** True when the sentence opens a line that is a list item ("- ", "• ", "* "). */
    private boolean bulletLine(Article.Span s) {
        int lineStart = s.start() == 0 ? 0 : text.lastIndexOf('\n', s.start() - 1) + 1;
        String lead = text.substring(lineStart, Math.min(text.length(), lineStart + 3)).strip();
        return !lead.isEmpty() && "-*•–·▪".indexOf(lead.charAt(0)) >= 0;
    }

    /** A first line of a few words without a full stop is a headline. */
    private boolean isHeadline(Article.Span s) {
        String line = text.substring(s.start(), s.end());
        boolean wholeLine = (s.start() == 0 || text.charAt(s.start() - 1) == '\n')
                && (s.end() == text.length() || text.charAt(s.end()) == '\n' || text.charAt(s.end()) == '\r');
        char last = line.charAt(line.length() - 1);
        return wholeLine && ".!?\"”’".indexOf(last) < 0 && SPACES.split(line).length <= 16;
    }
}
