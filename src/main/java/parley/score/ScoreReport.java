package parley.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The figures of one scoring run, overall and per article, with every miss and extra; {@link #render} prints them
 * with the shared scorer's summary lines (the same words and figures) followed by a table per article.
 */
public final class ScoreReport {
    /** A gold event and the reported event it matched. */
    public record Match(String goldType, String goldDate, String type, String date, boolean typeOk,
            int sharedPeople, List<String> extraPeople, List<String> missingPeople, int absentOk, int absentN,
            Boolean statusOk, int sourcesOk, int sourcesN) {
    }

    /** What one article contributed. */
    public static final class FileFigures {
        int required;
        int found;
        int reported;
        int matched;
        int duplicates;
        final List<String> lines = new ArrayList<>();
        Boolean published;
        Boolean publisher;
        Boolean author;
    }

    private final boolean perArticle;
    private final int predictions;
    private final Map<String, FileFigures> files = new TreeMap<>();
    private int required;
    private int found;
    private final List<Match> matches = new ArrayList<>();

    ScoreReport(boolean perArticle, int predictions) {
        this.perArticle = perArticle;
        this.predictions = predictions;
    }

    FileFigures file(String name) {
        return files.computeIfAbsent(name, k -> new FileFigures());
    }

    void missed(String file, boolean req, String what) {
        if (req) {
            required++;
            file(file).required++;
            file(file).lines.add("  MISSED [req] " + what);
        }
    }

    void matched(String file, boolean req, Match m) {
        matches.add(m);
        if (req) {
            required++;
            found++;
            file(file).required++;
            file(file).found++;
        }
        if (!m.typeOk() || !m.missingPeople().isEmpty() || Boolean.FALSE.equals(m.statusOk())) {
            file(file).lines.add(String.format("  ok     [%s] %-16s %-11s -> %-16s %-11s extra=%s missing=%s%s%s",
                    req ? "req" : "opt", m.goldType(), m.goldDate(), m.type(), m.date(), m.extraPeople(),
                    m.missingPeople(), m.typeOk() ? "" : " TYPE", Boolean.FALSE.equals(m.statusOk()) ? " STATUS" : ""));
        }
    }

    void extra(String file, String what) {
        file(file).lines.add("  EXTRA  " + what);
    }

    /** A second report of an event already matched: which one, so that a duplicate can be told from an extra. */
    void duplicate(String file, String what) {
        file(file).lines.add("  DUPL   " + what);
    }

    void metadata(Gold.Article a, JsonNode source) {
        FileFigures f = file(a.file());
        // no source at all: the file was not imported, and nothing was read of it
        String published = source == null ? null : Gold.text(source, "published");
        String publisher = source == null ? null : Gold.text(source, "publisher");
        String author = source == null ? null : Gold.text(source, "author");
        f.published = Objects.equals(published == null || published.isEmpty() ? null : published, a.published());
        f.publisher = MetadataMatch.publisher(a.publisher(), publisher);
        f.author = MetadataMatch.authors(a.author(), author);
        if (!f.published) {
            f.lines.add("  DATE   published " + a.published() + ", read " + published);
        }
        if (!f.publisher) {
            f.lines.add("  PUBL   publisher " + a.publisher() + ", read " + publisher);
        }
        if (!f.author) {
            f.lines.add("  AUTHOR author " + a.author() + ", read " + author);
        }
    }

    public double recall() {
        return required == 0 ? 1.0 : (double) found / required;
    }

    public double precision() {
        int slots = citations();
        return slots == 0 ? 0.0 : (double) matchedReports() / slots;
    }

    /** Reported events counted once per article they cite. */
    private int citations() {
        return files.values().stream().mapToInt(f -> f.reported).sum();
    }

    private int matchedReports() {
        return files.values().stream().mapToInt(f -> f.matched).sum();
    }

    public int requiredFound() {
        return found;
    }

    public int requiredEvents() {
        return required;
    }

    public int duplicates() {
        return files.values().stream().mapToInt(f -> f.duplicates).sum();
    }

    public long publicationDatesRight() {
        return files.values().stream().filter(f -> Boolean.TRUE.equals(f.published)).count();
    }

    public long articles() {
        return files.values().stream().filter(f -> f.published != null).count();
    }

    public String render(boolean details) {
        StringBuilder b = new StringBuilder();
        if (details) {
            files.forEach((name, f) -> {
                if (!f.lines.isEmpty()) {
                    b.append(name.isEmpty() ? "all" : name).append('\n');
                    f.lines.forEach(l -> b.append(l).append('\n'));
                }
            });
            b.append('\n');
        }
        if (perArticle) {
            b.append(String.format("%-12s %9s %8s %7s %5s %4s %5s %6s%n", "article", "required", "reported",
                    "matched", "dupl", "date", "publ", "author"));
            files.forEach((name, f) -> b.append(String.format("%-12s %5d/%-3d %8d %7d %5d %4s %5s %6s%n", name,
                    f.found, f.required, f.reported, f.matched, f.duplicates, mark(f.published), mark(f.publisher),
                    mark(f.author))));
            b.append('\n');
        }
        int types = (int) matches.stream().filter(Match::typeOk).count();
        int n = matches.size();
        int tp = matches.stream().mapToInt(Match::sharedPeople).sum();
        int fp = matches.stream().mapToInt(m -> m.extraPeople().size()).sum();
        int fn = matches.stream().mapToInt(m -> m.missingPeople().size()).sum();
        int absOk = matches.stream().mapToInt(Match::absentOk).sum();
        int absN = matches.stream().mapToInt(Match::absentN).sum();
        int stOk = (int) matches.stream().filter(m -> Boolean.TRUE.equals(m.statusOk())).count();
        int stN = (int) matches.stream().filter(m -> m.statusOk() != null).count();
        int srcOk = matches.stream().mapToInt(Match::sourcesOk).sum();
        int srcN = matches.stream().mapToInt(Match::sourcesN).sum();
        double pp = tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
        double pr = tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
        double r = recall();
        double p = precision();
        double f1 = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        b.append(String.format("required events found: %d/%d; predictions %d%s, matched %d, duplicates %d%n", found,
                required, predictions, perArticle ? " (" + citations() + " article citations)" : "", matchedReports(), duplicates()));
        b.append(String.format("type accuracy %d/%d; participant precision %s recall %s; absences honoured %d/%d; "
                + "status %d/%d; sources attributed %d/%d%n", types, n, two(pp), two(pr), absOk, absN, stOk, stN,
                srcOk, srcN));
        if (perArticle) {
            b.append(String.format("publication dates %d/%d%n", publicationDatesRight(), articles()));
            long pub = files.values().stream().filter(f -> Boolean.TRUE.equals(f.publisher)).count();
            long aut = files.values().stream().filter(f -> Boolean.TRUE.equals(f.author)).count();
            b.append(String.format("publishers %d/%d; authors %d/%d%n", pub, articles(), aut, articles()));
        }
        b.append(String.format("event recall %s precision %s F1 %s duplicates %d types %d/%d absences %d/%d%n", two(r),
                two(p), two(f1), duplicates(), types, n, absOk, absN));
        return b.toString();
    }

    private static String mark(Boolean ok) {
        return ok == null ? "" : ok ? "ok" : "XX";
    }

    /** Two decimals rounded as Python's format does: half-even on the double's exact value. */
    static String two(double x) {
        return new BigDecimal(x).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
