package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Guards against order-of-magnitude slow-downs (a rule gone quadratic), not against the speed target: that is
 * measured by ExtractionBenchmark, which prints figures (docs/benchmarks.md). Build machines differ: the same build
 * took 6.4 ms on one and 11 ms on another, at rest, and twice that under load; the bound leaves room for both.
 */
class ExtractionSpeedTest {
    @Test
    void aFiveKilobyteArticleTakesMillisecondsNotTens() throws Exception {
        String text = ExtractionBenchmark.fiveKilobytes();
        assertThat(text.length()).isBetween(4500, 5120);
        double[] ms = ExtractionBenchmark.run(text, 200, 300);
        System.out.printf("5 KB article: median %.3f ms wall, %.3f ms CPU%n", ms[0], ms[2]);
        assertThat(ms[2]).as("median CPU milliseconds").isLessThan(40.0);
    }
}
