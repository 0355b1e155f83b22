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
import parley.extract.text.Cue;
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
    /** Compiled once: String.split and matches compile their pattern at every call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LIST_SEPARATOR = Pattern.compile(", | and ");
    private static final Pattern TITLE_ONLY = Pattern.compile("\\b(?:[Tt]he|[Aa])\\s+(?:(\\p{Lu}[\\p{L}.]*)\\s+)??"
            + "((?i:vice president|prime minister|president|chancellor|foreign minister|foreign secretary"
            + "|defence secretary|defence minister|secretary of state|leader|premier|taoiseach|emperor|king|queen"
            + "|emir|sultan|crown prince|pope|minister|envoy|ambassador|negotiator|mediator|spokesman|spokeswoman"
            + "|spokesperson|secretary|chair|chairman|chairwoman|chairperson))\\b"
            + "(?!\\s+(?:of\\b|\\p{Lu})|,\\s+(?:Sheikh |Sir |Dr |Mr |Ms |Mrs )?\\p{Lu}\\p{Ll}+ (?:\\p{Ll}+ )?\\p{Lu})");
    /** "the foreign ministers of Turkey and Ukraine": one office holder per country named. */
    /**
     * Role nouns of a country's emissaries with no gazetteer office ("the Saudi and Emirati envoys", "the envoys of
     * Qatar and Egypt"): each country of the list takes part through its unnamed envoy (session 9).
     */
    private static final String ENVOYS = "special envoys|envoys|delegates|negotiators|chief negotiators|counterparts|ministers"
            + "|ambassadors|mediators|national security advisers|national security advisors";
    private static final Pattern PLURAL_OFFICE = Pattern.compile("\\b(?:[Tt]he )?((?i:prime ministers|presidents|leaders"
            + "|foreign ministers|defence ministers|defense ministers|chancellors|" + ENVOYS + ")) of ((?:\\p{Lu}[\\p{L}.]*"
            + "(?: \\p{Lu}[\\p{L}.]*)?(?:, | and )){1,6}\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?)");
    /** "the Saudi and Emirati foreign ministers", "the French, German and Polish leaders": one holder per adjective. */
    private static final Pattern ADJECTIVES_PLURAL_OFFICE = Pattern.compile("\\b(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir) "
            // no article at all (session 14): "Georgian and Armenian envoys signed a transit accord"
            + "|(?<![\\p{L}’'-] ))"
            + "((?:\\p{Lu}\\p{Ll}+(?:, | and )){1,6}\\p{Lu}\\p{Ll}+) ((?i:prime ministers|presidents|leaders"
            + "|foreign ministers|defence ministers|defense ministers|chancellors|" + ENVOYS + "))\\b"
            // "his French and German counterparts, Barrot and Wadephul": the names that follow are the holders
            + "(?!,? \\p{Lu})");
    /** "Finland's foreign minister": an office named through its country. */
    private static final Pattern POSSESSIVE_OFFICE = Pattern.compile("\\b(\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?)['’]s "
            + "((?i:vice president|prime minister|president|chancellor|foreign minister|foreign secretary"
            + "|defence secretary|defence minister|secretary of state|leader|premier))\\b(?!\\s+\\p{Lu}"
            + "|,\\s+(?:Sheikh |Sir |Dr |Mr |Ms |Mrs )?\\p{Lu}\\p{Ll}+ (?:\\p{Ll}+ )?\\p{Lu})");
    /** Kenyan, Finnish, Maltese, Israeli: adjectives of countries the nationalities file may not list. */
    private static final Pattern NATIONALITY_LIKE = Pattern.compile("\\p{Lu}\\p{Ll}+(?:an|ish|ese|i|ic|ch)");
    private static final Set<String> TITLE_WORDS = Set.of("president", "minister", "chancellor", "secretary",
            "ambassador", "envoy", "aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson",
            "negotiator", "general", "admiral", "commander", "king", "queen", "prince", "premier", "mayor", "governor",
            "senator", "chief", "leader", "taoiseach", "emperor", "emir", "sultan", "pope", "chair", "chairman",
            "chairwoman", "chairperson");
    /** First words of the titles in TITLE, as tokens. */
    private static final Set<String> TITLE_STARTS = Set.of("president", "prime", "chancellor", "vice", "vice-president",
            "foreign", "defence", "defense", "secretary", "secretary-general", "minister", "ambassador", "special",
            "envoy", "aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "negotiator",
            "general", "admiral", "commander", "king", "queen", "prince", "premier", "mayor", "governor", "senator",
            "chief", "leader");
    private static final Set<String> PLURAL_WORDS = Set.of("ministers", "presidents", "leaders", "chancellors",
            "envoys", "delegates", "negotiators", "counterparts", "ambassadors", "mediators", "advisers", "advisors");
    private static final Set<String> NOT_NAMES = Set.of("The", "January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "On", "In", "At", "And", "But", "He", "She", "It", "They");

    private final Gazetteer gazetteer;
    private final PhraseMatcher<KnownEntity> local = new PhraseMatcher<>();
    private final Map<KnownEntity, Integer> mentions = new HashMap<>();
    private final Map<String, Integer> countryMentions = new HashMap<>();
    private final Map<KnownEntity, Set<String>> aliasesUsed = new LinkedHashMap<>();
    /** The order in which each entity was last mentioned (a running count of mentions). */
    private final Map<KnownEntity, Integer> lastSeen = new HashMap<>();
    private int mentionCount;
    /** People found by title in this article, by the name they were found under. */
    private final Map<String, KnownEntity> localByName = new HashMap<>();

    private final CountryActors countries;
    /** "Gulf foreign ministers", "army chiefs from the coalition countries": a group with no one named. */
    private final CollectiveSubjects collectives;

    /** The article's publication date, or null: office holders are those in office then. */
    private final java.time.LocalDate anchor;

    EntityFinder(Gazetteer gazetteer) {
        this(gazetteer, null);
    }

    EntityFinder(Gazetteer gazetteer, java.time.LocalDate anchor) {
        this.gazetteer = gazetteer;
        this.anchor = anchor;
        this.countries = new CountryActors(gazetteer);
        this.collectives = new CollectiveSubjects(gazetteer);
    }

    /** Names in tokens [from, to) of one sentence, skipping quoted words; in text order. */
    /** A '+' in a sentence: a format's mark ("Macron + Scholz"), looked up among the article's hits. */
    private static final parley.extract.text.WordSet PLUS = new parley.extract.text.WordSet("+");

    List<EntityMention> sentence(Tokens tokens, int from, int to, BitSet quoted) {
        List<EntityMention> found = new ArrayList<>();
        BitSet taken = new BitSet();
        for (PhraseMatcher<KnownEntity> m : List.of(gazetteer.names(), local)) {
            for (PhraseMatcher.Match<KnownEntity> hit : m.find(tokens, from, to)) {
                if (!quoted.get(hit.start()) && taken.get(hit.start(), hit.end()).isEmpty()
                        && !endOfLongerName(tokens, hit, from)) {
                    found.add(new EntityMention(hit.start(), hit.end(), hit.phrase(), hit.value()));
                    taken.set(hit.start(), hit.end());
                }
            }
        }
        withheldShortNames(tokens, from, to, quoted, taken, found);
        if (!familyHolder.isEmpty()) {
            familyNames(tokens, from, to, quoted, taken, found);
        }
        for (EntityMention n : found) {
            gulfAddress(n.entity());
        }
        String text = tokens.text();
        int s = from < tokens.size() ? tokens.start(from) : text.length();
        int e = to > from ? tokens.end(to - 1) : s;
        sentenceText = text;
        sentenceStart = s;
        sentenceEnd = e;
        // which of the costlier finders below can match: bit tests on the tokens' cues, read once per article
        boolean title = tokens.has(Cues.TITLE, from, to);
        boolean plural = tokens.has(Cues.PLURAL, from, to);
        boolean cue = tokens.has(Cues.TITLED, from, to);
        boolean possessive = false;
        for (int i = tokens.next(Cues.S, from + 1, to); i >= 0 && !possessive; i = tokens.next(Cues.S, i + 1, to)) {
            possessive = tokens.folded(i - 1).equals("'");
        }
        boolean body = tokens.has(Cues.BODY, from, to);
        boolean counterpart = tokens.has(Cues.COUNTERPART, from, to);
        if (cue || possessive) {
            // the title patterns are costly; most sentences name no office at all
            found.sort(Comparator.comparingInt(EntityMention::start));
            titledPeople(tokens, from, to, quoted, taken, found);
        }
        if (body) {
            namedBodies(text, s, e, quoted, taken, found);
        }
        if (title) {
            found.sort(Comparator.comparingInt(EntityMention::start));
            titleOnly(text, s, e, quoted, taken, found);
            modifiedTitleOnly(text, s, e, quoted, taken, found);
            possessiveOffices(text, s, e, quoted, taken, found);
        }
        if (plural) {
            pluralOffices(text, s, e, quoted, taken, found);
        }
        if (introduced == null) {
            articleTokens = tokens;
            introduced = IntroducedOffices.scan(tokens, gazetteer);
            for (IntroducedOffices.Holder h : introduced) {
                KnownEntity person = localByName.computeIfAbsent(h.person().name(), n -> {
                    for (String alias : localAliases(n)) {
                        local.add(alias, h.person(), true);
                    }
                    return h.person();
                });
                heldBy.add(new IntroducedOffices.Holder(h.country(), h.office(), person));
            }
        }
        if (!heldBy.isEmpty() && to > from) {
            introducedOffices(text, s, e, quoted, taken, found);
            introducedPlurals(text, s, e, quoted, taken, found);
        }
        if (counterpart) {
            found.sort(Comparator.comparingInt(EntityMention::start));
            counterparts(text, s, e, quoted, taken, found);
        }
        if (to > from && PLUS.first(text, s, e, tokens) >= 0) {
            formats(text, s, e, quoted, taken, found);
        }
        if (to > from) {
            countryOffices(tokens, text, s, e, quoted, taken, found);
            signatories(tokens, text, s, e, quoted, taken, found);
            untitledPeople(tokens, text, s, e, quoted, taken, found);
            countries.find(tokens, from, to, quoted, taken, found);
            collectives.find(tokens, text, s, e, quoted, taken, found);
            listMates(text, s, e, quoted, taken, found);
        }
        collectives.note(found);
        found.sort(Comparator.comparingInt(EntityMention::start));
        if (to > from) {
            NotActors.drop(text, s, e, found);
        }
        for (EntityMention m : found) {
            lastSeen.put(m.entity(), ++mentionCount);
            mentions.merge(m.entity(), 1, Integer::sum);
            if (m.entity().country() != null && m.entity().kind() == EntityKind.PERSON) {
                countryMentions.merge(m.entity().country(), 1, Integer::sum);
            }
            aliasesUsed.computeIfAbsent(m.entity(), k -> new LinkedHashSet<>()).add(m.surface());
            if (m.entity().kind() == EntityKind.PERSON && m.entity().name().contains(" bin ")) {
                families(m.entity());
            }
            if (m.entity().kind() == EntityKind.PERSON && m.surface().indexOf(' ') > 0) {
                String shortName = ShortNames.of(m.entity().name());
                if (gazetteer.withheldShortName(shortName).contains(m.entity())) {
                    shortNamesSeen.put(shortName, m.entity());
                }
            }
        }
        return found;
    }

    /** Offices the article introduces with their holders ({@link IntroducedOffices}); null before the first sentence. */
    private List<IntroducedOffices.Holder> introduced;
    private final List<IntroducedOffices.Holder> heldBy = new ArrayList<>(2);

    /**
     * "Pakistan's Director General of Military Operations had telephoned his Indian counterpart": an office the
     * article introduces with its holder elsewhere ("India's DGMO is …; his Pakistani counterpart is …"), written
     * through its country in full or by initials, is that holder; "his Indian counterpart" after it is the holder of
     * the same office in India.
     */
    private void introducedOffices(String text, int s, int e, BitSet quoted, BitSet taken, List<EntityMention> found) {
        List<String> lastOffice = null;
        int lastAt = -1;
        for (int i = text.indexOf("s ", s); i >= 0 && i < e; i = text.indexOf("s ", i + 2)) {
            char q = i > s ? text.charAt(i - 1) : ' ';
            if (q != '\'' && q != '’') {
                continue;
            }
            int wordStart = i - 1;
            while (wordStart > s && Character.isLetter(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            String country = gazetteer.country(text.substring(wordStart, i - 1));
            if (country == null) {
                continue;
            }
            List<int[]> words = new ArrayList<>(6);
            int w = i + 2;
            while (words.size() < 6 && w < e && Character.isLetter(text.charAt(w))) {
                int end = w;
                while (end < e && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
                    end++;
                }
                words.add(new int[] {w, end});
                if (end >= e || text.charAt(end) != ' ') {
                    break;
                }
                w = end + 1;
            }
            for (int k = words.size(); k >= 1; k--) {
                int end = words.get(k - 1)[1];
                List<String> office = IntroducedOffices.words(text.substring(i + 2, end));
                IntroducedOffices.Holder h = holderOf(country, office);
                if (h != null) {
                    if (!quoted.get(wordStart) && taken.get(wordStart, end).isEmpty()) {
                        found.add(new EntityMention(wordStart, end, text.substring(wordStart, end), h.person()));
                        taken.set(wordStart, end);
                    }
                    lastOffice = h.office();
                    lastAt = end;
                    break;
                }
            }
        }
        if (lastOffice == null) {
            return;
        }
        Matcher c = IntroducedOffices.counterparts(text, lastAt, e);
        while (c.find()) {
            String country = gazetteer.country(c.group(1));
            IntroducedOffices.Holder h = country == null ? null : holderOf(country, lastOffice);
            if (h != null && !quoted.get(c.start()) && taken.get(c.start(), c.end()).isEmpty()) {
                found.add(new EntityMention(c.start(), c.end(), c.group(), h.person()));
                taken.set(c.start(), c.end());
            }
        }
    }

    /** "his French counterpart" with no name after it; a name set off after it is found as a name. */
    private static final Pattern COUNTERPART = Pattern.compile("\\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts) (\\p{Lu}\\p{L}+) counterpart\\b"
            + "(?!s|,?\\s+\\p{Lu})");
    /** Offices a person found by title may hold, longest first, as gazetteer office keys. */
    private static final List<String> OFFICE_KEYS = List.of("national security adviser", "foreign secretary",
            "foreign minister", "defence secretary", "defence minister", "prime minister", "vice president",
            "president", "chancellor", "premier");

    /**
     * "Lammy spoke to his French counterpart", "Trump met his Chinese counterpart": the holder, in the country
     * named, of the office of the person named last before it (the gazetteer's holder on the article's day).
     */
    private void counterparts(String text, int s, int e, BitSet quoted, BitSet taken, List<EntityMention> found) {
        Matcher m = COUNTERPART.matcher(text).region(s, e);
        while (m.find()) {
            String country = gazetteer.country(m.group(1));
            if (country == null || quoted.get(m.start()) || !taken.get(m.start(), m.end()).isEmpty()) {
                continue;
            }
            KnownEntity subject = lastPersonBefore(found, m.start());
            if (subject != null && country.equals(subject.country())) {
                continue;
            }
            if (subject == null) {
                // "officials of the bloc met their Kenyan counterpart": no office to look up, the side is its country
                found.add(new EntityMention(m.start(), m.end(), m.group(), CountryActors.country(country)));
                taken.set(m.start(), m.end());
                continue;
            }
            KnownEntity holder = holderOfAny(counterpartOffices(subject), country);
            // an office the gazetteer holds no one for in that country: the counterpart's country takes part
            found.add(new EntityMention(m.start(), m.end(), m.group(),
                    holder != null ? holder : CountryActors.country(country)));
            taken.set(m.start(), m.end());
        }
    }

    /** The person named last before {@code at} in the sentence so far, or null. */
    private static KnownEntity lastPersonBefore(List<EntityMention> found, int at) {
        KnownEntity person = null;
        for (EntityMention f : found) {
            if (f.end() <= at && f.entity().kind() == EntityKind.PERSON) {
                person = f.entity();
            }
        }
        return person;
    }

    /** "Chile was represented by its trade minister": the key of the last country text[s, at) names, or null. */
    private String lastCountryNamed(String text, int s, int at) {
        String country = null;
        Matcher m = CAPITALISED.matcher(text).region(s, at);
        while (m.find()) {
            String key = gazetteer.country(m.group().replaceFirst("['’]s$", ""));
            country = key != null ? key : country;
        }
        return country;
    }

    /** The offices a counterpart of {@code subject} holds: the subject's, less "leader" (no one office). */
    private static List<String> counterpartOffices(KnownEntity subject) {
        return officesOf(subject).stream().filter(o -> !o.equals("leader")).toList();
    }

    /** The gazetteer's holder, on the article's day, of the first of these offices anyone holds there; or null. */
    private KnownEntity holderOfAny(List<String> offices, String country) {
        for (String office : offices) {
            List<KnownEntity> held = gazetteer.holders(office, country, anchor);
            if (!held.isEmpty()) {
                return held.get(0);
            }
        }
        return null;
    }

    /** The offices a person holds, as gazetteer office keys: their own, and those their title names. */
    private static List<String> officesOf(KnownEntity person) {
        List<String> offices = new ArrayList<>(person.offices());
        String title = person.title() == null ? "" : person.title().toLowerCase(Locale.ROOT);
        for (String key : OFFICE_KEYS) {
            if (title.contains(key) && !offices.contains(key)) {
                offices.add(key);
            }
        }
        return offices;
    }

    /** "the two DGMOs", "both DGMOs", "the DGMOs of both countries": an office's initials in the plural. */
    private static final Pattern INITIALS_PLURAL = Pattern.compile("\\b(?:[Tt]he\\s+(?:two\\s+)?|[Bb]oth\\s+)"
            + "(\\p{Lu}{2,6})s\\b(?:\\s+of\\s+(?:both|the\\s+two)\\s+countries)?");

    /**
     * "The two DGMOs spoke by hotline" after the article introduced each country's Director General of Military
     * Operations with a name (session 13): the plural of the office's initials is those holders, when two or more.
     */
    private void introducedPlurals(String text, int s, int e, BitSet quoted, BitSet taken, List<EntityMention> found) {
        Matcher m = INITIALS_PLURAL.matcher(text).region(s, e);
        while (m.find()) {
            if (quoted.get(m.start()) || !taken.get(m.start(), m.end()).isEmpty()) {
                continue;
            }
            List<String> office = IntroducedOffices.words(m.group(1));
            List<KnownEntity> holders = new ArrayList<>();
            for (IntroducedOffices.Holder h : heldBy) {
                if (IntroducedOffices.sameOffice(h.office(), office) && !holders.contains(h.person())) {
                    holders.add(h.person());
                }
            }
            if (holders.size() < 2) {
                continue;
            }
            for (KnownEntity k : holders) {
                found.add(new EntityMention(m.start(), m.end(), m.group(), k));
            }
            taken.set(m.start(), m.end());
        }
    }

    private IntroducedOffices.Holder holderOf(String country, List<String> office) {
        for (IntroducedOffices.Holder h : heldBy) {
            if (h.country().equals(country) && IntroducedOffices.sameOffice(h.office(), office)) {
                return h;
            }
        }
        return null;
    }

    /** Common-word short names ("He", "Lee") whose holder the article has named in full, to that holder. */
    private final Map<String, KnownEntity> shortNamesSeen = new HashMap<>();

    /**
     * "Bessent, Greer and He are joined by Lutnick" after "Vice-Premier He Lifeng": a short name too common to be a
     * gazetteer alias ("He" is a pronoun, "Lee" and "Costa" belong to many) names the person the article called by
     * that full name; "He" only inside a sentence after a lower-case word or a comma (at a sentence's start it is
     * the pronoun); never before another capitalised word (part of a longer name: "Costa Rica").
     */
    private void withheldShortNames(Tokens tokens, int from, int to, BitSet quoted, BitSet taken,
            List<EntityMention> found) {
        for (int i = from; i < to; i++) {
            if (!tokens.capitalised(i)) {
                continue;
            }
            String word = tokens.raw(i);
            KnownEntity who = shortNamesSeen.get(word);
            if (who == null && i > from && ADDRESS.contains(tokens.raw(i - 1))) {
                who = addressed(word);
            }
            if (who == null || quoted.get(tokens.start(i)) || taken.get(tokens.start(i))
                    || (i + 1 < to && tokens.capitalised(i + 1))) {
                continue;
            }
            String before = i == from ? "" : tokens.raw(i - 1);
            boolean inside = before.equals(",") || (!before.isEmpty() && Character.isLowerCase(before.charAt(0)));
            if (!inside && NOT_NAMES.contains(word)) {
                continue; // "He said": where a sentence or a clause starts, "He" is the pronoun
            }
            found.add(new EntityMention(tokens.start(i), tokens.end(i), tokens.raw(i), who));
            taken.set(tokens.start(i), tokens.end(i));
        }
    }

    /** Forms of address that make the next capitalised word a family name ("Mr Eide", "Ms Rasmussen"). */
    private static final Set<String> ADDRESS = Set.of("Mr", "Ms", "Mrs", "Mr.", "Ms.", "Mrs.");
    /** Withheld short names that are given names of many ("Mr Hassan" is no one in particular). */
    private static final Set<String> GIVEN_NAMES = Set.of("Hassan", "Hussein", "Mustafa", "Rashid", "Hasan", "Ahmed",
            "Asif", "Dan", "Pavel", "Son", "Gil", "Borg");

    /**
     * "Mr Eide" in an article that never names him in full: a family name too common to stand alone as an alias is
     * safe after a form of address when the gazetteer has one holder of it (session 13).
     */
    private KnownEntity addressed(String word) {
        List<KnownEntity> holders = gazetteer.withheldShortName(word);
        return holders.size() == 1 && !GIVEN_NAMES.contains(word) ? holders.get(0) : null;
    }

    /** The family parts of Gulf names met in this article ("Al Thani", "bin Farhan"), each to its holder. */
    private final PhraseMatcher<String> familyParts = new PhraseMatcher<>();
    /** Each family part, to the person last mentioned who bears it (two Al Thanis: the one spoken of last). */
    private final Map<String, KnownEntity> familyHolder = new HashMap<>();
    /** Words after a family part that make it the family, not one person: "the Al Thani family". */
    private static final Set<String> FAMILY_NOUNS = Set.of("family", "families", "dynasty", "clan", "house", "rulers",
            "ruling", "royals", "tribe");

    /**
     * "Sheikh Tamim bin Hamad Al Thani", then "Al Thani" or "bin Hamad" alone: the multi-word family part of a Gulf
     * name met earlier in the article, told alone, is that person (session 12); article-local, since the same words
     * name others elsewhere.
     */
    private void families(KnownEntity person) {
        String[] words = SPACES.split(person.name());
        for (int b = 1; b + 1 < words.length; b++) {
            if (!words[b].equals("bin") && !words[b].equals("ibn") && !words[b].equals("bint")) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            parts.add(words[b] + " " + words[b + 1]); // "bin Farhan"
            if (b + 2 < words.length && (words[b + 2].equals("Al")
                    || words[b + 2].startsWith("Al-") || words[b + 2].startsWith("al-"))) {
                String family = String.join(" ", java.util.Arrays.copyOfRange(words, b + 2, words.length));
                parts.add(family); // "Al Thani", "Al-Sabah"
                if (family.startsWith("Al ")) {
                    parts.add("al-" + family.substring(3)); // written "al-Thani" too
                    parts.add("Al-" + family.substring(3));
                }
            }
            for (String part : parts) {
                familyParts.add(part, part, true);
                familyHolder.put(part, person);
            }
            return;
        }
    }

    /** "Al Thani", "bin Farhan" alone, once the article has named a person who bears it ({@link #families}). */
    private void familyNames(Tokens tokens, int from, int to, BitSet quoted, BitSet taken, List<EntityMention> found) {
        for (PhraseMatcher.Match<String> hit : familyParts.find(tokens, from, to)) {
            if (quoted.get(hit.start()) || !taken.get(hit.start(), hit.end()).isEmpty()) {
                continue;
            }
            boolean family = hit.first() > from && tokens.folded(hit.first() - 1).equals("the");
            family |= hit.last() + 1 < to && (FAMILY_NOUNS.contains(tokens.folded(hit.last() + 1))
                    || tokens.capitalised(hit.last() + 1)); // "the Al Thani family"; a longer name goes on
            KnownEntity who = familyHolder.get(hit.value());
            if (family || who == null) {
                continue;
            }
            found.add(new EntityMention(hit.start(), hit.end(), tokens.text().substring(hit.start(), hit.end()), who));
            taken.set(hit.start(), hit.end());
        }
    }

    /**
     * "the General Border Committee", "Iran's Supreme National Security Council": capitalised words ending in the
     * noun of a body make an organisation the gazetteer may not know (named as written), which takes part as any
     * organisation does; a body someone is "a member of" is their affiliation, not a party.
     */
    private void namedBodies(String text, int s, int e, BitSet quoted, BitSet taken, List<EntityMention> found) {
        Matcher m = NAMED_BODY.matcher(text).region(s, e);
        while (m.find()) {
            int bs = m.start(1);
            int be = m.end(1);
            if (quoted.get(bs) || !taken.get(bs, be).isEmpty() || MEMBER_OF.matcher(text)
                    .region(Math.max(s, m.start() - 16), m.start()).find()) {
                continue;
            }
            if (inPersonsTitle(text, s, e, bs, be, found)) {
                continue;
            }
            String name = m.group(1);
            KnownEntity body = localByName.computeIfAbsent(name, n -> {
                KnownEntity k = new KnownEntity(n, EntityKind.ORGANISATION, null, null, Set.of());
                local.add(n, k, true);
                return k;
            });
            found.add(new EntityMention(bs, be, name, body));
            taken.set(bs, be);
        }
    }

    /** An office ending in "of (the)" right before a body: "Deputy Chair of the", "Head of the", "Secretary of". */
    private static final Pattern OFFICE_OF = Pattern.compile("(?i)\\b(?:chair|chairman|chairwoman|chairperson|head"
            + "|secretary|secretary-general|president|vice[- ]president|director|director-general|commissioner|governor"
            + "|speaker|leader|chief|member|spokesman|spokeswoman|spokesperson|envoy|representative|minister)"
            + "\\s+of\\s+(?:the\\s+)?$");

    /**
     * "Deputy Chair of the National Planning Council Li Wen", "Ahmad Karimi, Head of the Supreme Defence Commission":
     * a body named inside a person's office is where that person works, not a second party; the person named beside
     * the office takes part (session 10). An office with no one named ("the Head of the Commission held talks")
     * leaves the body to stand for its holder.
     */
    private static boolean inPersonsTitle(String text, int s, int e, int bs, int be, List<EntityMention> found) {
        Matcher office = OFFICE_OF.matcher(text).region(Math.max(s, bs - 40), bs);
        if (!office.find()) {
            return false;
        }
        int after = be;
        while (after < e && (text.charAt(after) == ',' || text.charAt(after) == ' ')) {
            after++;
        }
        int titleStart = office.start();
        for (EntityMention f : found) {
            if (f.entity().kind() != EntityKind.PERSON) {
                continue;
            }
            if (f.start() == after && after > be) {
                return true; // the holder's name right after the office
            }
            if (f.end() < titleStart && NAME_THEN_OFFICE.matcher(text).region(f.end(), titleStart).matches()) {
                return true; // "Li Wen, Deputy Chair of …", "Li Wen, the deputy chair of …"
            }
        }
        return false;
    }

    /** Between a name and the office set off after it: a comma, a determiner and modifiers of the office. */
    private static final Pattern NAME_THEN_OFFICE = Pattern.compile("(?i),\\s+(?:the\\s+|a\\s+)?(?:[\\p{L}-]+\\s+){0,2}");

    /** (A plural possessive may stand in the name: "the Leaders' Council", session 11.) */
    private static final Pattern NAMED_BODY = Pattern.compile("(?:\\b[Tt]he |['’]s )((?:\\p{Lu}[\\p{L}-]+(?<=s)['’]? |\\p{Lu}[\\p{L}-]+ ){1,4}"
            // groupings of states the gazetteer may not know: "Leaders of the Mekong Group met" (session 11)
            + "(?:Committee|Commission|Council|Assembly|Forum|Alliance|Coalition|League|Union|Organi[sz]ation|Board"
            + "|Group|Community|Bloc|Format))\\b");
    private static final Set<String> BODY_NOUNS = Set.of("committee", "commission", "council", "assembly", "forum",
            "alliance", "coalition", "league", "union", "organisation", "organization", "board", "group", "community",
            "bloc", "format");
    private static final Pattern MEMBER_OF = Pattern.compile("(?i)\\bmembers? of\\s*$");

    /**
     * The cue lists ({@link #TITLE_WORDS}, {@link #PLURAL_WORDS}, {@link #BODY_NOUNS}, {@link TitledPeople#cue}) as
     * cues: the article's tokens look their words up once, and a sentence is asked with bit tests instead of a hash
     * look-up per token. Made at first use, after the lists.
     */
    private static final class Cues {
        static final Cue TITLE = Cue.ofTokenWords(TITLE_WORDS);
        static final Cue PLURAL = Cue.ofTokenWords(PLURAL_WORDS);
        static final Cue TITLED = Cue.ofTokenWords(TitledPeople.cueWords());
        static final Cue BODY = Cue.ofTokenWords(BODY_NOUNS);
        static final Cue COUNTERPART = Cue.of("counterpart");
        /** The "s" of a possessive "'s" (a token of its own after the apostrophe's). */
        static final Cue S = Cue.of("s");
    }

    /**
     * "Supreme National Security Council": an organisation's short alias ("Security Council") at the end of a longer
     * run of capitalised words is part of another name.
     */
    private static boolean endOfLongerName(Tokens tokens, PhraseMatcher.Match<KnownEntity> hit, int from) {
        int before = hit.first() - 1;
        if (hit.value().kind() != EntityKind.ORGANISATION || before <= from || hit.phrase().equals(hit.value().name())
                || !tokens.capitalised(before)) {
            return false;
        }
        String word = tokens.raw(before);
        return word.chars().anyMatch(Character::isLowerCase) && !TitledPeople.stopWord(word);
    }

    /**
     * People the gazetteer does not know, found by a role, rank or form of address next to their name
     * ({@link TitledPeople}); each becomes known by full name and short name for the rest of the article.
     */
    private void titledPeople(Tokens tokens, int from, int to, BitSet quoted, BitSet taken, List<EntityMention> found) {
        String text = tokens.text();
        for (TitledPeople.Found f : TitledPeople.find(tokens, from, to, gazetteer)) {
            if (quoted.get(f.start()) || !makeRoom(f, taken, found)) {
                continue;
            }
            KnownEntity person = localByName.get(f.name());
            if (person == null) {
                person = sameNameReversed(f.name());
                if (person != null) {
                    localByName.put(f.name(), person);
                    local.add(f.name(), person, true);
                }
            }
            if (person == null) {
                String title = title(f, text);
                if ("counterpart".equals(f.role())) {
                    title = counterpartOffice(f, title, found); // "her Latvian counterpart Andris Spruds"
                }
                person = new KnownEntity(f.name(), EntityKind.PERSON, title, f.country(), Set.of());
                localByName.put(f.name(), person);
                for (String alias : localAliases(f.name())) {
                    local.add(alias, person, true);
                }
            }
            found.add(new EntityMention(f.start(), f.end(), text.substring(f.start(), f.end()), person));
            taken.set(f.start(), f.end());
        }
    }

    /**
     * "Vietnam's deputy foreign minister", "the Thai army chief", "the Hungarian chargé d'affaires" with no name (session
     * 13): an official the article names only by office and country acts for the country, as "met Kenya's foreign
     * minister" does when the gazetteer knows no holder (GUIDELINES.md names a country when no one is named for it).
     */
    private void countryOffices(Tokens tokens, String text, int s, int e, BitSet quoted, BitSet taken,
                                List<EntityMention> found) {
        if (!CountryOffices.mayName(tokens, text, s, e)) {
            return;
        }
        for (CountryOffices.Office o : CountryOffices.find(text, s, e, gazetteer)) {
            actsFor(text, o.start(), o.end(), o.country(), quoted, taken, found);
        }
        List<int[]> bare = CountryOffices.bare(text, s, e);
        String capitalsCountry = bare.isEmpty() ? null : onlyCapital(text, s, e);
        for (int[] b : capitalsCountry == null ? List.<int[]>of() : bare) {
            // "landed in Hanoi on Monday and met the deputy minister": the official of the capital's country
            actsFor(text, b[0], b[1], capitalsCountry, quoted, taken, found);
        }
        int[] standIn = CountryOffices.standIn(text, s, e);
        if (standIn != null && !quoted.get(standIn[0]) && taken.get(standIn[0], standIn[1]).isEmpty()) {
            // "Mexico's president skipped the forum and sent her economy secretary instead": the sender's country
            found.sort(Comparator.comparingInt(EntityMention::start));
            KnownEntity sender = lastPersonBefore(found, standIn[0]);
            String home = sender != null ? sender.country() : lastCountryNamed(text, s, standIn[0]);
            if (home != null) {
                actsFor(text, standIn[0], standIn[1], home, quoted, taken, found);
            }
        }
        int[] summoner = CountryOffices.summoner(text, s, e);
        if (summoner != null && !quoted.get(summoner[0]) && taken.get(summoner[0], summoner[1]).isEmpty()) {
            // "The deputy foreign minister called in the Hungarian chargé d'affaires": the ministry of the article's
            // own government (a readout's issuer), else of the country it names most, never the envoy's
            Set<String> envoys = countriesIn(text, summoner[1], e, e); // (no title phrase to leave out)
            String home = issuer != null && !envoys.contains(issuer) ? issuer : mostNamedCountry(envoys);
            if (home != null) {
                actsFor(text, summoner[0], summoner[1], home, quoted, taken, found);
            }
        }
    }

    /** The office phrase text[start, end) stands for country {@code key}, unless quoted or already a name. */
    private static void actsFor(String text, int start, int end, String key, BitSet quoted, BitSet taken,
            List<EntityMention> found) {
        if (quoted.get(start) || !taken.get(start, end).isEmpty()) {
            return;
        }
        found.add(new EntityMention(start, end, text.substring(start, end), CountryActors.country(key)));
        taken.set(start, end);
    }

    /** The country of the one capital text[s, e) names, when it names one and no other country; else null. */
    private String onlyCapital(String text, int s, int e) {
        String capital = null;
        Matcher m = CAPITALISED.matcher(text).region(s, e);
        while (m.find()) {
            String words = m.group();
            String key = gazetteer.capital(words);
            if (key == null && words.indexOf(' ') > 0) {
                key = gazetteer.capital(words.substring(0, words.indexOf(' ')));
            }
            String country = gazetteer.country(words.replaceFirst("['’]s$", ""));
            if (country != null || (key != null && capital != null && !capital.equals(key))) {
                return null; // a country named, or two capitals: no one city says whose official it is
            }
            capital = key != null ? key : capital;
        }
        return capital;
    }

    /** The country the article names most (by name or adjective), leaving out {@code except}; null when none. */
    private String mostNamedCountry(Set<String> except) {
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> c : countryWords().entrySet()) {
            if (!except.contains(c.getKey()) && c.getValue() > most) {
                best = c.getKey();
                most = c.getValue();
            }
        }
        return best;
    }

    /** "C5+1", "E3+2", "the 3+3 format": a dialogue format named by letters and numbers, a body of its own. */
    private static final Pattern FORMAT = Pattern.compile("(?<![\\p{L}\\d+])(?:\\p{Lu}{1,3}\\d{0,2}\\+\\d{1,2}"
            + "|\\d\\+\\d{1,2}(?=\\s+format\\b))(?:\\s+format\\b)?(?![\\p{L}\\d+])");

    /**
     * Dialogue formats the gazetteer cannot list, named by their members' count (session 13): "the C5+1 foreign
     * ministers met", "hosted the 3+3 format meeting"; a bare "3+3" needs "format" after it (a score is no body).
     */
    private void formats(String text, int s, int e, BitSet quoted, BitSet taken, List<EntityMention> found) {
        Matcher m = FORMAT.matcher(text).region(s, e);
        while (m.find()) {
            if (quoted.get(m.start()) || !taken.get(m.start(), m.end()).isEmpty()) {
                continue;
            }
            KnownEntity body = localByName.computeIfAbsent(m.group(), n -> {
                KnownEntity k = new KnownEntity(n, EntityKind.ORGANISATION, null, null, Set.of());
                local.add(n, k, true);
                return k;
            });
            found.add(new EntityMention(m.start(), m.end(), m.group(), body));
            taken.set(m.start(), m.end());
        }
    }

    /** Untitled people who sign for a side ({@link Signatories}); of the side's country when it names one. */
    private void signatories(Tokens tokens, String text, int s, int e, BitSet quoted, BitSet taken,
                             List<EntityMention> found) {
        for (Signatories.Signer f : Signatories.find(text, s, e, tokens)) {
            if (quoted.get(f.start()) || !taken.get(f.start(), f.end()).isEmpty()) {
                continue;
            }
            KnownEntity person = localByName.computeIfAbsent(f.name(), n -> {
                String side = f.side().startsWith("the ") ? f.side().substring(4) : f.side();
                String country = gazetteer.country(side);
                KnownEntity k = new KnownEntity(n, EntityKind.PERSON, null,
                        country != null ? country : gazetteer.capital(side), Set.of());
                for (String alias : localAliases(n)) {
                    local.add(alias, k, true);
                }
                return k;
            });
            found.add(new EntityMention(f.start(), f.end(), f.name(), person));
            taken.set(f.start(), f.end());
        }
    }

    /** People named without a title whom the grammar makes actors ({@link UntitledPeople}); known by surname after. */
    private void untitledPeople(Tokens tokens, String text, int s, int e, BitSet quoted, BitSet taken,
            List<EntityMention> found) {
        for (UntitledPeople.Person f : UntitledPeople.find(tokens, text, s, e, taken, gazetteer)) {
            if (quoted.get(f.start())) {
                continue;
            }
            KnownEntity person = localByName.computeIfAbsent(f.name(), n -> {
                KnownEntity k = new KnownEntity(n, EntityKind.PERSON, null, f.country(), Set.of());
                for (String alias : localAliases(n)) {
                    local.add(alias, k, true);
                }
                return k;
            });
            found.add(new EntityMention(f.start(), f.end(), f.name(), person));
            taken.set(f.start(), f.end());
        }
    }

    /** People the gazetteer lacks, listed beside one it knows ({@link ListMates}). */
    private void listMates(String text, int s, int e, BitSet quoted, BitSet taken, List<EntityMention> found) {
        List<int[]> anchors = new ArrayList<>();
        for (EntityMention m : found) {
            if (m.entity().kind() == EntityKind.PERSON) {
                anchors.add(new int[] {m.start(), m.end()});
            }
        }
        if (anchors.isEmpty()) {
            return;
        }
        for (ListMates.Mate mate : ListMates.find(text, s, e, anchors, taken)) {
            if (quoted.get(mate.start())) {
                continue;
            }
            KnownEntity person = localByName.computeIfAbsent(mate.name(), n -> {
                KnownEntity k = new KnownEntity(n, EntityKind.PERSON, null, null, Set.of());
                for (String alias : localAliases(n)) {
                    local.add(alias, k, true);
                }
                return k;
            });
            found.add(new EntityMention(mate.start(), mate.end(), mate.name(), person));
            taken.set(mate.start(), mate.end());
        }
    }

    /**
     * "Sato Keiko" after "Keiko Sato" (or the other way round): a two-word name written family name first in one
     * place and given name first in another is one person, not two (session 10); the gazetteer's person when it knows
     * the other order.
     */
    private KnownEntity sameNameReversed(String name) {
        int space = name.indexOf(' ');
        if (space < 0 || name.indexOf(' ', space + 1) >= 0) {
            return null;
        }
        String reversed = name.substring(space + 1) + " " + name.substring(0, space);
        KnownEntity seen = localByName.get(reversed);
        if (seen != null && seen.kind() == EntityKind.PERSON) {
            return seen;
        }
        for (PhraseMatcher.Match<KnownEntity> hit : gazetteer.names().find(Tokens.of(reversed))) {
            if (hit.start() == 0 && hit.end() == reversed.length() && hit.value().kind() == EntityKind.PERSON
                    && hit.value().name().equals(reversed)) {
                return hit.value();
            }
        }
        return null;
    }

    /**
     * Whether a found name may take its span: free, or holding only a gazetteer short name in its middle ("Ahmed
     * Sharif Chaudhry" is not Shehbaz Sharif) or, after a role, at its start ("the commerce minister, Wang
     * Wentao" is not Wang Yi), which then gives way. Two known names in the run, or one at its end, keep their
     * places and the find is dropped.
     */
    private static boolean makeRoom(TitledPeople.Found f, BitSet taken, List<EntityMention> found) {
        if (taken.get(f.start(), f.end()).isEmpty()) {
            return true;
        }
        List<EntityMention> inside = new ArrayList<>();
        for (EntityMention m : found) {
            if (m.end() <= f.start() || m.start() >= f.end()) {
                continue;
            }
            boolean middle = m.start() > f.start() && m.end() < f.end();
            boolean oneWord = m.surface().indexOf(' ') < 0 && !m.surface().equals(m.entity().name());
            inside.add(m);
            if (!oneWord || !(middle || (f.role() != null && m.start() == f.start() && m.end() < f.end()))) {
                return false;
            }
        }
        if (inside.size() > 1) {
            return false; // two known names in one run: a headline ("Envoy Witkoff Meets Putin"), not one person
        }
        found.removeAll(inside);
        for (EntityMention m : inside) {
            taken.clear(m.start(), m.end());
        }
        return true;
    }

    /** The office in a title: "defence minister" in "Lithuanian defence minister", "Foreign Secretary". */
    private static final Pattern OFFICE_IN_TITLE = Pattern.compile("(?i)\\b((?:(?:deputy|vice|first|prime|foreign|defen[cs]e|interior|home|finance|trade"
            + "|economy|energy|justice|security|special|chief)\\s+){0,2}(?:minister"
            + "|secretary|president|chancellor|premier|envoy|adviser|advisor|negotiator|ambassador))\\b");

    /**
     * "Sakaliene hosted her Latvian counterpart Andris Spruds": a counterpart holds, in his country, the office of
     * the person named last before him ("Latvian defence minister"), so "the two ministers" later finds him too.
     */
    private static String counterpartOffice(TitledPeople.Found f, String title, List<EntityMention> found) {
        KnownEntity subject = lastPersonBefore(found, f.start());
        if (subject == null || subject.title() == null) {
            return title;
        }
        Matcher office = OFFICE_IN_TITLE.matcher(subject.title());
        if (!office.find()) {
            return title;
        }
        String held = office.group(1).toLowerCase(Locale.ROOT);
        return f.prefix() != null && title != null && title.startsWith(f.prefix() + " ") ? f.prefix() + " " + held : held;
    }

    /** "Turkish foreign minister", "Mossad chief", "General": the office as the text gives it. */
    private String title(TitledPeople.Found f, String text) {
        if (f.role() == null) {
            return null;
        }
        String prefix = f.prefix();
        boolean describes = prefix != null && (f.country() != null || gazetteer.country(prefix) != null
                || NATIONALITY_LIKE.matcher(prefix).matches() || !prefix.contains(" "));
        return describes ? prefix + " " + f.role() : f.role();
    }

    /**
     * A known person with a Gulf name ("Mohammed bin Abdulrahman Al Thani") is later called by the given name with a
     * form of address ("Sheikh Mohammed"): in this article, that is the person it named in full (the same words
     * would stand for others in another article, so they are no alias of the gazetteer).
     */
    private void gulfAddress(KnownEntity person) {
        if (person.kind() != parley.domain.EntityKind.PERSON || !person.name().contains(" bin ")
                || localByName.containsKey(person.name())) {
            return;
        }
        localByName.put(person.name(), person);
        String given = person.name().substring(0, person.name().indexOf(' '));
        for (String honorific : List.of("Sheikh", "Prince", "Sayyid", "Sheikha")) {
            local.add(honorific + " " + given, person, true);
        }
    }

    /**
     * The words that later stand for a person found by title: the full name, the short name ("Fidan", "al-Shaibani"
     * and "Shaibani"), and for Gulf names the given name with a form of address ("Sheikh Mohammed") or with the
     * father's name ("Mohammed bin Abdulrahman"), since a dynasty name ("Al Thani") is shared by many.
     */
    private static List<String> localAliases(String name) {
        List<String> out = new ArrayList<>();
        out.add(name);
        String[] words = name.split(" ");
        int bin = -1;
        for (int i = 1; i < words.length - 1; i++) {
            if (words[i].equals("bin") || words[i].equals("ibn") || words[i].equals("bint")) {
                bin = i;
                break;
            }
        }
        if (bin > 0) {
            out.add(String.join(" ", java.util.Arrays.copyOfRange(words, 0, bin + 2)));
            for (String honorific : List.of("Sheikh", "Prince", "Sayyid", "Sheikha")) {
                out.add(honorific + " " + words[0]);
            }
            return out;
        }
        if (words.length == 2) {
            out.add(words[1] + " " + words[0]); // "Keiko Sato" and "Sato Keiko": one person either way (session 10)
        }
        if (words.length > 1) {
            String shortName = ShortNames.of(name);
            out.add(shortName);
            int hyphen = shortName.indexOf('-');
            if (hyphen > 0 && hyphen <= 3 && Character.isLowerCase(shortName.charAt(0))) {
                out.add(shortName.substring(hyphen + 1)); // "al-Shaibani" is also "Shaibani"
            }
        }
        return out;
    }

    private boolean isKnownOrg(String text, int start, int end) {
        Tokens t = Tokens.of(text, start, end);
        return !gazetteer.names().find(t).isEmpty();
    }

    private static boolean anyNotName(String name) {
        for (String w : SPACES.split(name)) {
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
            KnownEntity who = officeHolder(m, country, found);
            if (who != null) {
                found.add(new EntityMention(m.start(), m.end(), m.group(), who));
                taken.set(m.start(), m.end());
            }
        }
    }

    /** The country whose government issued the article (a readout's header), or null ({@link Issuer}). */
    private String issuer;

    void issuer(String country) {
        this.issuer = country;
    }

    /** The offices a readout gives its own leader or minister without a name. */
    private static final Set<String> ISSUER_OFFICES = Set.of("prime minister", "president", "chancellor", "premier",
            "taoiseach", "foreign minister", "foreign secretary");

    /**
     * "the deputy minister", "the special envoy", "the chief negotiator": an office with a word before its head and no
     * country or name after it (session 14).
     */
    private static final Pattern MODIFIED_TITLE = Pattern.compile("\\b[Tt]he\\s+((?:(?:deputy|vice|acting|special"
            + "|chief|senior|assistant|permanent|principal|lead|foreign|defen[cs]e|interior|finance|trade|economy"
            + "|energy|health|justice|transport|agriculture|culture|environment|education|labour|tourism|mines"
            + "|fisheries|industry|security|presidential|peace|climate|humanitarian|european|affairs)\\s+){1,3}"
            + "(?:minister|envoy|ambassador|negotiator|mediator|secretary|adviser|advisor|commissioner|representative"
            + "|spokesman|spokeswoman|spokesperson))\\b(?!\\s+(?:of|for|to)\\b|\\s+\\p{Lu}|,\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu})");

    /**
     * "the deputy minister met …" after "Deputy Foreign Minister X arrived …": a role-only mention is the one person
     * the article has named with an office holding all its words, when exactly one was named (two deputy ministers
     * leave it to the country rules); a person the sentence names elsewhere is not it.
     */
    private void modifiedTitleOnly(String text, int s, int e, BitSet quoted, BitSet taken, List<EntityMention> found) {
        Matcher m = MODIFIED_TITLE.matcher(text).region(s, e);
        while (m.find()) {
            if (quoted.get(m.start()) || !taken.get(m.start(), m.end()).isEmpty()) {
                continue;
            }
            List<String> words = List.of(SPACES.split(m.group(1).toLowerCase(Locale.ROOT)));
            KnownEntity only = null;
            int count = 0;
            for (KnownEntity k : aliasesUsed.keySet()) {
                String title = k.title() == null ? "" : k.title().toLowerCase(Locale.ROOT);
                if (k.kind() == EntityKind.PERSON && List.of(SPACES.split(title.replace('-', ' '))).containsAll(words)
                        && found.stream().noneMatch(f -> f.entity().equals(k))) {
                    only = k;
                    count++;
                }
            }
            if (count == 1) {
                found.add(new EntityMention(m.start(), m.end(), m.group(), only));
                taken.set(m.start(), m.end());
            }
        }
    }

    /** Titles that name no one office: "the minister" is whichever minister the story spoke of last. */
    private static final Set<String> BARE_TITLES = Set.of("minister", "envoy", "ambassador", "negotiator", "mediator",
            "spokesman", "spokeswoman", "spokesperson", "chair", "chairman", "chairwoman", "chairperson");

    /** The person mentioned last whose office or title holds the word ("foreign minister" for "the minister"). */
    private static final Pattern MINISTERIAL_SECRETARY = Pattern.compile("\\b(?:foreign|defence|defense|home|interior"
            + "|treasury|health|trade|energy|business|culture|transport|environment|justice|education|commerce"
            + "|cabinet) secretary\\b|\\bsecretary of state\\b");

    private KnownEntity latestWithTitle(String word, String country) {
        KnownEntity best = null;
        int bestAt = -1;
        for (Map.Entry<KnownEntity, Integer> seen : lastSeen.entrySet()) {
            KnownEntity k = seen.getKey();
            if (k.kind() != EntityKind.PERSON || (country != null && !country.equals(k.country()))
                    || seen.getValue() <= bestAt) {
                continue;
            }
            String title = k.title() == null ? "" : k.title().toLowerCase(Locale.ROOT);
            boolean titled = title.contains(word);
            for (String o : k.offices()) {
                titled |= o.contains(word);
            }
            // "the Minister" after "Foreign Secretary Jane Doe": a secretary of a government department is a minister
            // (session 10); not a press or party secretary
            titled |= word.equals("minister") && MINISTERIAL_SECRETARY.matcher(title).find();
            if (titled) {
                best = k;
                bestAt = seen.getValue();
            }
        }
        return best;
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
            holdersOf(m, m.group(1), m.group(2), true, quoted, taken, found);
        }
        Matcher a = ADJECTIVES_PLURAL_OFFICE.matcher(text).region(s, e);
        while (a.find()) {
            holdersOf(a, a.group(2), a.group(1), false, quoted, taken, found);
        }
        Matcher one = ONE_SIDES_COUNTERPARTS.matcher(text).region(s, e);
        while (one.find()) {
            String country = gazetteer.country(one.group(1));
            if (country != null && !quoted.get(one.start()) && taken.get(one.start(), one.end()).isEmpty()) {
                found.add(new EntityMention(one.start(), one.end(), one.group(), CountryActors.country(country)));
                taken.set(one.start(), one.end());
            }
        }
    }

    /**
     * "officials of the Quad met their Brazilian counterparts", "the ministers and their Kenyan counterparts": the
     * other side, unnamed, is its country (session 10); names set off after it stay the holders.
     */
    private static final Pattern ONE_SIDES_COUNTERPARTS = Pattern.compile("\\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts) "
            + "(\\p{Lu}\\p{Ll}+) (?:counterparts|envoys|negotiators|delegates|ambassadors)\\b"
            + "(?!,? \\p{Lu})");

    /**
     * One office holder (or, unknown, the country) for each country of a plural office's list; the phrase is taken
     * when it named a country, or always ({@code takeAlways}: "the leaders of …" is an office phrase whatever follows).
     */
    private void holdersOf(Matcher m, String pluralOffice, String places, boolean takeAlways, BitSet quoted,
                           BitSet taken, List<EntityMention> found) {
        if (quoted.get(m.start()) || !taken.get(m.start(), m.end()).isEmpty()) {
            return;
        }
        String plural = pluralOffice.toLowerCase(Locale.ROOT).replace("defense", "defence");
        List<String> offices = List.of(plural.substring(0, plural.length() - 1));
        if (plural.equals("counterparts")) {
            // "Eide hosted his Danish and Finnish counterparts": in each country, the holder of Eide's office
            KnownEntity subject = lastPersonBefore(found, m.start());
            offices = subject == null ? List.of() : counterpartOffices(subject);
        }
        List<EntityMention> holders = new ArrayList<>();
        for (String place : LIST_SEPARATOR.split(places)) {
            String country = gazetteer.country(place.strip());
            if (country == null) {
                continue;
            }
            KnownEntity held = holderOfAny(offices, country);
            // an office holder we do not know: the country still takes part through them
            holders.add(new EntityMention(m.start(), m.end(), m.group(),
                    held == null ? CountryActors.country(country) : held));
        }
        found.addAll(holders);
        if (takeAlways || !holders.isEmpty()) {
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
            KnownEntity who = officeHolder(m, country, found);
            if (who == null) {
                // "met Kenya's foreign minister" with no holder known: the minister's country takes part (session 10)
                who = CountryActors.country(country);
            }
            found.add(new EntityMention(m.start(), m.end(), m.group(), who));
            taken.set(m.start(), m.end());
        }
    }

    /**
     * The person an office phrase names (group 2 of {@code m} is the office): for a bare title ("the minister", "the
     * envoy") the person with such a title mentioned last, never for "a minister"; else {@link #resolve}.
     */
    private KnownEntity officeHolder(Matcher m, String country, List<EntityMention> found) {
        String office = m.group(2).toLowerCase(Locale.ROOT);
        if (issuer != null && country == null && m.groupCount() >= 2 && m.group(1) == null
                && Character.isUpperCase(m.group(2).charAt(0)) && ISSUER_OFFICES.contains(office)
                && Character.toLowerCase(m.group().charAt(0)) == 't') {
            // "The Prime Minister" in a readout of the Prime Minister's Office of Japan: its own head of government,
            // not the other prime minister the readout names
            List<KnownEntity> own = gazetteer.holders(office, issuer, anchor);
            if (!own.isEmpty()) {
                return own.get(0);
            }
        }
        if (office.equals("secretary")) {
            // "the Secretary met with …" in a foreign ministry's readout: the head of the issuing ministry (session 9)
            if (issuer == null || country != null || !Character.isUpperCase(m.group(2).charAt(0))
                    || Character.toLowerCase(m.group().charAt(0)) != 't') {
                return null;
            }
            for (String head : new String[] {"secretary of state", "foreign secretary", "foreign minister"}) {
                List<KnownEntity> own = gazetteer.holders(head, issuer, anchor);
                if (!own.isEmpty()) {
                    return own.get(0);
                }
            }
            return null;
        }
        if (BARE_TITLES.contains(office)) {
            return Character.toLowerCase(m.group().charAt(0)) == 't' ? latestWithTitle(office, country) : null;
        }
        return resolve(office, country, found, m.start());
    }

    /** The sentence being read, [start, end) of the text: where "the president" looks for the country it is about. */
    private int sentenceStart;
    private int sentenceEnd;
    private String sentenceText;

    /**
     * "the president" when the article has named two presidents (session 12): not one the sentence names elsewhere
     * ("the president met Ruto" is not Ruto), else the one whose country the sentence names (by name, adjective or
     * capital: "the president flew home to Buenos Aires"), else the one whose country its paragraph names, else the
     * most mentioned of the others; null when the article has named fewer than two.
     */
    private KnownEntity oneOfSeveral(String office, String country, List<EntityMention> sameSentence, int at) {
        List<KnownEntity> candidates = new ArrayList<>();
        for (KnownEntity k : aliasesUsed.keySet()) {
            if (holds(k, office, country)) {
                candidates.add(k);
            }
        }
        if (candidates.size() < 2 || sentenceText == null) {
            return null;
        }
        candidates.removeIf(k -> sameSentence.stream().anyMatch(m -> m.entity().equals(k) && m.start() != at));
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        int paragraph = Math.max(sentenceText.lastIndexOf("\n\n", sentenceStart), 0);
        for (int[] span : new int[][] {{sentenceStart, sentenceEnd}, {paragraph, sentenceEnd}}) {
            Set<String> named = countriesIn(sentenceText, span[0], span[1], at);
            List<KnownEntity> of = candidates.stream().filter(k -> named.contains(k.country())).toList();
            if (of.size() == 1) {
                return of.get(0);
            }
        }
        KnownEntity most = null;
        for (KnownEntity k : candidates) {
            // as resolve does: the most mentioned holder, ties to the first seen; never one the sentence names apart
            if (most == null || mentions.getOrDefault(k, 0) > mentions.getOrDefault(most, 0)) {
                most = k;
            }
        }
        return most;
    }

    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}’'-]+(?: \\p{Lu}[\\p{L}’'-]+)?");

    /** Countries a stretch of text names, by name, adjective or capital, leaving out the title phrase at {@code at}. */
    private Set<String> countriesIn(String text, int from, int to, int at) {
        Set<String> out = new java.util.HashSet<>();
        Matcher m = CAPITALISED.matcher(text).region(from, to);
        while (m.find()) {
            if (m.start() >= at && m.start() < at + 40) {
                continue; // "the Kenyan president" names its own country: no clue to which one
            }
            String two = m.group();
            String key = gazetteer.country(two) != null ? gazetteer.country(two) : gazetteer.capital(two);
            int space = two.indexOf(' ');
            if (key == null && space > 0) {
                String one = two.substring(0, space).replaceFirst("['’]s$", "");
                key = gazetteer.country(one) != null ? gazetteer.country(one) : gazetteer.capital(one);
            }
            if (key != null) {
                out.add(key);
            }
        }
        return out;
    }

    /** The person a title refers to: the latest mentioned holder, else the holder in the most mentioned country. */
    private KnownEntity resolve(String office, String country, List<EntityMention> sameSentence, int before) {
        KnownEntity one = oneOfSeveral(office, country, sameSentence, before);
        if (one != null) {
            return one;
        }
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
        if (pick == null && country == null) {
            // "The Prime Minister spoke to …" in a readout headed "UNITED KINGDOM | PRIME MINISTER'S OFFICE": no
            // person of the country named yet, the holder in the country the article names most
            Map<String, Integer> named = countryWords();
            for (KnownEntity h : holders) {
                int n = named.getOrDefault(h.country(), 0);
                if (n > most) {
                    pick = h;
                    most = n;
                }
            }
        }
        return pick;
    }

    /** The whole article's tokens (set at the first sentence), for counts over the article. */
    private Tokens articleTokens;
    private Map<String, Integer> countryWords;

    /** How often the article names each country by a name or adjective ("United Kingdom", "British"). */
    private Map<String, Integer> countryWords() {
        if (countryWords == null) {
            countryWords = new HashMap<>();
            Tokens t = articleTokens;
            for (int i = 0; t != null && i < t.size(); i++) {
                if (!t.capitalised(i)) {
                    continue;
                }
                String two = i + 1 < t.size() && t.capitalised(i + 1) ? gazetteer.country(t.raw(i) + " " + t.raw(i + 1))
                        : null;
                String key = two != null ? two : gazetteer.country(t.raw(i));
                if (key != null) {
                    countryWords.merge(key, 1, Integer::sum);
                    i += two != null ? 1 : 0;
                }
            }
        }
        return countryWords;
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
