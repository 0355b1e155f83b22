package parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import parley.extract.text.WordCues;
import parley.extract.text.WordHits;
import parley.extract.text.WordSet;

/**
 * Places in a clause, most explicit form first: "in the town of Bilozerske", "at Northwood Headquarters",
 * "at Lancaster House", then "in Alaska" / "in Geneva". Months, weekdays and people are not places.
 */
final class Places {
    /** A place name and where it is. */
    /**
     * @param rank  0 for the most explicit form ("in the town of"), higher for vaguer ones
     * @param visit true for "to Rome", a place only for visits
     */
    record Place(int start, int end, String name, String phrase, int rank, boolean visit) {
        /** "left Hanoi": where a stay ended, no destination a trip's purpose is held at. */
        boolean left() {
            return rank == LEFT_RANK;
        }
    }

    /** The rank of {@link #LEFT} in {@code find}'s list of patterns. */
    private static final int LEFT_RANK = 6;

    /** Compiled once: String.split and matches compile their pattern at every call. */
    private static final Pattern WORD_BREAK = Pattern.compile("[ -]");
    private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s$");
    private static final String WORD = "\\p{Lu}[\\p{L}'’-]+";
    private static final String NAME = WORD + "(?:[ -]" + WORD + "){0,3}";
    private static final Pattern OF_PLACE = Pattern.compile("\\b(?:in|near|at|outside) the (?:town|city|village"
            + "|region|port|capital|port city|resort|settlement|district|province) of (" + NAME + ")");
    private static final Pattern FACILITY = Pattern.compile("\\b(?:at|in|inside) (?:the )?((?:\\d+ )?" + WORD
            + "(?: " + WORD + "){0,3} (?:Headquarters|House|Palace|Castle|Centre|Center|Base|Hall|Hotel|Lodge|Manor"
            + "|Estate|Street|Building|Ministry|Kremlin|Chequers|Airport|Field|Summit))\\b");
    /**
     * "at the Elysee", "at Rideau Hall", "to the Kremlin": a seat of government or residence stands for the city it is
     * in (`residences.tsv`, session 12); not "according to the White House" (a source), "the Kremlin's view", nor a
     * longer name ("the White House Correspondents' Dinner").
     */
    private static final java.util.Map<String, String> RESIDENCES = new java.util.HashMap<>();
    private static final Pattern RESIDENCE;
    /** The first word of each residence name, looked for before the costlier pattern. */
    private static final WordSet RESIDENCE_CUES;

    static {
        List<String> names = new ArrayList<>();
        Gazetteer.read("residences.tsv", line -> {
            String[] c = line.split("\t");
            RESIDENCES.put(c[0].strip().toLowerCase(java.util.Locale.ROOT), c[1].strip());
            names.add(c[0].strip());
        });
        names.sort(java.util.Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder();
        for (String n : names) {
            alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(n));
        }
        RESIDENCE_CUES = new WordSet(
                names.stream().map(n -> n.split(" ")[0]).distinct().toArray(String[]::new));
        RESIDENCE = Pattern.compile("(?<!according )\\b(at|in|inside|outside|to) (?:the )?(" + alt
                + ")\\b(?![ -]\\p{Lu}|['’]s\\b)");
    }

    /** "at the Quirinale", "at Downing Street" from {@code at}: a seat or residence of `residences.tsv` is named. */
    static boolean residenceAt(String text, int at) {
        Matcher m = RESIDENCE.matcher(text).region(at, text.length()).useTransparentBounds(true);
        return m.lookingAt() && m.group(1).equals("at");
    }

    /** "in Geneva", and put first in its sentence or clause: "In Nairobi, X met Y" (session 11). */
    private static final Pattern AT_OR_IN = Pattern.compile("\\b(?:in|at|In|At) (" + NAME + ")");
    /**
     * "at State House in Nairobi", "at the Amiri Diwan in Doha": the city after a building is where the event was, at
     * the city level the guidelines ask for (session 11).
     */
    private static final Pattern CITY_AFTER = Pattern.compile(",? in (" + NAME + ")\\b");
    private static final Pattern TO = Pattern.compile("\\bto (" + NAME + ")");
    /**
     * "left Hanoi", "departed Lima", "flew home from Ottawa": the place a stay ends in, the vaguest form (a trip "to"
     * or a gathering "in" somewhere in the clause says more) (session 17).
     */
    private static final Pattern LEFT = Pattern.compile("\\b(?:left|leaves|leaving|departed|departs|departing"
            + "|(?:flew|flies|flying|headed|heads|heading|went|returned|returns|returning) (?:home|back) from) (?:the )?("
            + NAME + ")");
    /** "may visit Beijing": the object of a visit is where it goes. */
    private static final Pattern VISIT_OBJECT = Pattern.compile("\\bvisit(?:s|ed|ing)? (" + NAME + ")");
    private static final Set<String> NOT_PLACES = Set.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "This", "That", "Parliament", "Congress", "Mr", "Mrs",
            "Ms", "Sir", "Dr", "President", "Prime", "Order", "Response", "Addition", "Particular", "Total",
            "Chancellor", "Minister", "Christmas", "Easter", "Ramadan", "Spring", "Summer", "Autumn", "Winter",
            "English", "French", "German", "Russian", "Ukrainian", "Part", "Future", "Person", "Public");

    private Places() {
    }

    /** Places in text[from, to), outside the given quoted ranges; earlier, more explicit forms first. */
    static List<Place> find(String text, int from, int to, java.util.BitSet quoted, Gazetteer gazetteer) {
        return find(text, from, to, quoted, gazetteer, WordHits.of(text));
    }

    /** {@link #find(String, int, int, java.util.BitSet, Gazetteer)}, the cue words read from the article's hits. */
    static List<Place> find(String text, int from, int to, java.util.BitSet quoted, Gazetteer gazetteer,
                            WordHits hits) {
        if (hits.text() != text) {
            hits = WordHits.of(text);
        }
        if (!mayName(text, from, to)) {
            return List.of();
        }
        long cues = hits.in(PATTERN_CUES, from, to); // the words of text.substring(from, to)
        List<Place> out = new ArrayList<>();
        java.util.BitSet taken = new java.util.BitSet();
        List<Pattern> patterns = List.of(OF_PLACE, RESIDENCE, VISIT_OBJECT, FACILITY, AT_OR_IN, TO, LEFT);
        String span = text.substring(from, to);
        for (int rank = 0; rank < patterns.size(); rank++) {
            Pattern p = patterns.get(rank);
            if ((p == OF_PLACE && (cues & OF_BITS) == 0) || (p == TO && (cues & TO_BITS) == 0)
                    || (p == LEFT && (cues & LEFT_BITS) == 0)
                    || (p == VISIT_OBJECT && (cues & VISIT_BITS) == 0)
                    || (p == RESIDENCE && !hits.anyIn(RESIDENCE_CUES, from, to))
                    || (p == FACILITY && !hits.anyIn(FACILITY_WORDS, from, to))) {
                continue; // the cue word the pattern needs is absent
            }
            // on the span, the bounds are the region's; transparent bounds let '\b' see the word before a start
            Matcher m = p.matcher(span).useTransparentBounds(true).useAnchoringBounds(false);
            for (int pos = 0; findFrom(m, span, pos, STARTS.get(rank)); pos = m.end()) {
                String name = m.group(p == RESIDENCE ? 2 : 1);
                int start = from + m.start();
                int end = from + m.end();
                if (quoted.get(from + m.start(p == RESIDENCE ? 2 : 1)) || !taken.get(start, end).isEmpty()) {
                    continue;
                }
                if (elsewhere(span, m.start())) {
                    continue; // "saying he needed to be in Washington": where someone had to go, not where it was
                }
                // "At Sunday's summit": a day's possessive is no place
                String first = POSSESSIVE_END.matcher(WORD_BREAK.split(name)[0]).replaceFirst("");
                if (NOT_PLACES.contains(first) || (p != OF_PLACE && p != FACILITY && isPerson(name, gazetteer))) {
                    continue;
                }
                if (p == RESIDENCE) {
                    name = RESIDENCES.get(name.toLowerCase(java.util.Locale.ROOT));
                }
                if (p == FACILITY || p == RESIDENCE) {
                    Matcher city = CITY_AFTER.matcher(span).region(m.end(), span.length());
                    if (city.lookingAt() && !NOT_PLACES.contains(WORD_BREAK.split(city.group(1))[0])
                            && !isPerson(city.group(1), gazetteer)) {
                        name = city.group(1);
                        end = from + city.end();
                    }
                }
                boolean visit = p == TO || p == VISIT_OBJECT || p == LEFT || (p == RESIDENCE && m.group(1).equals("to"));
                out.add(new Place(start, end, name, text.substring(start, end), rank, visit));
                taken.set(start, end);
            }
        }
        out.sort(java.util.Comparator.comparingInt(Place::start));
        return out;
    }

    /**
     * "needed to be in Washington", "had to return to Paris", "flew back to Ankara": a place someone had or wanted to
     * be in instead, or went back to, is not where the event of the clause took place ("returns to Washington for
     * talks" is where the talks are, and stays).
     */
    private static final Pattern ELSEWHERE_BEFORE = Pattern.compile("(?i)(?:\\b(?:need|needs|needed|had|has|have"
            + "|wanted|wants|must|would|will)\\s+(?:to\\s+)?(?:be|return|(?:get|go|head|fly|travel|rush)\\s+back)"
            + "|\\b(?:flew|fly|flies|flying|headed|heading|went|go|goes|going|rushed|hurried)\\s+(?:back|home))\\s+$");

    private static boolean elsewhere(String span, int placeStart) {
        int from = Math.max(0, placeStart - 40);
        // every match ends in one of these words and spaces: tested first, the pattern is tried at every position
        return WordCues.endsWithBeforeSpaces(span, from, placeStart, "be", "return", "back", "home")
                && ELSEWHERE_BEFORE.matcher(span).region(from, placeStart).find();
    }

    /** The words each pattern's matches start with, in the order of {@code find}'s patterns. */
    private static final List<String[]> STARTS = List.of(new String[] {"in the ", "near the ", "at the ", "outside the "},
            new String[] {"at ", "in ", "inside ", "outside ", "to "},
            new String[] {"visit"}, new String[] {"at ", "in ", "inside "}, new String[] {"in ", "at ", "In ", "At "},
            new String[] {"to "}, new String[] {"left ", "leaves ", "leaving ", "departed ", "departs ", "departing ",
                "flew ", "flies ", "flying ", "headed ", "heads ", "heading ", "went ", "returned ", "returns ",
                "returning "});

    /**
     * Like {@link Matcher#find()} from {@code pos}, but the pattern is tried only where one of the words its matches
     * start with stands: a scan at every position costs more than the rest of the search.
     */
    private static boolean findFrom(Matcher m, String s, int pos, String[] starts) {
        while (true) {
            int next = WordCues.earliest(s, pos, starts);
            if (next < 0) {
                return false;
            }
            if (m.region(next, s.length()).lookingAt()) {
                return true;
            }
            pos = next + 1;
        }
    }

    private static final WordSet FACILITY_WORDS = new WordSet("Headquarters",
        "House", "Palace", "Castle", "Centre", "Center", "Base", "Hall", "Hotel", "Lodge", "Manor", "Estate", "Street",
        "Building", "Ministry", "Kremlin", "Chequers", "Airport", "Field", "Summit");

    /** The words OF_PLACE, TO, LEFT and VISIT_OBJECT need, as {@code contains} tests of the span once were. */
    private static final WordSet PATTERN_CUES = new WordSet(" of ", "to ", "left ", "depart", "leav", " from ",
            "visit");
    private static final long OF_BITS = PATTERN_CUES.bits(" of ");
    private static final long TO_BITS = PATTERN_CUES.bits("to ");
    private static final long LEFT_BITS = PATTERN_CUES.bits("left ", "depart", "leav", " from ");
    private static final long VISIT_BITS = PATTERN_CUES.bits("visit");

    /** Words after which a place name can start; every pattern needs one of them before a capital. */
    private static final Set<String> BEFORE_NAME = Set.of("in", "at", "to", "of", "the", "near", "outside", "inside",
            "visit", "visits", "visited", "visiting", "left", "leaves", "leaving", "departed", "departs", "departing",
            "from");

    /** True when some capitalised word follows in/at/to/of/the...: the patterns below can only match there. */
    private static boolean mayName(String text, int from, int to) {
        for (int i = from + 1; i + 1 < to; i++) {
            char next = text.charAt(i + 1);
            if (text.charAt(i) != ' ' || !(Character.isUpperCase(next) || Character.isDigit(next))) {
                continue;
            }
            int w = i;
            while (w > from && Character.isLetter(text.charAt(w - 1))) {
                w--;
            }
            if (i - w >= 2 && i - w <= 8 && BEFORE_NAME.contains(text.substring(w, i).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPerson(String name, Gazetteer g) {
        var hits = g.names().find(parley.extract.text.Tokens.of(name));
        return !hits.isEmpty() && hits.get(0).value().kind() == parley.domain.EntityKind.PERSON;
    }
}
