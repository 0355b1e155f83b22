package parley.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;

import org.junit.jupiter.api.Test;

class LinkListsTest {
    private static final String TEXT = String.join("\n",
            "Ruto and Abiy met in Nairobi on Tuesday to talk about the port.",
            "",
            "## Further reading",
            "- Last week: Museveni and Kiir and the border talks",
            "- Ten years on: how the dam deal was struck",
            "",
            "Related:",
            "",
            "Macron and Merz meet in Toulon to reset ties",
            "Why Starmer hosted Albanese at Chequers?",
            "Ruto also spoke with Xi Jinping by phone on Wednesday, aides said, and will visit Beijing in May.",
            "",
            "**You might also like**",
            "Kenya's budget in charts",
            "",
            "",
            "The ministers will meet again in Addis Ababa next month.");

    @Test
    void labelsAndTheHeadlinesUnderThemAreFurniture() {
        BitSet links = LinkLists.of(TEXT);
        assertThat(links.get(TEXT.indexOf("## Further reading"))).isTrue();
        assertThat(links.get(TEXT.indexOf("- Last week"))).isTrue();
        assertThat(links.get(TEXT.indexOf("- Ten years on"))).isTrue();
        assertThat(links.get(TEXT.indexOf("Macron and Merz meet"))).as("a blank line after the label").isTrue();
        assertThat(links.get(TEXT.indexOf("Why Starmer"))).isTrue();
        assertThat(links.get(TEXT.indexOf("Kenya's budget"))).isTrue();
    }

    @Test
    void proseEndsTheBlock() {
        BitSet links = LinkLists.of(TEXT);
        assertThat(links.get(TEXT.indexOf("Ruto and Abiy met"))).isFalse();
        assertThat(links.get(TEXT.indexOf("Ruto also spoke"))).as("a sentence with its full stop").isFalse();
        assertThat(links.get(TEXT.indexOf("The ministers will meet"))).as("after two blank lines").isFalse();
    }

    @Test
    void aLabelIsAShortLineOfItsOwn() {
        assertThat(LinkLists.isLabel("**Related:**")).isTrue();
        assertThat(LinkLists.isLabel("### More on this story")).isTrue();
        assertThat(LinkLists.isLabel("Read more »")).isTrue();
        assertThat(LinkLists.isLabel("Related talks were held in Geneva")).isFalse();
        assertThat(LinkLists.isLabel("Latest")).as("a live blog's heading is news").isFalse();
    }
}
