package parley.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a title calls a person: the family name as reporting uses it. "Keir Starmer" is "Starmer", "Ursula von der
 * Leyen" is "von der Leyen", "Mohammed bin Salman" is "bin Salman"; people whose family name comes first are
 * called by it ("Xi", "Kim"), as are two-word names ending in a hyphenated given name ("Lee Jae-myung" is "Lee");
 * and some people are known by another name ("Lula"). The exceptions are data: {@code short-names.tsv}.
 */
final class ShortNames {
    /** Compiled once: String.split and matches compile their pattern at every call. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    /** Lower-case words that belong to the family name they precede. */
    private static final Set<String> PARTICLES = Set.of("von", "van", "der", "den", "de", "da", "di", "du", "del",
            "della", "la", "le", "bin", "ibn", "al", "el", "ben", "ter", "zu");
    private static final Map<String, String> LISTED = load("short-names.tsv");

    private ShortNames() {
    }

    /** A regnal number after a name: "III", "XIV". */
    private static final java.util.regex.Pattern REGNAL = java.util.regex.Pattern.compile("(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XI?V|XVI{0,3})");

    /**
     * Answers already worked out, by name: the same people are named sentence after sentence and in every title. The
     * answer depends on the name alone; the map is emptied when it grows past a bound (a long import meets many names).
     */
    private static final Map<String, String> WORKED_OUT = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int WORKED_OUT_BOUND = 20_000;

    static String of(String name) {
        String known = WORKED_OUT.get(name);
        if (known != null) {
            return known;
        }
        String shortName = workOut(name);
        if (WORKED_OUT.size() >= WORKED_OUT_BOUND) {
            WORKED_OUT.clear();
        }
        WORKED_OUT.put(name, shortName);
        return shortName;
    }

    private static String workOut(String name) {
        String trimmed = name.trim();
        String[] words = SPACES.split(trimmed);
        if (words.length < 2) {
            return trimmed;
        }
        String listed = LISTED.get(trimmed.toLowerCase(Locale.ROOT));
        if (listed != null) {
            return listed;
        }
        if (koreanStyle(words)) {
            return words[0];
        }
        int first = words.length - 1;
        if (REGNAL.matcher(words[first]).matches()) {
            first--; // "Pope Leo XIV", "King Charles III": the name with its number, never the number alone
        }
        while (first > 1 && isParticle(words[first - 1])) {
            first--;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
    }

    /** "Lee Jae-myung", "Han Duck-soo": a short family name, then a given name of two hyphenated syllables. */
    private static boolean koreanStyle(String[] words) {
        if (words.length != 2 || words[0].length() > 4) {
            return false;
        }
        String given = words[1];
        int hyphen = given.indexOf('-');
        return hyphen > 0 && hyphen < given.length() - 1 && Character.isUpperCase(given.charAt(0))
                && Character.isLowerCase(given.charAt(hyphen + 1));
    }

    /** "von", "der", "bin" always; "Al" and "El" capitalised too ("Tamim bin Hamad Al Thani"). */
    private static boolean isParticle(String word) {
        return PARTICLES.contains(word) || word.equals("Al") || word.equals("El");
    }

    private static Map<String, String> load(String resource) {
        Map<String, String> names = new HashMap<>();
        Gazetteer.read(resource, line -> {
            String[] columns = line.split("\t");
            if (columns.length == 2) {
                names.put(columns[0].strip().toLowerCase(Locale.ROOT), columns[1].strip());
            }
        });
        return Map.copyOf(names);
    }
}
