package parley.timeml;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores Parley's time expressions on MEANTIME (development set) and TempEval-3 platinum (test set), both read from
 * {@code SHARED/benchmarks} (nothing of them is in the project), with the reference TE3 scorer
 * {@code SHARED/tools/te3_timex_score.py}, and prints value accuracy by category next to it.
 * Usage: {@code java -cp parley.jar parley.timeml.TimexBenchmark [SHARED_DIR] [WORK_DIR]}; SHARED_DIR defaults to
 * {@code ../shared}. Exit status 2 when the benchmark data or the scorer is missing.
 */
public final class TimexBenchmark {
    /** HeidelTime-t on platinum (HeidelTime wiki, TE3 tools): strict, relaxed, value and type F1. */
    private static final double[] HEIDELTIME = {81.34, 90.30, 77.61, 82.09};
    private static final Pattern F1 = Pattern.compile("Strict\\s+F1 ([\\d.]+).*?Relaxed F1 ([\\d.]+).*?Value F1 "
            + "([\\d.]+)\\s+Type F1 ([\\d.]+)", Pattern.DOTALL);

    private TimexBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("parley-tempeval");
        System.exit(run(shared, work, System.out));
    }

    static int run(Path shared, Path work, PrintStream out) throws IOException, InterruptedException {
        Path meantime = shared.resolve("benchmarks/meantime/intra-doc_annotation");
        Path platinum = shared.resolve("benchmarks/tempeval3/platinum");
        Path scorer = shared.resolve("tools/te3_timex_score.py");
        for (Path p : List.of(meantime, platinum.resolve("input"), scorer)) {
            if (!Files.exists(p)) {
                out.println("Benchmark data missing: " + p.toAbsolutePath().normalize() + " does not exist.");
                out.println("The benchmark reads MEANTIME and TempEval-3 platinum from ../shared/benchmarks and the"
                        + " scorer from ../shared/tools; nothing of them is in the project.");
                return 2;
            }
        }
        out.println("Parley date resolution on TIMEX3 benchmarks, measured " + LocalDate.now(ZoneOffset.UTC));
        out.println();
        Stats dev = meantime(meantime, work.resolve("meantime"));
        String devScore = score(scorer, work.resolve("meantime/gold"), work.resolve("meantime/system"));
        report(out, "MEANTIME English, 120 Wikinews articles (development set)", devScore, dev, false);
        Stats test = platinum(platinum, work.resolve("platinum"));
        String testScore = score(scorer, platinum, work.resolve("platinum/system"));
        report(out, "TempEval-3 platinum, 20 articles (test set; never tuned on)", testScore, test, true);
        out.println("System outputs: " + work.toAbsolutePath());
        return 0;
    }

    private static Stats meantime(Path dir, Path work) throws IOException {
        Path gold = Files.createDirectories(work.resolve("gold"));
        Path system = Files.createDirectories(work.resolve("system"));
        Stats stats = new Stats();
        for (Path f : files(dir, ".xml")) {
            MeantimeReader.Annotated a = MeantimeReader.read(f);
            TimeMlDocument doc = a.document();
            Files.writeString(gold.resolve(doc.name()), TimeMlWriter.write(doc, a.gold()), StandardCharsets.UTF_8);
            List<Timex3> found = TimexAnnotator.annotate(doc.text(), doc.dct());
            Files.writeString(system.resolve(doc.name()), TimeMlWriter.write(doc, found), StandardCharsets.UTF_8);
            stats.add(doc.text(), a.gold(), found);
        }
        return stats;
    }

    private static Stats platinum(Path dir, Path work) throws IOException {
        Path system = Files.createDirectories(work.resolve("system"));
        Stats stats = new Stats();
        for (Path f : files(dir.resolve("input"), Te3InputReader.SUFFIX)) {
            TimeMlDocument doc = Te3InputReader.read(f);
            List<Timex3> found = TimexAnnotator.annotate(doc.text(), doc.dct());
            Files.writeString(system.resolve(doc.name()), TimeMlWriter.write(doc, found), StandardCharsets.UTF_8);
            TimeMlDocument gold = Te3InputReader.read(dir.resolve(doc.name()));
            stats.add(doc.text(), GoldTimexes.of(gold), found);
        }
        return stats;
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String score(Path scorer, Path gold, Path system) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", scorer.toString(), gold.toString(), system.toString())
                .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = p.waitFor();
        return status == 0 ? text : "scorer failed (exit " + status + "):\n" + text;
    }

    private static void report(PrintStream out, String title, String score, Stats stats, boolean heidelTime) {
        out.println("== " + title);
        out.print(score.indent(2));
        Matcher m = F1.matcher(score);
        if (m.find()) {
            out.printf("  %-22s %9s %10s %8s %7s%n", "", "strict F1", "relaxed F1", "value F1", "type F1");
            out.printf("  %-22s %9s %10s %8s %7s%n", "Parley", m.group(1), m.group(2), m.group(3), m.group(4));
            if (heidelTime) {
                out.printf("  %-22s %9.2f %10.2f %8.2f %7.2f%n", "HeidelTime-t (TE3)", HEIDELTIME[0], HEIDELTIME[1],
                        HEIDELTIME[2], HEIDELTIME[3]);
            }
        }
        out.println("  value accuracy by category (gold expressions; found = overlapped by one of ours):");
        out.printf("  %-34s %5s %6s %8s %9s%n", "category", "gold", "found", "value ok", "accuracy");
        for (Category c : Category.values()) {
            int[] n = stats.counts.get(c);
            if (n != null) {
                out.printf("  %-34s %5d %6d %8d %8.1f%%%n", c.label, n[0], n[1], n[2], 100.0 * n[2] / n[0]);
            }
        }
        out.println();
    }

    /** Per category: gold expressions, those overlapped by a system one, and those whose value is the same. */
    static final class Stats {
        final Map<Category, int[]> counts = new EnumMap<>(Category.class);

        void add(String text, List<Timex3> gold, List<Timex3> found) {
            List<Timex3> free = new ArrayList<>(found);
            for (Timex3 g : gold) {
                int[] n = counts.computeIfAbsent(Category.of(text.substring(g.start(), g.end()), g.type()),
                        c -> new int[3]);
                n[0]++;
                for (Timex3 s : free) {
                    if (s.start() < g.end() && g.start() < s.end()) {
                        n[1]++;
                        n[2] += s.value().equals(g.value()) ? 1 : 0;
                        free.remove(s);
                        break;
                    }
                }
            }
        }
    }
}
