package parley.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Removes what surrounds an article on a saved page: code and widgets, navigation, page header and footer, asides,
 * hidden elements, cookie banners, newsletter and sign-up boxes, donation appeals, share bars, comment threads,
 * "Related stories" / "Read more" / "More from" lists with their headlines, and other link lists.
 * An element that holds the article itself (an {@code article}, {@code main} or {@code h1} inside, or most of the
 * page's paragraph text) is never removed for its class name, so a {@code <body class="has-cookie-banner">}
 * cannot take the story with it.
 */
final class Furniture {
    private static final Evaluator JUNK_QUERY;
    private static final Evaluator LINK = Css.of("a");
    private static final Evaluator PARAGRAPH = Css.of("p");
    private static final Evaluator HEADER_QUERY = QueryParser.parse("header, [role=banner]");
    private static final Evaluator IN_ARTICLE_QUERY = QueryParser.parse(
            "article, main, [role=main], [itemprop=articleBody]");
    private static final Evaluator LANDMARK_QUERY = QueryParser.parse("article, main, [itemprop=articleBody], h1");
    private static final Evaluator TEXT_BLOCK_QUERY = QueryParser.parse(
            "div, section, p, li, ul, ol, blockquote, table, span, strong, em");
    private static final String JUNK = "script, style, noscript, template, iframe, frame, frameset, object, embed,"
            + " applet, svg, canvas, form, button, input, select, textarea, dialog, link, meta, nav, aside, footer,"
            + " [hidden], [aria-hidden=true], [role=navigation], [role=complementary], [role=contentinfo],"
            + " [role=dialog], [role=alertdialog]";
    /** Class / id words that mark furniture when they form a whole hyphen- or underscore-separated part. */
    private static final Pattern FURNITURE_PART = Pattern.compile(
            "(?:^|.*[-_])(?:cookies?|consent|gdpr|newsletters?|signup|subscribe|subscription|donate|donation"
                    + "|donations|contribute|contributions|support|supporters|share|sharing|shares|social|related"
                    + "|readmore|recommended|recommendations|comments?|disqus|outbrain|taboola|promo|promos|advert"
                    + "|adverts|advertisement|ad|ads|adslot|paywall|sponsored|sponsor|breadcrumbs?|tags|skip|sidebar"
                    + "|popup|modal|banner|toolbar|masthead|navbar|nav|menu|footer|trending|popular"
                    + "|widget|visually)(?:[-_].*)?",
            Pattern.CASE_INSENSITIVE);
    /** Words that mark furniture even inside a camel-cased or run-together name ("relatedStories"). */
    private static final Pattern FURNITURE_SUBSTRING = Pattern.compile(
            "(?i)cookie|consent|newsletter|outbrain|taboola|donat|subscri|signup|sign-up|sharebar|share-bar|sharetools"
                    + "|most-read|mostread|most-popular|mostpopular|more-stories|morestories"
                    + "|socialshare|related|readmore|read-more|morefrom|more-from|recommend|paywall|commentlist"
                    + "|comments");
    private static final Pattern LIST_HEADING = Pattern.compile(
            "(?i)^\\s*(?:related(?:\\s+(?:stories|articles|content|coverage|links|reading|topics))?|read more"
                    + "|read next|more from\\b.*|more on\\b.*|more stories|more news|you may also like|you might also like"
                    + "|recommended(?:\\s+for you)?|most read|most popular|most viewed|top stories|trending(?:\\s+now)?"
                    + "|see also|also read|further reading|latest news|what to read next|don't miss|editor's picks"
                    + "|share this (?:article|story)|share)\\s*:?\\s*$");
    private static final Pattern READ_MORE_LINE = Pattern.compile(
            "(?i)^\\s*(?:read more|read next|also read|see also|related|more|watch|listen|recommended)\\s*[:|>»-]");
    private static final Pattern READ_MORE_WORDS = Pattern.compile(
            "(?i)\\b(?:read more|read next|also read|see also|related|more|watch|listen|recommended)\\s*[:|>»-]"
                    + "|(?i)\\b(?:read more|continue reading|show more|load more|view more|see more)\\b");
    /** A lone button-like link: "Read more", "Continue reading »". */
    private static final Pattern MORE_BUTTON = Pattern.compile(
            "(?i)^\\s*(?:read more|continue reading|show more|load more|view more|see more)\\s*[»>›…→.]*\\s*$");
    private static final Pattern APPEAL = Pattern.compile(
            "(?i)\\b(?:donate (?:now|today|here|monthly)|(?:your|a one-off|a monthly|make a) (?:donation|contribution)"
                    + "|your support (?:helps|makes|allows|means)|support (?:now|us today|our journalism"
                    + "|independent journalism|quality journalism)|contribute (?:now|today)"
                    + "|become a (?:member|supporter|subscriber)|subscribe (?:now|today|to (?:our|the))"
                    + "|sign up (?:now|today|here|for (?:our|the|free)|to (?:our|the))"
                    + "|(?:our|free|daily|weekly|morning|evening|email) newsletters?|newsletter (?:sign|subscri)"
                    + "|we use cookies|(?:accept|reject|manage) (?:all )?cookies|cookie (?:policy|settings|preferences))");

    /**
     * Every match of {@link #APPEAL} holds one of these (lower case; the pattern folds ASCII case only, so a page
     * lower-cased whole holds one wherever the pattern matches).
     */
    private static final String[] APPEAL_WORDS = {"donate ", "donation", "contribution", "contribute ", "your support ",
        "support now", "support us today", "support our journalism", "support independent journalism",
        "support quality journalism", "become a ", "subscribe ", "sign up ", "newsletter", "cookie"};
    /** Every match of {@link #READ_MORE_WORDS} holds one of these (as {@link #APPEAL_WORDS}). */
    private static final String[] READ_MORE_WORDS_HELD = {"read", "more", "see also", "related", "watch", "listen",
        "recommended"};

    static {
        JUNK_QUERY = QueryParser.parse(JUNK);
    }

    private Furniture() {
    }

    /** Removes page furniture in place. */
    static void clean(Document doc) {
        Element body = doc.body();
        Guard guard = new Guard(body);
        List<Element> junk = new ArrayList<>(doc.select(JUNK_QUERY));
        for (Element e : body.select(HEADER_QUERY)) {
            if (e.closest(IN_ARTICLE_QUERY) == null) {
                junk.add(e);
            }
        }
        for (Element e : body.getAllElements()) {
            if (e != body && (isHiddenByStyle(e) || hasFurnitureName(e) && !isCaption(e))) {
                junk.add(e);
            }
        }
        guard.removeUnlessArticle(junk);
        removeListsWithHeadings(doc);
        List<Element> byText = new ArrayList<>();
        TextStats stats = TextStats.of(body);
        String pageWords = body.text();
        // One look at the whole page first: most pages have no appeal or "Read more" text left by now. Each pattern
        // is tried only when the page holds a word every match of it holds: tried at every position of a 5 KB page,
        // the two alternations were a third of reading an HTML file (JFR on an import).
        String lower = pageWords.toLowerCase(Locale.ROOT);
        boolean appeals = holdsAny(lower, APPEAL_WORDS) && APPEAL.matcher(pageWords).find();
        boolean readMores = holdsAny(lower, READ_MORE_WORDS_HELD) && READ_MORE_WORDS.matcher(pageWords).find();
        for (Element e : body.select(TEXT_BLOCK_QUERY)) {
            TextStats.Counts c = stats.get(e);
            if (isLinkList(e, c) || c.text <= 900 && (appeals && isAppeal(e) || readMores && isReadMoreLine(e))) {
                byText.add(e);
            }
        }
        guard.removeUnlessArticle(byText);
    }

    /**
     * What must survive cleaning: the ancestors of the story's own landmarks, and any element holding most of the
     * page's paragraph text. Measured once, before anything is removed.
     */
    private static final class Guard {
        private final Set<Element> landmarks = Collections.newSetFromMap(new IdentityHashMap<>());
        private final TextStats stats;
        private final int pageText;

        Guard(Element body) {
            for (Element mark : body.select(LANDMARK_QUERY)) {
                for (Element up = mark; up != null && landmarks.add(up); up = up.parent()) {
                    // every ancestor of a landmark holds the article
                }
            }
            stats = TextStats.of(body);
            pageText = stats.get(body).para;
        }

        void removeUnlessArticle(List<Element> elements) {
            for (Element e : elements) {
                if (e.parent() != null && !holdsArticle(e)) {
                    e.remove();
                }
            }
        }

        private boolean holdsArticle(Element e) {
            String name = e.normalName();
            if (name.equals("body") || name.equals("html")) {
                return true;
            }
            if (name.equals("script") || name.equals("style") || name.equals("meta") || name.equals("link")) {
                return false;
            }
            return landmarks.contains(e) || pageText > 0 && stats.get(e).para * 2 > pageText;
        }
    }

    static boolean isCaption(Element e) {
        return e.normalName().equals("figcaption") || e.className().toLowerCase(Locale.ROOT).contains("caption");
    }

    static boolean hasFurnitureName(Element e) {
        String names = e.className() + " " + e.id() + " " + e.attr("data-component") + " " + e.attr("aria-label");
        if (names.isBlank()) {
            return false;
        }
        if (FURNITURE_SUBSTRING.matcher(names).find()) {
            return true;
        }
        for (String part : names.split("\\s+")) {
            if (!part.isEmpty() && FURNITURE_PART.matcher(part).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHiddenByStyle(Element e) {
        String style = e.attr("style");
        return !style.isEmpty() && style.replace(" ", "").toLowerCase(Locale.ROOT).matches(
                ".*(?:display:none|visibility:hidden).*");
    }

    /** "Related stories", "Read more", "More from ..." headings go, with the lists or link blocks that follow them. */
    private static void removeListsWithHeadings(Document doc) {
        Evaluator headings = Css.of("h1, h2, h3, h4, h5, h6, p > strong:only-child, div > strong:only-child");
        for (Element h : doc.body().select(headings)) {
            if (h.parent() == null || !LIST_HEADING.matcher(h.text()).matches()) {
                continue;
            }
            Element heading = h.normalName().equals("strong") ? h.parent() : h;
            Element container = heading.parent();
            if (container != null && container != doc.body() && linkShare(container) >= 0.5
                    && container.text().length() - heading.text().length() < 1500) {
                container.remove();
                continue;
            }
            Element next = heading.nextElementSibling();
            while (next != null && !next.normalName().matches("h[1-6]") && (linkShare(next) >= 0.5
                    || next.normalName().matches("ul|ol"))) {
                Element after = next.nextElementSibling();
                next.remove();
                next = after;
            }
            heading.remove();
        }
    }

    private static boolean isAppeal(Element e) {
        String text = e.text();
        if (text.length() > 800 || !APPEAL.matcher(text).find()) {
            return false;
        }
        // An appeal asks for an action: a link or button. A sentence merely mentioning a donation has neither.
        boolean block = e.normalName().matches("div|section|table")
                && (text.length() < 400 || APPEAL.matcher(text).results().count() >= 2);
        return block || text.length() < 60 || text.length() < 300 && linkShare(e) > 0.2;
    }

    /** Lists and blocks made mostly of links: share bars, tag lists, "more stories" rails. */
    private static boolean isLinkList(Element e, TextStats.Counts c) {
        if (c.links < 2 || c.linkShare() < 0.7 || !e.normalName().matches("ul|ol|div|section|table")) {
            return false;
        }
        return e.select(PARAGRAPH).stream().noneMatch(p -> p.text().length() > 120 && linkShare(p) < 0.5);
    }

    private static boolean isReadMoreLine(Element e) {
        if (!e.normalName().matches("p|li|div|strong|span|em") || e.text().length() > 300) {
            return false;
        }
        String text = e.text();
        return MORE_BUTTON.matcher(text).matches()
                || READ_MORE_LINE.matcher(text).find() && (linkShare(e) >= 0.4 || text.length() < 25);
    }

    private static boolean holdsAny(String lower, String[] words) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Fraction of an element's text that sits in links. */
    static double linkShare(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 0;
        }
        int linked = 0;
        for (Element a : e.select(LINK)) {
            if (a.closest(LINK) == a && (a.parent() == null || a.parent().closest(LINK) == null)) {
                linked += a.text().length();
            }
        }
        return Math.min(1.0, linked / (double) all);
    }

    /** Characters of paragraph text under an element. */
    static int paragraphText(Element e) {
        if (e == null) {
            return 0;
        }
        int n = 0;
        Elements ps = e.normalName().equals("p") ? new Elements(e) : e.select(PARAGRAPH);
        for (Element p : ps) {
            n += p.text().length();
        }
        return n;
    }
}
