package parley.ingest;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

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
 * <li>publisher: og:site_name; JSON-LD publisher; a copyright line in the page footer;</li>
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
    private static final Pattern BYLINE_NAME = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3})");
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
        Metadata structured = structured(doc);
        String footerPublisher = structured.publisher() == null ? footerPublisher(doc) : null;
        Furniture.clean(doc);
        Element root = articleRoot(doc);
        String text = HtmlText.of(root);

        LocalDate published = structured.published();
        if (published == null) {
            published = timeElement(root);
        }
        if (published == null && root != doc.body()) {
            published = timeElement(doc.body());
        }
        Metadata fromText = TextMetadata.of(text);
        Metadata found = new Metadata(structured.title(), structured.publisher() != null ? structured.publisher()
                : footerPublisher, structured.author() != null ? structured.author() : byline(doc), published);
        Metadata merged = found.orElse(new Metadata(null, null, fromText.author(), fromText.published()));
        if ((merged.published() == null || merged.author() == null) && root != doc.body()) {
            Metadata page = TextMetadata.of(HtmlText.of(doc.body()));
            merged = merged.orElse(new Metadata(null, null, page.author(), page.published()));
        }
        return new Read(text, merged.withTitle(title(doc, structured, merged.publisher())));
    }

    private static Metadata structured(Document doc) {
        Metadata ld = JsonLd.of(doc);
        LocalDate metaDate = null;
        for (String css : DATE_META) {
            for (Element m : doc.select(css)) {
                metaDate = DateText.first(m.attr("content"));
                if (metaDate != null) {
                    break;
                }
            }
            if (metaDate != null) {
                break;
            }
        }
        String author = JsonLd.blankToNull(firstContent(doc, "meta[name=author]", "meta[property=article:author]",
                "meta[name=byl]", "meta[name=dc.creator]", "meta[name=DC.creator]", "meta[name=sailthru.author]",
                "meta[name=parsely-author]"));
        if (author != null && (author.startsWith("http") || author.contains("www."))) {
            author = null;
        }
        if (author != null) {
            author = author.replaceFirst("^(?i)by\\s+", "");
        }
        String siteName = JsonLd.blankToNull(firstContent(doc, "meta[property=og:site_name]",
                "meta[name=og:site_name]"));
        String ogTitle = JsonLd.blankToNull(firstContent(doc, "meta[property=og:title]", "meta[name=og:title]",
                "meta[name=twitter:title]"));
        Metadata meta = new Metadata(ogTitle, siteName, author, metaDate);
        // JSON-LD first for the date and author; the site's own og: tags first for the title and outlet name.
        return new Metadata(ogTitle != null ? ogTitle : ld.title(), siteName != null ? siteName : ld.publisher(),
                ld.author() != null ? ld.author() : meta.author(),
                ld.published() != null ? ld.published() : meta.published());
    }

    private static String firstContent(Document doc, String... selectors) {
        for (String css : selectors) {
            Element m = doc.selectFirst(css);
            if (m != null && !m.attr("content").isBlank()) {
                return m.attr("content");
            }
        }
        return null;
    }

    /** The outlet naming itself in a copyright line of the footer (never inside an appeal box). */
    private static String footerPublisher(Document doc) {
        for (Element e : doc.select("footer, [class*=footer], [id*=footer], [class*=copyright], [role=contentinfo]")) {
            if (e.closest("[class*=donat], [class*=support], [class*=contribut], [class*=appeal]") != null) {
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
        Element bestArticle = doc.select("article").stream()
                .max(Comparator.comparingInt(Furniture::paragraphText)).orElse(null);
        if (bestArticle != null && Furniture.paragraphText(bestArticle) * 10 >= pageText * 3
                && Furniture.paragraphText(bestArticle) > 0) {
            return bestArticle;
        }
        for (String css : new String[] {"[itemprop=articleBody]", "main", "[role=main]"}) {
            Element e = doc.select(css).stream().max(Comparator.comparingInt(Furniture::paragraphText)).orElse(null);
            if (e != null && Furniture.paragraphText(e) * 10 >= pageText * 3 && Furniture.paragraphText(e) > 0) {
                return e;
            }
        }
        return densest(body);
    }

    /** The block whose paragraphs (counted fully for their parent, half for the grandparent) hold the most text. */
    private static Element densest(Element body) {
        Map<Element, Integer> score = new HashMap<>();
        Elements ps = body.select("p");
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

    /** The publication {@code <time>}: one marked as such first, else the first with a datetime. */
    private static LocalDate timeElement(Element scope) {
        for (String css : new String[] {"[itemprop=datePublished][datetime], [itemprop=datePublished][content]",
                "time[pubdate][datetime], time[class*=publish][datetime], [class*=publish] time[datetime]",
                "time[datetime]"}) {
            for (Element t : scope.select(css)) {
                LocalDate d = DateText.first(t.hasAttr("datetime") ? t.attr("datetime") : t.attr("content"));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static String byline(Document doc) {
        for (Element e : doc.select("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], "
                + "[class~=(?i)^(byline|author-name|author|byline__name)$]")) {
            String t = JsonLd.blankToNull(e.text());
            if (t != null && t.length() <= 80) {
                t = t.replaceFirst("^(?i)by\\s+", "");
                Matcher m = BYLINE_NAME.matcher(t);
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    private static String title(Document doc, Metadata structured, String publisher) {
        if (structured.title() != null) {
            return withoutSiteSuffix(structured.title(), publisher, false);
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && JsonLd.blankToNull(h1.text()) != null) {
            return JsonLd.blankToNull(h1.text());
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
