package parley.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class DateWordsTest {
    /** The hand-assembled day reads exactly as the formatter it replaces, on every day of two centuries. */
    @Test
    void dayMatchesTheFormatter() {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
        for (LocalDate d = LocalDate.of(1950, 1, 1); d.getYear() < 2150; d = d.plusDays(1)) {
            assertEquals(d.format(f), DateWords.day(d));
        }
        assertEquals(LocalDate.of(12, 3, 4).format(f), DateWords.day(LocalDate.of(12, 3, 4)));
        assertEquals("Tue 12 Aug 2025", DateWords.day(LocalDate.of(2025, 8, 12)));
    }
}
