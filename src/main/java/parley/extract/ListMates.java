package parley.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People the gazetteer does not know, found because they are listed beside a person it does: "Present were Paul
 * Kagame, Yoweri Museveni and William Ruto", "hosted Yoweri Museveni and Paul Kagame". A coordinated list holds
 * items of one kind, so a name-shaped item (two or more capitalised words, none a title, a thing or a stop word)
 * next to a known person is a person too. Chained along the list in both directions; a comma alone separates items
 * only where the list goes on after the item ("A, B and C"), so a fronted place ("In Addis Ababa, Kagame said") is
 * no list.
 */
final class ListMates {
    /** One word of a name, as {@link TitledPeople} reads it; lower-case particles inside ("bin", "da"). */
    private static final String WORD = TitledPeople.W;
    private static final String PARTICLE = TitledPeople.PARTICLE;
    private static final String NAME = WORD + "(?: (?:" + PARTICLE + " ){0,2}" + WORD + "){1,3}";
    /** After a known person: a separator, then a name. */
    private static final Pattern NEXT = Pattern.compile("(,? and |, )(" + NAME + ")(?=(,? and |, )|[^\\p{L}]|$)");
    /** What follows an item that a comma opened: the list goes on. */
    private static final Pattern GOES_ON = Pattern.compile(",? and |, ");
    /** Before a known person: a name, then a separator, ending where the person starts. */
    private static final Pattern BEFORE = Pattern.compile("(" + NAME + ")(,? and |, )$");
    /** How far before a known person an item may start. */
    private static final int REACH = 60;

    /** A person found: the name's span and the name as written. */
    record Mate(int start, int end, String name) {
    }

    private ListMates() {
    }

    /**
     * Name-shaped items listed beside the known people {@code anchors} (spans [start, end) in text order) within
     * text[s, e), none overlapping {@code taken}.
     */
    static List<Mate> find(String text, int s, int e, List<int[]> anchors, BitSet taken) {
        List<Mate> out = new ArrayList<>();
        Matcher next = NEXT.matcher(text); // (one matcher, set to each region in turn)
        for (int[] a : anchors) {
            int at = a[1];
            boolean listed = false;
            while (at < e) {
                Matcher m = next.region(at, e);
                if (!m.lookingAt() || !free(m.start(2), m.end(2), taken, out)
                        || (m.group(1).equals(", ") && m.group(3) == null)) {
                    break;
                }
                Mate mate = mate(text, m.start(2), m.end(2));
                if (mate == null) {
                    break;
                }
                out.add(mate);
                listed = true;
                at = mate.end();
            }
            boolean midList = listed || GOES_ON.matcher(text).region(a[1], e).lookingAt();
            int end = a[0];
            while (end > s && separatorBefore(text, s, end)) {
                Matcher m = BEFORE.matcher(text).region(Math.max(s, end - REACH), end);
                Mate mate = null;
                // the shortest tail of the window that is a name: try start points from the person backwards
                for (int from = end - 1; from >= Math.max(s, end - REACH); from--) {
                    if (from > s && Character.isLetter(text.charAt(from - 1))) {
                        continue;
                    }
                    m.region(from, end);
                    if (m.lookingAt()) {
                        Mate candidate = mate(text, m.start(1), m.end(1));
                        if (candidate == null) {
                            break;
                        }
                        if (m.group(2).equals(", ") && !midList) {
                            break;
                        }
                        mate = candidate;
                    }
                }
                if (mate == null || !free(mate.start(), mate.end(), taken, out)) {
                    break;
                }
                out.add(mate);
                midList = true;
                end = mate.start();
            }
        }
        return out;
    }

    /** The cheap test before the backward search: the person follows ", " or " and ". */
    private static boolean separatorBefore(String text, int s, int end) {
        return end - s >= 2 && (text.startsWith(", ", end - 2) || end - s >= 5 && text.startsWith(" and ", end - 5));
    }

    /** The item as a person's name, or null when a word of it is a title, a thing or a stop word ("New York"). */
    private static Mate mate(String text, int start, int end) {
        String raw = text.substring(start, end);
        String name = TitledPeople.cleanName(raw, 2);
        return name != null && name.equals(raw) ? new Mate(start, end, name) : null;
    }

    private static boolean free(int start, int end, BitSet taken, List<Mate> found) {
        if (!taken.get(start, end).isEmpty()) {
            return false;
        }
        for (Mate m : found) {
            if (m.start() < end && start < m.end()) {
                return false;
            }
        }
        return true;
    }
}
