package parley.score;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whether a reported date agrees with a gold date at the gold's precision: a gold day, month or year is a prefix of
 * the reported start, or a gold day lies inside a reported range; a gold range takes a reported start inside it;
 * an undated gold event takes an undated report (or one starting with its {@code dateAlsoAccepted}).
 */
final class DateAgreement {
    private DateAgreement() {
    }

    static boolean matches(JsonNode gold, JsonNode pred) {
        String gd = Gold.text(gold, "date");
        String pd = firstText(pred, "date", "start");
        String pend = firstText(pred, "end");
        if (gd == null) {
            String also = Gold.text(gold, "dateAlsoAccepted");
            return pd.isEmpty() || (also != null && pd.startsWith(also));
        }
        if (gd.contains("/")) {
            String[] ab = gd.split("/", 2);
            String day = head(pd);
            return pd.startsWith(ab[0]) || (day.compareTo(ab[0]) >= 0 && day.compareTo(ab[1]) <= 0);
        }
        if (pd.startsWith(gd)) {
            return true;
        }
        return !pend.isEmpty() && gd.length() == 10 && head(pd).compareTo(gd) <= 0 && gd.compareTo(head(pend)) <= 0;
    }

    private static String firstText(JsonNode n, String... fields) {
        for (String f : fields) {
            String v = Gold.text(n, f);
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return "";
    }

    private static String head(String s) {
        return s.length() > 10 ? s.substring(0, 10) : s;
    }
}
