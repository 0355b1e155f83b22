package parley.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The scorer's rules on small hand-made gold and exports: dates at the gold's precision, people, duplicates. */
class EventScorerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String s) throws Exception {
        return JSON.readTree(s.replace('\'', '"'));
    }

    private static final String GOLD = "{'articles': [{'file': 'x.txt', 'published': '2025-03-04', 'publisher': "
            + "'Harbour Post (Morning Brief)', 'author': 'Ann Lee and Bo Chan', 'events': ["
            + "{'type': 'TALKS', 'date': '2025-03-02/2025-03-03', 'participants': ['Ann Other', 'Sultan Qaboos bin "
            + "Said Al Said', 'Jo Bloggs'], 'required': true},"
            + "{'type': 'CALL', 'date': '2025-03', 'participants': ['Pat Smith', 'Lee Wu'], 'required': true},"
            + "{'type': 'MILITARY', 'date': '2025-03-01', 'participants': [], 'location': 'Kharkiv', 'required': true},"
            + "{'type': 'STATEMENT', 'date': null, 'participants': ['Pat Smith'], 'required': false}]}]}";

    @Test
    void matchesAtTheGoldsPrecisionAndCountsDuplicatesAndExtras() throws Exception {
        JsonNode export = json("{'sources': [{'id': 1, 'file': '/tmp/in/x.txt', 'published': '2025-03-04', "
                + "'publisher': 'Morning Brief', 'author': 'Bo Chan & Ann Lee'}], 'events': ["
                // inside the gold range, two of three people (Gulf name keyed by given and father's name)
                + "{'type': 'MEETING', 'date': '2025-03-03', 'participants': [{'name': 'Jo Bloggs', 'role': "
                + "'ATTENDEE'}, {'name': 'Qaboos bin Said', 'role': 'HOST'}], 'mentions': [{'source': 1}]},"
                // a month-precise gold event takes a day inside it; the absent person does not count
                + "{'type': 'CALL', 'date': '2025-03-09', 'participants': [{'name': 'Mr Smith', 'role': 'ATTENDEE'}, "
                + "{'name': 'Lee Wu', 'role': 'ATTENDEE'}], 'mentions': [{'source': 1}]},"
                + "{'type': 'CALL', 'date': '2025-03-10', 'participants': [{'name': 'Pat Smith', 'role': "
                + "'ATTENDEE'}, {'name': 'Lee Wu', 'role': 'ATTENDEE'}], 'mentions': [{'source': 1}]},"
                // no people: the type agrees
                + "{'type': 'MILITARY', 'date': '2025-03-01', 'participants': [], 'mentions': [{'source': 1}]},"
                // wrong day: an extra
                + "{'type': 'MILITARY', 'date': '2025-02-27', 'participants': [], 'mentions': [{'source': 1}]}]}");
        ScoreReport r = new EventScorer(Gold.of(json(GOLD)), export).score();
        assertThat(r.requiredFound()).isEqualTo(3);
        assertThat(r.requiredEvents()).isEqualTo(3);
        assertThat(r.duplicates()).isEqualTo(1);
        assertThat(r.precision()).isEqualTo(3.0 / 5);
        String text = r.render(true);
        assertThat(text).contains("EXTRA  MILITARY 2025-02-27").contains("DUPL   CALL 2025-03-10").contains("type accuracy 2/3")
                .contains("publication dates 1/1").contains("publishers 1/1; authors 1/1")
                .contains("event recall 1.00 precision 0.60");
    }

    @Test
    void tooFewSharedPeopleOrAWrongDayIsAMiss() throws Exception {
        JsonNode export = json("{'sources': [{'id': 7, 'file': 'x.txt', 'published': null, 'publisher': 'Harbour "
                + "Post', 'author': 'Ann Lee'}], 'events': ["
                + "{'type': 'TALKS', 'date': '2025-03-02', 'participants': [{'name': 'Jo Bloggs', 'role': "
                + "'ATTENDEE'}, {'name': 'Sultan Qaboos bin Said Al Said', 'role': 'ABSENT'}], 'mentions': "
                + "[{'source': 7}]},"
                + "{'type': 'CALL', 'date': '2025-04', 'participants': ['Pat Smith', 'Lee Wu'], 'mentions': "
                + "[{'source': 7}]}]}");
        ScoreReport r = new EventScorer(Gold.of(json(GOLD)), export).score();
        assertThat(r.requiredFound()).isZero();
        assertThat(r.precision()).isZero();
        assertThat(r.render(true)).contains("MISSED [req] TALKS 2025-03-02/2025-03-03")
                .contains("publication dates 0/1").contains("publishers 1/1; authors 0/1");
    }

    @Test
    void anArticleThatWasNotImportedIsAllMisses() throws Exception {
        ScoreReport r = new EventScorer(Gold.of(json(GOLD)), json("{'sources': [], 'events': []}")).score();
        assertThat(r.requiredFound()).isZero();
        assertThat(r.render(true)).contains("PUBL   publisher Harbour Post (Morning Brief), read null")
                .contains("publication dates 0/1").contains("publishers 0/1; authors 0/1");
    }

    @Test
    void namesAreKeyedAsTheSharedScorerKeysThem() {
        assertThat(NameKey.of("President Volodymyr Zelenskyy")).isEqualTo("person:zelensky");
        assertThat(NameKey.of("Tamim bin Hamad Al Thani")).isEqualTo(NameKey.of("Sheikh Tamim bin Hamad"));
        assertThat(NameKey.of("Recep Tayyip Erdoğan")).isEqualTo(NameKey.of("Erdogan"));
        assertThat(NameKey.of("the Kremlin")).isEqualTo("org:russia");
        assertThat(NameKey.of("Arab League")).isEqualTo("org:arab league");
        assertThat(ScoreReport.two(0.125)).isEqualTo("0.12");
        assertThat(ScoreReport.two(0.375)).isEqualTo("0.38");
    }
}
