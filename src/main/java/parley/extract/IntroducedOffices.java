package parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import parley.extract.text.Tokens;

/**
 * Offices a story names before it says who holds them: "the northern army's chief of staff rang his southern
 * counterpart … The chief of staff is General A; his counterpart is General B." A copular introduction anywhere in
 * the article — "Country's office is (rank) Name", then "his Nationality counterpart is (rank) Name", which holds the
 * same office — tells who holds that office for that country; the office written through its country, in full or
 * by its initials ("Director General of Military Operations", "DGMO"), is then that person, and so is "his Indian
 * counterpart" after it.
 */
final class IntroducedOffices {
    /** Who holds an office for a country: the office as its words, lower case. */
    record Holder(String country, List<String> office, KnownEntity person) {
    }

    /** "Country's office is": the office is at most six words, the holder follows. */
    private static final Pattern INTRO = Pattern.compile("(\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?)['’]s ((?:[\\p{L}-]+ ){0,5}?"
            + "[\\p{L}-]+) (?:is|was|has been) ");
    /** "his Pakistani counterpart is", "her Turkish counterpart, ": the same office in another country. */
    private static final Pattern COUNTERPART_INTRO = Pattern.compile("\\b(?:[Hh]is|[Hh]er|[Tt]heir) (\\p{Lu}\\p{L}+)"
            + " counterpart (?:is|was|has been) ");
    /** "his Indian counterpart": a reference to the holder of the office the sentence just named. */
    private static final Pattern COUNTERPART = Pattern.compile("\\b(?:[Hh]is|[Hh]er|[Tt]heir) (\\p{Lu}\\p{L}+)"
            + " counterpart\\b");
    /** Only capitalised words (a rank or form of address) between "is" and the name. */
    private static final Pattern RANK_GAP = Pattern.compile("(?:\\p{Lu}[\\p{L}.]*\\s+)*");
    private static final Set<String> SMALL_WORDS = Set.of("of", "for", "the", "and", "on");

    private IntroducedOffices() {
    }

    /**
     * The holders a whole article introduces. A holder must be a person found by rank or role right after "is"
     * ({@link TitledPeople}), so "Russia's position is …" introduces no one.
     */
    static List<Holder> scan(Tokens tokens, Gazetteer gazetteer) {
        String text = tokens.text();
        if (!mayIntroduce(text)) {
            return List.of();
        }
        List<Holder> out = new ArrayList<>(2);
        Matcher m = INTRO.matcher(text);
        while (m.find()) {
            String country = gazetteer.country(m.group(1));
            KnownEntity person = country == null ? null : personAt(tokens, m.end(), gazetteer, country, m.group(2));
            if (person == null) {
                continue;
            }
            List<String> office = words(m.group(2));
            out.add(new Holder(country, office, person));
            int stop = sentenceEnd(text, m.end());
            Matcher c = COUNTERPART_INTRO.matcher(text).region(m.end(), stop);
            while (c.find()) {
                String other = gazetteer.country(c.group(1));
                KnownEntity counterpart = other == null ? null
                        : personAt(tokens, c.end(), gazetteer, other, m.group(2));
                if (counterpart != null) {
                    out.add(new Holder(other, office, counterpart));
                }
            }
        }
        return out;
    }

    /** A copular sentence about an office at all: "'s" followed within a few words by " is ". */
    private static boolean mayIntroduce(String text) {
        for (int i = text.indexOf("s "); i >= 0; i = text.indexOf("s ", i + 2)) {
            if (i > 0 && (text.charAt(i - 1) == '\'' || text.charAt(i - 1) == '’')) {
                int limit = Math.min(text.length() - 4, i + 60);
                for (int j = i; j <= limit; j++) {
                    if (text.startsWith(" is ", j) && hasRank(text, j + 4)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The word after "is" is capitalised: a rank, a form of address or a name ("Lieutenant General X"). */
    private static boolean hasRank(String text, int at) {
        return at < text.length() && Character.isUpperCase(text.charAt(at));
    }

    private static int sentenceEnd(String text, int from) {
        int dot = text.indexOf(". ", from);
        int nl = text.indexOf('\n', from);
        int end = dot < 0 ? text.length() : dot;
        return nl >= 0 && nl < end ? nl : end;
    }

    /** The person TitledPeople finds starting right at {@code offset}, made known with that country. */
    private static KnownEntity personAt(Tokens tokens, int offset, Gazetteer gazetteer, String country,
            String office) {
        int from = tokens.indexAt(offset);
        int to = Math.min(tokens.size(), from + 8);
        for (TitledPeople.Found f : TitledPeople.find(tokens, from, to, gazetteer)) {
            // the find may start at a rank ("Lieutenant General Rajiv Ghai") or at the name
            if (f.start() >= offset && f.start() - offset <= 40
                    && RANK_GAP.matcher(tokens.text().substring(offset, f.start())).matches()) {
                return new KnownEntity(f.name(), parley.domain.EntityKind.PERSON, office, country, Set.of());
            }
        }
        return null;
    }

    /** The office's words, lower case, without "of", "the"…: "Director General of Military Operations". */
    static List<String> words(String office) {
        List<String> out = new ArrayList<>(6);
        for (String w : office.split(" ")) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (!SMALL_WORDS.contains(lower)) {
                out.add(lower);
            }
        }
        return out;
    }

    /** The same office: the same words, or one is the other's initials ("dgmo"). */
    static boolean sameOffice(List<String> a, List<String> b) {
        return a.equals(b) || initialsOf(a, b) || initialsOf(b, a);
    }

    private static boolean initialsOf(List<String> acronym, List<String> full) {
        if (acronym.size() != 1 || full.size() < 2 || acronym.get(0).length() != full.size()) {
            return false;
        }
        for (int i = 0; i < full.size(); i++) {
            if (full.get(i).charAt(0) != acronym.get(0).charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** "his Indian counterpart" in text[s, e): the nationality word's group, or null. */
    static Matcher counterparts(String text, int s, int e) {
        return COUNTERPART.matcher(text).region(s, e);
    }
}
