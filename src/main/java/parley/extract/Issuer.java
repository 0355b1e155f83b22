package parley.extract;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The government a readout speaks for, from its header: "Readout from the Prime Minister's Office of Japan",
 * "UNITED KINGDOM | PRIME MINISTER'S OFFICE", "10 Downing Street", "The White House". A readout calls its own leader
 * "the Prime Minister" or "the President" without a name, so those words are that country's office holder, not
 * another prime minister the text names ({@link EntityFinder}). Null when the header names no issuing office, or
 * names several countries for it.
 */
final class Issuer {
    private Issuer() {
    }

    /** Seats of government, in file order (longest first where they overlap), with the country they speak for. */
    private static final Map<String, String> SEATS = new LinkedHashMap<>();

    static {
        Gazetteer.read("seats.tsv", line -> {
            String[] c = line.split("\t");
            SEATS.put(c[0].strip().toLowerCase(Locale.ROOT), c[1].strip());
        });
    }

    /** "White House", "the Kremlin": a seat of government, named as a place as often as for its government. */
    static boolean seat(String words) {
        String w = words.toLowerCase(Locale.ROOT);
        return SEATS.containsKey(w.startsWith("the ") ? w.substring(4) : w);
    }

    /** Words of a header that say a government office issued the text. */
    private static final String[] OFFICES = {"readout", "prime minister's office", "prime minister’s office",
        "office of the prime minister", "president's office", "president’s office", "office of the president",
        "presidential office", "chancellery", "chancellor's office", "cabinet office", "press office",
        "government of", "ministry of foreign affairs", "foreign ministry"};
    /** How much of the text's top a header may take. */
    private static final int HEADER = 800;
    /** A line of this many words or more is prose: the header has ended. */
    private static final int PROSE_WORDS = 14;

    /** The country key of the issuing government, or null. */
    static String country(String text, String title, String publisher, Gazetteer gazetteer) {
        String found = null;
        for (String line : headerLines(text, title, publisher)) {
            String c = ofLine(line, gazetteer);
            if (c != null) {
                if (found != null && !found.equals(c)) {
                    return null; // two governments in the header: a joint text, no one issuer
                }
                found = c;
            }
        }
        return found;
    }

    /**
     * The office whose holder speaks in the issued text ("Prime Minister's Office" → "prime minister", a seat of
     * government → "leader", "Ministry of Foreign Affairs" → "foreign minister"), read from the header line that names
     * the issuing country; null when none does (session 18: the principal of a diary or readout told without subjects).
     */
    static String office(String text, String title, String publisher, Gazetteer gazetteer) {
        for (String line : headerLines(text, title, publisher)) {
            if (ofLine(line, gazetteer) == null) {
                continue;
            }
            String lower = line.toLowerCase(Locale.ROOT).replace('’', '\'');
            for (Map.Entry<String, String> seat : SEATS.entrySet()) {
                if (lower.contains(seat.getKey())) {
                    return "leader";
                }
            }
            for (String[] o : PRINCIPALS) {
                if (lower.contains(o[0])) {
                    return o[1];
                }
            }
        }
        return null;
    }

    /** Header words of an issuing office, and the office of the one it speaks for. */
    private static final String[][] PRINCIPALS = {{"prime minister's office", "prime minister"},
        {"office of the prime minister", "prime minister"}, {"president's office", "president"},
        {"office of the president", "president"}, {"presidential office", "president"},
        {"presidency", "president"}, {"chancellor's office", "chancellor"}, {"chancellery", "chancellor"},
        {"ministry of foreign affairs", "foreign minister"}, {"foreign ministry", "foreign minister"},
        {"ministry for foreign affairs", "foreign minister"}, {"foreign office", "foreign minister"}};

    private static java.util.List<String> headerLines(String text, String title, String publisher) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        if (title != null) {
            lines.add(title);
        }
        if (publisher != null) {
            lines.add(publisher);
        }
        String top = text == null ? "" : text.substring(0, Math.min(text.length(), HEADER));
        for (String line : top.split("\n")) {
            if (line.strip().split("\\s+").length >= PROSE_WORDS) {
                break; // the first paragraph of prose: what follows is the body
            }
            lines.add(line);
        }
        return lines;
    }

    /** The country a header line's issuing office belongs to, or null. */
    private static String ofLine(String line, Gazetteer gazetteer) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> seat : SEATS.entrySet()) {
            int at = lower.indexOf(seat.getKey());
            if (at >= 0 && (at == 0 || !Character.isLetter(lower.charAt(at - 1)))) {
                return seat.getValue();
            }
        }
        boolean office = false;
        for (String o : OFFICES) {
            office |= lower.contains(o);
        }
        if (!office) {
            return null;
        }
        // "Readout of the Prime Minister's call with President Stubb of Finland": the counterpart's country follows
        // "with", "and" or "to"; the issuer's comes before
        int cut = line.length();
        // ("Readout: Secretary meets Omani Foreign Minister": the counterpart follows the verb, session 9)
        for (String w : new String[] {" with ", " and ", " to ", " meets ", " met ", " speaks ", " spoke ",
            " receives ", " received ", " hosts ", " hosted "}) {
            int at = lower.indexOf(w);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        String[] words = line.substring(0, cut).split("[\\s|:,;()]+");
        String country = null;
        for (int i = 0; i < words.length; i++) {
            if (words[i].isEmpty() || !Character.isUpperCase(words[i].charAt(0))) {
                continue;
            }
            String key = null;
            int used = 1;
            for (int n = Math.min(3, words.length - i); n >= 1 && key == null; n--) {
                key = gazetteer.country(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n)));
                used = n;
            }
            if (key != null) {
                if (country != null && !country.equals(key)) {
                    return null;
                }
                country = key;
                i += used - 1;
            }
        }
        return country;
    }
}
