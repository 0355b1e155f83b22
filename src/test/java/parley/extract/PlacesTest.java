package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.api.Test;

class PlacesTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();

    private static List<String> places(String text) {
        return Places.find(text, 0, text.length(), new BitSet(), GAZETTEER).stream().map(Places.Place::name).toList();
    }

    @Test
    void whereTheEventWasIsAPlace() {
        assertThat(places("The ministers met in Nairobi on Tuesday.")).containsExactly("Nairobi");
        assertThat(places("Netanyahu returned to Washington on Monday for talks with Trump.")).containsExactly("Washington");
        assertThat(places("Kallas will travel to Kyiv next week.")).as("where a trip goes").containsExactly("Kyiv");
        assertThat(places("Ruto needs to fly to Kyiv for the talks.")).containsExactly("Kyiv");
    }

    /** Where someone had to be instead, or went back to, is not where the event of the clause took place. */
    @Test
    void whereSomeoneHadToGoIsNot() {
        assertThat(places("Ruto left the summit early, saying he needed to be in Nairobi.")).isEmpty();
        assertThat(places("The envoy met Abiy on Monday and flew back to Nairobi at night.")).isEmpty();
        assertThat(places("She had to return to Addis Ababa before the vote.")).isEmpty();
    }
}
