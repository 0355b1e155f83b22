package parley.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;

import org.junit.jupiter.api.Test;

/** Caption lines are told by the marks captions carry (credits, positions, labels, gallery markers), not by topic. */
class CaptionLinesTest {
    @Test
    void creditsAtTheEndMarkACaption() {
        assertThat(CaptionLines.isCaption("The envoys shake hands in Doha. Photo: Amal Idris/Reuters", "")).isTrue();
        assertThat(CaptionLines.isCaption("The envoys shake hands in Doha (Amal Idris/PA)", "")).isTrue();
        assertThat(CaptionLines.isCaption("Ministers pose before the dinner (AP)", "")).isTrue();
        assertThat(CaptionLines.isCaption("Delegates arrive at the palace. Kim Lee/AFP via Getty Images", "")).isTrue();
    }

    @Test
    void positionsLabelsAndGalleryMarkersMarkACaption() {
        assertThat(CaptionLines.isCaption("Chancellor Ortiz (left) greets her guest at the airport", "")).isTrue();
        assertThat(CaptionLines.isCaption("Caption: the two delegations at the table", "")).isTrue();
        assertThat(CaptionLines.isCaption("Ms Ortiz greets her guest", "open image in gallery")).isTrue();
        assertThat(CaptionLines.isCaption("Ms Ortiz greets her guest", "Image caption")).isTrue();
    }

    @Test
    void ordinaryParagraphsAreNotCaptions() {
        assertThat(CaptionLines.isCaption("The ministers met in Oslo on Friday, officials said.", "")).isFalse();
        assertThat(CaptionLines.isCaption("He said: the talks will resume in March.", "")).isFalse();
        assertThat(CaptionLines.isCaption("Talks resumed on Monday (the third round this year).", "")).isFalse();
        String longParagraph = "word ".repeat(90) + "(AP)";
        assertThat(CaptionLines.isCaption(longParagraph, "")).isFalse();
    }

    @Test
    void marksWholeLinesOfTheText() {
        String text = "Leaders meet in Rome\n\nThe leaders met on Friday.\n\nThe two leaders in Rome (AP)\n\nMore talks follow.";
        BitSet captions = CaptionLines.of(text);
        assertThat(captions.get(text.indexOf("The two leaders in Rome"))).isTrue();
        assertThat(captions.get(text.indexOf("(AP)"))).isTrue();
        assertThat(captions.get(text.indexOf("The leaders met"))).isFalse();
        assertThat(captions.get(text.indexOf("More talks"))).isFalse();
    }
}
