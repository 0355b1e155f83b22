package parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import parley.extract.text.Tokens;

/**
 * Who signed for each side, named without a title (session 13): "it was signed for Bogotá by Ana Ruiz and for the
 * guerrilla by Pablo Beltrán", "signed on behalf of the government by X". The side a signatory signs for is what
 * makes the name a person of the event: a name-shaped run (two words or more, no title, thing or stop word) after
 * "for/on behalf of &lt;side&gt; by", in a sentence that tells a signing.
 */
final class Signatories {
    private Signatories() {
    }

    /**
     * A signatory found: the name's span, the name, the words of the side signed for, and where the phrase that
     * gives the name its part ("for Bogotá by") starts.
     */
    record Signer(int start, int end, String name, String side, int phrase) {
    }

    private static final String WORD = TitledPeople.W;
    private static final String PARTICLE = TitledPeople.PARTICLE;
    private static final String NAME = WORD + "(?: (?:" + PARTICLE + " ){0,2}" + WORD + "){1,3}";
    /** "for Bogotá by", "on behalf of the rebel movement by": a side of up to four words, then "by" and a name. */
    private static final Pattern FOR_SIDE_BY = Pattern.compile("\\b(?:for|on behalf of)\\s+((?:the\\s+)?"
            + "[\\p{L}’'-]+(?:\\s+[\\p{L}’'-]+){0,3}?)\\s+by\\s+(" + NAME + ")(?![\\p{L}’'-])");

    private static final parley.extract.text.WordSet SIGNED = new parley.extract.text.WordSet("signed");

    /**
     * Signatories named in text[s, e), in text order; none unless the sentence says "signed" (looked up among the hits
     * of the article's tokens when they were read from text).
     */
    static List<Signer> find(String text, int s, int e, Tokens tokens) {
        int signed = SIGNED.first(text, s, e, tokens);
        if (signed < 0) {
            return List.of();
        }
        List<Signer> out = new ArrayList<>(2);
        Matcher m = FOR_SIDE_BY.matcher(text).region(signed, e);
        while (m.find()) {
            String raw = m.group(2);
            String name = TitledPeople.cleanName(raw, 2);
            if (name != null && name.equals(raw)) {
                out.add(new Signer(m.start(2), m.end(2), name, m.group(1), m.start()));
            }
        }
        return out;
    }
}
