package parley.score;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether the publisher and author Parley read agree with the gold's. Names are compared folded (case, accents,
 * punctuation); a publisher written with its newsletter in brackets ("Dhow Street Media (The Gulf Brief)") may be
 * read as either part; authors are compared as a set of names, whatever their order or joining words.
 */
final class MetadataMatch {
    private MetadataMatch() {
    }

    static boolean publisher(String gold, String read) {
        if (gold == null || read == null) {
            return gold == null && (read == null || read.isBlank());
        }
        String r = norm(read);
        if (r.equals(norm(gold))) {
            return true;
        }
        int open = gold.indexOf('(');
        int close = gold.lastIndexOf(')');
        return open > 0 && close > open && (r.equals(norm(gold.substring(0, open)))
                || r.equals(norm(gold.substring(open + 1, close))));
    }

    static boolean authors(String gold, String read) {
        if (gold == null || read == null) {
            return gold == null && (read == null || read.isBlank());
        }
        return Objects.equals(names(gold), names(read));
    }

    private static Set<String> names(String s) {
        Set<String> out = new TreeSet<>();
        Arrays.stream(s.split("\\s*(?:,|;|&|\\band\\b)\\s*")).map(MetadataMatch::norm).filter(n -> !n.isEmpty())
                .forEach(out::add);
        return out;
    }

    private static String norm(String s) {
        return NameKey.fold(s).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
