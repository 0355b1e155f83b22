package parley.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label a release carries for the day it went out: "Released 12 May 2025", "For immediate release – 16 May 2025",
 * "Issued: 14.05.2025", "Release date 3 June 2025". Reading (compilations of releases) and extraction (dated item
 * headings) both look for it, so it is spelt once here. "Compiled", "Collected" are not in it: those date a whole file.
 */
public final class ReleaseLabel {

    private static final Pattern LABEL = Pattern.compile("(?i)(?:for\\s+immediate\\s+release|release\\s+date"
            + "|date\\s+of\\s+(?:issue|release)|released|issued|published|posted)(?:\\s+on)?\\s*[:\\-–—|]?\\s*");

    private ReleaseLabel() {
    }

    /** A matcher over the line; {@code lookingAt()} tells whether the line opens with the label, {@code end()} where the day starts. */
    public static Matcher in(String line) {
        return LABEL.matcher(line);
    }
}
