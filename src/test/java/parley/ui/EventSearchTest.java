package parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Event;

class EventSearchTest {
    private final List<Event> events = SampleData.store().events();
    private final EventSearch search = new EventSearch(events);

    @Test
    void findsByParticipantCaseInsensitively() {
        assertThat(search.find("PUTIN", 50)).extracting(Event::title).contains("Summit: Trump, Putin in Alaska")
                .allSatisfy(t -> assertThat(t).isNotNull());
        assertThat(search.find("putin", 50)).allSatisfy(e -> assertThat(e.participants())
                .anySatisfy(p -> assertThat(p.name()).contains("Putin")));
    }

    @Test
    void everyWordMustMatchAndPlacesCount() {
        List<Event> alaska = search.find("alaska", 50);
        assertThat(alaska).isNotEmpty();
        List<Event> both = search.find("alaska trump", 50);
        assertThat(both).isNotEmpty().isSubsetOf(alaska);
        assertThat(search.find("alaska zzzz", 50)).isEmpty();
    }

    @Test
    void blankFindsNothingAndTheLimitHolds() {
        assertThat(search.find("  ", 50)).isEmpty();
        assertThat(search.find("e", 3)).hasSize(3);
    }
}
