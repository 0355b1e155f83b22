package parley.timeml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimexBenchmarkTest {
    @Test
    void saysWhatIsMissingWhenTheBenchmarkDataIsAbsent(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = TimexBenchmark.run(dir.resolve("no-shared"), dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(status).isEqualTo(2);
        assertThat(out).contains("Benchmark data missing").contains("benchmarks").contains("../shared/benchmarks");
    }

    @Test
    void categoriesComeFromTheGoldWords() {
        assertThat(Category.of("March 3, 2021", "DATE")).isEqualTo(Category.ABSOLUTE);
        assertThat(Category.of("Friday", "DATE")).isEqualTo(Category.WEEKDAY);
        assertThat(Category.of("last month", "DATE")).isEqualTo(Category.LAST_THIS_NEXT);
        assertThat(Category.of("October", "DATE")).isEqualTo(Category.MONTH_NO_YEAR);
        assertThat(Category.of("two years ago", "DATE")).isEqualTo(Category.AGO_LATER);
        assertThat(Category.of("two years", "DURATION")).isEqualTo(Category.DURATION);
        assertThat(Category.of("weekly", "SET")).isEqualTo(Category.SET);
        assertThat(Category.of("10 a.m.", "TIME")).isEqualTo(Category.TIME_OF_DAY);
        assertThat(Category.of("now", "DATE")).isEqualTo(Category.REFERENCE);
    }
}
