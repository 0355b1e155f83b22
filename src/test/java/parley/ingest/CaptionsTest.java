package parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaptionsTest {
    @Test
    void labelledCredits() {
        assertThat(Captions.withoutCredit("Ministers arrive for the talks in Oslo. Picture: Kari Berg - Nordic Pool"))
                .isEqualTo("Ministers arrive for the talks in Oslo.");
        assertThat(Captions.withoutCredit("Delegates at the opening session. Photo: Ana Ruiz/AFP via Getty Images"))
                .isEqualTo("Delegates at the opening session.");
        assertThat(Captions.withoutCredit("The summit venue on Monday | Photograph: Lee Chan"))
                .isEqualTo("The summit venue on Monday");
        assertThat(Captions.withoutCredit("Image: Reuters")).isEmpty();
    }

    @Test
    void parenthesisedCredits() {
        assertThat(Captions.withoutCredit("The two leaders shake hands in Downing Street(Jeff Moore/PA)"))
                .isEqualTo("The two leaders shake hands in Downing Street");
        assertThat(Captions.withoutCredit("The president is due to travel on Friday (AP)"))
                .isEqualTo("The president is due to travel on Friday");
        assertThat(Captions.withoutCredit("Foreign ministers of France (left) and Chile (right)"))
                .as("not every closing parenthesis is a credit")
                .isEqualTo("Foreign ministers of France (left) and Chile (right)");
    }

    @Test
    void gettyAndAgencyTails() {
        assertThat(Captions.withoutCredit("Leaders pose for a photo in Rome. Marco Bassi/AFP via Getty Images"))
                .isEqualTo("Leaders pose for a photo in Rome.");
        assertThat(Captions.withoutCredit("Leaders pose for a photo in Rome. Getty Images"))
                .isEqualTo("Leaders pose for a photo in Rome.");
        assertThat(Captions.withoutCredit("A convoy leaves the border post on Sunday. AP Photo/Dana Cole"))
                .isEqualTo("A convoy leaves the border post on Sunday.");
        assertThat(Captions.withoutCredit("Envoys met in Doha to discuss a ceasefire."))
                .isEqualTo("Envoys met in Doha to discuss a ceasefire.");
    }
}
