package parley.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import parley.domain.EntityKind;
import parley.extract.text.PhraseMatcher;
import parley.extract.text.Tokens;

/**
 * Finds the people and organisations of one article, sentence by sentence, in reading order, because later
 * references depend on earlier ones: names from the gazetteer (with aliases and surnames); people the gazetteer
 * does not know, from the title before their name ("Finnish President Alexander Stubb", "Kremlin aide Yuri
 * Ushakov"), who are then known by surname for the rest of the article; and title-only references ("the Prime
 * Minister", "the Ukrainian President", "the Russian leader"), resolved to the holder of that office the
 * article mentions most (ties: the first mentioned), else to the holder in the country the article talks about
 * most; "the foreign ministers of Turkey and Ukraine" names each country's holder.
 */
final class EntityFinder {
    private static final String TITLE = "(?:[Pp]resident|[Pp]rime [Mm]inister|[Cc]hancellor|[Vv]ice[ -][Pp]resident"
            + "|[Ff]oreign [Mm]inister|[Dd]efen[cs]e [Mm]inister|[Ff]oreign [Ss]ecretary|[Dd]efen[cs]e [Ss]ecretary"
            + "|[Ss]ecretary of [Ss]tate|[Ss]ecretary[- ][Gg]eneral|[Mm]inister|[Ss]ecretary|[Aa]mbassador"
            + "|[Ss]pecial [Ee]nvoy|[Ee]nvoy|[Aa]ide|[Aa]dvis[eo]r|[Ss]pokes(?:man|woman|person)|[Nn]egotiator"
            + "|General|Admiral|Commander|King|Queen|Prince|Premier|Mayor|Governor|Senator|[Cc]hief of [Ss]taff|[Ll]eader)";
    private static final String NAME_WORD = "\\p{Lu}[\\p{Ll}'’-]*\\p{Ll}[\\p{L}'’-]*";
    private static final Pattern TITLED_PERSON = Pattern.compile("(?:\\b(\\p{Lu}[\\p{L}.]*)\\s+)?\\b(" + TITLE
            + ")\\s+(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,2})\\b");
    private static final Pattern TITLE_ONLY = Pattern.compile("\\b(?:[Tt]he|[Aa])\\s+(?:(\\p{Lu}[\\p{L}.]*)\\s+)?"
            + "((?i:vice president|prime minister|president|chancellor|foreign minister|foreign secretary"
            + "|defence secretary|defence minister|secretary of state|leader|premier|taoiseach))\\b"
            + "(?!\\s+(?:of\\b|\\p{Lu}))");
    /** "the foreign ministers of Turkey and Ukraine": one office holder per country named. */
    private static final Pattern PLURAL_OFFICE = Pattern.compile("\\b(?:[Tt]he )?((?i:prime ministers|presidents|leaders"
            + "|foreign ministers|defence ministers|defense ministers|chancellors)) of ((?:\\p{Lu}[\\p{L}.]*"
            + "(?: \\p{Lu}[\\p{L}.]*)?(?:, | and )){1,6}\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?)");
    /** "Finland's foreign minister": an office named through its country. */
    private static final Pattern POSSESSIVE_OFFICE = Pattern.compile("\\b(\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?)['’]s "
            + "((?i:vice president|prime minister|president|chancellor|foreign minister|foreign secretary"
            + "|defence secretary|defence minister|secretary of state|leader|premier))\\b(?!\\s+\\p{Lu})");
    /** Kenyan, Finnish, Maltese, Israeli: adjectives of countries the nationalities file may not list. */
    private static final Pattern NATIONALITY_LIKE = Pattern.compile("\\p{Lu}\\p{Ll}+(?:an|ish|ese|i|ic|ch)");
    private static final Set<String> TITLE_WORDS = Set.of("president", "minister", "chancellor", "secretary",
            "ambassador", "envoy", "aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson",
            "negotiator", "general", "admiral", "commander", "king", "queen", "prince", "premier", "mayor", "governor",
            "senator", "chief", "leader", "taoiseach");
    /** First words of the titles in TITLE, as tokens. */
    private static final Set<String> TITLE_STARTS = Set.of("president", "prime", "chancellor", "vice", "vice-president",
            "foreign", "defence", "defense", "secretary", "secretary-general", "minister", "ambassador", "special",
            "envoy", "aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "negotiator",
            "general", "admiral", "commander", "king", "queen", "prince", "premier", "mayor", "governor", "senator",
            "chief", "leader");
    private static final Set<String> PLURAL_WORDS = Set.of("ministers", "presidents", "leaders", "chancellors");
    private static final Set<String> NOT_NAMES = Set.of("The", "January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "On", "In", "At", "And", "But", "He", "She", "It", "They");

    private final Gazetteer gazetteer;
    private final PhraseMatcher<KnownEntity> local = new PhraseMatcher<>();
    private final Map<KnownEntity, Integer> mentions = new HashMap<>();
    private final Map<String, Integer> countryMentions = new HashMap<>();
    private final Map<KnownEntity, Set<String>> aliasesUsed = new LinkedHashMap<>();

    private final CountryActors countries;

    /** The article's publication date, or null: office holders are those in office then. */
    private final java.time.LocalDate anchor;

    EntityFinder(Gazetteer gazetteer) {
        this(gazetteer, null);
    }

    EntityFinder(Gazetteer gazetteer, java.time.LocalDate anchor) {
        this.gazetteer = gazetteer;
        this.anchor = anchor;
        this.countries = new CountryActors(gazetteer);
    }

    /** Names in tokens [from, to) of one sentence, skipping quoted words; in text order. */
    List<EntityMention> sentence(Tokens tokens, int from, int to, BitSet quoted) {
        List<EntityMention> found = new ArrayList<>();
        BitSet taken = new BitSet();
        for (PhraseMatcher<KnownEntity> m : List.of(gazetteer.names(), local)) {
            for (PhraseMatcher.Match<KnownEntity> hit : m.find(tokens, from, to)) {
                if (!quoted.get(hit.start()) && taken.get(hit.start(), hit.end()).isEmpty()) {
                    found.add(new EntityMention(hit.start(), hit.end(), hit.phrase(), hit.value()));
                    taken.set(hit.start(), hit.end());
                }
            }
        }
        String text = tokens.text();
        int s = from < tokens.size() ? tokens.start(from) : text.length();
        int e = to > from ? tokens.end(to - 1) : s;
        boolean title = false;
        boolean plural = false;
        for (int i = from; i < to; i++) {
            title |= TITLE_WORDS.contains(tokens.folded(i));
            plural |= PLURAL_WORDS.contains(tokens.folded(i));
        }
        if (title) {
            // the title patterns are costly; most sentences name no office at all
            titledPeople(tokens, from, to, quoted, taken, found);
            found.sort(Comparator.comparingInt(EntityMention::start));
            titleOnly(text, s, e, quoted, taken, found);
            possessiveOffices(text, s, e, quoted, taken, found);
        }
        if (plural) {
            pluralOffices(text, s, e, quoted, taken, found);
        }
        if (to > from) {
            countries.find(tokens, from, to, quoted, taken, found);
        }
        found.sort(Comparator.comparingInt(EntityMention::start));
        for (EntityMention m : found) {
            mentions.merge(m.entity(), 1, Integer::sum);
            if (m.entity().country() != null && m.entity().kind() == EntityKind.PERSON) {
                countryMentions.merge(m.entity().country(), 1, Integer::sum);
            }
            aliasesUsed.computeIfAbsent(m.entity(), k -> new LinkedHashSet<>()).add(m.surface());
        }
        return found;
    }

    /**
     * Tries the title pattern only where a title word starts (with the word before it as a possible prefix): a
     * scan of the whole sentence would try every capitalised word as a prefix.
     */
    private void titledPeople(Tokens tokens, int from, int to, BitSet quoted, BitSet taken, List<EntityMention> found) {
        String text = tokens.text();
        int e = tokens.end(to - 1);
        Matcher m = TITLED_PERSON.matcher(text);
        for (int i = from; i < to; i++) {
            if (!TITLE_STARTS.contains(tokens.folded(i))) {
                continue;
            }
            for (int at = Math.max(from, i - 1); at <= i; at++) {
                m.region(tokens.start(at), e);
                if (m.lookingAt()) {
                    titledPerson(m, text, quoted, taken, found);
                    break;
                }
            }
        }
    }

    private void titledPerson(Matcher m, String text, BitSet quoted, BitSet taken, List<EntityMention> found) {
        int ns = m.start(3);
        int ne = m.end(3);
        String name = m.group(3);
        if (quoted.get(ns) || !taken.get(ns, ne).isEmpty() || anyNotName(name)) {
            return;
        }
        String prefix = m.group(1);
        String country = gazetteer.country(prefix);
        boolean orgPrefix = prefix != null && country == null && isKnownOrg(text, m.start(1), m.end(1));
        boolean adjective = prefix != null && country == null && NATIONALITY_LIKE.matcher(prefix).matches();
        String title = (country != null || orgPrefix || adjective ? prefix + " " : "") + m.group(2);
        KnownEntity person = new KnownEntity(name, EntityKind.PERSON, title, country, Set.of());
        String[] parts = name.split("\\s+");
        local.add(name, person, true);
        local.add(parts[parts.length - 1], person, true);
        found.add(new EntityMention(ns, ne, name, person));
        taken.set(ns, ne);
    }

    private boolean isKnownOrg(String text, int start, int end) {
        Tokens t = Tokens.of(text, start, end);
        return !gazetteer.names().find(t).isEmpty();
    }

    private static boolean anyNotName(String name) {
        for (String w : name.split("\\s+")) {
            if (NOT_NAMES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private void titleOnly(String text, int s, int e, BitSet quoted, BitSet taken, List<EntityMention> found) {
        Matcher m = TITLE_ONLY.matcher(text).region(s, e);
        while (m.find()) {
            if (quoted.get(m.start()) || !taken.get(m.start(), m.end()).isEmpty()) {
                continue;
            }
            String country = null;
            if (m.group(1) != null) {
                country = gazetteer.country(m.group(1));
                if (country == null) {
                    KnownEntity local = byTitleAdjective(m.group(1), m.group(2).toLowerCase(Locale.ROOT));
                    if (local != null) {
                        found.add(new EntityMention(m.start(), m.end(), m.group(), local));
                        taken.set(m.start(), m.end());
                    }
                    continue; // otherwise "the Foreign Office"-like phrases are not a person
                }
            }
            KnownEntity who = resolve(m.group(2).toLowerCase(Locale.ROOT), country, found, m.start());
            if (who != null) {
                found.add(new EntityMention(m.start(), m.end(), m.group(), who));
                taken.set(m.start(), m.end());
            }
        }
    }

    private static final Set<String> LEADER_TITLES = Set.of("president", "prime minister", "premier", "chancellor",
            "king", "queen", "emir", "taoiseach");

    /** "the Kenyan leader" after "Kenyan President William Ruto": a person found by title in this article. */
    private KnownEntity byTitleAdjective(String adjective, String office) {
        for (KnownEntity k : aliasesUsed.keySet()) {
            String title = k.title() == null ? "" : k.title().toLowerCase(Locale.ROOT);
            if (k.kind() != EntityKind.PERSON || !title.startsWith(adjective.toLowerCase(Locale.ROOT) + " ")) {
                continue;
            }
            String rest = title.substring(adjective.length() + 1);
            if (rest.equals(office) || (office.equals("leader") && LEADER_TITLES.contains(rest))) {
                return k;
            }
        }
        return null;
    }

    private void pluralOffices(String text, int s, int e, BitSet quoted, BitSet taken, List<EntityMention> found) {
        Matcher m = PLURAL_OFFICE.matcher(text).region(s, e);
        while (m.find()) {
            if (quoted.get(m.start()) || !taken.get(m.start(), m.end()).isEmpty()) {
                continue;
            }
            String plural = m.group(1).toLowerCase(Locale.ROOT).replace("defense", "defence");
            String office = plural.substring(0, plural.length() - 1);
            for (String place : m.group(2).split(", | and ")) {
                String country = gazetteer.country(place.strip());
                List<KnownEntity> holders = country == null ? List.of() : gazetteer.holders(office, country, anchor);
                if (!holders.isEmpty()) {
                    found.add(new EntityMention(m.start(), m.end(), m.group(), holders.get(0)));
                } else if (country != null) {
                    // an office holder we do not know: the country still takes part through them
                    found.add(new EntityMention(m.start(), m.end(), m.group(), CountryActors.country(country)));
                }
            }
            taken.set(m.start(), m.end());
        }
    }

    /** "Finland's foreign minister", "Denmark's prime minister": the holder of that office in that country. */
    private void possessiveOffices(String text, int s, int e, BitSet quoted, BitSet taken, List<EntityMention> found) {
        int apostrophe = text.indexOf('\'', s);
        int curly = text.indexOf('’', s);
        if ((apostrophe < 0 || apostrophe >= e) && (curly < 0 || curly >= e)) {
            return;
        }
        Matcher m = POSSESSIVE_OFFICE.matcher(text).region(s, e);
        while (m.find()) {
            String country = gazetteer.country(m.group(1));
            if (country == null || quoted.get(m.start()) || !taken.get(m.start(), m.end()).isEmpty()) {
                continue;
            }
            KnownEntity who = resolve(m.group(2).toLowerCase(Locale.ROOT), country, found, m.start());
            if (who != null) {
                found.add(new EntityMention(m.start(), m.end(), m.group(), who));
                taken.set(m.start(), m.end());
            }
        }
    }

    /** The person a title refers to: the latest mentioned holder, else the holder in the most mentioned country. */
    private KnownEntity resolve(String office, String country, List<EntityMention> sameSentence, int before) {
        KnownEntity best = null;
        int bestCount = 0;
        for (Map.Entry<KnownEntity, Set<String>> seen : aliasesUsed.entrySet()) {
            KnownEntity k = seen.getKey();
            int n = mentions.getOrDefault(k, 0);
            if (holds(k, office, country) && n > bestCount) {
                best = k; // the most mentioned holder is the article's protagonist; ties go to the first seen
                bestCount = n;
            }
        }
        if (best == null) {
            for (EntityMention m : sameSentence) {
                if (m.start() < before && holds(m.entity(), office, country)) {
                    return m.entity();
                }
            }
        }
        if (best != null) {
            return best;
        }
        List<KnownEntity> holders = gazetteer.holders(office, country, anchor);
        KnownEntity pick = null;
        int most = country != null ? -1 : 0;
        for (KnownEntity h : holders) {
            int n = countryMentions.getOrDefault(h.country(), 0);
            if (n > most) {
                pick = h;
                most = n;
            }
        }
        return pick;
    }

    private static boolean holds(KnownEntity k, String office, String country) {
        if (k.kind() != EntityKind.PERSON || (country != null && !country.equals(k.country()))) {
            return false;
        }
        if (k.offices().contains(office)) {
            return true;
        }
        String title = k.title() == null ? "" : k.title().toLowerCase(Locale.ROOT);
        return k.offices().isEmpty() && title.contains(office);
    }

    /** Every entity seen, with the words used for it, in order of first mention. */
    Map<KnownEntity, Set<String>> aliasesUsed() {
        return aliasesUsed;
    }
}
