package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Guards against order-of-magnitude slow-downs. The target is 2 ms median per 5 KB article (see
 * ExtractionBenchmark); the bound here is loose because the build machine is shared.
 */
class ExtractionSpeedTest {
    @Test
    void aFiveKilobyteArticleTakesMillisecondsNotTens() throws Exception {
        String text = ExtractionBenchmark.fiveKilobytes();
        assertThat(text.length()).isBetween(4500, 5120);
        double[] ms = ExtractionBenchmark.run(text, 200, 300);
        System.out.printf("5 KB article: median %.3f ms wall, %.3f ms CPU%n", ms[0], ms[2]);
        assertThat(ms[2]).as("median CPU milliseconds").isLessThan(10.0);
    }
}
