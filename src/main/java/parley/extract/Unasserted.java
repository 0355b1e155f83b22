package parley.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import parley.extract.text.WordSet;

/**
 * Words of an event that the sentence does not assert (session 10): a question ("Will she see A or B next week?"), an
 * event inside an indirect question or a hedge ("declined to say if air raids were an option", "would not rule out
 * strikes"), a negated future ("will not sit down with X for now", "would not host another camp"), a plan the
 * sentence says was dropped ("X, who was due to attend the ceremony, remained in Warsaw") and force named as a figure
 * of speech ("described the decree as an attack on national independence"). None of them is an event of its own.
 */
final class Unasserted {
    private Unasserted() {
    }

    /** A sentence that asks: its last mark, before closing quotes or brackets, is a question mark. */
    private static final Pattern ASKS = Pattern.compile("\\?[\\s\"”’')\\]]*$");

    /** "Will the chief see General A or commander B?": a question reports no event, whatever it names. */
    static boolean question(String text, int from, int to) {
        return to > from && text.charAt(to - 1) != '.' && ASKS.matcher(text).region(from, to).find();
    }

    /**
     * Before a trigger, within its clause: a verb of saying, asking or knowing and "whether"/"if" ("declined to say
     * if", "asked whether", "it is unclear whether"), or a hedge that only keeps an option open ("would not rule out",
     * "refused to rule out"). What follows is a possibility, not news.
     */
    private static final Pattern HEDGE = Pattern.compile("(?i)(?:\\b(?:say|said|says|saying|tell|confirm|confirmed"
            + "|comment|disclose|reveal|ask|asks|asked|asking|unclear|clear|know|knew|known|sure|certain|uncertain"
            + "|wonder|wondered|wondering|undecided)\\s+(?:on\\s+)?(?:whether|if)\\b[^,;:.!?]{0,60}"
            + "|\\brul(?:e|ed|es|ing)\\s+out\\s+(?:(?:a|an|any|new|further|fresh|more|the|possible)\\s+){0,2})$");

    static boolean hedged(String text, int from, int triggerStart) {
        int lo = Math.max(from, triggerStart - 120);
        String before = text.substring(lo, triggerStart);
        if (!(before.contains("whether") || before.contains("if") || before.contains("out"))) {
            return false; // the usual sentence: no regex
        }
        return HEDGE.matcher(before).find();
    }

    /**
     * Negated futures and modals just before the trigger: "will not sit down with", "won't meet", "would not host",
     * "cannot attend", "decided not to travel to", "no longer plans to", "was unable to travel", "was barred from
     * attending" (an obstacle: nothing took place). (The past "did not meet" is
     * {@link SentenceEvents}'s.)
     */
    private static final Pattern NEGATED_MODAL = Pattern.compile("(?i)\\b(?:(?:will|would|could|can|shall|should|must"
            + "|is|are|was|were)\\s+not|won[’']t|wouldn[’']t|couldn[’']t|cannot|can[’']t|shouldn[’']t|isn[’']t"
            + "|aren[’']t|not\\s+to|no\\s+longer|unable\\s+to|(?:barred|prevented|stopped)\\s+from)\\s+(?:(?:yet|even|now|again|personally|be|going\\s+to|plan\\s+to"
            + "|plans\\s+to|want\\s+to|wants\\s+to|agree\\s+to|make\\s+the|make\\s+(?:his|her|their))\\s+){0,2}$");

    static boolean negatedModal(String before) {
        return (before.contains("not") || before.contains("n't") || before.contains("n’t")
                || before.contains("longer") || before.contains("unable") || before.contains("from"))
                && NEGATED_MODAL.matcher(before).find();
    }

    /**
     * "X, who was due to attend the signing in Oslo, remained in Warsaw", "Y had been expected to travel to Rome but
     * stayed at home": the plan told in the first part was not carried out; its triggers report nothing. The span is
     * [start of "due to" .. the main verb).
     */
    private static final Pattern ABANDONED = Pattern.compile("(?i)\\b(?:was|were|had\\s+been)\\s+(?:due|expected"
            + "|scheduled|supposed|meant|set|slated|billed)\\s+to\\b[^.;!?]*?(?:,\\s*(?:but\\s+)?(?:instead\\s+)?"
            + "|\\s+but\\s+(?:instead\\s+)?)(?:remained|stayed|pulled\\s+out|withdrew|backed\\s+out|never|cancelled"
            + "|canceled|called\\s+off|sent\\s+(?:a|an|his|her|their)\\b)");

    private static final WordSet PLAN_WORDS = new WordSet("due", "expected", "scheduled", "supposed", "meant", "set",
            "slated", "billed");

    /** The span of an abandoned plan in [from, to), or null. */
    static int[] abandonedPlan(String text, int from, int to, parley.extract.text.Tokens tokens) {
        if (!PLAN_WORDS.anyIn(text, from, to, tokens)) {
            return null;
        }
        Matcher m = ABANDONED.matcher(text).region(from, to);
        return m.find() ? new int[] {m.start(), m.end()} : null;
    }

    /**
     * "an attack on national independence", "attacks on democracy", "a strike against the rule of law": force named
     * of an idea is a figure of speech (a real attack is told with its target or its weapon).
     */
    private static final Pattern ABSTRACT_OBJECT = Pattern.compile("(?i)^\\s+(?:on|against|upon)\\s+(?:(?:the|our"
            + "|its|their|his|her|national|basic|fundamental|democratic|[\\p{L}-]+['’]s)\\s+){0,2}(?:independence"
            + "|sovereignty|democracy|freedom|freedoms|liberty|liberties|rights|constitution|values|dignity|rule\\s+of"
            + "\\s+law|judiciary|press|truth|science|reason|institutions|unity|identity|faith|culture|traditions"
            + "|peace\\s+process|autonomy|self-determination|honour|honor|reputation|integrity)\\b");
    static boolean figurative(String text, int end, int to) {
        return ABSTRACT_OBJECT.matcher(text).region(end, Math.min(to, end + 80)).lookingAt();
    }

    /**
     * "An attack on Estonia by Russia would be an attack on all", "a strike on Narva could be answered within hours",
     * "any invasion of Latvia would trigger Article 5" (session 17): an indefinite force noun that is the subject of a
     * modal is a supposed case, not an act (once a readout's heading dates it, it was read as that day's force).
     */
    private static final Pattern INDEFINITE_BEFORE = Pattern.compile("(?i)\\b(?:an?|(any)|another|(such)\\s+an?)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,2}$");
    private static final Pattern MODAL_AFTER = Pattern.compile("(?i)^[^,;:.!?]{0,70}?\\b(?:would|could|might|(may"
            + "|will|shall|should))\\s+(?:not\\s+|never\\s+|only\\s+|also\\s+|surely\\s+|certainly\\s+)?(?:be|mean"
            + "|trigger|constitute|amount|prompt|provoke|invite|draw|lead|require|spell|bring|count|cross|meet|face"
            + "|have|cost|unite|end|start|put)\\b");

    /** "… would be an attack on all of us", "could amount to an invasion": the force noun as what a case would be. */
    private static final Pattern MODAL_PREDICATE = Pattern.compile("(?i)\\b(?:would|could|might|may|will|shall"
            + "|should)\\s+(?:\\p{L}+ly\\s+)?(?:be|mean|constitute|amount\\s+to|count\\s+as|be\\s+seen\\s+as"
            + "|be\\s+treated\\s+as|be\\s+considered)\\s+(?:an?|one|another)\\s+(?:[\\p{L}-]+\\s+){0,2}$");

    static boolean hypothetical(String text, int from, int start, int end, int to) {
        int lo = Math.max(from, start - 60);
        Matcher det = INDEFINITE_BEFORE.matcher(text).region(lo, start);
        if (!det.find()) {
            return false;
        }
        // "will" only after "any": "any attack will be met with force", not "a strike on the port will be looked into"
        Matcher modal = MODAL_AFTER.matcher(text).region(end, Math.min(to, end + 100));
        return modal.lookingAt() && (modal.group(1) == null || det.group(1) != null || det.group(2) != null)
                || MODAL_PREDICATE.matcher(text).region(lo, start).find();
    }

    /**
     * "Free trade, the minister warned, is under attack", "democracy has come under attack": an idea under attack is a
     * figure of speech (session 13); "the convoy came under attack near Kherson" keeps its concrete subject.
     */
    private static final Pattern ABSTRACT_UNDER_ATTACK = Pattern.compile("(?i)\\b(?:independence|sovereignty"
            + "|democracy|freedom|freedoms|liberty|liberties|rights|constitution|values|dignity|law|judiciary|press"
            + "|truth|science|reason|institutions|unity|identity|faith|culture|traditions|process|autonomy"
            + "|self-determination|honour|honor|reputation|integrity|trade|multilateralism|globalisation"
            + "|globalization|order|system|consensus|principles?|norms|diplomacy|cooperation|co-operation|ideals"
            + "|pluralism|tolerance|media|journalism|expertise|policy|policies|agenda|idea|ideas|model)"
            + "(?:\\s*,[^,;]{1,60},)?\\s+(?:is|are|was|were|has\\s+been|have\\s+been|had\\s+been|came|comes|come"
            + "|has\\s+come|have\\s+come|remains|remain|is\\s+now|are\\s+now|finds\\s+itself|found\\s+itself)"
            + "\\s+(?:\\p{L}+ly\\s+)?under\\s+$");

    static boolean abstractUnderAttack(String text, int from, int triggerStart) {
        int lo = Math.max(from, triggerStart - 120);
        return text.startsWith("under", Math.max(lo, triggerStart - 6))
                && ABSTRACT_UNDER_ATTACK.matcher(text).region(lo, triggerStart).find();
    }

    /**
     * Attacks in words (session 17): "launched an attack on Chancellor X", "attacks the president almost daily", "to
     * attack him on the final climb", "came under attack from his own party". A use of force names its weapon, its
     * forces or a place; an attack whose target is a person (or a body of people who argue) and whose sentence has no
     * word of force is criticism or sport, no MILITARY event.
     */
    private static final Pattern AT_PEOPLE = Pattern.compile("(?i)^\\s+(?:(?:on|against|upon)\\s+)?(?:him|her|them"
            + "|(?:the|his|her|their|its)\\s+(?:own\\s+)?(?:government|opposition|critics|rivals|opponents|leader|leadership"
            + "|president|prime\\s+minister|chancellor|minister|media|press|judges|judiciary|party|coalition))\\b");
    private static final Pattern FROM_ARGUERS = Pattern.compile("(?i)^\\s+(?:from|by)\\s+(?:(?:the|his|her|their|its"
            + "|own|some|several|fellow)\\s+){0,2}(?:party|critics|opposition|lawmakers|legislators|MPs|senators"
            + "|members|allies|rivals|opponents|press|media|commentators|campaigners|activists|backbenchers|colleagues"
            + "|conservatives|liberals|Republicans|Democrats|unions)\\b");
    private static final Pattern UNDER_BEFORE = Pattern.compile("(?i)\\bunder\\s+$");
    /** Words that tell a use of force, whoever is its target. */
    private static final Pattern FORCE = Pattern.compile("(?i)\\b(?:drones?|missiles?|rockets?|artillery|shell(?:s|ing|ed)"
            + "|troops|soldiers|forces|army|military|militants?|gunm[ae]n|armed|shot|shooting|gunfire|killed|killing|wounded"
            + "|injured|bombs?|bombing|explosives?|grenades?|knife|stabbed|assassination|airstrikes?|warplanes|jets"
            + "|convoy|base|positions)\\b");

    static boolean verbalAttack(String text, int from, int start, int end, int to, List<EntityMention> names) {
        String word = text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
        if (!word.equals("attack") && !word.equals("attacks")) {
            return false;
        }
        if (FORCE.matcher(text).region(from, to).find()) {
            return false;
        }
        int lo = Math.min(to, end);
        int hi = Math.min(to, end + 60);
        if (AT_PEOPLE.matcher(text).region(lo, hi).lookingAt()
                || UNDER_BEFORE.matcher(text).region(Math.max(from, start - 8), start).find()
                && FROM_ARGUERS.matcher(text).region(lo, hi).lookingAt()) {
            return true;
        }
        java.util.regex.Matcher on = ON_WHOM.matcher(text).region(lo, hi);
        int at = on.lookingAt() ? on.end() : -1;
        for (EntityMention n : names) {
            if (at >= 0 && n.start() >= at && n.start() <= at + 50 && n.entity().kind() == parley.domain.EntityKind.PERSON
                    && TITLE_GAP.matcher(text).region(at, n.start()).matches()
                    && !(n.end() < text.length() && (text.startsWith("'s", n.end()) || text.startsWith("’s", n.end())))) {
                return true; // "an attack on Chancellor X", "attacks Senator Y": a person, not a person's convoy
            }
        }
        return false;
    }

    /** After "attack(s)": the preposition, if any, before its target. */
    private static final Pattern ON_WHOM = Pattern.compile("(?i)\\s+(?:(?:on|against|upon)\\s+)?");
    /** Between the preposition and a person's name: a title or a country word or two ("German Chancellor"). */
    private static final Pattern TITLE_GAP = Pattern.compile("(?:(?:the|former|then)\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,4}");

    /**
     * "climbed to the summit of the table", "the summit of Kilimanjaro": a top, not a gathering (session 13).
     */
    private static final Pattern TOP_OF = Pattern.compile("(?i)^\\s+of\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?"
            + "(?:table|league|standings|rankings|ranking|charts|chart|pile|mountain|hill|peak|volcano|ridge|pass"
            + "|world\\s+rankings|(?-i:\\p{Lu})\\p{L}+\\s+(?:Mountain|Peak|Hill)|Everest|Kilimanjaro|Mont\\s+Blanc"
            + "|Olympus|Elbrus|Denali|Aconcagua|Fuji)\\b");
    private static final Pattern CLIMBED = Pattern.compile("(?i)\\b(?:climb(?:s|ed|ing)?|reach(?:es|ed|ing)?"
            + "|scal(?:e|es|ed|ing))\\s+(?:to\\s+)?(?:the\\s+)?$");

    static boolean aTop(String text, int from, int start, int end, int to) {
        return TOP_OF.matcher(text).region(end, Math.min(to, end + 60)).lookingAt()
                || CLIMBED.matcher(text).region(Math.max(from, start - 30), start).find();
    }

    /**
     * A condition or a prospect (session 14): a sentence that opens with "If" or "Unless" tells no event in either of
     * its halves ("If Caracas returns to talks, Brasília will host them"); within a sentence, a trigger after "if" or
     * "unless" in its clause, or after "the risk of", "threat of", "fears of" ("warned of a risk of renewed strikes";
     * "the prospect of a summit" stays a proposal) is what might happen, not news; nor is an event of a kind ("such a summit").
     */
    private static final Pattern OPENS_CONDITION = Pattern.compile("^[\\s\"“‘'(*_-]*(?:[Ii]f|IF|[Uu]nless|UNLESS)\\s");
    private static final Pattern CONDITION = Pattern.compile("(?i)(?:(?<!\\bas\\s|\\beven\\s)\\b(?:if|unless)\\b"
            + "[^,;:.!?]{0,80}|\\b(?:risks?|threats?|dangers?|fears?|spectre|specter)\\s+of\\s+(?:(?:a|an|the|new|renewed|fresh|further|more|another|wider|possible|full-scale"
            + "|[\\p{L}-]+)\\s+){0,2}"
            // "such a summit would need months of work", "such talks rarely last": a kind of event, not one held
            + "|\\bsuch\\s+(?:an?\\s+)?(?:[\\p{L}-]+\\s+)?)$");

    static boolean conditional(String text, int from, int triggerStart) {
        if (OPENS_CONDITION.matcher(text).region(from, triggerStart).lookingAt()) {
            return true;
        }
        int lo = Math.max(from, triggerStart - 120);
        String before = text.substring(lo, triggerStart);
        if (!(before.contains("if") || before.contains("unless") || before.contains(" of ") || before.contains("uch "))) {
            return false; // the usual sentence: no regex
        }
        // Every match ends at the end ('$'): "if …" is at most 80 characters with no stop after it, "risk of …" and
        // "such …" are the last four runs of non-space. Searched from the earliest such start (transparent bounds let
        // '\b' and the lookbehind see the text before), find() says the same as from the start of the window.
        int n = before.length();
        int stop = -1;
        for (int i = n - 1; i >= 0 && stop < 0; i--) {
            stop = ",;:.!?".indexOf(before.charAt(i)) >= 0 ? i : -1;
        }
        int start = Math.min(Math.max(stop + 1, n - 88), parley.extract.text.WordCues.startOfLastRuns(before, 0, n, 5));
        return CONDITION.matcher(before).region(Math.max(0, start), n).useTransparentBounds(true).find();
    }
    /**
     * "there were no plans for a Tekle-Holm meeting", "no arrangements have been made for talks", "there will be no
     * summit": the sentence denies the occasion its noun names (session 16); what it asserts, if anything, is a saying.
     */
    private static final Pattern NO_OCCASION = Pattern.compile("(?i)(?:\\bno\\s+(?:(?:immediate|current|firm|concrete"
            + "|further|new|such|other)\\s+)?(?:plans?|intention|arrangements?)\\s+(?:(?:yet|so\\s+far|as\\s+yet)\\s+)?(?:for|of)"
            + "|\\bthere\\s+(?:is|are|was|were|will\\s+be|would\\s+be|has\\s+been|had\\s+been|have\\s+been)\\s+no)"
            // ("there is no doubt the summit …" is no denial of the summit)
            + "\\s+(?!(?:doubt|question|denying|longer|need|reason|sign)\\b)(?:(?:an?|any|further|new|fresh|another"
            + "|such)\\s+)?(?:[\\p{L}\\p{N}’'-]+\\s+){0,3}$");
    /** "no meeting with X is planned", "no talks had been scheduled": the noun after "no", then a verb of fixing. */
    private static final Pattern NO_BEFORE = Pattern.compile("(?i)\\bno\\s+(?:(?:further|new|formal|bilateral|fresh"
            + "|such)\\s+)?$");
    private static final Pattern FIXED_AFTER = Pattern.compile("(?i)^[^,;.]{0,60}?\\b(?:is|are|was|were|has\\s+been"
            + "|have\\s+been|had\\s+been)\\s+(?:yet\\s+|currently\\s+|now\\s+)?(?:planned|scheduled|foreseen|envisaged"
            + "|arranged|expected|on\\s+the\\s+(?:agenda|cards)|in\\s+the\\s+works)\\b");

    static boolean noOccasion(String text, int from, int start, int end, int to) {
        String before = text.substring(Math.max(from, start - 80), start);
        if (!before.contains("no ") && !before.contains("No ")) {
            return false; // the usual sentence: no regex
        }
        return NO_OCCASION.matcher(before).find() || NO_BEFORE.matcher(before).find()
                && FIXED_AFTER.matcher(text).region(end, Math.min(to, end + 80)).find();
    }
}
