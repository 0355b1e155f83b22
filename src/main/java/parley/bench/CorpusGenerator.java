package parley.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded, repeatable corpus of synthetic news articles of about {@link #TARGET_CHARS} characters: varied outlets,
 * formats (plain text with a byline, Markdown with front matter, a saved HTML page with navigation and footer),
 * leaders and office holders from the extractor's gazetteer, every event type and past and future date phrases,
 * published across ten years. Article {@code i} depends only on the seed and {@code i}.
 */
public final class CorpusGenerator {
    public static final int TARGET_CHARS = 5_000;
    static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
    static final int DAYS = 3_652;
    static final List<String> OUTLETS = List.of("The Harbour Times", "Northern Ledger", "Capital Dispatch",
            "Meridian Post", "Eastern Wire", "Atlantic Courier", "Continental Review", "Riverside Gazette");
    private static final List<String> REPORTERS = List.of("Anna Keller", "Tomas Reyes", "Priya Natarajan",
            "Olek Marchenko", "Claire Dubois", "Samuel Okafor", "Ingrid Larsen", "Mei Tanaka");
    private static final List<String> FORMATS = List.of("txt", "html", "md");

    /** One generated file: its name and its content. */
    public record GeneratedArticle(String fileName, String format, LocalDate published, String content) {
    }

    private final long seed;
    private final Cast cast = Cast.load();

    public CorpusGenerator(long seed) {
        this.seed = seed;
    }

    /** Writes articles 0 .. count-1 into the folder (created if needed) and returns their paths in order. */
    public List<Path> write(Path folder, int count) {
        try {
            Files.createDirectories(folder);
            List<Path> out = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                GeneratedArticle a = article(i);
                Path p = folder.resolve(a.fileName());
                Files.writeString(p, a.content(), StandardCharsets.UTF_8);
                out.add(p);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Article number {@code i}. */
    public GeneratedArticle article(int i) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        String format = FORMATS.get(i % FORMATS.size());
        String outlet = Sentences.pick(r, OUTLETS);
        String author = Sentences.pick(r, REPORTERS);
        LocalDate published = FIRST_DAY.plusDays(r.nextInt(DAYS));
        Cast.Person lead = Sentences.pick(r, cast.leaders);
        Cast.Person other = otherThan(r, cast.leaders, lead);
        String headline = lead.name() + " and " + other.name() + " weigh next steps on "
                + Sentences.pick(r, Sentences.TOPICS);
        List<String> paragraphs = paragraphs(r, published, lead, other);
        String name = String.format("article-%05d.%s", i, format);
        String content = switch (format) {
            case "html" -> html(headline, outlet, author, published, paragraphs);
            case "md" -> markdown(headline, outlet, author, published, paragraphs);
            default -> text(headline, outlet, author, published, paragraphs);
        };
        return new GeneratedArticle(name, format, published, content);
    }

    /** Paragraphs of two to four sentences, about a third of them reporting events, until the target size. */
    private List<String> paragraphs(SplittableRandom r, LocalDate published, Cast.Person lead, Cast.Person other) {
        List<String> out = new ArrayList<>();
        int size = 0;
        while (size < TARGET_CHARS - 400) {
            StringBuilder p = new StringBuilder();
            int sentences = 2 + r.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                if (p.length() > 0) {
                    p.append(' ');
                }
                if (r.nextInt(3) == 0) {
                    Cast.Person a = r.nextBoolean() ? lead : person(r);
                    Cast.Person b = otherThan(r, r.nextBoolean() ? cast.leaders : cast.officials, a);
                    Cast.Person c = r.nextBoolean() ? other : otherThan(r, cast.leaders, a);
                    p.append(Sentences.event(r, published, a, b, c.equals(b) ? otherThan(r, cast.officials, b) : c));
                } else {
                    p.append(Sentences.background(r, r.nextBoolean() ? lead : other));
                }
            }
            out.add(p.toString());
            size += p.length() + 2;
        }
        return out;
    }

    private Cast.Person person(SplittableRandom r) {
        return r.nextInt(3) == 0 ? Sentences.pick(r, cast.officials) : Sentences.pick(r, cast.leaders);
    }

    private static Cast.Person otherThan(SplittableRandom r, List<Cast.Person> from, Cast.Person not) {
        Cast.Person p = Sentences.pick(r, from);
        return p.equals(not) ? from.get((from.indexOf(p) + 1) % from.size()) : p;
    }

    private static String text(String headline, String outlet, String author, LocalDate published,
                               List<String> paragraphs) {
        return headline + "\n\nBy " + author + "\nPublished: " + published.getDayOfMonth() + " "
                + Sentences.month(published) + " " + published.getYear() + "\n\n" + String.join("\n\n", paragraphs)
                + "\n\n© " + published.getYear() + " " + outlet + "\n";
    }

    private static String markdown(String headline, String outlet, String author, LocalDate published,
                                   List<String> paragraphs) {
        return "---\ntitle: " + headline + "\ndate: " + published + "\nauthor: " + author + "\npublisher: " + outlet
                + "\n---\n\n# " + headline + "\n\n" + String.join("\n\n", paragraphs) + "\n";
    }

    private static String html(String headline, String outlet, String author, LocalDate published,
                               List<String> paragraphs) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(escape(headline)).append(" | ").append(escape(outlet)).append("</title>")
                .append("<meta property=\"og:site_name\" content=\"").append(escape(outlet)).append("\">")
                .append("<meta property=\"article:published_time\" content=\"").append(published)
                .append("T07:30:00Z\"><meta name=\"author\" content=\"").append(escape(author)).append("\">")
                .append("</head><body><header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> ")
                .append("<a href=\"/politics\">Politics</a></nav></header><main><article><h1>")
                .append(escape(headline)).append("</h1><p class=\"byline\">By ").append(escape(author)).append("</p>");
        for (String p : paragraphs) {
            sb.append("<p>").append(escape(p)).append("</p>\n");
        }
        return sb.append("</article></main><footer><p>© ").append(published.getYear()).append(' ')
                .append(escape(outlet)).append(". All rights reserved.</p></footer></body></html>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
