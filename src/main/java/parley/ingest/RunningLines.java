package parley.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser or word processor prints on every page of a PDF — the print date and page title at the top, the
 * address and "1/2" at the bottom, a running head — found as lines at a page's edge that recur on most pages (digits
 * aside), plus page numbers alone on their line. They are removed from the text; the address they hold is the
 * article's own URL and the page title's suffix its outlet. The print date is never kept: it says when someone
 * printed the page, not when it was published.
 */
final class RunningLines {
    private static final int EDGE = 3;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^\\s*(?:page\\s+)?[-–]?\\s*\\d{1,4}\\s*(?:(?:/|of)\\s*\\d{1,4})?\\s*[-–]?\\s*$");
    private static final Pattern TRAILING_PAGE = Pattern.compile("(?i)\\s+(?:page\\s+)?\\d{1,4}\\s*(?:/|of)\\s*\\d{1,4}\\s*$");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern PRINT_STAMP = Pattern.compile(
            "^\\s*\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4},?\\s+\\d{1,2}[:.]\\d{2}(?:\\s*[AaPp][Mm])?\\s*");

    private RunningLines() {
    }

    /** The pages' text without running lines, and what the running lines said. */
    record Result(String text, String url, String outlet, String pageTitle) {
    }

    static Result strip(List<String> pages) {
        Map<String, Integer> pagesWith = new HashMap<>();
        List<List<String>> split = new ArrayList<>();
        for (String page : pages) {
            List<String> lines = page.lines().toList();
            split.add(lines);
            Set<String> keys = new HashSet<>();
            for (int i : edgeIndexes(lines)) {
                keys.add(key(lines.get(i)));
            }
            keys.forEach(k -> pagesWith.merge(k, 1, Integer::sum));
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        List<String> running = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (List<String> lines : split) {
            Set<Integer> drop = new HashSet<>();
            for (int i : edgeIndexes(lines)) {
                String line = lines.get(i);
                boolean repeated = pages.size() >= 2 && pagesWith.getOrDefault(key(line), 0) >= needed;
                if (repeated || PAGE_NUMBER.matcher(line).matches()) {
                    drop.add(i);
                    if (repeated) {
                        running.add(line);
                    }
                }
            }
            for (int i = 0; i < lines.size(); i++) {
                if (!drop.contains(i)) {
                    text.append(lines.get(i)).append('\n');
                }
            }
            text.append('\n');
        }
        return describe(text.toString().replaceAll("\n{3,}", "\n\n").strip(), running);
    }

    /** The first and last few non-blank lines of a page. */
    private static List<Integer> edgeIndexes(List<String> lines) {
        List<Integer> nonBlank = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                nonBlank.add(i);
            }
        }
        Set<Integer> edge = new java.util.LinkedHashSet<>(nonBlank.subList(0, Math.min(EDGE, nonBlank.size())));
        edge.addAll(nonBlank.subList(Math.max(0, nonBlank.size() - EDGE), nonBlank.size()));
        return new ArrayList<>(edge);
    }

    /** A line with its numbers blanked: "Page 1 of 3" and "Page 2 of 3" are the same running line. */
    private static String key(String line) {
        return line.strip().replaceAll("\\d+", "#").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Result describe(String text, List<String> running) {
        String url = null;
        String outlet = null;
        String pageTitle = null;
        for (String line : running) {
            Matcher u = URL.matcher(line);
            if (url == null && u.find()) {
                url = u.group();
            }
            String rest = TRAILING_PAGE.matcher(PRINT_STAMP.matcher(URL.matcher(line).replaceAll(" ")).replaceFirst(""))
                    .replaceFirst("").strip();
            if (rest.isEmpty() || PAGE_NUMBER.matcher(rest).matches()) {
                continue;
            }
            String suffix = HtmlArticle.titleSuffix(rest);
            if (outlet == null && suffix != null) {
                outlet = suffix;
                pageTitle = HtmlArticle.withoutSiteSuffix(rest, suffix, false);
            } else if (outlet == null && rest.split("\\s+").length <= 6 && !rest.matches(".*\\d.*")) {
                outlet = rest; // a running head that is only a name: the outlet or office
            }
        }
        return new Result(text, url, outlet, pageTitle);
    }
}
