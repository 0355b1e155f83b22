package parley.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class AlternationTest {
    /** Made-up phrases sharing beginnings, some ending where others go on, one twice, cases mixed. */
    private static final List<String> PHRASES = List.of("vice chair", "chair", "chairman", "chair person", "Chief",
            "chief envoy", "ch", "envoy", "en", "chair", "Vice", "vice-chair", "co chair", "Co", "chairs");

    @Test
    void matchesWhatTheFlatListMatchesWithTheSamePreference() {
        Random random = new Random(15);
        String[] bits = {"vice", "Vice", "chair", "man", " ", "  ", "\u00a0", "-", "person", "chief", "Chief", "envoy",
            "en", "co", "Co", "s", "x", ",", "CH"};
        for (boolean ignoreCase : new boolean[] {false, true}) {
            for (List<String> order : List.of(PHRASES, longestFirst(PHRASES))) {
                for (String tail : new String[] {"", "\\b", "[ -]+\\p{L}+", "(?:s|man)?\\b", "\\s+x"}) {
                    String flags = ignoreCase ? "(?i)" : "";
                    Pattern flat = Pattern.compile(flags + "(?:" + flat(order) + ")" + tail);
                    Pattern tree = Pattern.compile(flags + "(?:" + Alternation.of(order, ignoreCase) + ")" + tail);
                    for (int n = 0; n < 400; n++) {
                        StringBuilder text = new StringBuilder();
                        for (int k = random.nextInt(6); k >= 0; k--) {
                            text.append(bits[random.nextInt(bits.length)]);
                        }
                        for (int at = 0; at <= text.length(); at++) {
                            assertThat(match(tree, text, at)).as("%s at %d, %s", text, at, tree)
                                    .isEqualTo(match(flat, text, at));
                        }
                    }
                }
            }
        }
    }

    @Test
    void sharesBeginnings() {
        assertThat(Alternation.of(List.of("minister", "ministry", "mission"), false))
                .isEqualTo("\\Qm\\E\\Qi\\E(?:\\Qn\\E\\Qi\\E\\Qs\\E\\Qt\\E(?:\\Qe\\E\\Qr\\E|\\Qr\\E\\Qy\\E)"
                        + "|\\Qs\\E\\Qs\\E\\Qi\\E\\Qo\\E\\Qn\\E)");
    }

    private static String match(Pattern p, CharSequence text, int at) {
        Matcher m = p.matcher(text).region(at, text.length());
        return m.lookingAt() ? m.start() + "-" + m.end() : "none";
    }

    private static String flat(List<String> phrases) {
        StringBuilder b = new StringBuilder();
        for (String p : phrases) {
            b.append(b.length() > 0 ? "|" : "").append(Pattern.quote(p).replace(" ", "\\E[ \\u00a0]+\\Q"));
        }
        return b.toString();
    }

    private static List<String> longestFirst(List<String> phrases) {
        List<String> sorted = new ArrayList<>(phrases);
        sorted.sort((a, b) -> b.length() - a.length());
        return sorted;
    }
}
