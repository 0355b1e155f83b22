package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClausesTest {
    /** The topic of a clause starts where its phrase starts, however far before the cue word that phrase begins. */
    @Test
    void topicPhrasesAreFoundFromTheirFirstWord() {
        String text = "The envoy met the minister in Rabat to discuss the ports before saying goodbye to the king.";
        List<Clauses.Clause> clauses = Clauses.of(text, 0, text.length());
        assertThat(clauses).hasSize(1);
        assertThat(clauses.get(0).topicStart()).isEqualTo(text.indexOf("to discuss"));

        String late = "Shortly before saying goodbye to the host, the envoy joined the ministers for lunch.";
        Clauses.Clause c = Clauses.of(late, 0, late.length()).get(0);
        assertThat(c.topicStart()).isEqualTo(late.indexOf("before saying goodbye"));
        assertThat(c.topicEnd()).isEqualTo(late.indexOf(','));

        String none = "The envoy met the minister in Rabat, aboutface aside.";
        assertThat(Clauses.of(none, 0, none.length()).get(0).topicStart()).as("no topic").isEqualTo(none.length());
    }
}
