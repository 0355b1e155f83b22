package parley.ingest;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import parley.ingest.DateSignals.Signal;

/**
 * A saved web page read as an article: the body text without the page around it, and the metadata the page states.
 * jsoup only parses: nothing is fetched (no base URL is followed) and no script runs.
 *
 * <p>Body: the {@code article} element holding the most paragraph text, else {@code [itemprop=articleBody]}, else
 * {@code main}, else the block whose paragraphs hold the most text; furniture is removed first ({@link Furniture}).
 *
 * <p>Metadata, first rule that answers wins, field by field:
 * <ul>
 * <li>date: JSON-LD datePublished; {@code article:published_time}; other meta tags (og:published_time,
 *     itemprop=datePublished, pubdate, publishdate, date, DC.date, ...); {@code <time datetime>} in the article
 *     (after related stories are removed), then elsewhere on the cleaned page; the text rules of
 *     {@link TextMetadata} over the article text, then over the cleaned page's text;</li>
 * <li>title: og:title; JSON-LD headline; the first h1; {@code <title>}; each minus a " | Site" suffix;</li>
 * <li>publisher: og:site_name; JSON-LD publisher; a copyright line in the page footer; an outlet line at the top
 *     of the story ("Coast Herald - Features", see {@link OutletLines});</li>
 * <li>author: JSON-LD author; meta author / article:author (not a URL); a byline element
 *     ({@code [rel=author]}, {@code [itemprop=author]}, {@code .byline}); a "By Jane Doe" line.</li>
 * </ul>
 */
final class HtmlArticle {
    private static final String[] DATE_META = {
        "meta[property=article:published_time]", "meta[name=article:published_time]",
        "meta[property=og:published_time]", "meta[property=og:pubdate]", "meta[itemprop=datePublished]",
        "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=publish_date]",
        "meta[name=publication_date]", "meta[name=date]", "meta[name~=(?i)^dc\\.date(\\.issued)?$]",
        "meta[name~=(?i)^dcterms\\.(created|issued|date)$]", "meta[name=sailthru.date]", "meta[name=parsely-pub-date]",
        "meta[name=article.published]", "meta[name=original-publish-date]", "meta[http-equiv=date]",
    };
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");
    private static final Pattern LOGO_CLASS = Pattern.compile(
            "(?i)(?:^|\\s)(?:logo|wordmark|site-title|site-name|brand|masthead__title)(?:$|\\s)");
    private static final Pattern DATE_CLASS = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:date|dateline|published|updated|timestamp|pubdate)(?:$|[\\s_-])");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("^(.{12,}?)\\s+[|–—·:-]\\s+([^|–—·]{2,40})$");

    private HtmlArticle() {
    }

    /** The article's text and metadata. */
    record Read(String text, Metadata metadata) {
    }

    /** The charset a page declares in its first few kilobytes, or null. */
    static String declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), TextDecoder.WINDOWS_1252);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    static Read read(String html) {
        return read(Jsoup.parse(html));
    }

    /** Reads a parsed page; the document is cleaned in place. */
    static Read read(Document doc) {
        DateSignals signals = new DateSignals();
        Metadata structured = structured(doc, signals);
        signals.add(Signal.URL, TextDates.urlDate(canonicalUrl(doc)), null);
        String suffixOutlet = titleSuffix(doc.title());
        String logo = structured.publisher() == null && suffixOutlet == null ? logo(doc) : null;
        String footerPublisher = structured.publisher() == null && suffixOutlet == null && logo == null
                ? footerPublisher(doc) : null;
        Furniture.clean(doc);
        Element root = articleRoot(doc);
        String text = HtmlText.of(root);

        signals.add(Signal.TIME_ELEMENT, timeElement(root), null);
        if (root != doc.body()) {
            signals.add(Signal.TIME_ELEMENT, timeElement(doc.body()), "outside the article");
        }
        dateElements(root, signals);
        if (root != doc.body()) {
            dateElements(doc.body(), signals); // the headline block often sits outside the story's element
        }
        List<String> lines = text.lines().toList();
        TextDates.collect(text, lines, signals);
        String textAuthor = TextMetadata.author(lines);
        boolean needAuthor = structured.author() == null && textAuthor == null;
        if (signals.isEmpty() || needAuthor && root != doc.body()) {
            String page = HtmlText.of(doc.body());
            List<String> pageLines = page.lines().toList();
            if (signals.isEmpty()) {
                TextDates.collect(page, pageLines, signals);
            }
            textAuthor = textAuthor != null ? textAuthor : TextMetadata.author(pageLines);
        }
        String publisher = firstNonNull(structured.publisher(), suffixOutlet, logo, footerPublisher);
        if (publisher == null) {
            publisher = OutletLines.outlet(lines); // "Coast Herald - Features" or "By A | Coast Review | 3 March 2025"
        }
        String author = structured.author() != null ? Bylines.widest(structured.author(), textAuthor) : textAuthor;
        Metadata merged = new Metadata(null, publisher, author, signals.decide());
        return new Read(text, merged.withTitle(title(doc, root, structured, publisher)));
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /**
     * Title, outlet and author the markup states; date signals (JSON-LD datePublished, then the meta tags in the
     * order of {@link #DATE_META}) go to {@code signals}.
     */
    private static Metadata structured(Document doc, DateSignals signals) {
        Metadata ld = JsonLd.of(doc);
        signals.add(Signal.JSON_LD, ld.published(), null);
        for (String css : DATE_META) {
            for (Element m : doc.select(Css.of(css))) {
                LocalDate d = DateText.first(m.attr("content"));
                if (d != null && !signals.has(Signal.META)) {
                    signals.add(Signal.META, d, css.replaceAll("^meta\\[(?:property|name|itemprop|http-equiv)~?=|\\]$", ""));
                }
            }
        }
        String metaAuthor = JsonLd.blankToNull(firstContent(doc, "meta[name=author]", "meta[property=article:author]",
                "meta[name=byl]", "meta[name=dc.creator]", "meta[name=DC.creator]", "meta[name=sailthru.author]",
                "meta[name=parsely-author]"));
        if (metaAuthor != null && (metaAuthor.startsWith("http") || metaAuthor.contains("www."))) {
            metaAuthor = null;
        }
        if (metaAuthor != null) {
            metaAuthor = Bylines.fromField(metaAuthor.replaceFirst("^(?i)by\\s+", "")); // "Dr. A", "desk (A, B)"
        }
        String bylineAuthors = byline(doc);
        // The visible byline names everyone; JSON-LD or a meta tag often only the first of them.
        String author = ld.author() != null ? Bylines.widest(ld.author(), bylineAuthors)
                : metaAuthor != null && bylineAuthors != null && bylineAuthors.contains(metaAuthor) ? bylineAuthors
                : metaAuthor != null ? metaAuthor : bylineAuthors;
        String siteName = JsonLd.blankToNull(firstContent(doc, "meta[property=og:site_name]",
                "meta[name=og:site_name]"));
        String ogTitle = JsonLd.blankToNull(firstContent(doc, "meta[property=og:title]", "meta[name=og:title]",
                "meta[name=twitter:title]"));
        // The site's own og: tags first for the title and outlet name.
        return new Metadata(ogTitle != null ? ogTitle : ld.title(), siteName != null ? siteName : ld.publisher(),
                author, DateSignals.Dating.NONE);
    }

    /** The page's own address: the canonical link, else og:url. */
    private static String canonicalUrl(Document doc) {
        Element link = doc.selectFirst(Css.of("link[rel=canonical][href]"));
        if (link != null) {
            return link.attr("href");
        }
        return firstContent(doc, "meta[property=og:url]", "meta[name=og:url]");
    }

    /** The outlet after the headline in {@code <title>}: "Talks resume | The Harbour Times" → "The Harbour Times". */
    static String titleSuffix(String title) {
        if (title == null) {
            return null;
        }
        Matcher m = TITLE_SUFFIX.matcher(title.strip());
        if (!m.matches()) {
            return null;
        }
        String suffix = m.group(2).strip();
        int words = suffix.split("\\s+").length;
        // A section name ("World") is one word in lower or title case; an outlet has a capital on its first word.
        return words <= 5 && Character.isUpperCase(suffix.charAt(0)) && !suffix.matches("(?i)home|news|world|opinion"
                + "|politics|business|live|analysis|video") ? suffix : null;
    }

    /** The outlet's wordmark in the page header ({@code .logo}, {@code .wordmark}, {@code .site-title}). */
    private static String logo(Document doc) {
        for (Element e : doc.select(Css.of("[class*=logo], [class*=wordmark], [class*=site-title], [class*=site-name], "
                + "[class*=brand], header a[rel=home], [itemprop=publisher] [itemprop=name]"))) {
            String t = JsonLd.blankToNull(e.text());
            if (t != null && t.length() <= 60 && t.split("\\s+").length <= 6 && (!e.hasAttr("class")
                    || LOGO_CLASS.matcher(e.className()).find())) {
                return t;
            }
        }
        return null;
    }

    private static String firstContent(Document doc, String... selectors) {
        for (String css : selectors) {
            Element m = doc.selectFirst(Css.of(css));
            if (m != null && !m.attr("content").isBlank()) {
                return m.attr("content");
            }
        }
        return null;
    }

    /** The outlet naming itself in a copyright line of the footer (never inside an appeal box). */
    private static String footerPublisher(Document doc) {
        for (Element e : doc.select(Css.of("footer, [class*=footer], [id*=footer], [class*=copyright], [role=contentinfo]"))) {
            if (e.closest(Css.of("[class*=donat], [class*=support], [class*=contribut], [class*=appeal]")) != null) {
                continue;
            }
            for (String line : HtmlText.of(e).split("\n")) {
                String holder = TextMetadata.copyrightHolder(line);
                if (holder != null) {
                    return holder;
                }
            }
        }
        return null;
    }

    /** The element holding the story (see the class comment for the order). */
    static Element articleRoot(Document doc) {
        Element body = doc.body();
        int pageText = Furniture.paragraphText(body);
        Element bestArticle = doc.select(Css.of("article")).stream()
                .max(Comparator.comparingInt(Furniture::paragraphText)).orElse(null);
        if (bestArticle != null && Furniture.paragraphText(bestArticle) * 10 >= pageText * 3
                && Furniture.paragraphText(bestArticle) > 0) {
            return bestArticle;
        }
        for (String css : new String[] {"[itemprop=articleBody]", "main", "[role=main]"}) {
            Element e = doc.select(Css.of(css)).stream().max(Comparator.comparingInt(Furniture::paragraphText)).orElse(null);
            if (e != null && Furniture.paragraphText(e) * 10 >= pageText * 3 && Furniture.paragraphText(e) > 0) {
                return e;
            }
        }
        return densest(body);
    }

    /** The block whose paragraphs (counted fully for their parent, half for the grandparent) hold the most text. */
    private static Element densest(Element body) {
        Map<Element, Integer> score = new HashMap<>();
        Elements ps = body.select(Css.of("p"));
        if (ps.isEmpty()) {
            return body;
        }
        for (Element p : ps) {
            int len = p.text().length();
            Element parent = p.parent();
            if (parent != null) {
                score.merge(parent, len, Integer::sum);
                if (parent.parent() != null) {
                    score.merge(parent.parent(), len / 2, Integer::sum);
                }
            }
        }
        Element best = score.entrySet().stream().max(Map.Entry.<Element, Integer>comparingByValue()
                .thenComparing(e -> -e.getKey().siblingIndex())).map(Map.Entry::getKey).orElse(body);
        int total = Furniture.paragraphText(body);
        // A story split over several blocks: fall back to the whole cleaned page rather than lose half of it.
        return Furniture.paragraphText(best) * 2 >= total ? best : body;
    }

    /**
     * Elements a page marks as its date line ({@code class="date"}, "dateline", "published", "timestamp"): their own
     * text read as a line ("Updated 3 March 2024"), even when the layout runs it on after the author's name.
     */
    private static void dateElements(Element scope, DateSignals signals) {
        for (Element e : scope.select(Css.of("[class*=date], [class*=publish], [class*=timestamp]"))) {
            String t = JsonLd.blankToNull(e.text());
            if (t != null && t.length() <= 100 && DATE_CLASS.matcher(e.className()).find()) {
                TextDates.collect(t, List.of(t), signals);
            }
        }
    }

    /** The publication {@code <time>}: one marked as such first, else the first with a datetime. */
    private static LocalDate timeElement(Element scope) {
        for (String css : new String[] {"[itemprop=datePublished][datetime], [itemprop=datePublished][content]",
                "time[pubdate][datetime], time[class*=publish][datetime], [class*=publish] time[datetime]",
                "time[datetime]"}) {
            for (Element t : scope.select(Css.of(css))) {
                LocalDate d = DateText.first(t.hasAttr("datetime") ? t.attr("datetime") : t.attr("content"));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The names of the first byline element ("By A in Riyadh and B" → "A and B"), or null. */
    private static String byline(Document doc) {
        for (Element e : doc.select(Css.of("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], "
                + "[class~=(?i)^(byline|authors?|author-name|byline__name|article-byline)$]"))) {
            String t = JsonLd.blankToNull(e.text());
            if (t != null && t.length() <= 160) {
                String names = Bylines.authors(t);
                if (names != null) {
                    return names;
                }
            }
        }
        return null;
    }

    private static String title(Document doc, Element root, Metadata structured, String publisher) {
        if (structured.title() != null) {
            return withoutSiteSuffix(structured.title(), publisher, false);
        }
        // The story's own h1 first: a page may set its logo in an h1 too.
        for (Element h1 : root.select(Css.of("h1")).isEmpty() ? doc.select(Css.of("h1")) : root.select(Css.of("h1"))) {
            String t = JsonLd.blankToNull(h1.text());
            if (t != null && !t.equalsIgnoreCase(publisher)) {
                return t;
            }
        }
        return withoutSiteSuffix(JsonLd.blankToNull(doc.title()), publisher, true);
    }

    /**
     * "Talks resume in Geneva | The Harbour Times" → "Talks resume in Geneva". A stated title (og:, JSON-LD) loses
     * only the outlet's own name; a {@code <title>} ({@code loose}) also loses any short suffix after " | ".
     */
    static String withoutSiteSuffix(String title, String publisher, boolean loose) {
        if (title == null) {
            return null;
        }
        Matcher m = TITLE_SUFFIX.matcher(title);
        if (m.matches() && (publisher != null && m.group(2).strip().equalsIgnoreCase(publisher)
                || loose && (title.contains(" | ") || m.group(2).strip().split("\\s+").length <= 4))) {
            return m.group(1).strip();
        }
        return title;
    }
}
