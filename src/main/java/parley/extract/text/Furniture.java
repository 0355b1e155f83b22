package parley.extract.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import parley.domain.Article;

/**
 * Page furniture that survives in plain text: donation and subscription appeals, "Read more" links and lists of
 * related stories under a label ({@link LinkLists}: their headlines are other stories), gallery and share buttons, bylines, date stamps and photo credits. Captions are not
 * furniture: they report facts of their own; only the credit at their end is.
 */
public final class Furniture {
    private static final Pattern WHOLE_SENTENCE = Pattern.compile(
            "(?i)^(?:read more\\b.*|related(?: stories| articles| content| topics)?|related(?: stories| articles| content| topics)?:.*|more on this story.*"
                    + "|open image in gallery|view gallery|enlarge|advertisement|skip advert.*|support now"
                    + "|share(?: this| on| via| article)?\\b.{0,40}|copy link|click to share.*|follow us.*"
                    + "|sign up\\b.*|subscribe\\b.*|newsletter.*|listen to (?:this )?article.*"
                    + "|(?:picture|photo|photograph|image|credit|pictured|source)s?:.*"
                    + "|\\(?(?:ap|afp|reuters|pa|getty images|epa|bloomberg)(?: photo)?\\)?"
                    + "|(?:date|published|updated|posted)[:\\s]+\\d{4}-\\d{2}-\\d{2}.*)$");
    private static final Pattern BYLINE = Pattern.compile("^(?:By|BY|Words by|Reporting by)\\s+[A-Z][\\p{L}'’.-]+"
            + "(?:\\s+(?:and\\s+)?[A-Z][\\p{L}'’.-]+){0,4}(?:\\s*[,|–-].{0,40})?$");
    private static final Pattern APPEAL = Pattern.compile(
            "(?i)\\b(?:donat(?:e|ion|ions|ing)|subscri(?:be|ption|ber)|paywalls?|your support|support us"
                    + "|support (?:our|independent) journalism|become a (?:member|supporter)|make a contribution"
                    + "|ad-?free|cookies?|log ?in to|already a subscriber|premium members?)\\b");
    /** Words an appeal's line holds, looked for in one pass before its pattern is tried. */
    private static final WordSet APPEAL_CUES = new WordSet("donat", "subscri", "paywall", "support", "member",
        "contribution", "ad-free", "adfree", "ad free", "cookie", "log in", "login");
    private static final Pattern FIRST_PERSON_PLURAL = Pattern.compile("\\b(?:we|We|us|our|Our)\\b");
    /** A photo credit at the end of a caption: "(Jeff Moore/PA)", "(AP)", "Picture: ...". */
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "(?:\\s*\\((?:[^()]{0,60}/[^()]{0,60}|AP|AFP|PA|Reuters|Getty Images|EPA|Bloomberg)\\)"
                    + "|\\s+(?:Picture|Photo|Photograph|Image|Credit)s?:.*)$");

    private Furniture() {
    }

    /** For each sentence, true when it is furniture. Appeals are recognised by line, as they come in blocks. */
    public static boolean[] mark(String text, List<Article.Span> sentences, java.util.BitSet quoted) {
        return mark(WordHits.of(text), sentences, quoted);
    }

    /** {@link #mark(String, List, java.util.BitSet)} with the cue words read from the article's hits. */
    public static boolean[] mark(WordHits hits, List<Article.Span> sentences, java.util.BitSet quoted) {
        String text = hits.text();
        boolean[] out = new boolean[sentences.size()];
        java.util.Map<Integer, Boolean> appealByLine = new java.util.HashMap<>();
        java.util.BitSet links = LinkLists.of(text);
        for (int k = 0; k < sentences.size(); k++) {
            Article.Span s = sentences.get(k);
            String sentence = text.substring(s.start(), s.end());
            int lineStart = text.lastIndexOf('\n', s.start() - 1) + 1;
            out[k] = isFurniture(sentence) || links.get(s.start())
                    || appealByLine.computeIfAbsent(lineStart, ls -> isAppeal(hits, ls, quoted))
                    // an outlet speaking as "we" signs off in its own sentences; a sentence of the same paragraph
                    // without "we" may report the news ("That's all from us; our coverage resumes at eight. The
                    // prime minister flies to Montreal tomorrow."): it stays (session 13)
                    && (appealWords(hits, lineStart) || firstPersons(text, s.start(), s.end(), quoted) > 0);
        }
        return out;
    }

    public static boolean isFurniture(String sentence) {
        String t = sentence.strip();
        return WHOLE_SENTENCE.matcher(t).matches() || BYLINE.matcher(t).matches();
    }

    /** Donation or subscription appeals: their vocabulary, or an outlet speaking as "we" outside any quotation. */
    private static boolean isAppeal(WordHits hits, int lineStart, java.util.BitSet quoted) {
        String text = hits.text();
        return appealWords(hits, lineStart) || firstPersons(text, lineStart, lineEnd(text, lineStart), quoted) >= 2;
    }

    private static int lineEnd(String text, int lineStart) {
        int lineEnd = text.indexOf('\n', lineStart);
        return lineEnd < 0 ? text.length() : lineEnd;
    }

    /** The line holds the vocabulary of a donation or subscription appeal. */
    private static boolean appealWords(WordHits hits, int lineStart) {
        String text = hits.text();
        int lineEnd = lineEnd(text, lineStart);
        // the words of the line lower-cased, as the article's hits hold them
        return hits.anyInLowerCase(APPEAL_CUES, lineStart, lineEnd)
                && APPEAL.matcher(text.substring(lineStart, lineEnd)).find();
    }

    /** How many unquoted "we", "us", "our" text[from, to) holds. */
    private static int firstPersons(String text, int from, int to, java.util.BitSet quoted) {
        String line = text.substring(from, to);
        // the pattern is tried only where one of its words starts: scanning the whole line with it costs more
        Matcher m = FIRST_PERSON_PLURAL.matcher(line).useTransparentBounds(true).useAnchoringBounds(false);
        int count = 0;
        for (int i = nextFirstPerson(line, 0); i >= 0; i = nextFirstPerson(line, i + 1)) {
            if (m.region(i, line.length()).lookingAt() && !quoted.get(from + i)) {
                count++;
            }
        }
        return count;
    }

    /** The first offset at or after {@code from} where "we", "We", "us", "our" or "Our" starts, or -1. */
    private static int nextFirstPerson(String line, int from) {
        for (int i = from; i + 1 < line.length(); i++) {
            char c = line.charAt(i);
            char d = line.charAt(i + 1);
            if ((c == 'w' || c == 'W') && d == 'e' || c == 'u' && d == 's' || (c == 'o' || c == 'O') && d == 'u') {
                return i;
            }
        }
        return -1;
    }

    /** A wire dateline: "GENEVA, March 4 (Parley Wire) -", "KYIV (AP) —". */
    private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{Lu} .'’-]{2,}(?:,\\s*[\\p{L} .]{2,25})?"
            + "(?:,\\s*[\\p{L}0-9 .]{3,20})?\\s*(?:\\([^)\\n]{1,40}\\))?\\s*[-–—]{1,2}\\s+");

    /** Where the facts of a sentence start: after a wire dateline, whose date is the article's own. */
    public static int contentStart(String text, Article.Span s) {
        if (s.end() - s.start() < 4 || !Character.isUpperCase(text.charAt(s.start()))
                || !Character.isUpperCase(text.charAt(s.start() + 1))) {
            return s.start();
        }
        Matcher m = DATELINE.matcher(text.substring(s.start(), s.end()));
        return m.find() && m.end() < s.end() - s.start() ? s.start() + m.end() : s.start();
    }

    /** The end of a wire dateline opening text[from, to) ("GENEVA, March 4 (Parley Wire) - "), or -1 when none does. */
    public static int datelineEnd(String text, int from, int to) {
        if (to - from < 4 || !Character.isUpperCase(text.charAt(from)) || !Character.isUpperCase(text.charAt(from + 1))) {
            return -1;
        }
        Matcher m = DATELINE.matcher(text).region(from, to);
        return m.lookingAt() && m.end() < to ? m.end() : -1;
    }

    /** Where the facts of a sentence end: before a trailing photo credit. */
    public static int contentEnd(String text, Article.Span s) {
        // the credit ends the sentence with ')' (before a final line break, as '$' allows) or has a ':' in it
        int last = s.end() - 1;
        while (last > s.start() && last >= s.end() - 2 && "\n\r\u0085\u2028\u2029".indexOf(text.charAt(last)) >= 0) {
            last--;
        }
        if (text.charAt(last) != ')' && !hasColon(text, s.start(), s.end())) {
            return s.end();
        }
        Matcher m = TRAILING_CREDIT.matcher(text.substring(s.start(), s.end()));
        return m.find() ? s.start() + m.start() : s.end();
    }

    /** Whether text[from, to) holds a ':' (String.indexOf would look on to the end of the article). */
    private static boolean hasColon(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == ':') {
                return true;
            }
        }
        return false;
    }
}
