package parley.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import parley.extract.text.Cue;
import parley.extract.text.Tokens;

/**
 * People the gazetteer does not know and the article names without a title (session 13), found because the grammar
 * makes them actors: the subject of a meeting verb ("Ines Morvaly and Tadeo Quintrel shook hands", "X, who …, met"),
 * the one a delegation is "led/headed/chaired by", the one talks are held "with". A name here is a run of two or three
 * capitalised words, none a country or capital word, a body's noun, a title, a month or a stop word; a nationality
 * adjective before the run gives the country. The verb and "by"/"with" are lower case, so a headline in title case
 * ("Envoys Met In Ankara") never matches.
 */
final class UntitledPeople {
    /** A person found: the name's span, the name, and the country a nationality adjective before it gives. */
    record Person(int start, int end, String name, String country) {
    }

    private static final String WORD = TitledPeople.W;
    /** Two or three name words; particles may stand inside ("Paulo Ramos do Vale", session 15). */
    private static final String NAME = WORD + "(?: (?:" + TitledPeople.PARTICLE + " ){0,2}" + WORD + "){1,2}";
    private static final String VERB = "(?:met|meets|meet|held|holds|hosted|hosts|received|receives|visited|visits"
            + "|flew|arrived|arrives|landed|travelled|traveled|signed|signs|shook|spoke|speaks|talked|talks|phoned"
            + "|welcomed|welcomes|negotiated)";
    /** Subjects: one name or two joined by "and", then the verb, or ", who …," and the verb. */
    private static final Pattern SUBJECT = Pattern.compile("(?<![\\p{L}’'-])(" + NAME + ")(?: and (" + NAME + "))?"
            + "(?:, who [^,]{1,80},)? (?:also |then |later |on \\p{Lu}\\p{Ll}+ )?" + VERB + "\\b");
    /** "led by X", "held talks with X", "met with X", and the object of a meeting verb: "received X" (session 13). */
    private static final Pattern AFTER = Pattern.compile("\\b(?:(?:led|headed|chaired) by|(?:met|meets|talks|talked"
            + "|spoke|speaks|meeting|negotiations|consultations) with|met|meets|received|receives|hosted|hosts"
            + "|welcomed|welcomes) (" + NAME + ")(?![\\p{L}’'-]| \\p{Lu})");
    /** The verbs of {@link #SUBJECT} and the words {@link #AFTER} opens with: neither matches a sentence without. */
    static final Cue SUBJECT_CUE = Cue.of("met", "meets", "meet", "held", "holds", "hosted", "hosts", "received",
            "receives", "visited", "visits", "flew", "arrived", "arrives", "landed", "travelled", "traveled", "signed",
            "signs", "shook", "spoke", "speaks", "talked", "talks", "phoned", "welcomed", "welcomes", "negotiated");
    static final Cue AFTER_CUE = Cue.of("led", "headed", "chaired", "met", "meets", "talks", "talked", "spoke", "speaks",
            "meeting", "negotiations", "consultations", "received", "receives", "hosted", "hosts", "welcomed",
            "welcomes");
    /** Nouns that make a capitalised run a body, a medium or a place rather than a person. */
    private static final Set<String> NOT_PERSON = Set.of("Council", "Union", "Ministry", "Party", "Front", "Army",
            "Forces", "Force", "Group", "Bank", "Fund", "Agency", "Commission", "Court", "University", "News", "Times",
            "Post", "Committee", "Board", "Assembly", "Office", "Department", "Government", "Parliament", "Senate",
            "Congress", "Institute", "Foundation", "Association", "Movement", "League", "Organisation", "Organization",
            "Alliance", "Coalition", "Corporation", "Company", "Airlines", "Airways", "Press", "Radio", "Television",
            "Service", "Guard", "Navy", "Police", "Brigade", "Centre", "Center", "Hotel", "Palace", "House", "Hall",
            "Square", "Street", "Airport", "Summit", "Conference", "Forum", "Talks", "Agreement", "Accord", "Treaty",
            "Declaration", "Initiative", "Plan", "Day", "North", "South", "East", "West", "New", "United", "Republic",
            "Kingdom", "State", "States", "Islands", "Island", "Gulf", "Sea", "River", "City", "Region", "Province",
            "Delegation", "Team", "Club", "Journal", "Herald", "Tribune", "Gazette", "Daily", "Network", "Monitor",
            "Mission", "Secretariat", "Authority", "Bureau", "Cabinet", "Coast", "Valley", "Strip", "Bay", "Port",
            "Saint", "San", "Santa", "Al", "El", "Grand", "Great", "Upper", "Lower", "Central", "National", "Federal",
            "International", "Global", "Europe", "Africa", "Asia", "America", "Middle");

    private UntitledPeople() {
    }

    /** Untitled people in text[s, e) (whole tokens of {@code tokens}) not overlapping {@code taken}, in text order. */
    static List<Person> find(Tokens tokens, String text, int s, int e, BitSet taken, Gazetteer gazetteer) {
        List<Person> out = new ArrayList<>(2);
        Matcher m;
        if (tokens.hasAt(SUBJECT_CUE, s, e)) {
            m = SUBJECT.matcher(text).region(s, e);
            while (m.find()) {
                add(text, s, m.start(1), m.end(1), taken, gazetteer, out);
                if (m.group(2) != null) {
                    add(text, s, m.start(2), m.end(2), taken, gazetteer, out);
                }
            }
        }
        if (tokens.hasAt(AFTER_CUE, s, e)) {
            m = AFTER.matcher(text).region(s, e);
            while (m.find()) {
                add(text, s, m.start(1), m.end(1), taken, gazetteer, out);
            }
        }
        out.sort(java.util.Comparator.comparingInt(Person::start));
        return out;
    }

    private static void add(String text, int s, int start, int end, BitSet taken, Gazetteer gazetteer,
            List<Person> out) {
        String raw = text.substring(start, end);
        String[] words = raw.split(" ");
        boolean lead = false;
        while (words.length > 2 && TitledPeople.stopWord(words[0])) {
            // "Monday Ines Morvaly met": a weekday or another word no name holds opens the run
            start += words[0].length() + 1;
            raw = raw.substring(words[0].length() + 1);
            words = raw.split(" ");
            lead = true;
        }
        if (!taken.get(start, end).isEmpty() || !lead && capitalisedBefore(text, s, start)) {
            return; // a known name, or the tail of a longer capitalised run ("Prime Minister X" is TitledPeople's)
        }
        String country = null;
        if (words.length == 3 && gazetteer.country(words[0]) != null) {
            country = gazetteer.country(words[0]); // "Senegalese Macky Sall"
            start += words[0].length() + 1;
            raw = raw.substring(words[0].length() + 1);
            words = raw.split(" ");
        }
        for (String w : words) {
            if (NOT_PERSON.contains(w) || gazetteer.country(w) != null || gazetteer.capital(w) != null) {
                return;
            }
        }
        if (gazetteer.capital(raw) != null || gazetteer.country(raw) != null) {
            return;
        }
        String name = TitledPeople.cleanName(raw, 2);
        if (name == null || !name.equals(raw)) {
            return;
        }
        for (Person p : out) {
            if (p.start() < end && start < p.end()) {
                return;
            }
        }
        out.add(new Person(start, end, name, country));
    }

    /** Whether the word before {@code start} (within the sentence) is capitalised: the run goes on to the left. */
    private static boolean capitalisedBefore(String text, int s, int start) {
        int i = start - 1;
        if (i < s || text.charAt(i) != ' ') {
            return false;
        }
        int w = i;
        while (w > s && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        return w < i && Character.isUpperCase(text.charAt(w)) && !TitledPeople.stopWord(text.substring(w, i));
    }
}
