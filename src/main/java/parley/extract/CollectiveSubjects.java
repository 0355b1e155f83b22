package parley.extract;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import parley.domain.EntityKind;
import parley.extract.text.WordSet;

/**
 * A group of office holders told by its region or coalition, with no one named: "Gulf foreign ministers met in Doha",
 * "Nordic defence ministers will meet in Oslo", "army chiefs from the coalition countries gathered in Paris" (session
 * 15). The event is theirs: the region's body (the Gulf Cooperation Council) or countries (the Nordic five), or the
 * coalition the article named before. Without this the event has no one in it and is dropped.
 */
final class CollectiveSubjects {
    /** Who the group is: plural offices, leaders, chiefs. */
    private static final String PEOPLE = "(?i:(?:(?:foreign|defen[cs]e|finance|trade|interior|energy|economy|health"
            + "|agriculture|environment|transport) )?(?:ministers|leaders|heads of (?:state|government)"
            + "|(?:army|military|defen[cs]e|intelligence|navy|air force) chiefs|chiefs of (?:staff|defen[cs]e)"
            + "|envoys|negotiators|premiers|prime ministers|presidents|diplomats|delegations|delegates))";
    /** Regions told by an adjective, and whom they stand for: a body or its countries' keys. */
    private static final Map<String, List<String>> REGIONS = Map.of(
            "gulf", List.of("Gulf Cooperation Council"),
            "arab", List.of("Arab League"),
            "african", List.of("African Union"),
            "asean", List.of("ASEAN"),
            "southeast asian", List.of("ASEAN"),
            "nordic", List.of("Denmark", "Finland", "Iceland", "Norway", "Sweden"),
            "baltic", List.of("Estonia", "Latvia", "Lithuania"));
    private static final String REGION = "(Gulf|Arab|African|ASEAN|Southeast Asian|Nordic|Baltic)";
    /** Not "East African leaders", "North African ministers": another region than the adjective's body. */
    private static final String COMPASS = "(?<!(?:East|West|North|South|Central|Southern|Northern|Eastern|Western"
            + "|Persian|Horn of the)[ -])";
    /** "Gulf foreign ministers", "the Nordic defence ministers", "Baltic army chiefs". */
    private static final Pattern BEFORE = Pattern.compile("\\b" + COMPASS + REGION + " " + PEOPLE + "\\b");
    /** "army chiefs from the Nordic countries", "ministers of the coalition", "envoys from coalition states". */
    private static final Pattern FROM = Pattern.compile("\\b" + PEOPLE + " (?:from|of) (?:the )?(?:" + COMPASS + REGION
            + " (?:countries|states|nations|group|region)|(coalition|alliance)(?: (?:countries|states|nations|members"
            + "|partners))?)\\b");
    /** "coalition defence ministers", "the alliance's army chiefs". */
    private static final Pattern OWNED = Pattern.compile("\\b((?i:coalition|alliance))(?:['’]s)? " + PEOPLE + "\\b");
    /** Cheap test before the patterns. */
    private static final WordSet CUES = new WordSet("Gulf", "Arab", "African",
            "ASEAN", "Southeast", "Nordic", "Baltic", "coalition", "alliance", "Coalition", "Alliance");

    private final Gazetteer gazetteer;
    /** The coalition or alliance the article named last ("the Coalition of the Willing", NATO), or null. */
    private KnownEntity coalition;
    private KnownEntity alliance;

    CollectiveSubjects(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Notes the coalitions and alliances a sentence names, for "the coalition countries" later. */
    void note(List<EntityMention> found) {
        for (EntityMention m : found) {
            if (m.entity().kind() != EntityKind.ORGANISATION) {
                continue;
            }
            String name = m.entity().name().toLowerCase(java.util.Locale.ROOT);
            if (name.contains("coalition")) {
                coalition = m.entity();
            }
            if (name.contains("alliance") || name.equals("nato")) {
                alliance = m.entity();
            }
        }
    }

    /** Adds the parties of a group told by its region or coalition in text[s, e). */
    void find(parley.extract.text.Tokens tokens, String text, int s, int e, BitSet quoted, BitSet taken,
              List<EntityMention> found) {
        if (!CUES.anyIn(text, s, e, tokens)) {
            return;
        }
        for (Pattern p : List.of(BEFORE, FROM, OWNED)) {
            Matcher m = p.matcher(text).region(s, e);
            while (m.find()) {
                if (quoted.get(m.start()) || !taken.get(m.start(), m.end()).isEmpty()) {
                    continue;
                }
                List<KnownEntity> parties = parties(m);
                for (KnownEntity k : parties) {
                    found.add(new EntityMention(m.start(), m.end(), m.group(), k));
                }
                if (!parties.isEmpty()) {
                    taken.set(m.start(), m.end());
                }
            }
        }
    }

    private List<KnownEntity> parties(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            String word = m.group(g);
            if (word == null) {
                continue;
            }
            String folded = word.toLowerCase(java.util.Locale.ROOT);
            if (folded.equals("coalition")) {
                return coalition == null ? List.of() : List.of(coalition);
            }
            if (folded.equals("alliance")) {
                return alliance == null ? List.of() : List.of(alliance);
            }
            List<String> keys = REGIONS.get(folded);
            if (keys == null) {
                return List.of();
            }
            List<KnownEntity> out = new java.util.ArrayList<>();
            for (String key : keys) {
                String country = gazetteer.country(key);
                KnownEntity k = country != null ? CountryActors.country(country) : gazetteer.organisation(key);
                if (k != null) {
                    out.add(k);
                }
            }
            return out;
        }
        return List.of();
    }
}
