package parley.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import parley.domain.Article;

/**
 * Times extraction per article after warm-up and prints median and 95th percentile in milliseconds.
 *
 * <p>Run: {@code ./mvnw -q test-compile} then
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) parley.extract.ExtractionBenchmark [files...]}
 * (cp.txt from {@code ./mvnw -q dependency:build-classpath -Dmdep.outputFile=cp.txt}). With no files it uses a
 * 5 KB article made of the test fixtures.
 */
public final class ExtractionBenchmark {
    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String> texts = new ArrayList<>();
        for (String a : args) {
            texts.add(Files.readString(Path.of(a), StandardCharsets.UTF_8));
        }
        if (texts.isEmpty()) {
            texts.add(fiveKilobytes());
        }
        for (String text : texts) {
            double[] ms = run(text, 300, 1000);
            System.out.printf("%d chars: median %.3f ms, p95 %.3f ms wall; median %.3f ms, p95 %.3f ms CPU%n",
                    text.length(), ms[0], ms[1], ms[2], ms[3]);
        }
    }

    /**
     * {wall median, wall p95, CPU median, CPU p95} in milliseconds. CPU time is this thread's own: on a shared
     * machine the wall clock also counts the time other processes had the cores.
     */
    static double[] run(String text, int warmup, int runs) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        RuleBasedExtractor x = new RuleBasedExtractor();
        Article article = new Article("bench.txt", "txt", "", text, null, null, null, LocalDate.of(2025, 8, 12));
        int sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += x.extract(article, article.published()).events().size();
        }
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            sink += x.extract(article, article.published()).events().size();
            wall[i] = System.nanoTime() - t0;
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        if (sink < 0) {
            System.out.println(sink);
        }
        int p95 = (int) (runs * 0.95);
        return new double[] {wall[runs / 2] / 1e6, wall[p95] / 1e6, cpu[runs / 2] / 1e6, cpu[p95] / 1e6};
    }

    /** About 5 KB of article text built from the fixtures, cut at a line end. */
    static String fiveKilobytes() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String f : List.of("wire-dateline", "press-release", "liveblog", "feature-longform", "undated-report",
                "no-event")) {
            try (InputStream in = ExtractionBenchmark.class.getResourceAsStream("/parley/extract/fixtures/" + f + ".txt")) {
                sb.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        while (sb.length() < 5120) {
            sb.append(sb);
        }
        int cut = sb.lastIndexOf("\n", 5120);
        return sb.substring(0, cut);
    }
}
