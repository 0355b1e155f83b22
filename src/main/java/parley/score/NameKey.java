package parley.score;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The key under which the scorer compares participant names: a person by surname after titles are dropped (Gulf
 * names "X bin Y" by given name and father's name), an organisation by its folded name with a few aliases. The same
 * rules as the shared scorer's {@code key()}, so the two never disagree on a match.
 */
public final class NameKey {
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "sir", "dame", "president", "prime",
            "minister", "chancellor", "us", "vice", "the", "dr", "lord", "king", "queen", "secretary", "general",
            "state", "sheikh", "emir", "prince", "crown", "sultan", "ii", "iii", "iv");
    private static final Map<String, String> ORG_ALIASES = Map.ofEntries(
            Map.entry("eu", "european union"), Map.entry("the eu", "european union"),
            Map.entry("european union", "european union"), Map.entry("nato", "nato"),
            Map.entry("coalition of the willing", "coalition of the willing"),
            Map.entry("the coalition of the willing", "coalition of the willing"),
            Map.entry("downing street", "uk government"), Map.entry("number 10", "uk government"),
            Map.entry("no 10", "uk government"), Map.entry("uk government", "uk government"),
            Map.entry("british government", "uk government"), Map.entry("kremlin", "russia"),
            Map.entry("the kremlin", "russia"));
    private static final List<String> ORG_WORDS = List.of("union", "coalition", "council", "government", "nato",
            "ministry", "league", "organisation", "organization", "nations", "house", "kremlin", "office");

    private NameKey() {
    }

    /** Accents removed, lower case, trimmed. */
    public static String fold(String s) {
        String d = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        d.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).forEach(b::appendCodePoint);
        return b.toString().toLowerCase(Locale.ROOT).strip();
    }

    public static String of(String name) {
        String n = fold(name).replaceAll("[^a-z0-9 \\-]", " ").replaceAll("\\s+", " ").strip();
        if (ORG_ALIASES.containsKey(n)) {
            return "org:" + ORG_ALIASES.get(n);
        }
        List<String> toks = new ArrayList<>();
        for (String t : n.replace('-', ' ').split(" ")) {
            if (!t.isEmpty() && !TITLES.contains(t)) {
                toks.add(t);
            }
        }
        if (toks.isEmpty()) {
            return "org:" + n;
        }
        if (ORG_WORDS.stream().anyMatch(n::contains)) {
            return "org:" + ORG_ALIASES.getOrDefault(n, n);
        }
        for (String particle : List.of("bin", "bint", "ibn")) {
            if (toks.size() > 2 && toks.subList(1, toks.size() - 1).contains(particle)) {
                return "person:" + toks.get(0) + "-" + toks.get(toks.indexOf(particle) + 1);
            }
        }
        if (toks.size() > 5) {
            return "org:" + ORG_ALIASES.getOrDefault(n, n);
        }
        return "person:" + toks.get(toks.size() - 1).replaceFirst("(skyy|skiy|skyi|ski)$", "sky");
    }
}
