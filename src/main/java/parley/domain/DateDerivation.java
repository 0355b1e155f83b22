package parley.domain;

/**
 * How a date was worked out, so the analyst can check it.
 *
 * @param phrase the words in the text ("on Wednesday"); null when the date came from elsewhere
 * @param anchor what the phrase was resolved against ("article of Tue 12 Aug 2025"), or null
 * @param rule   the rule that fired ("weekday, forward for a future clause")
 * @param result the resolved date in words, or "unresolved"
 */
public record DateDerivation(String phrase, String anchor, String rule, String result) {

    /** One line for people: "'on Wednesday' in an article of Tue 12 Aug 2025 → Wed 13 Aug 2025 (weekday, future)". */
    public String explain() {
        StringBuilder sb = new StringBuilder();
        if (phrase != null) {
            sb.append('\'').append(phrase).append('\'');
        }
        if (anchor != null) {
            sb.append(sb.isEmpty() ? "" : " ").append("in ").append(anchor);
        }
        sb.append(sb.isEmpty() ? "" : " ").append("→ ").append(result);
        if (rule != null) {
            sb.append(" (").append(rule).append(')');
        }
        return sb.toString();
    }
}
