package parley.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Photo captions carry facts ("a strike on August 12") but end with credits that are not article text:
 * "Picture: Jane Roe/AFP", "Photo: ...", "(AP)", "(Jeff Moore/PA)", "Jane Roe/AFP via Getty Images".
 * This removes such credit tails and keeps the caption.
 */
final class Captions {
    private static final Pattern LABELLED = Pattern.compile(
            "(?i)(?:^|[\\s.,;|(\\[–—-])(?:pictures?|photos?|photograph(?:s)?|photo credit|image(?:s)?|credit|pic"
                    + "|illustration)\\s*:");
    private static final String AGENCY = "(?:AP|AFP|Reuters|PA(?: Wire| Media)?|EPA(?:-EFE)?|Getty(?: Images)?"
            + "|Shutterstock|Alamy|Bloomberg|Anadolu|dpa|Xinhua|TASS|Sputnik|WPA Pool|Pool|Handout|File|Supplied"
            + "|NurPhoto|SOPA Images|Associated Press|Press Association)";
    private static final Pattern PAREN_TAIL = Pattern.compile("\\s*\\(([^()]{1,80})\\)\\s*$");
    private static final Pattern CREDITISH = Pattern.compile(
            "(?i)/|\\b" + AGENCY + "\\b|\\b(?:photo|image|picture|file|courtesy)\\b");
    private static final Pattern AGENCY_TAIL = Pattern.compile(
            "(?:(?:[\\p{L}.'’ -]+/)*|[\\p{L}.'’ -]+ for )?" + AGENCY
                    + "(?: Photo| Images| Wire| via Getty Images| via AP| via Reuters)?(?:\\s*/\\s*[\\p{L}.'’ -]+)*\\.?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VIA_TAIL = Pattern.compile("(?i)[\\p{L}.'’ /-]{0,60}\\bvia\\s+[\\p{L} ]{2,30}\\.?");

    private Captions() {
    }

    /** The label a caption line of a web page begins with, as plain-text captions often do. */
    static final String LABEL = "Caption: ";

    /** The caption behind {@link #LABEL} (unless it already opens with a label of its own); empty stays empty. */
    static String labelled(String caption) {
        if (caption.isEmpty() || caption.regionMatches(true, 0, "caption", 0, 7)
                || caption.regionMatches(true, 0, "pictured", 0, 8)) {
            return caption;
        }
        return LABEL + caption;
    }

    /** The caption without its credit; empty when the caption was only a credit. */
    static String withoutCredit(String caption) {
        String c = caption.strip();
        for (int guard = 0; guard < 4; guard++) {
            String next = stripOnce(c);
            if (next.equals(c)) {
                break;
            }
            c = next;
        }
        return c;
    }

    private static String stripOnce(String c) {
        Matcher label = LABELLED.matcher(c);
        int cut = -1;
        while (label.find()) {
            cut = label.start();
        }
        if (cut >= 0 && words(c.substring(cut)) <= 16) {
            return c.substring(0, cut).replaceFirst("[\\s|/·•,;–—-]+$", "").strip();
        }
        Matcher paren = PAREN_TAIL.matcher(c);
        if (paren.find() && CREDITISH.matcher(paren.group(1)).find() && words(paren.group(1)) <= 8) {
            return c.substring(0, paren.start()).strip();
        }
        int boundary = lastSentenceBoundary(c);
        String tail = c.substring(boundary).strip();
        if (!tail.isEmpty() && words(tail) <= 10
                && (AGENCY_TAIL.matcher(tail).matches() || VIA_TAIL.matcher(tail).matches())) {
            return c.substring(0, boundary).strip();
        }
        return c;
    }

    /** Where the last sentence or "|"-separated part begins (0 when there is one part). */
    private static int lastSentenceBoundary(String c) {
        for (int i = c.length() - 2; i > 0; i--) {
            char ch = c.charAt(i);
            if ((ch == '.' || ch == '!' || ch == '?' || ch == '|' || ch == '–' || ch == '—')
                    && Character.isWhitespace(c.charAt(i + 1))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
