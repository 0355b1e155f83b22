package parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Authors as credits name them (session 15): a courtesy title or rank goes ("Author: Dr. A" → A), "Compiled by A",
 * a desk with its members in brackets ("Gulf desk (A, B)" → "A and B"), several authors "By A and B". Texts written
 * for this test; the people are invented.
 */
class AuthorCreditsTest {
    private static final String STORY = "\n\nThe foreign minister of Ghana, Ama Serwaa, met her Togolese counterpart "
            + "Koffi Ablode in Keta on Monday.\n";

    private static String author(String header) {
        return TextMetadata.of(header + STORY).author();
    }

    @Test
    void honorificsAreNoPartOfTheName() {
        assertThat(author("Ferry ministers agree shared timetable\nAuthor: Dr. Akosua Boateng\nPublished 12 May 2025"))
                .isEqualTo("Akosua Boateng");
        assertThat(author("Envoys settle the ferry quarrel\nAuthors: Dr. Akua Mensima and Ms Adwoa Sika\n12 May 2025"))
                .isEqualTo("Akua Mensima and Adwoa Sika");
        assertThat(author("Envoys settle the ferry quarrel\nBy Ambassador Kofi Bentil\n12 May 2025"))
                .isEqualTo("Kofi Bentil");
        assertThat(author("Compiled by Prof. Kofi Annan-Boateng\nLagoon weekly: ferries\n12 May 2025"))
                .isEqualTo("Kofi Annan-Boateng");
        assertThat(author("Envoys settle the ferry quarrel\nBy Mr Kwabena Ofori, Prof Ekow Hagan and Mrs Efua Dadzie"))
                .isEqualTo("Kwabena Ofori, Ekow Hagan and Efua Dadzie");
    }

    @Test
    void aCompilerAndSeveralAuthors() {
        assertThat(author("Envoys settle the ferry quarrel\nCompiled by Abena Owusu\n12 May 2025"))
                .isEqualTo("Abena Owusu");
        assertThat(author("Envoys settle the ferry quarrel\nBy Kojo Addo and Esi Quaye\nLagoon Monitor | 12 May 2025"))
                .isEqualTo("Kojo Addo and Esi Quaye");
    }

    /** Each author with a job description after the name: the joining word brings in the next (session 17). */
    @Test
    void authorsEachWithADescription() {
        assertThat(author("Envoys settle the ferry quarrel\nBy Kojo Addo, diplomatic correspondent, and Esi Quaye, "
                + "Lome bureau chief\n12 May 2025")).isEqualTo("Kojo Addo and Esi Quaye");
        assertThat(author("Envoys settle the ferry quarrel\nBy Kojo Addo, Senior Editor, with Esi Quaye\n12 May 2025"))
                .isEqualTo("Kojo Addo and Esi Quaye");
        assertThat(author("Envoys settle the ferry quarrel\nBy Kojo Addo, Foreign Editor, Lagoon Herald\n12 May 2025"))
                .as("without a joining word the rest still describes the one author").isEqualTo("Kojo Addo");
        assertThat(author("Envoys settle the ferry quarrel\nBy Kojo Addo, Esi Quaye, and Ama Darko\n12 May 2025"))
                .isEqualTo("Kojo Addo, Esi Quaye and Ama Darko");
    }

    @Test
    void aDeskNamesItsMembersInBrackets() {
        assertThat(TextMetadata.of("---\ntitle: Envoys settle the ferry quarrel\ndate: 2025-05-12\n"
                + "author: Gulf desk (Kojo Addo, Esi Quaye)\n---" + STORY).author()).isEqualTo("Kojo Addo and Esi Quaye");
        assertThat(TextMetadata.of("---\ntitle: Envoys settle the ferry quarrel\n"
                + "author: Diplomatic team (Kojo Addo and Esi Quaye)\n---" + STORY).author())
                .isEqualTo("Kojo Addo and Esi Quaye");
        assertThat(TextMetadata.of("---\ntitle: Envoys settle the ferry quarrel\nauthor: Prof. Kojo Addo\n---" + STORY)
                .author()).isEqualTo("Kojo Addo");
        assertThat(Bylines.fromField("Foreign desk (Kojo Addo, Esi Quaye)")).as("a meta tag's value")
                .isEqualTo("Kojo Addo and Esi Quaye");
        assertThat(Bylines.fromField("Saltmarsh Media (Accra)")).as("no desk: the value as given")
                .isEqualTo("Saltmarsh Media (Accra)");
    }
}
