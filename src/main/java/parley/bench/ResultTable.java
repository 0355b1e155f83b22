package parley.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The benchmark's output: one row per measure, with the figure, the target and whether it is met. */
final class ResultTable {
    /** A measured row; {@code met} is null when the measure has no target. */
    record Row(String measure, String figure, String target, Boolean met) {
        String verdict() {
            return met == null ? "" : met ? "met" : "MISSED";
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final PrintStream progress;

    /** @param progress where each row is also printed as soon as it is measured (a long run shows its way) */
    ResultTable(PrintStream progress) {
        this.progress = progress;
    }

    void add(String measure, String figure, String target, Boolean met) {
        Row row = new Row(measure, figure, target, met);
        rows.add(row);
        progress.println("  " + measure + ": " + figure + (target.isEmpty() ? "" : " [" + target + ": "
                + row.verdict() + "]"));
    }

    void info(String measure, String figure) {
        add(measure, figure, "", null);
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    /** A Markdown table, readable in a terminal and pasteable into docs/benchmarks.md. */
    void print(PrintStream out) {
        int a = "measure".length();
        int b = "figure".length();
        int c = "target".length();
        for (Row r : rows) {
            a = Math.max(a, r.measure().length());
            b = Math.max(b, r.figure().length());
            c = Math.max(c, r.target().length());
        }
        String fmt = "| %-" + a + "s | %-" + b + "s | %-" + c + "s | %-6s |%n";
        out.printf(fmt, "measure", "figure", "target", "result");
        out.printf("|%s|%s|%s|%s|%n", "-".repeat(a + 2), "-".repeat(b + 2), "-".repeat(c + 2), "-".repeat(8));
        for (Row r : rows) {
            out.printf(fmt, r.measure(), r.figure(), r.target(), r.verdict());
        }
    }
}
