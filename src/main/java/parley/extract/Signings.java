package parley.extract;

import java.util.List;
import java.util.Set;

import parley.extract.text.Tokens;

/**
 * Signing an agreement together is a gathering of the signatories (GUIDELINES.md types a meeting by what happens in
 * the room; the b-files label a leaders' signing a MEETING): "Rwanda and Congo signed a peace accord in Washington",
 * "the foreign ministers of A and B signed a declaration", "the treaty was signed by X and Y". One person signing a
 * bill, an order or a letter is no gathering; nor is a document named without two parties to it.
 */
final class Signings {
    private Signings() {
    }

    /** Nouns of what two parties sign together. */
    private static final Set<String> AGREEMENTS = Set.of("agreement", "agreements", "accord", "accords", "declaration",
            "declarations", "deal", "deals", "treaty", "treaties", "memorandum", "memoranda", "mou", "mous", "pact",
            "pacts", "communique", "communiqué", "charter", "framework", "roadmap", "road-map", "protocol", "protocols",
            "ceasefire", "truce", "armistice", "document", "documents", "statement", "convention", "arrangement",
            "arrangements", "understanding", "compact", "accession");
    /** "sign on to", "sign up to", "signed off": phrasal verbs of joining or approving. */
    private static final Set<String> PARTICLES = Set.of("on", "onto", "up", "off");
    /** How far from the verb the document may be named: "signed a long-awaited bilateral trade deal". */
    private static final int WINDOW = 6;

    /**
     * True when the verb of signing at token {@code verb} (text offset {@code at}) names an agreement near it and the
     * sentence names two parties or more, one of them before the verb (its subject, or a passive's object before it:
     * "the accord X and Y signed") or after "by"/"with" ("was signed by", "signed … with Azerbaijan").
     */
    static boolean jointSigning(Tokens tokens, int verb, int at, List<EntityMention> names) {
        if (verb + 1 < tokens.size() && PARTICLES.contains(tokens.folded(verb + 1))) {
            return false; // "to sign on to the Accords", "signed off the budget": joining or approving, no ceremony
        }
        boolean document = false;
        int lo = Math.max(0, verb - WINDOW);
        for (int k = verb - 1; k >= lo; k--) {
            if (tokens.folded(k).equals(";")) {
                lo = k + 1; // "signed a protocol; it was signed for X by Y": the clause after tells the same signing
            }
        }
        for (int k = lo; k < Math.min(tokens.size(), verb + WINDOW + 1) && !document; k++) {
            document = k != verb && AGREEMENTS.contains(tokens.folded(k));
        }
        if (!document) {
            return false;
        }
        KnownEntity first = null;
        boolean before = false;
        for (EntityMention n : names) {
            if (first == null) {
                first = n.entity();
                before = n.end() <= at;
            } else if (!n.entity().equals(first)) {
                return before || n.end() <= at || passiveOrWith(tokens, verb);
            }
        }
        return false;
    }

    /**
     * A plural subject right before the verb that stands for people named before: "they", "the two women", "both
     * leaders", "the pair", "the three heads of state" (session 15); who they are is the story's to find.
     */
    private static final java.util.regex.Pattern GROUP_SUBJECT = java.util.regex.Pattern.compile("(?i)(?:\\bthey"
            + "|\\bthe pair|\\b(?:the|both) (?:(?:two|three|four) )?(?:[\\p{L}-]+ ){0,2}(?:leaders|men|women|presidents"
            + "|ministers|premiers|chancellors|envoys|counterparts|heads of (?:state|government))"
            + "|\\bthe (?:two|three|four))(?:\\s+(?:then|also|later|jointly|formally|finally|have|had|will|would))?\\s+$");

    /**
     * "On Tuesday the two ministers signed an accord": a plural subject right before the verb of signing, with an
     * agreement near it; the people are the group told before ({@link Story#groupReferent}). The caller asks for a
     * day of the sentence's own: an undated "They signed two documents" is a moment of the event just told.
     */
    static boolean groupSigning(Tokens tokens, int verb, int at) {
        if (verb + 1 < tokens.size() && PARTICLES.contains(tokens.folded(verb + 1))
                || !GROUP_SUBJECT.matcher(tokens.text()).region(Math.max(0, at - 48), at).find()) {
            return false;
        }
        for (int k = Math.max(0, verb - WINDOW); k < Math.min(tokens.size(), verb + WINDOW + 1); k++) {
            if (k != verb && AGREEMENTS.contains(tokens.folded(k))) {
                return true;
            }
        }
        return false;
    }

    /** "was signed by", "signed … with": the parties may all follow the verb. */
    private static boolean passiveOrWith(Tokens tokens, int verb) {
        for (int k = verb + 1; k < Math.min(tokens.size(), verb + WINDOW + 4); k++) {
            String w = tokens.folded(k);
            if (w.equals("by") || w.equals("with") || w.equals("between")) {
                return true;
            }
        }
        return false;
    }
}
