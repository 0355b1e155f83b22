package parley.extract;

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
import parley.domain.Precision;
import parley.domain.Role;

/**
 * A trip's day-by-day entries written without a subject (session 16): "- Talks with President Boluarte at the
 * palace.", "Afternoon: lunch with the foreign minister.", "Then a meeting with the speaker." Such an entry tells what
 * the traveller did that day; the traveller is the one person of the latest visit the story told, and takes part.
 */
final class VerblessEntries {
    /** "Day 2:", "Day three –", "**Day 4.**": an entry counted in days of the trip. */
    private static final String DAY_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten";
    private static final Pattern TRIP_DAY = Pattern.compile("(?i)^[\\s>*•·▪◦–—-]*(?:\\(?\\d{1,2}[.)]\\s*)?\\**day\\s+(\\d{1,2}|"
            + DAY_WORDS + ")\\**\\s*[:.,–—-]");
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final String WEEKDAY = "(?:mon|tues|wednes|thurs|fri|satur|sun)day";
    /**
     * What may stand before the trigger noun: list marks (dashes, bullets, "1.", "2)", "(3)"), an entry's lead ("Day
     * 2:", "Monday:", "19 May –", "Tuesday, 20 May:"), a time of day, a sequence word, an article, an adjective.
     */
    private static final Pattern OPENING = Pattern.compile("(?i)^[\\s>*•·▪◦–—-]*(?:\\(?\\d{1,2}[.)]\\s*)?"
            + "(?:\\**(?:day\\s+(?:\\d{1,2}|" + DAY_WORDS + ")|" + WEEKDAY + "(?:,?\\s+(?:\\d{1,2}\\s+" + MONTH
            + "|" + MONTH + "\\s+\\d{1,2}))?|\\d{1,2}\\s+" + MONTH + "|" + MONTH + "\\s+\\d{1,2})\\**\\s*[:.,–—-]\\**\\s*)?"
            + "(?:(?:in\\s+the\\s+)?"
            + "(?:morning|afternoon|evening|midday|noon|later|then|next|after\\s+that|first|finally|also|late|early"
            + "|\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?)[\\s:,–—-]+)*(?:an?\\s+|the\\s+)?(?:(?:bilateral|separate|brief"
            + "|long|short|private|official|working|courtesy|closed-door|one-on-one|formal|informal|first|second|further"
            + "|extended|restricted|delegation-level)\\s+)*$");
    /** The counterpart comes next: "talks with", "a courtesy call on", "an audience with". */
    private static final Pattern COUNTERPART = Pattern.compile("(?i)^\\s+(?:with|on)\\s");

    private VerblessEntries() {
    }

    /** Whether the trigger at text[trigger, triggerEnd) opens its sentence (from {@code start}) with no subject. */
    static boolean subjectless(String text, int start, int trigger, int triggerEnd, EventType type) {
        if (trigger - start > 60 || type == EventType.VISIT || type == EventType.STATEMENT
                || type == EventType.MILITARY || triggerEnd >= text.length()) {
            return false;
        }
        String word = text.substring(trigger, triggerEnd);
        boolean withIn = word.endsWith(" with") || word.endsWith(" on"); // "lunch with" is one trigger phrase
        return OPENING.matcher(text.substring(start, trigger)).matches() && (withIn
                || COUNTERPART.matcher(text.substring(triggerEnd, Math.min(text.length(), triggerEnd + 6))).lookingAt());
    }

    /**
     * ", who tells her guest that …": a relative clause about the counterpart; its verbs are not the entry's. (Not
     * "which": "Talks with Iran, which will open on Monday" tells the talks' own tense and day.)
     */
    private static final Pattern RELATIVE = Pattern.compile(",\\s+(?:who|whose)\\b");

    /**
     * Where the entry's own words end for its tense: before a relative clause after the trigger ("- Lunch with
     * President X, who says the two will sign an accord soon": the entry has no tense; the "will" is X's), else end.
     */
    static int ownWordsEnd(String text, int triggerEnd, int end) {
        java.util.regex.Matcher m = RELATIVE.matcher(text).region(triggerEnd, Math.max(triggerEnd, end));
        return m.find() ? m.start() : end;
    }

    /** The trip day an entry's line opens with ("Day 2:", "- Day three –"), or 0. */
    static int tripDay(String text, int start) {
        int line = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        java.util.regex.Matcher m = TRIP_DAY.matcher(text).region(line, Math.min(text.length(), line + 24));
        if (!m.lookingAt()) {
            return 0;
        }
        String n = m.group(1).toLowerCase(java.util.Locale.ROOT);
        return n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n)
                : List.of(DAY_WORDS.split("\\|")).indexOf(n) + 1;
    }

    /**
     * The entry with the traveller of the visit taking part, when it names someone else and not the traveller yet;
     * an entry with no date of its own takes the visit's day (the trip's {@code day}th day when its line counts
     * them, "Day 2:") and the visit's status ("who will travel to …" above a programme: the entries are planned).
     */
    static Event withTraveller(Event e, Event visit, int day) {
        Participant traveller = visit == null ? null : traveller(visit);
        if (traveller == null || e.participants().stream().noneMatch(p -> p.role().present())
                || e.participants().stream().anyMatch(p -> p.name().equals(traveller.name()))) {
            return e;
        }
        List<Participant> ps = new ArrayList<>();
        ps.add(new Participant(traveller.name(), traveller.kind(), traveller.title(), Role.ATTENDEE));
        ps.addAll(e.participants());
        EventDate date = e.date();
        DateDerivation derivation = e.derivation();
        EventStatus status = e.status();
        String dated = "";
        boolean own = e.date().known() && e.derivation() != null && e.derivation().phrase() != null
                && e.mentions().stream().anyMatch(m -> m.text() != null && m.text().contains(e.derivation().phrase()));
        if (!own && visit.date().known() && (!e.date().known() || day > 0)) {
            date = visit.date();
            if (day > 1 && date.precision() == Precision.DAY) {
                date = EventDate.day(date.start().plusDays(day - 1L));
            }
            derivation = new DateDerivation(null, null, day > 0 ? "day " + day + " of the visit" : "the visit's date",
                    date.iso());
            status = visit.status();
            dated = "; date of the visit" + (day > 0 ? " (day " + day + ")" : "");
        }
        List<Mention> ms = new ArrayList<>();
        for (Mention m : e.mentions()) {
            ms.add(EventBuilder.withContribution(m, m.contribution() + "; the traveller of the entry with no subject ("
                    + traveller.name() + ")" + dated));
        }
        return new Event(e.id(), e.type(), e.title(), date, derivation, e.location(), status, ps, ms,
                e.disagreements());
    }

    /** The latest visit told (not a reference point) whose traveller is one person, or null. */
    static Event visit(List<Event> told) {
        for (int i = told.size() - 1; i >= 0; i--) {
            Event e = told.get(i);
            if (e.type() == EventType.VISIT) {
                return traveller(e) == null ? null : e;
            }
        }
        return null;
    }

    /** The one person present at the visit, or null. */
    private static Participant traveller(Event visit) {
        List<Participant> people = visit.participants().stream()
                .filter(p -> p.role().present() && p.kind() == EntityKind.PERSON).toList();
        return people.size() == 1 ? people.get(0) : null;
    }
}
