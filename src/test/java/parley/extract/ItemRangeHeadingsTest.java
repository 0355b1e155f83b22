package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventType;
import parley.domain.Extraction;

/**
 * A file of dated items where one item spans several days, written in figures with a dash and no space ("21-22.09.2026
 * | Foreign Ministry", "[2] Ministry — 4.-5.03.2026", "30.09.-02.10.2026 · Press office"): the item is dated by its
 * span (session 17). Before, the heading was no date, so the item's report fell on the item above or on the file's
 * day. Sentences of our own.
 */
class ItemRangeHeadingsTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 10, 20);

    private static Extraction extract(String text) {
        return new RuleBasedExtractor().extract(new Article("items.txt", "txt", "", text, null, null, null, ANCHOR),
                ANCHOR);
    }

    private static Event with(Extraction x, String name) {
        return x.events().stream().filter(e -> e.participants().stream().anyMatch(p -> p.name().contains(name)))
                .findFirst().orElseThrow(() -> new AssertionError("no event with " + name + ": " + x.events()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"21-22.09.2026 | Foreign Ministry", "==== 21.-22.09.2026 | Foreign Ministry ====",
            "[2] Ministry of Foreign Affairs — 21–22.09.2026", "21.09.-22.09.2026 · Press office"})
    void anItemOfTwoDaysSpansThem(String heading) {
        String text = "Northern releases\n\nCompiled 20 October 2026\n\n=====\n14.09.2026 | Foreign Ministry\n=====\n"
                + "President Kaja Tamm met Chancellor Olaf Brandt in Tallinn.\n\n=====\n" + heading + "\n=====\n"
                + "President Kaja Tamm hosted Prime Minister Ulf Berg and Prime Minister Sanna Lahti for a summit in "
                + "Tallinn.\n\n=====\n03.10.2026 | Foreign Ministry\n=====\nPresident Kaja Tamm spoke by phone with "
                + "President Edgars Ozols.\n";
        Extraction x = extract(text);
        Event summit = with(x, "Sanna Lahti");
        assertThat(summit.date().start()).as(heading).isEqualTo(LocalDate.of(2026, 9, 21));
        assertThat(summit.date().end()).as(heading).isEqualTo(LocalDate.of(2026, 9, 22));
        assertThat(with(x, "Olaf Brandt").participants()).extracting(p -> p.name())
                .doesNotContain("Sanna Lahti");
        assertThat(with(x, "Edgars Ozols").date().iso()).isEqualTo("2026-10-03");
    }

    @ParameterizedTest
    @ValueSource(strings = {"30.09.-02.10.2026 | Press office", "30.9.-2.10.2026 | Press office"})
    void aSpanAcrossTheMonthEndAndItsTodayWords(String heading) {
        String text = "Press office items\n\n=====\n14.09.2026 | Press office\n=====\nMinister Ana Duarte met "
                + "Ambassador Piet Hals this morning.\n\n=====\n" + heading + "\n=====\nThe prime minister, Ulf Berg, "
                + "received President Kaja Tamm for talks in Oslo today.\n";
        Extraction x = extract(text);
        Event talks = with(x, "Kaja Tamm");
        assertThat(talks.date().start()).as(heading).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(talks.date().end()).as(heading).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(with(x, "Piet Hals").date().iso()).isEqualTo("2026-09-14");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-2.3.2026 | Scores", "Scores 21-22.09.2026 and more."})
    void notEveryFigureRunIsAnItemsSpan(String line) {
        // a range in a sentence, or beside a single-day file, opens no dated item (no file of items)
        String text = "One story\n\n" + line + "\n\nPresident Kaja Tamm met Chancellor Olaf Brandt in Tallinn on "
                + "Monday.\n";
        Extraction x = extract(text);
        assertThat(x.events()).extracting(Event::type).contains(EventType.MEETING);
        assertThat(with(x, "Olaf Brandt").date().iso()).isEqualTo("2026-10-19");
    }
}
