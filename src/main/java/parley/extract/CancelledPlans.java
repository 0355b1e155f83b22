package parley.extract;

import java.util.regex.Pattern;

/**
 * "On 16 November he told reporters he had cancelled it", "Two days later she called it off", "it was scrapped": a
 * later sentence that cancels an occasion named only by "it". With one occasion still ahead in the article (planned or
 * proposed), "it" is that occasion, and it is cancelled (session 16). The definite noun ("shelved the trip") is an event
 * of its own and reaches the plan through {@link Story#coreferDefinite}.
 */
final class CancelledPlans {
    /** "cancelled it", "called it off", "it was (later) scrapped", "it has been shelved". */
    private static final Pattern CANCELS_IT = Pattern.compile("(?i)\\b(?:(?:cancel(?:l)?ed|scrapped|shelved|axed"
            + "|scuttled|abandoned) it|called it off|it (?:was|has been|had been|is) (?:now |later |since |quietly )?"
            + "(?:cancel(?:l)?ed|called off|scrapped|shelved|axed|scuttled|abandoned))\\b");
    /** Before the verb: not a cancellation told as fact ("had not cancelled it", "would have called it off"). */
    private static final Pattern NOT_FACT = Pattern.compile("(?i)\\b(?:not|never|n[’']t|would|could|might|may|should"
            + "|if|whether|unless|threaten\\w*)\\b[^.;]{0,25}$");

    private CancelledPlans() {
    }

    /** Where the sentence cancels "it" as a fact, or -1. */
    static int cancelsIt(String sentence) {
        if (!(sentence.contains(" it") || sentence.contains("It "))) {
            return -1;
        }
        java.util.regex.Matcher m = CANCELS_IT.matcher(sentence);
        while (m.find()) {
            if (!NOT_FACT.matcher(sentence.substring(0, m.start())).find()) {
                return m.start();
            }
        }
        return -1;
    }
}
