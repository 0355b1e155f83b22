package parley.extract;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import parley.domain.DateDerivation;
import parley.domain.EventDate;
import parley.domain.Precision;
import parley.extract.time.DateResolver;
import parley.extract.time.DateWords;
import parley.extract.time.Resolution;
import parley.extract.time.Tense;
import parley.extract.time.TenseDetector;
import parley.extract.time.Timex;
import parley.extract.time.TimexTagger;

/**
 * HeidelTime's narrative mode, for explainers, timelines, day-by-day briefings and live blogs. A heading that
 * carries one date or weekday ("## Sunday", "**Monday 27 October**", "Monday: the White House") dates what is told
 * under it until the next heading; a dated paragraph lead ("12 May: …", "- Sept 14 —", "**Talks, Sunday.**") dates
 * its paragraph. The reference time is the day the text last put an event on (reset at each heading and dated
 * lead): "two days later" and "that evening" move from it, and so does a past-tense report with no time of its
 * own under a dated heading or lead, or in a text written in sections. Never the publication date.
 */
final class SectionDates {
    /** Compiled once: String.split and matches compile their pattern at every call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * Markdown heading marks, a bullet, an item's number ("(3)", "3)", "3. "), an opening bold mark: what stands before a
     * lead's first word.
     */
    private static final Pattern MARKUP = Pattern.compile("\\s*(?:#{1,6}\\s+|[-*•·▪–]\\s+|\\(\\d{1,3}\\)\\s*|\\d{1,3}\\)\\s+"
            + "|\\d{1,3}\\.\\s+(?=\\d))?"
            + "(?:\\*\\*|__)?\\s*");
    /** After a lead's date: "12 May –", "12 May:", "18 October (local time) —", "**Sunday**". */
    private static final Pattern LEAD_END = Pattern.compile("\\s*(?:\\([^)\\n]{1,30}\\)\\s*)?(?:[–—:.,]|-\\s|\\*\\*)");
    /** A lead that names only a month: "August – …". */
    private static final Pattern MONTH_LEAD = Pattern.compile("(January|February|March|April|May|June|July|August"
            + "|September|October|November|December)(?:\\s+(\\d{4}))?(?=\\s*[–—:]|\\s+-\\s)");
    /** Earlier than the time being told: "had met", "previously", "first met", "once hosted". */
    private static final Pattern BACKGROUND = Pattern.compile("(?i)\\b(?:had\\s+(?:\\w+\\s+)?(?:been|met|held|spoken"
            + "|visited|hosted|talked|\\w+ed)|previously|formerly|once|first met|last met|in the past)\\b");
    /** Whether a clause is told as earlier than the time being told ("had met", "previously"). */
    static boolean background(String clause) {
        return BACKGROUND.matcher(clause).find();
    }

    /**
     * A report told before its subject set off ("told reporters before leaving Tehran", "Before flying out, X said"):
     * said on the way to the story's event, on a day before it, not on the story's day (session 9).
     */
    private static final Pattern BEFORE_DEPARTURE = Pattern.compile("(?i)\\bbefore\\s+(?:leaving|departing|flying"
            + "|setting\\s+off|setting\\s+out|heading\\s+(?:to|for|off|out)|travell?ing\\s+to|boarding)\\b");
    private static final int MASTHEAD = 400;

    private final String text;
    private final LocalDate anchor;
    /** The month of the chronology heading above ("MAY"), or null. */
    private java.time.YearMonth month;
    /** The day of the chronology entry being told ("4 - …"), or null. */
    private Resolution entry;
    private Integer chronologyYear;
    private boolean yearLooked;
    /** The year of a line above that is only a year ("2025", "## 2024"): a chronology's entries lie in it. */
    private Integer headingYear;
    /** Start of the line the last sentence was on. */
    private int line = -1;
    private boolean title = true;
    /** Date of the heading above, or null. */
    private Resolution heading;
    /** Date of the current paragraph's lead, or null. */
    private Resolution lead;
    /** The day the text last put an event on, in this section. */
    private EventDate reference;
    /**
     * The day the text last told something past on (an event held, or a date named in a past sentence): news copy
     * goes on in the past with no date of its own ("Before the talks opened, X met Y"), and a planned event named
     * in between ("who will host him on Thursday") is not when the story's past goes on.
     */
    private EventDate pastReference;
    /**
     * News copy's day: the first day the text tells something past on (the lead's "on Sunday"), and the people
     * named up to the end of the paragraph after the one that gave it: the story's cast.
     */
    private EventDate storyDay;
    /** Paragraph breaks since the lead (the first paragraph that reports or dates anything); -1 inside it. */
    private int storyBreaks = -1;
    private boolean leadSeen;
    private final java.util.Set<String> cast = new java.util.HashSet<>();
    /** Lines (paragraphs, headings, list items) begun so far. */
    private int lines;
    /**
     * The story's thread: the last day the text put something on that was no flashback (a day months or years before
     * the thread, told in a paragraph of background), and the line where the latest flashback day was set (-1: none
     * since the thread).
     */
    private EventDate thread;
    private int flashbackLine = -1;
    /** How far before the thread a day must lie to be background rather than the story going on. */
    private static final int FLASHBACK_DAYS = 60;
    /** Headings seen below the title: a text in sections is told section by section. */
    private int headings;
    /** Whether a paragraph of the body has begun, and the headings seen since (the lines above are its top). */
    private boolean bodySeen;
    private int bodyHeadings;
    /** Whether the current line is a table row: an item of its own. */
    private boolean tableRow;
    private int leads;
    /** Whether the last line begun was a heading (a dated item's title may stand under its date line). */
    private boolean headingLine;
    /** Whether the last dated heading was its day and clock time and nothing else. */
    private boolean bareHeading;
    /** Whether an event was put on a day since the last heading. */
    private boolean datedSinceHeading;

    SectionDates(String text, LocalDate anchor) {
        this.text = text;
        this.anchor = anchor;
        this.transcript = Transcript.of(text, anchor);
    }

    /** The turns of a transcript, or null; the day the question before the current answer named, or null. */
    private final Transcript transcript;
    private Resolution asked;
    private Resolution askedWeek;

    /** The turns of the text when it is a transcript, else null. */
    Transcript transcript() {
        return transcript;
    }

    /** Sentences begun so far, and the sentence and line of the last event told as held on a day (-1: none). */
    private int sentences;
    private int heldAt = -1;
    private int heldLine = -1;
    /** The line (paragraph) on which a sentence last told something past on a day (-1: none). */
    private int pastLine = -1;

    /** Called for each sentence in reading order: a new line may be a heading or a dated lead. */
    void sentence(int start) {
        sentences++;
        int ls = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        if (start == 0) {
            ls = 0;
        }
        if (ls == line) {
            return;
        }
        line = ls;
        lines++;
        looseLineEnd = -1;
        asked = transcript == null ? null : transcript.dayFor(ls);
        askedWeek = transcript == null ? null : transcript.weekFor(ls);
        lead = null;
        leadDateline = false;
        int le = text.indexOf('\n', ls);
        le = le < 0 ? text.length() : le;
        String l = text.substring(ls, le).strip();
        if (looseHeading && sentences - 1 > looseAt && SCENE_BREAK.matcher(l).matches()) {
            // a ruler or "* * *" after the text under a dated line the fall-back read ends its section (session 18)
            looseHeading = false;
            heading = null;
            reference = null;
            pastReference = null;
            restartThread();
            return;
        }
        if (l.isEmpty() || DatedHeadings.ruler(l)) {
            return; // a ruler line ("=======") frames a heading; it is none itself
        }
        if (title) {
            title = false; // the headline sums up the story; it opens no section
            return;
        }
        tableRow = l.startsWith("|");
        if (tableRow) {
            // a table row is an item of its own: dated by its first cell, never by the row before it
            int cell = text.indexOf('|', ls + text.substring(ls, le).indexOf('|') + 1);
            Timex t = cell < 0 || cell > le ? null : single(TimexTagger.tag(text, ls, cell));
            lead = resolved(t, Tense.PRESENT);
            reference = lead == null ? null : lead.date();
            pastReference = reference;
            restartThread();
            return;
        }
        Integer year = ChronologyEntries.yearHeading(l);
        if (year != null) {
            yearHeading(year, l);
            return;
        }
        if (ChronologyEntries.isMonthHeading(l)) {
            monthHeading(l, ls);
            return;
        }
        if (month != null) {
            Resolution day = ChronologyEntries.dayEntry(text, ls, le, month, anchor);
            if (day != null) {
                // "4 - State visit of X begins." under "MAY": an entry of its own, dated by its day
                entry = day;
                lead = day;
                leads++;
                reference = day.date();
                pastReference = reference;
                restartThread();
                return;
            }
            Resolution weekday = entry == null ? null : ChronologyEntries.weekdayEntry(text, ls, le, entry);
            if (weekday != null) {
                // "- 14-15: X visits Quito" then "- Friday: they sign": the first such day from the entry above
                entry = weekday;
                lead = weekday;
                leads++;
                reference = weekday.date();
                pastReference = reference;
                restartThread();
                return;
            }
            if (entry != null && continues(ls, l)) {
                // "  - Alongside it, A sees B": a line of the entry above, on the entry's day
                lead = entry;
                reference = entry.date();
                return;
            }
            entry = null;
        }
        boolean stamped = LiveBlog.stamp(text, ls, le) != null;
        if (stamped) {
            entryStamp();
        }
        int note = l.endsWith(")") ? dayNote(text, ls, le) : -1;
        if (note > ls) {
            // "### 4 April (Friday)", "9 June (Monday, late)": the bracket restates the heading's day
            le = note;
            l = text.substring(ls, le).strip();
        }
        DatedHeadings.Heading item = compilation() ? DatedHeadings.of(l) : null;
        if (item == null && releases()) {
            item = DatedHeadings.releaseLine(l); // "Released 14 May 2025" over one release of a compilation
        }
        if (item == null && itemLines()) {
            item = ItemLines.of(l, anchor == null ? 0 : anchor.getYear()); // "[2] 12/06/2025 - READOUT" (session 17)
        }
        String plain = DatedHeadings.unruled(l);
        if (item == null && headingLine && headingExplicit && heading != null && !plain.isEmpty() && isHeading(plain)) {
            // "NEWS RELEASE | 8 SEPTEMBER 2026" over "MINISTERS CONFER IN TALLINN": the item's title, under its day
            // (a title naming a day of its own does not re-date the item either)
            return;
        }
        if ((item != null || !plain.isEmpty() && isHeading(plain)) && !attribution(ls)) {
            Resolution dated = item != null ? itemHeading(item) : dateIn(ls, le, Tense.PRESENT);
            boolean loose = false;
            if (dated == null && item == null) {
                dated = datedLine(ls, le); // "Date of meeting: 14.05.2025", "WEDNESDAY" (session 18)
                loose = dated != null;
            }
            heading(dated, item != null, plain, stamped, loose ? le : -1);
            return;
        }
        headingLine = false;
        boolean first = !bodySeen;
        bodySeen = true;
        lead = leadDate(ls, le);
        Resolution whole = lead == null ? null : datedLine(ls, le);
        if (whole != null) {
            // "Brussels, Wednesday." alone on its line: a lead with nothing to lead heads the lines below, in the
            // tense they are told in (session 18)
            lead = null;
            heading(whole, false, plain, stamped, le);
            return;
        }
        if (lead != null) {
            leads++;
            reference = lead.date();
            pastReference = reference;
            restartThread();
            return;
        }
        if (first && storyDay == null) {
            datelineDay = dateline(ls, le); // (a headline above may have told something: it is no lead)
            datelineLine = datelineDay == null ? -1 : ls;
        }
        Resolution loose = attribution(ls) ? null : datedLine(ls, le);
        if (loose != null) {
            // "— 14/05 —", "[14.05.2025]", "(14 May)", "Wednesday 14.05.": a dated line no specific reader knows
            heading(loose, false, plain, stamped, le);
        }
    }

    /** A line heads a section dated {@code dated} (null: a heading naming no day, which ends the section above). */
    private void heading(Resolution dated, boolean item, String plain, boolean stamped, int looseEnd) {
        month = null;
        entry = null;
        if (dated == null || dated.date().known() && headingYear != null
                && dated.date().start().getYear() != headingYear && dated.derivation() != null
                && dated.derivation().phrase() != null && YEAR_IN.matcher(dated.derivation().phrase()).find()) {
            headingYear = null; // a heading naming no day, or a day of another year, ends the year's entries
        }
        if (dated == null && headingLine && heading != null && bareHeading) {
            // "12.03.2025, 18:05" over "Meeting in Vienna": a dated item's own title, under the same day (not
            // a byline under a "Published: …" line)
            headingLine = true;
            return;
        }
        headings++;
        bodyHeadings += bodySeen ? 1 : 0;
        if (stamped && !item && dated != null && !dated.derivation().phrase().matches(".*\\d{4}.*")) {
            // "11:20 — Looking back at Wednesday's dinner": an entry's headline dates that entry alone; the
            // next time stamp restarts at the blog's day (entries run newest first)
            blogHeading = heading;
            blogHeadingExplicit = headingExplicit;
            stampedHeading = true;
        }
        heading = dated;
        headingExplicit = item;
        reference = heading == null ? null : heading.date();
        pastReference = reference;
        datedSinceHeading = false;
        restartThread();
        headingLine = true;
        // a line that is only its day and clock time ("12.03.2025, 18:05", "Monday 3 June")
        bareHeading = dated != null && dated.derivation() != null && dated.derivation().phrase() != null
                && plain.length() - dated.derivation().phrase().length() <= 8;
        looseLineEnd = looseEnd;
        looseHeading = looseEnd >= 0;
        looseAt = sentences;
    }

    /**
     * The day of a line no specific reader claimed when it is a short dated line that is no sentence and no furniture
     * ({@link DatedLines}), not in a listing of dated lines, and not the masthead's publication day; else null.
     */
    private Resolution datedLine(int ls, int le) {
        Timex t = DatedLines.of(text, ls, le);
        if (t == null || listItem.test(ls) || DatedLines.listed(text, ls, le)) {
            return null;
        }
        if (signOffs == null) {
            signOffs = DatedLines.signOffs(text);
        }
        if (signOffs) {
            return null; // "New York, 14 May 2025" under each statement: sign-offs, no section's day
        }
        if (ls < MASTHEAD && STAMP_CLOCK.matcher(text).region(ls, le).find()) {
            return null; // "— Wed 14 May 2025 10:42 BST —" near the top: when the page was stamped, no section
        }
        Tense below = tenseBelow(le);
        Resolution r = bareWeekday(t) ? weekdayOfSection(t, below) : resolved(t, below);
        if (r == null || !r.date().known() || r.date().precision().compareTo(Precision.DAY) < 0
                || ls < MASTHEAD && anchor != null && r.date().start().equals(anchor) && r.date().end() == null) {
            return null; // (the date line of a masthead is the publication's day, not a section's)
        }
        return r;
    }

    /** Whether a line is an item of a list a lead-in governs ({@link ListLeadIns}): its day is the item's. */
    private java.util.function.IntPredicate listItem = at -> false;

    void listItems(java.util.function.IntPredicate items) {
        this.listItem = items;
    }

    /** A clock time: "10:42", "10.42 BST", "9.15am". */
    private static final Pattern STAMP_CLOCK = Pattern.compile("(?<!\\d)\\d{1,2}(?::\\d{2}|\\.\\d{2}\\s*(?:[ap]\\.?m\\b|[A-Z]{2,4}\\b))");

    /** A ruler or scene break: "---", "* * *", "~~~", "• • •". */
    private static final Pattern SCENE_BREAK = Pattern.compile("([-*_=~#•·–—])(?:\\s*\\1){2,}");

    /** Whether the text's dated lines close what they stand under (looked at once). */
    private Boolean signOffs;

    /** End of the line the fall-back just read as a dated line (it reports nothing), else -1. */
    private int looseLineEnd = -1;
    /** Whether the section was opened by the fall-back, and at which sentence. */
    private boolean looseHeading;
    private int looseAt;

    /** Where the dated line the sentence starting at {@code start} stands on ends, when the fall-back read it; else -1. */
    int looseLine(int start) {
        return looseLineEnd >= 0 && line == (start == 0 ? 0 : text.lastIndexOf('\n', Math.max(0, start - 1)) + 1)
                ? looseLineEnd : -1;
    }

    /**
     * The day of the wire dateline that opens the story's lead ("CANBERRA, Feb 9 (Wire) - …", "Lusaka, 14 October
     * 2025 — …"), or the article's own day under a dateline with no date ("BRUSSELS — …"): the day the story is
     * filed on, which its lead reports as news. Null when no dateline opens the lead.
     */
    private Resolution datelineDay;
    private int datelineLine = -1;

    private Resolution dateline(int ls, int le) {
        int end = parley.extract.text.Furniture.datelineEnd(text, ls, le);
        List<Timex> ts = TimexTagger.tag(text, ls, end > 0 ? end : Math.min(le, ls + 60));
        for (Timex t : ts) {
            if ((t.kind() == Timex.Kind.DAY_OF_MONTH || t.kind() == Timex.Kind.WEEKDAY)
                    && (end > 0 || DATELINE_BEFORE.matcher(text).region(ls, t.start()).matches()
                    && DATELINE_AFTER.matcher(text).region(t.end(), le).lookingAt())) {
                Resolution r = resolved(t, Tense.PAST); // (a dateline is the day of filing: never after it)
                return r != null && r.date().precision().compareTo(Precision.DAY) >= 0 && r.date().end() == null
                        && (anchor == null || !r.date().start().isAfter(anchor)) ? r : null;
            }
        }
        if (end > 0 && ts.isEmpty() && anchor != null) {
            EventDate d = EventDate.day(anchor);
            return new Resolution(d, null, new DateDerivation(null, DateWords.anchor(anchor), "article's day",
                    DateWords.of(d)));
        }
        return null;
    }

    /** The heading an entry's dated headline stood in for, and whether the headline's day is still the section's. */
    private Resolution blogHeading;
    private boolean blogHeadingExplicit;
    private boolean stampedHeading;

    /**
     * A live blog's next time-stamped entry begins (its stamp alone on a line, or opening its headline or paragraph):
     * the day the entry before took from its own headline ("What came of Monday's dinner") ends with that entry.
     */
    void entryStamp() {
        if (!stampedHeading) {
            return;
        }
        stampedHeading = false;
        heading = blogHeading;
        headingExplicit = blogHeadingExplicit;
        bareHeading = false;
        reference = heading == null ? null : heading.date();
        pastReference = reference;
        datedSinceHeading = false;
        restartThread();
    }

    /**
     * A line that is only a month ("MAY", "June"): a chronology's heading; its entries open with a bare day. The
     * year is the heading's own, else the one the title or introduction names, else the article's.
     */
    /** Four digits of a year inside a heading's date phrase. */
    private static final Pattern YEAR_IN = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");

    /**
     * "2025" on a line of its own above "March 3 – A meets B", "12/5: …" or a month heading: the entries below lie in
     * that year, whatever the article's (session 16).
     */
    private void yearHeading(int year, String l) {
        headingYear = year;
        chronologyYear = year;
        yearLooked = true;
        month = null;
        entry = null;
        headings++;
        heading = new Resolution(EventDate.year(year), null, new DateDerivation(l, DateWords.anchor(anchor),
                "year heading of a chronology", String.valueOf(year)));
        reference = heading.date();
        pastReference = reference;
        restartThread();
    }

    /**
     * A day and month (or a month) with no year under a chronology's year heading ("2025" above "March 3 – …"): that
     * year's. Null elsewhere, for a time said relative to another ("last March", "next May"), and for a day ahead in a
     * clause that looks forward (left to the usual reading from the entry's day).
     */
    Resolution inHeadingYear(Timex t, Tense tense) {
        if (headingYear == null || t.year() != 0 || tense == Tense.FUTURE && !ChronologyEntries.opensEntry(text, t)) {
            return null;
        }
        return ChronologyEntries.inYear(t, headingYear);
    }

    private void monthHeading(String l, int ls) {
        if (!yearLooked) {
            yearLooked = true;
            chronologyYear = ChronologyEntries.year(text, ls, anchor);
        }
        month = ChronologyEntries.monthHeading(l, chronologyYear);
        if (month != null && chronologyYear != null && month.getYear() == chronologyYear) {
            int le = text.indexOf('\n', ls);
            Integer told = ChronologyEntries.weekdayYear(text, le < 0 ? text.length() : le, month.getMonth(),
                    chronologyYear, anchor);
            if (told != null) {
                // "- Monday 7 September" under "SEPTEMBER": the weekday tells the year the introduction did not
                chronologyYear = told;
                month = java.time.YearMonth.of(told, month.getMonth());
            }
        }
        entry = null;
        headings++;
        heading = month == null ? null : new Resolution(EventDate.month(month), null, new DateDerivation(l,
                DateWords.anchor(anchor), "month heading of a chronology", DateWords.of(EventDate.month(month))));
        reference = heading == null ? null : heading.date();
        pastReference = reference;
        restartThread();
    }

    /**
     * A line under a chronology entry that opens no entry of its own continues it: an indented line or sub-bullet,
     * or any line with no blank line between it and the entry above.
     */
    private boolean continues(int ls, String l) {
        if (ls < text.length() && (text.charAt(ls) == ' ' || text.charAt(ls) == '\t') || BULLETS.indexOf(l.charAt(0)) >= 0) {
            return true;
        }
        int prevEnd = ls - 1;
        int prevStart = text.lastIndexOf('\n', Math.max(0, prevEnd - 1)) + 1;
        return prevEnd > 0 && !text.substring(prevStart, prevEnd).isBlank();
    }

    /** A heading, dated lead or table row dates what follows by the text's structure: no flashback from there. */
    private void restartThread() {
        thread = reference;
        flashbackLine = -1;
    }

    /** The reference time moved to {@code d}: the story goes on there, unless it is a flashback. */
    private void follow(EventDate d) {
        if (flashback(d)) {
            flashbackLine = lines;
        } else {
            thread = d;
            flashbackLine = -1;
        }
    }

    private boolean flashback(EventDate d) {
        return thread != null && thread.known() && thread.precision().compareTo(Precision.DAY) >= 0 && d != null
                && d.known() && d.start().isBefore(thread.start().minusDays(FLASHBACK_DAYS));
    }

    /**
     * The day "the same day", "that same evening", "that day" counts from, given the day it would count from
     * ({@code previous}): after a paragraph of background between ("The crossings were shut on 14 February 2019.")
     * the same-day step picks up the story's thread, the day told before the background, not the background's day.
     * Inside the background's own paragraph it stays with the background.
     */
    EventDate sameDayFrom(EventDate previous) {
        return flashbackLine >= 0 && lines > flashbackLine && flashback(previous) ? thread : previous;
    }

    /**
     * An event of this sentence was put on this day: it is the reference time for what follows, and for the story's
     * past when the event is told as past ({@code past}).
     */
    void dated(EventDate d, boolean past) {
        dated(d, past, false);
    }

    /** As {@link #dated(EventDate, boolean)}, for an arrival or visit ({@code arrival}). */
    void dated(EventDate d, boolean past, boolean arrival) {
        if (d != null && d.known() && d.precision().compareTo(Precision.DAY) >= 0) {
            datedSinceHeading = true;
            reference = d;
            follow(d);
            if (past) {
                pastReference = d;
                pastLine = line;
                story(d, arrival);
                heldAt = sentences;
                heldLine = line;
            }
        }
    }

    /** Month and weekday names: a sentence without one (or a digit) names no day, and is not tagged. */
    private static final parley.extract.text.Cue DAY_WORDS = parley.extract.text.Cue.of("january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "sept", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight",
            "morning", "afternoon", "evening", "night");
    /**
     * A time inside a set-off relative clause or a parenthesis ("X, who landed late last night, was welcomed …")
     * or a participle set off after a name ("Y, elected in March 2024, …") is of that aside, not when the
     * sentence's main clause, and so the story, goes on (session 16).
     */
    private static final Pattern ASIDE_OPEN = Pattern.compile("(?i)(?:,\\s+(?:who|whom|whose|which|where)\\b"
            + "|,\\s+(?:\\p{L}+ly\\s+)?\\p{L}+(?:ed|en)\\s|\\()[^,;()]*$");
    /** "Lusaka, 14 October 2025 — …": the date of a dateline opening the sentence is the text's, not the clause's. */
    private static final Pattern DATELINE_BEFORE = Pattern.compile("[\\s#*_>]*(?:\\p{Lu}[\\p{L}'’.-]*(?:[ -]\\p{Lu}"
            + "[\\p{L}'’.-]*){0,3},?\\s*)?(?:\\p{Lu}\\p{L}+day,?\\s*)?");
    private static final Pattern DATELINE_AFTER = Pattern.compile("\\s*(?:\\([^)\\n]{1,30}\\)\\s*)?(?:[—–:|]|-\\s)");
    /** "since Monday", "until Friday", "by Sunday": the edge of a period, not a day something was told on. */
    private static final java.util.Set<String> NOT_ON = java.util.Set.of("since", "until", "till", "by", "before",
            "after");

    /**
     * A sentence that reports no event but names a day in the past ("The fourth visit, on Monday, narrowed it";
     * "On Wednesday the crown prince went to Capitol Hill"): HeidelTime's reference time moves to that day, so
     * that the next past report with no time of its own ("He met members of Congress") is of it.
     */
    Resolution mentioned(parley.extract.text.Tokens tokens, int from, int to, java.util.BitSet quoted) {
        if (!tokens.has(DAY_WORDS, tokens.indexAt(from), tokens.indexAt(to))) {
            return null;
        }
        Tense tense = TenseDetector.of(text.substring(from, to));
        if (tense != Tense.PAST) {
            return null;
        }
        if (copular(from, to, quoted)) {
            return null; // "That was on Tuesday.": the next sentence's day, no one's own gathering
        }
        Timex day = null;
        Timex dateline = null;
        boolean dlHit = false;
        Timex month = null;
        int months = 0;
        for (Timex t : TimexTagger.tag(text, from, to)) {
            boolean named = t.kind() == Timex.Kind.MONTH && t.year() != 0;
            if (quoted.get(t.start()) || (t.kind() != Timex.Kind.DAY_OF_MONTH && t.kind() != Timex.Kind.WEEKDAY
                    && t.kind() != Timex.Kind.DEICTIC && !named)
                    || (t.modifier() != null && NOT_ON.contains(t.modifier()))
                    || NOT_ON.stream().anyMatch(w -> t.phrase().toLowerCase(Locale.ROOT).startsWith(w + " "))
                    || ASIDE_OPEN.matcher(text).region(Math.max(from, t.start() - 120), t.start()).find()) {
                continue;
            }
            if (dateline == null && day == null && t.start() - from < 60
                    && DATELINE_BEFORE.matcher(text).region(from, t.start()).matches()
                    && DATELINE_AFTER.matcher(text).region(t.end(), to).lookingAt()) {
                dateline = t; // the text's day: the clause's own time, when it names one, comes first
                continue;
            }
            if (named) {
                months++;
                month = t;
                continue;
            }
            if (day != null) {
                return null; // two days named: which one the story goes on from is not clear
            }
            day = t;
        }
        if (day == null && dateline != null) {
            day = dateline;
        } else if (day != null && dateline != null) {
            Resolution a = resolved(day, tense);
            Resolution b = resolved(dateline, tense);
            if (a != null && b != null && !a.date().equals(b.date()) && recentBefore(a.date(), b.date())) {
                // "QUITO, March 12 (Wire) - When the minister walked into the palace on Monday night, hopes were
                // low.": a lead reporting nothing whose own day is of the days just before the dateline's sets the
                // story's day; the next sentence's meeting with no time is of it (session 18, q-report A2 (1))
                dateline = null;
            } else if (a == null || b == null || !a.date().equals(b.date())) {
                return null; // the clause's day is not the dateline's: which one the story goes on from is not clear
            } else {
                dlHit = true;
            }
        } else if (day == null && months == 1) {
            Resolution m = resolved(month, tense);
            if (m != null && m.date().precision() == Precision.MONTH && m.date().end() == null) {
                // "The shift came in May 2023.": what the text goes on to tell with no time of its own ("The two
                // ministers then met in Doha") is of that month, not of the last day an event was put on (session 16)
                reference = m.date();
                pastReference = m.date();
            }
            return null;
        }
        Resolution r = resolved(day, tense);
        if (r != null && r.date().precision().compareTo(Precision.DAY) >= 0 && r.date().end() == null) {
            reference = r.date();
            pastReference = r.date();
            pastLine = line;
            follow(r.date());
            if (!dlHit || storyDay != null) {
                // (the dateline's own day, told again in the lead's words, does not set the story's day: the story
                // may be of an event the lead goes on to tell on another day)
                story(r.date());
            }
            return r; // (the sentence's own day: "On Wednesday X joined them" is another gathering, Story)
        }
        return null;
    }

    /** A single day at most six days before the dateline's single day. */
    private static boolean recentBefore(parley.domain.EventDate day, parley.domain.EventDate dateline) {
        return day.precision().compareTo(Precision.DAY) >= 0 && day.end() == null && dateline.end() == null
                && day.start().isBefore(dateline.start()) && !day.start().isBefore(dateline.start().minusDays(6));
    }

    /**
     * "That was on Tuesday.", "REPORTER: This was last Friday.": a sentence that only says when the thing just asked
     * about or named took place. Its day is the time of the next sentence ("The premier met Sánchez at the
     * Moncloa"), in a transcript as in a story, whatever day the story's lead gave.
     */
    private boolean copular(int from, int to, java.util.BitSet quoted) {
        Matcher m = COPULAR.matcher(text).region(from, to);
        if (!m.lookingAt()) {
            return false;
        }
        List<Timex> ts = TimexTagger.tag(text, m.end(), to);
        if (ts.size() != 1 || ts.get(0).start() != m.end() || quoted.get(ts.get(0).start())
                || !text.substring(ts.get(0).end(), to).strip().matches("[.!]?")) {
            return false;
        }
        Resolution r = resolved(ts.get(0), Tense.PAST);
        if (r == null || r.date().precision().compareTo(Precision.DAY) < 0 || r.date().end() != null) {
            return false;
        }
        copularDay = r;
        copularAt = sentences;
        reference = r.date();
        pastReference = r.date();
        follow(r.date());
        return true;
    }

    /** "That was", "This was", "It all happened", after a speaker's label ("REPORTER: "). */
    private static final Pattern COPULAR = Pattern.compile("(?:\\p{Lu}[\\p{Lu} .'’-]{1,30}:\\s*)?(?i:(?:yes|no|well"
            + "|right|so|oh|ah|indeed),?\\s+)?(?i:that|this|it)(?:\\s+all)?\\s+(?i:was|happened|came|took\\s+place)"
            + "(?:\\s+(?i:back|already|only|just|actually))?\\s+");
    /** The day a copular time sentence named, and the sentence it was (-1: none). */
    private Resolution copularDay;
    private int copularAt = -1;

    /**
     * The day the sentence just before named on its own ("That was on Monday."), for a past report with no time of
     * its own right after it; null otherwise.
     */
    private Resolution afterCopular(Tense tense, String clause) {
        if (copularDay == null || copularAt != sentences - 1 || tense != Tense.PAST
                || BACKGROUND.matcher(clause).find()) {
            return null;
        }
        DateDerivation d = copularDay.derivation();
        return new Resolution(copularDay.date(), null, new DateDerivation(d.phrase(), d.anchor(),
                "the day the sentence before named (narrative reference time)", d.result()));
    }

    /** Only the lead dates the story: a day first told further down is a flashback or another item. */
    private void story(EventDate d) {
        story(d, false);
    }

    private void story(EventDate d, boolean arrival) {
        leadSeen = true;
        // an undated standfirst ("The first meeting … came hours before a summit") leaves the day to the paragraph
        // after it, which opens the story proper
        if (storyDay == null && d.end() == null && storyBreaks <= 0) {
            storyDay = d;
            storyArrival = arrival;
        } else if (storyArrival && storyBreaks < 0 && anchor != null && d.end() == null
                && d.precision().compareTo(Precision.DAY) >= 0 && d.start().equals(anchor)
                && storyDay.start().equals(anchor.minusDays(1))) {
            // "X, who arrived last night, was greeted this morning by Y": in a text of today the night's arrival is
            // a flashback; the story is of today, the day the lead goes on to (session 16)
            storyDay = d;
            storyArrival = false;
        }
    }

    /** Whether the story's day came from an arrival or visit (which a later day of the lead may replace). */
    private boolean storyArrival;

    /** A sentence of the lead reported something: the lead ends with its paragraph. */
    void reported() {
        leadSeen = true;
    }

    /**
     * The people a sentence names, for the story's cast: those of the lead and of the paragraph after it.
     * {@code start} finds paragraph breaks.
     */
    void cast(int start, List<EntityMention> names) {
        if (names.isEmpty() && ruleLine(start)) {
            return; // "---" between a newsletter's greeting and its body is no paragraph of the story (session 16)
        }
        if (leadSeen && paragraphStart(start)) {
            storyBreaks++;
        }
        if (storyBreaks > 0) {
            return; // the paragraph after the lead is over
        }
        for (EntityMention n : names) {
            if (n.entity().kind() == parley.domain.EntityKind.PERSON) {
                cast.add(n.entity().name());
            }
        }
    }

    /** A line of only "---", "***", "___" or "===" (a rule between parts of the text). */
    private static final Pattern RULE_LINE = Pattern.compile("[ \\t]*([-*_=])(?:[ \\t]*\\1){2,}[ \\t]*(?:\\n|$)");

    private boolean ruleLine(int start) {
        int ls = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        return RULE_LINE.matcher(text).region(start == 0 ? 0 : ls, text.length()).lookingAt();
    }

    private boolean paragraphStart(int start) {
        int k = start - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k--;
        }
        return k >= 1 && text.charAt(k) == '\n' && text.lastIndexOf('\n', k - 1) >= 0
                && text.substring(text.lastIndexOf('\n', k - 1) + 1, k).isBlank();
    }

    /** True when the text is told in sections or dated entries (HeidelTime's narrative mode). */
    boolean narrative() {
        return headings >= 2 || leads > 0;
    }

    /** The day of the chronology entry ("4 - …" under "MAY") the sentence is in or continues, or null. */
    Resolution chronologyEntry() {
        return lead != null && lead == entry ? entry : null;
    }

    /** The date of the paragraph's lead ("12 May –", "- 16 May, Istanbul."), or null. */
    Resolution lead() {
        return lead;
    }

    /** The day the text last put an event on in this section, else the section's date; null when none. */
    EventDate reference() {
        return reference;
    }

    /**
     * The date an event with no time of its own takes from its section: the reference time under a dated lead or
     * heading, or in a text told in sections; null for future and background clauses ("had met", "previously"),
     * which the section's time does not date.
     */
    Resolution forUndated(Tense tense, String clause, java.util.Collection<String> people, boolean occasion) {
        Resolution told = afterCopular(tense, clause);
        if (told != null) {
            return told;
        }
        if (asked != null && tense == Tense.PAST && !BACKGROUND.matcher(clause).find()) {
            return asked; // "HOST: Back to Wednesday, then." over "REPORTER: Ruto received Museveni."
        }
        if (tense == Tense.PAST && lead == null && storyDay == null && datelineDay != null && line == datelineLine
                && (reference == null || !reference.known()) && !people.isEmpty()
                && !BACKGROUND.matcher(clause).find()) {
            // "CANBERRA, Feb 9 (Wire) - X met Y at Parliament House": the lead tells the news of the dateline's day
            // (session 18)
            return new Resolution(datelineDay.date(), null, new DateDerivation(DateWords.of(datelineDay.date()),
                    DateWords.anchor(anchor), "day of the story's dateline (narrative reference time)",
                    DateWords.of(datelineDay.date())));
        }
        if (tense == Tense.PAST && lead == null && heading == null && headings < 2 && leads == 0) {
            return forNews(clause, people, occasion);
        }
        if (tense == Tense.PAST && lead == null && heading == null && (reference == null || !reference.known())
                && bodyHeadings == 0 && !tableRow) {
            // a body under a masthead's date line and a headline (two headings, though no sections yet), no day
            // told yet: the story's day as news copy would give it, else none (session 18)
            return forNews(clause, people, occasion);
        }
        if (tense == Tense.FUTURE || reference == null || !reference.known()
                || (lead == null && heading == null && headings < 2 && leads == 0)) {
            return null;
        }
        if (tense == Tense.PRESENT && lead == null && heading == null) {
            return null; // "travels to The Hague for the summit": a present outside a dated entry may look ahead
        }
        if (BACKGROUND.matcher(clause).find()) {
            return null;
        }
        Resolution section = lead != null ? lead : heading;
        String where = lead != null ? "date of the paragraph's lead" : heading != null ? "date of the section heading"
                : "day the section last spoke of";
        // a past report goes on from the last past day, not from a planned event named in between
        EventDate ref = tense == Tense.PAST && pastReference != null && pastReference.known() ? pastReference
                : reference;
        if (tense == Tense.PAST && anchor != null && ref.start().isAfter(anchor)) {
            return null; // a past report is not of a day after the article
        }
        String phrase = section != null ? section.derivation().phrase() : DateWords.of(ref);
        return new Resolution(ref, null, new DateDerivation(phrase, DateWords.anchor(anchor),
                where + " (narrative reference time)", DateWords.of(ref)));
    }

    /**
     * News copy, no sections (HeidelTime's news mode: one reference time for the report): a past report with no time
     * of its own, about someone of the story's cast, is of the story's day ("On Saturday the two sides agreed …",
     * then "Misri told a news conference that …", "Leaving after lunch, he told reporters …"). A flashback's day
     * ("On Sunday, before the trip, he rang …") does not move it; background clauses ("had met", "previously") and
     * people the lead never named (another item of a round-up) are not dated by it, unless they made a remark the
     * text puts on an occasion of the story ({@code occasion}: "Shortly before the announcement, X posted …", "Y
     * told reporters outside the building …"; see {@link SituatedRemarks}): wire copy gives its day once.
     */
    private Resolution forNews(String clause, java.util.Collection<String> people, boolean occasion) {
        if (storyDay == null || BACKGROUND.matcher(clause).find() || people.isEmpty()
                || (clause.indexOf("efore ") >= 0 && BEFORE_DEPARTURE.matcher(clause).find())
                || (!occasion && people.stream().noneMatch(cast::contains))) {
            return null;
        }
        if ((heldAt == sentences - 1 && heldLine == line || pastLine == line) && pastReference != null
                && pastReference.known() && pastReference.end() == null && !pastReference.equals(storyDay)) {
            // "The presidents met in Niamey on 9 May. The host, X, was joined by A and B.": a past report with no
            // time of its own, right after a sentence of its paragraph that told an event held on a day, goes on
            // with that day, not with the lead's (which may be a paragraph of background) (session 11); so does one
            // further on in the paragraph, past a quotation or a sentence that told the day alone ("On Wednesday came
            // the encounter. … He also met Z.") (session 18)
            return new Resolution(pastReference, null, new DateDerivation(DateWords.of(pastReference),
                    DateWords.anchor(anchor), "day of the event the sentence before told (narrative reference time)",
                    DateWords.of(pastReference)));
        }
        return new Resolution(storyDay, null, new DateDerivation(DateWords.of(storyDay),
                DateWords.anchor(anchor), "day of the story's lead (narrative reference time)",
                DateWords.of(storyDay)));
    }

    /**
     * True when the sentence sits under a lead or heading dated apart from {@code last}: "9–10 June – … are joined
     * by X" after an entry of 5 June does not continue that entry's event (one report never spans two days).
     */
    boolean otherDay(EventDate last) {
        Resolution s = lead != null ? lead : heading;
        if (s == null || last == null || !last.known() || !s.date().known()) {
            return false;
        }
        EventDate d = s.date();
        return d.start().isAfter(last.lastDay()) || last.start().isAfter(d.lastDay());
    }

    /**
     * The one day of the heading the sentence is under (no dated lead of its own), when it is not after the article:
     * a live blog's or diary's "Tuesday 3 June" above entries that say "today", "this morning", "tomorrow". Null
     * otherwise.
     */
    LocalDate headingDay() {
        if (lead != null && leadDateline) {
            return lead.date().start(); // "[2] Ministry — Lima, 5 May 2025 — X today met Y": the release's day
        }
        if (heading == null || lead != null) {
            return null;
        }
        EventDate d = heading.date();
        if (!d.known() || d.end() != null || d.precision().compareTo(Precision.DAY) < 0
                || (anchor != null && d.start().isAfter(anchor) && !headingExplicit)) {
            return null;
        }
        return d.start();
    }

    /**
     * The days of the dated item heading the sentence is under when the item spans several ("21-22.09.2026 |
     * Ministry"), or null: a release's "today" there is the item's span, not one day of it (session 17).
     */
    EventDate itemSpan() {
        if (heading == null || lead != null || !headingExplicit) {
            return null;
        }
        EventDate d = heading.date();
        return d.known() && d.end() != null ? d : null;
    }

    /** True when a date came from the section, not the clause: a date found in the sentence still wins. */
    static boolean fromSection(DateDerivation d) {
        return d != null && d.rule().endsWith("(narrative reference time)");
    }

    /**
     * A bare weekday under a lead or heading spanning several days is the day of that span ("6–9 May – talks open on
     * the Monday"); under a single dated day, that day when the weekday agrees. Null otherwise.
     */
    Resolution weekday(Timex t) {
        // (an answer under a question about last week: "He arrived on Tuesday" is that week's Tuesday)
        Resolution s = lead != null ? lead : heading != null ? heading : askedWeek;
        if (t.kind() != Timex.Kind.WEEKDAY || s == null || !s.date().known() || t.day() > 0
                || (t.modifier() != null && !t.modifier().equals("on"))) {
            return null;
        }
        EventDate d = s.date();
        LocalDate last = d.end() == null ? d.start() : d.end();
        for (LocalDate x = d.start(); !x.isAfter(last); x = x.plusDays(1)) {
            if (x.getDayOfWeek() == t.weekday()) {
                return new Resolution(EventDate.day(x), null, new DateDerivation(t.phrase(),
                        "section of " + DateWords.of(d), "weekday inside the section's dates", DateWords.day(x)));
            }
        }
        return null;
    }

    /**
     * A pull quote's attribution ("“…”" on one line, then "Jane Roe, at the forum in Oslo"): a short line after a
     * line that is only a quotation names its speaker; it opens no section, so the story's day goes on under it.
     */
    private boolean attribution(int lineStart) {
        int end = lineStart - 1;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end <= 0) {
            return false;
        }
        int start = text.lastIndexOf('\n', end - 1) + 1;
        String prev = text.substring(start, end).strip();
        return prev.length() > 2 && "“\"".indexOf(prev.charAt(0)) >= 0 && "”\"".indexOf(prev.charAt(prev.length() - 1)) >= 0;
    }

    /** A weekday or a time of day in brackets closing a line: "(Friday)", "(Monday, late)", "(Tue, 18:00)". */
    private static final Pattern DAY_NOTE = Pattern.compile("\\s*\\((?i:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri"
            + "|sat(?:ur)?|sun)(?:day)?\\.?|morning|afternoon|evening|night|late|early|local time|\\d{1,2}[:.]\\d{2}"
            + "(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?|[,;/\\s])+\\)\\s*$");

    /** Where a closing bracketed day note of line text[ls, le) starts, or -1. */
    private static int dayNote(String text, int ls, int le) {
        int open = text.lastIndexOf('(', le);
        if (open < ls) {
            return -1;
        }
        Matcher m = DAY_NOTE.matcher(text).region(Math.max(ls, open - 4), le);
        return m.find() && m.end() == le ? m.start() : -1;
    }

    private static boolean isHeading(String l) {
        if (l.startsWith("#")) {
            return true;
        }
        if (l.startsWith("|") || l.startsWith("-") || l.startsWith("*") && !l.startsWith("**")) {
            return false;
        }
        if (l.startsWith("**") && l.endsWith("**") && l.indexOf("**", 2) == l.length() - 2) {
            return true; // a line in bold and nothing else
        }
        char last = l.charAt(l.length() - 1);
        char first = l.charAt(0);
        return (Character.isUpperCase(first) || Character.isDigit(first)) && ".!?;,\"”’)".indexOf(last) < 0
                && SPACES.split(l).length <= 10 && !l.contains(" said") && !l.contains(" says");
    }

    /** The one date a heading carries ("Monday 27 October", "Sunday"), or null when it has none or several. */
    private Resolution dateIn(int from, int to, Tense tense) {
        Timex best = single(TimexTagger.tag(text, from, to));
        if (best == null) {
            best = CapitalDays.of(text, from, to); // "THU 12 JUN": a day heading in capitals (session 17)
        }
        if (best == null) {
            return numericHeading(from, to);
        }
        if (bareWeekday(best)) {
            return weekdayOfSection(best, tenseBelow(to));
        }
        Resolution r = DateResolver.resolve(best, anchor, tense, null);
        if (!r.resolved() || (from < MASTHEAD && r.date().start().equals(anchor) && best.year() != 0)) {
            return null; // the date line of a newsletter's masthead is its publication date, not a section
        }
        return r;
    }

    /**
     * A heading that opens with a day in digits and dots, day first ("12.03.2025, 18:05" over each release of a file
     * that gathers a ministry's releases): the way much of Europe writes the day an item went out.
     */
    private Resolution numericHeading(int from, int to) {
        Matcher m = DOTTED_DAY.matcher(text).region(from, to);
        if (!m.lookingAt()) {
            return null;
        }
        boolean yearless = m.group(4) == null;
        if (yearless && anchor == null) {
            return null;
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(3));
        boolean monthFirst = second > 12 && first <= 12; // "11/19" can only be month first
        LocalDate d;
        try {
            int year = yearless ? anchor.getYear() : Integer.parseInt(m.group(4));
            d = LocalDate.of(year, monthFirst ? first : second, monthFirst ? second : first);
            if (yearless && d.isAfter(anchor)) {
                d = d.minusYears(1); // "Readout 14/10" in a digest compiled in March: last October
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        if (anchor != null && d.isAfter(anchor)) {
            return null;
        }
        return new Resolution(EventDate.day(d), null, new DateDerivation(m.group().strip(), DateWords.anchor(anchor),
                yearless ? "dated heading (day/month, year of the text)" : "dated heading (day.month.year)",
                DateWords.of(EventDate.day(d))));
    }

    /**
     * "12.03.2025", "12/03/2025", "12-03-2025" opening a heading, perhaps after the word for the item ("Release
     * 18.11.2025 — …", "Readout 14/10 — …": session 16); without a year only with a slash, since "14.30" is a clock.
     */
    private static final Pattern DOTTED_DAY = Pattern.compile("[#*\\s]*(?:(?i:release|statement|readout|update|bulletin"
            + "|briefing|note|item|entry|communiqu[eé]|dispatch|notice)\\s+)?(\\d{1,2})([./-])(\\d{1,2})"
            + "(?:(?:\\2((?:19|20)\\d{2}))|(?<=/\\d{1,2}))(?![\\d./-])");

    /**
     * The day of an item's heading in a file of dated items ({@link DatedHeadings}): its own full date, before or
     * after the publication date alike (the file's date may be that of its first item, or of its compiling).
     */
    private Resolution itemHeading(DatedHeadings.Heading h) {
        // (an item of several days, "21-22.09.2026 | Ministry", spans them: session 17)
        EventDate d = h.last() == null ? EventDate.day(h.day()) : EventDate.range(h.day(), h.last());
        return new Resolution(d, null, new DateDerivation(h.phrase(), DateWords.anchor(anchor),
                h.last() == null ? "heading of a dated item" : "heading of a dated item (its days)", DateWords.of(d)));
    }

    /** Whether the text is a file of dated items: dated headings of two days or more (looked at once). */
    private boolean compilation() {
        if (compilation == null) {
            compilation = DatedHeadings.distinctDays(text) >= 2;
        }
        return compilation;
    }

    private Boolean compilation;
    private Boolean releases;
    private Boolean itemLines;

    /** Whether the text's items are headed by their day and label ({@link ItemLines}), of two days or more. */
    private boolean itemLines() {
        if (itemLines == null) {
            itemLines = ItemLines.distinctDays(text) >= 2;
        }
        return itemLines;
    }

    /** Whether the text gathers releases, each under a line of the day it went out, of two days or more. */
    private boolean releases() {
        if (releases == null) {
            releases = DatedHeadings.releaseDays(text) >= 2;
        }
        return releases;
    }
    /** Whether the heading above is a dated item's, whose day holds even after the publication date. */
    private boolean headingExplicit;

    /**
     * The day of the heading above when no event has been put on a day since it: "Later on, X phoned Y" opening a
     * release under its own dated heading is later that day, not later than the last event of the release before.
     */
    EventDate freshHeading() {
        return heading != null && !datedSinceHeading && lead == null && heading.date().known()
                && heading.date().precision().compareTo(Precision.DAY) >= 0 ? heading.date() : null;
    }

    private static boolean bareWeekday(Timex t) {
        return t.kind() == Timex.Kind.WEEKDAY && (t.modifier() == null || t.modifier().equals("on")) && t.day() == 0;
    }

    /**
     * A heading or lead that is only a weekday ("Monday", "- Tuesday: …"): the tense of what is told under it says
     * which week (told as past: the days up to the article; as future: the days after it). Told in the present, as
     * digests and diaries are, a text issued at the end of a week (Friday to Sunday) reviews the week just ended:
     * "Monday" in a Sunday issue is six days back, not tomorrow. Earlier in the week the nearest such day.
     */
    private Resolution weekdayOfSection(Timex t, Tense tense) {
        Resolution after = afterItemHeading(t);
        if (after != null) {
            return after;
        }
        String intro = tense == Tense.FUTURE ? null : introduction(t.start());
        if (intro != null && tense == Tense.PRESENT && LOOK_AHEAD.matcher(intro).find()) {
            return resolved(t, Tense.FUTURE); // "Coming up:" above "- Monday: X and Y meet": the week after the issue
        }
        if (intro != null && anchor != null && LAST_WEEK.matcher(intro).find()) {
            // "Last week in brief:" above "- Monday: …" in a Monday issue: that Monday is a week back, not today
            LocalDate d = anchor.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
                    .minusWeeks(1).plusDays(t.weekday().getValue() - 1L);
            return new Resolution(EventDate.day(d), null, new DateDerivation(t.phrase(), DateWords.anchor(anchor),
                    "weekday of the week before the issue's (a lead-in naming last week)", DateWords.day(d)));
        }
        if (anchor == null || tense != Tense.PRESENT || anchor.getDayOfWeek().getValue() < 5) {
            return resolved(t, tense);
        }
        LocalDate d = anchor.with(java.time.temporal.TemporalAdjusters.previousOrSame(t.weekday()));
        return new Resolution(EventDate.day(d), null, new DateDerivation(t.phrase(), DateWords.anchor(anchor),
                "weekday, the week the issue ends (a section told in the present)", DateWords.day(d)));
    }

    /**
     * A weekday standing for its item's day under or after a dated item heading of a compilation (session 17): inside
     * a heading spanning days ("=== 03.02.2025 - 06.02.2025 | KENYA ===" over "2. Tuesday: talks with …") the day of
     * the span; after a heading of one day ("1. 6/10/2024" … "2. Wednesday"), the first such weekday after it, as the
     * items run in date order, never after the article. Before, it was counted back from the issue date.
     */
    private Resolution afterItemHeading(Timex t) {
        if (heading == null || !headingExplicit || !heading.date().known() || t.day() > 0
                || (t.modifier() != null && !t.modifier().equals("on"))) {
            return null;
        }
        EventDate d = heading.date();
        if (d.end() != null) {
            return weekday(t);
        }
        LocalDate x = d.start().with(java.time.temporal.TemporalAdjusters.next(t.weekday()));
        if (anchor != null && x.isAfter(anchor)) {
            return null;
        }
        return new Resolution(EventDate.day(x), null, new DateDerivation(t.phrase(), "item of " + DateWords.of(d),
                "weekday, the first after the dated item above", DateWords.day(x)));
    }

    /** A lead-in that announces days to come: "Coming up:", "The week ahead", "Next week's diary". */
    private static final Pattern LOOK_AHEAD = Pattern.compile("(?i)\\b(?:coming up|week ahead|coming week|next week"
            + "|upcoming|what to watch|still to come|diary|agenda|schedule)\\b");

    /** A lead-in that names the week before the issue's: "Last week in brief:", "The week that was". */
    private static final Pattern LAST_WEEK = Pattern.compile("(?i)\\b(?:last week|past week|previous week"
            + "|week that was|week gone by)\\b");

    /**
     * The line that introduces the list or sections a weekday lead stands in (the first line above it that is no list
     * item, no weekday line and not blank, a few lines up at most), when it is a heading or a lead-in ending in a
     * colon, not a paragraph (which merely precedes them); null otherwise.
     */
    private String introduction(int at) {
        int ls = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        for (int guard = 0; guard < 12 && ls > 0; guard++) {
            int le = ls - 1;
            ls = text.lastIndexOf('\n', Math.max(0, le - 1)) + 1;
            String l = text.substring(ls, le).strip();
            if (l.isEmpty() || BULLETS.indexOf(l.charAt(0)) >= 0 || DATE_WORDS.contains(firstWordOf(l))) {
                continue;
            }
            return l.length() <= 60 || l.endsWith(":") ? l : null;
        }
        return null;
    }

    private static final String BULLETS = "-*•–·▪";

    private static String firstWordOf(String l) {
        int e = 0;
        while (e < l.length() && Character.isLetter(l.charAt(e))) {
            e++;
        }
        return l.substring(0, e);
    }

    /**
     * The tense of the first sentence under a heading line ending at {@code lineEnd}: blank lines and a live blog's
     * time stamps ("10:42", "14:05 BST") are skipped. Looked at only for a heading that is a bare weekday.
     */
    private Tense tenseBelow(int lineEnd) {
        int p = lineEnd;
        for (int guard = 0; guard < 6 && p < text.length(); guard++) {
            int ls = p + 1;
            int le = text.indexOf('\n', ls);
            le = le < 0 ? text.length() : le;
            String l = text.substring(Math.min(ls, le), le).strip();
            if (!l.isEmpty() && !(l.length() <= 16 && Character.isDigit(l.charAt(0)))) {
                return tenseOfFirstSentence(ls, le);
            }
            p = le;
        }
        return Tense.PRESENT;
    }

    /** A day-of-month beats the weekday beside it; two of the same kind are ambiguous. */
    static Timex single(List<Timex> ts) {
        Timex day = null;
        Timex weekday = null;
        int days = 0;
        int weekdays = 0;
        for (Timex t : ts) {
            switch (t.kind()) {
                case DAY_OF_MONTH -> {
                    day = t;
                    days++;
                }
                case WEEKDAY, DEICTIC -> {
                    weekday = t;
                    weekdays++;
                }
                default -> {
                }
            }
        }
        if (days == 1) {
            return day;
        }
        return days == 0 && weekdays == 1 ? weekday : null;
    }

    /** "12 May – …", "- Sept 14 —", "**Talks, Sunday.** …", "August – …": the date a paragraph opens with. */
    private Resolution leadDate(int ls, int le) {
        Resolution placed = placeLead(ls, le);
        if (placed != null) {
            return placed;
        }
        Matcher m = MARKUP.matcher(text).region(ls, le);
        if (!m.lookingAt()) {
            return null;
        }
        int p = m.end();
        if (p >= le) {
            return null;
        }
        Resolution numbered = numberedDay(p, le);
        if (numbered != null) {
            return numbered;
        }
        boolean bold = p >= 2 && (text.startsWith("**", p - 2) || text.startsWith("__", p - 2));
        if (bold) {
            int close = text.indexOf(text.substring(p - 2, p), p);
            if (close < 0 || close > le || close - p > 80) {
                return null;
            }
            Timex t = single(TimexTagger.tag(text, p, close));
            return t == null ? null : bareWeekday(t) ? weekdayOfSection(t, tenseOfFirstSentence(close + 2, le))
                    : resolved(t, tenseOfFirstSentence(close + 2, le));
        }
        Matcher shortDay = SHORT_WEEKDAY.matcher(text).region(p, le);
        if (shortDay.lookingAt()) {
            p = shortDay.end(); // "Mon 12 May:", "Thu. 3/4 –": the weekday names the same day as the date after it
        }
        if (!Character.isDigit(text.charAt(p)) && !DATE_WORDS.contains(firstWord(p, le))) {
            return null; // most paragraphs open with no date: spare them the tagger
        }
        Tense tense = tenseOfFirstSentence(p, le);
        Resolution figures = Character.isDigit(text.charAt(p)) ? figuresLead(p, le, tense) : null;
        if (figures != null) {
            return figures;
        }
        List<Timex> ts = TimexTagger.tag(text, p, Math.min(le, p + 60));
        if (ts.size() > 1 && ts.get(0).start() == p && ts.get(0).kind() == Timex.Kind.WEEKDAY
                && ts.get(1).kind() == Timex.Kind.DAY_OF_MONTH
                && text.substring(ts.get(0).end(), ts.get(1).start()).matches(",?\\s+")) {
            ts = ts.subList(1, ts.size()); // "- Thursday 4 June: …": the day of the month dates the lead
            p = ts.get(0).start();
        }
        if (!ts.isEmpty() && ts.get(0).start() == p && (ts.get(0).kind() == Timex.Kind.DAY_OF_MONTH
                || ts.get(0).kind() == Timex.Kind.WEEKDAY)
                && LEAD_END.matcher(text).region(ts.get(0).end(), le).lookingAt()) {
            return bareWeekday(ts.get(0)) ? weekdayOfSection(ts.get(0), tense) : resolved(ts.get(0), tense);
        }
        Matcher month = MONTH_LEAD.matcher(text).region(p, le);
        if (month.lookingAt()) {
            int y = month.group(2) == null ? 0 : Integer.parseInt(month.group(2));
            Timex t = new Timex(month.start(), month.end(), month.group(), Timex.Kind.MONTH, y,
                    Month.valueOf(month.group(1).toUpperCase(Locale.ROOT)).getValue(), 0, 0, null,
                    y == 0 ? "in" : null, null, 0, null, null);
            return resolved(t, tense);
        }
        return null;
    }

    /**
     * "Day 2 (Tue 4 Feb): …", "Day 3 [5 February] – …": a trip's numbered day with its date in brackets leads the
     * entry, and dates every sentence of it (session 17; before, the bracket was read in the first sentence only, and
     * a second, "Meets X afterwards.", had no day).
     */
    private Resolution numberedDay(int p, int le) {
        Matcher d = DAY_NUMBER.matcher(text).region(p, le);
        if (!d.lookingAt()) {
            return null;
        }
        Timex t = single(TimexTagger.tag(text, d.start(1), d.end(1)));
        if (t == null || t.kind() != Timex.Kind.DAY_OF_MONTH) {
            return null;
        }
        return resolved(t, tenseOfFirstSentence(d.end(), le));
    }

    /** "Day 2 (Tue 4 Feb):", "Day 10 [12 March 2025] –": the number of a trip's day, its date in brackets, a colon. */
    private static final Pattern DAY_NUMBER = Pattern.compile("(?i:day)\\s+\\d{1,2}\\s*[(\\[]"
            + "(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?([^)\\]\\n]{3,30})[)\\]]\\s*(?:[:–—]|-\\s)");

    /** "Mon ", "Thu. ", "Tues, ": a weekday cut short before the day of an entry's lead (session 16). */
    private static final Pattern SHORT_WEEKDAY = Pattern.compile("(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?,?"
            + "\\s+(?=\\d)");
    /** "12.05.2025", "05/06/2025", "14/5": a day written in figures, which the tagger leaves to the headings. */
    private static final Pattern FIGURES = Pattern.compile("(\\d{1,2})([./])(\\d{1,2})(?:\\2((?:19|20)\\d{2}))?(?![\\d./])");
    /** "March 3", "May 12, 2025": the text writes the month before the day. */
    private static final Pattern MONTH_DAY = Pattern.compile("(?:January|February|March|April|May|June|July|August"
            + "|September|October|November|December)\\s+\\d{1,2}(?!\\d)");
    /** "3 March", "12 May 2025": the text writes the day before the month. */
    private static final Pattern DAY_MONTH = Pattern.compile("(?<!\\d)\\d{1,2}\\s+(?:January|February|March|April|May"
            + "|June|July|August|September|October|November|December)\\b");

    /**
     * An entry opening with its day in figures and a dash or colon: "12.05.2025 – A receives B", "- 05/06/2025: …",
     * "14/5 – …" (session 16). Day first, as most of the world writes it, unless the text writes "March 3" and never
     * "3 March" or the first figure cannot be a day's month. A dotted day needs its year (a bare "12.5" is a
     * number); a day and month with no year only in a chronology (after a dated lead or under a year heading), in the
     * year of the heading, else of the entry above, else of the article.
     */
    private Resolution figuresLead(int p, int le, Tense tense) {
        Matcher m = FIGURES.matcher(text).region(p, le);
        if (!m.lookingAt() || !LEAD_END.matcher(text).region(m.end(), le).lookingAt()
                || m.group(4) == null && (m.group(2).equals(".") || leads == 0 && headingYear == null)) {
            return null;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        boolean monthFirst = b > 12 || a <= 12 && monthFirstText();
        int day = monthFirst ? b : a;
        int mon = monthFirst ? a : b;
        if (mon < 1 || mon > 12 || day < 1 || day > 31) {
            return null;
        }
        int year = m.group(4) != null ? Integer.parseInt(m.group(4)) : headingYear != null ? headingYear
                : reference != null && reference.known() ? reference.start().getYear() : 0;
        Timex t = new Timex(m.start(), m.end(), m.group(), Timex.Kind.DAY_OF_MONTH, year, mon, day, 0, null, null,
                null, 0, null, null);
        return resolved(t, tense);
    }

    private Boolean monthFirstText;

    private boolean monthFirstText() {
        if (monthFirstText == null) {
            monthFirstText = MONTH_DAY.matcher(text).find() && !DAY_MONTH.matcher(text).find();
        }
        return monthFirstText;
    }

    /** Before an item's first word: a heading mark, a bullet, a number ("(3)", "3.", "3)"), an opening bold mark. */
    private static final Pattern ITEM_MARK = Pattern.compile("\\s*(#{1,6}\\s+|[-*•·▪–]\\s+|[(\\[]\\d{1,3}[)\\]]\\s*"
            + "|\\d{1,3}[.)]\\s+)?(\\*\\*|__)?\\s*");
    /**
     * "Ministry of Foreign Affairs — " before a release's place and day: the issuer of an item in a compilation
     * (session 13). Up to eight words, capitalised or small joining words, then a dash or a bar.
     */
    private static final Pattern ISSUER_DASH = Pattern.compile("\\p{Lu}[\\p{L}'’.&-]*(?:\\s+(?:of|for|and|the|on|in"
            + "|\\p{Lu}[\\p{L}'’.&-]*)){0,7}\\s+[—–|]\\s+");
    /** A place (with its country or region) and the comma after it: "Lima, ", "Kampala, Uganda, ", "SAN JOSÉ, ". */
    private static final Pattern PLACE_COMMA = Pattern.compile("\\p{Lu}[\\p{L}'’.-]+(?:[ -]\\p{Lu}[\\p{L}'’.-]+){0,2}"
            + "(?:,\\s*\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,2})?,\\s+");
    /** ", 18:10", " 09.30 CET": a clock time after a lead's day. */
    private static final Pattern LEAD_CLOCK = Pattern.compile(",?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?"
            + "(?:\\s*[A-Z]{2,5}\\b)?");
    /** A line that may open with a place and a date: what {@link #placeLead} reads, counted cheaply. */
    private static final Pattern PLACE_LEAD_LINE = Pattern.compile("(?m)^" + ITEM_MARK.pattern()
            + PLACE_COMMA.pattern() + "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\\d{1,2}\\s+\\p{Lu}|(?:January"
            + "|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul"
            + "|Aug|Sept?|Oct|Nov|Dec)\\.?\\s+\\d)");
    private int placeLeadLines = -1;
    /** Whether the line's lead is a dated dateline of an item ({@link #headingDay} answers its day). */
    private boolean leadDateline;

    /**
     * A verbless item lead of a place and a day (and maybe the time), in either order: "(3) Lima, Thursday 6 March.
     * The foreign minister received …", "- **Kampala, June 2019.** Envoys met …", "Quito, Monday 3 March — …", "(1)
     * Thursday 13 March, Lima." — or a numbered item's day alone ("(2) Friday 14 March."): the day dates what the item
     * tells. A paragraph with no mark before it that opens with a place is an item only in a text of two such leads
     * or more (a bulletin); one alone is the story's wire dateline, the publication's day. Null when the line opens
     * with no such lead (the usual leads are read by {@link #leadDate}).
     */
    private Resolution placeLead(int ls, int le) {
        Matcher mark = ITEM_MARK.matcher(text).region(ls, le);
        if (!mark.lookingAt() || mark.end() >= le || !Character.isLetterOrDigit(text.charAt(mark.end()))) {
            return null;
        }
        String item = mark.group(1) == null ? "" : mark.group(1).strip();
        boolean numbered = !item.isEmpty() && (item.charAt(0) == '(' || Character.isDigit(item.charAt(0)));
        int q = mark.end();
        Matcher issuer = ISSUER_DASH.matcher(text).region(q, le);
        boolean issued = issuer.lookingAt() && PLACE_COMMA.matcher(text).region(issuer.end(), le).lookingAt();
        if (issued) {
            q = issuer.end(); // "[2] Ministry of Foreign Affairs — Lima, 5 May 2025 — …"
        }
        Matcher place = PLACE_COMMA.matcher(text).region(q, le);
        boolean placeFirst = place.lookingAt() && place.end() < le && !DATE_WORDS.contains(firstWord(q, le));
        if (placeFirst) {
            if (mark.group(1) == null && mark.group(2) == null && !issued && placeLeadLines() < 2) {
                return null;
            }
            q = place.end();
        }
        int comma = text.indexOf(',', q);
        if (!placeFirst && !numbered && (comma < 0 || comma > Math.min(le - 1, q + 50))) {
            return null; // no ", Lima" can follow the day (it ends by q + 50): spare most lines the tagger
        }
        List<Timex> ts = TimexTagger.tag(text, q, Math.min(le, q + 50));
        if (ts.isEmpty() || ts.get(0).start() != q) {
            return null;
        }
        // the day's words run on from the comma: "Thursday 6 March", "Monday, 3 March 2025", "June 2019"
        int end = q;
        List<Timex> day = new java.util.ArrayList<>();
        for (Timex t : ts) {
            if (!text.substring(end, t.start()).matches("[,\\s]*")) {
                break;
            }
            day.add(t);
            end = t.end();
        }
        boolean placeAfter = false;
        if (!placeFirst) {
            Matcher after = PLACE_AFTER.matcher(text).region(end, le);
            if (after.lookingAt()) {
                end = after.end();
                placeAfter = true;
            }
        }
        if (!placeFirst && !placeAfter && !numbered) {
            return null;
        }
        Matcher clock = LEAD_CLOCK.matcher(text).region(end, le);
        if (clock.lookingAt()) {
            end = clock.end();
        }
        Matcher stop = LEAD_END.matcher(text).region(end, le);
        if (!stop.lookingAt()) {
            return null;
        }
        Timex t = single(day);
        if (t == null && day.size() == 1 && day.get(0).kind() == Timex.Kind.MONTH) {
            t = day.get(0); // "**Kampala, June 2019.**"
        }
        if (t == null) {
            return null;
        }
        int after = stop.end();
        if (mark.group(2) != null) {
            int close = text.indexOf(mark.group(2), end);
            after = close < 0 || close > le ? after : close + 2;
        }
        Tense tense = tenseOfFirstSentence(Math.min(after, le), le);
        Resolution r = bareWeekday(t) ? weekdayOfSection(t, tense) : resolved(t, tense);
        // a release's dateline (place, then a full date) is the day its item was written: "today" counts from it
        leadDateline = r != null && placeFirst && t.kind() == Timex.Kind.DAY_OF_MONTH && t.year() > 0
                && r.date().known() && r.date().end() == null && r.date().precision().compareTo(Precision.DAY) >= 0;
        return r;
    }

    /** ", Lima", ", SAN JOSÉ": the place after a lead's day. */
    private static final Pattern PLACE_AFTER = Pattern.compile(",\\s*\\p{Lu}[\\p{L}'’-]+(?:[ -]\\p{Lu}[\\p{L}'’-]+){0,2}");

    /** How many lines may open with a place and a day (counted once, up to two). */
    private int placeLeadLines() {
        if (placeLeadLines < 0) {
            Matcher c = PLACE_LEAD_LINE.matcher(text);
            placeLeadLines = 0;
            while (placeLeadLines < 2 && c.find()) {
                placeLeadLines++;
            }
        }
        return placeLeadLines;
    }

    private static final java.util.Set<String> DATE_WORDS = java.util.Set.of("January", "February", "March", "April",
            "May", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
            "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday");

    /** The tense of the lead's own sentence: later sentences of the paragraph may look ahead. */
    private Tense tenseOfFirstSentence(int from, int le) {
        int stop = text.indexOf(". ", from);
        return TenseDetector.of(text.substring(Math.min(from, le), stop < 0 || stop > le ? le : stop));
    }

    private String firstWord(int p, int le) {
        int e = p;
        while (e < le && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(p, e);
    }

    private Resolution resolved(Timex t, Tense tense) {
        if (t == null) {
            return null;
        }
        Resolution inYear = inHeadingYear(t, tense);
        if (inYear != null) {
            return inYear;
        }
        Resolution r = DateResolver.resolve(t, anchor, tense, reference);
        return r.resolved() ? r : null;
    }
}
