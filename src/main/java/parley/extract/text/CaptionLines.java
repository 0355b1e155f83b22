package parley.extract.text;

import java.util.BitSet;
import java.util.regex.Pattern;

/**
 * Lines of an article that are photo captions. A caption describes a picture: it may report an event of its own
 * (a previous meeting shown in the photo), but the people standing in the picture are not thereby taking part in
 * the events the story reports. Recognised by the marks captions carry in text, never by what they say: a credit
 * at the end ("Picture: …", "Photo: …", "(AP)", "(Jane Roe/PA)", "… via Getty Images"), positions of the people
 * shown ("(C)", "(left)", "(second right)"), a label before it ("Caption:", "Image caption", "Pictured:"), or a
 * gallery or caption marker line just before it ("open image in gallery", "Image caption").
 */
public final class CaptionLines {
    /** A credit at the end of the line: a label and a few words, a bracketed agency or "Name/Agency". */
    private static final Pattern CREDIT_END = Pattern.compile(
            "(?i)(?:(?:^|[\\s.,;|(\\[–—-])(?:pictures?|photos?|photograph|photo credit|image|credit|pic)\\s*:"
                    + "\\s*[^\\n:]{1,90}"
                    + "|\\((?:[^()\\n]{0,60}/[^()\\n]{0,60}|AP|AFP|PA|Reuters|Getty Images|EPA|Bloomberg"
                    + "|Handout|File photo|File|Pool)\\)"
                    + "|\\bvia (?:Getty Images|AP|Reuters)"
                    + "|\\b(?:AP|AFP|Reuters|EPA|PA) Photo(?:/[\\p{L}.' -]+)?)\\s*$");
    /** "(C)", "(L)", "(left)", "(second right)", "(L-R)": where the people shown stand. */
    private static final Pattern POSITION = Pattern.compile(
            "\\((?:[CLR]|L-R|R-L|(?:(?:second|third|far|centre|center|front|back|top|bottom) )?"
                    + "(?:left|right|centre|center|front|back))\\)");
    /** A label that opens a caption line. */
    private static final Pattern LABEL_START = Pattern.compile(
            "(?i)^(?:image caption|photo caption|caption|pictured|above|top|main image|main picture)\\s*[:,–—-]");
    /** A line that announces that a caption follows. */
    private static final Pattern MARKER_LINE = Pattern.compile(
            "(?i)^(?:open image in gallery|view gallery|enlarge(?: this image)?|image caption|caption|image"
                    + "|expand image|photograph|picture|image source[^\\n]{0,60})\\s*:?\\s*$");
    /** Captions are short: a longer line is a paragraph that happens to end with a bracket. */
    private static final int MAX_WORDS = 80;

    private CaptionLines() {
    }

    /** Character positions of {@code text} that lie on caption lines. */
    public static BitSet of(String text) {
        BitSet out = new BitSet();
        if (text.indexOf('(') < 0 && text.indexOf(':') < 0 && text.indexOf("via ") < 0) {
            return out; // no credit, position, label or marker can be present
        }
        String previous = "";
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                if (isCaption(line, previous)) {
                    out.set(start, end);
                }
                previous = line;
            }
            start = end + 1;
        }
        return out;
    }

    /** True when {@code line} reads as a photo caption, given the non-empty line before it. */
    static boolean isCaption(String line, String previous) {
        // cheap cues first: most lines have none of them, and then no pattern needs to run
        boolean paren = line.indexOf('(') >= 0;
        int colon = line.lastIndexOf(':');
        boolean via = line.contains("via ") || line.contains(" Photo");
        boolean marker = previous.length() <= 60 && markerLike(previous) && MARKER_LINE.matcher(previous).matches();
        boolean label = labelLike(line) && LABEL_START.matcher(line).find();
        if (!(paren || colon >= 0 || via || marker || label) || words(line) > MAX_WORDS) {
            return false;
        }
        if (marker && !MARKER_LINE.matcher(line).matches() || label || paren && POSITION.matcher(line).find()) {
            return true;
        }
        // a credit stands in the last hundred characters: look only there
        int from = Math.max(0, Math.min(line.length() - 100, colon < 0 ? line.length() : colon - 30));
        return (paren && line.charAt(line.length() - 1) == ')' || colon >= 0 || via)
                && CREDIT_END.matcher(line).region(from, line.length()).useTransparentBounds(true).find();
    }

    private static final String[] MARKER_STARTS = {"open image", "view gallery", "enlarge", "image", "caption",
        "expand image", "photograph", "picture"};
    private static final String[] LABEL_STARTS = {"image caption", "photo caption", "caption", "pictured", "above",
        "top", "main image", "main picture"};

    private static boolean markerLike(String line) {
        return startsWithAny(line, MARKER_STARTS);
    }

    private static boolean labelLike(String line) {
        return startsWithAny(line, LABEL_STARTS);
    }

    private static boolean startsWithAny(String line, String[] starts) {
        for (String p : starts) {
            if (line.regionMatches(true, 0, p, 0, p.length())) {
                return true;
            }
        }
        return false;
    }

    private static int words(String line) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < line.length(); i++) {
            boolean space = Character.isWhitespace(line.charAt(i));
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }
}
