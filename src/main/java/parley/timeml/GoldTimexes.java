package parley.timeml;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The TIMEX3s already tagged in a document's TEXT (a gold file), with offsets into its decoded text. */
public final class GoldTimexes {
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private GoldTimexes() {
    }

    public static List<Timex3> of(TimeMlDocument doc) {
        String raw = doc.rawText();
        List<Timex3> out = new ArrayList<>();
        int d = 0;
        int openAt = -1;
        String type = null;
        String value = null;
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '<') {
                int gt = raw.indexOf('>', i);
                String tag = raw.substring(i, gt < 0 ? raw.length() : gt + 1);
                if (tag.startsWith("<TIMEX3") && !tag.endsWith("/>")) {
                    openAt = d;
                    type = attr(tag, "type");
                    value = attr(tag, "value");
                } else if (tag.startsWith("</TIMEX3") && openAt >= 0) {
                    out.add(new Timex3(openAt, d, type, value));
                    openAt = -1;
                }
                i += tag.length();
                continue;
            }
            d++;
            if (c == '&') {
                int semi = raw.indexOf(';', i);
                i = semi < 0 ? i + 1 : semi + 1;
            } else if (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                i += 2;
            } else {
                i++;
            }
        }
        return out;
    }

    private static String attr(String tag, String name) {
        Matcher m = ATTR.matcher(tag);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2);
            }
        }
        return "";
    }
}
