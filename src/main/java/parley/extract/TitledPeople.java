package parley.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import parley.extract.text.Alternation;
import parley.extract.text.Cue;
import parley.extract.text.Tokens;

/**
 * People the gazetteer does not know, found by the role phrase next to their name (CAMEO-style actor coding: a
 * country or organisation, a role noun, a name). The forms, each a pattern of news writing rather than of one text:
 * <ul>
 * <li>role before the name: "Omani foreign minister Badr Albusaidi", "Mossad chief David Barnea", with an
 * apposition comma ("Iran's foreign minister, Abbas Araqchi,"), a rank or form of address between ("army chief
 * General Asim Munir", "Emir Sheikh Tamim"), or a destination ("the US ambassador to Malaysia, Edgar Kagan");</li>
 * <li>name before the role: "Li Chenggang, China's chief trade negotiator,", "X, who was then Thailand's acting
 * prime minister";</li>
 * <li>a plural role before coordinated names: "Prime Ministers Narendra Modi and Shehbaz Sharif";</li>
 * <li>a rank or form of address alone: "Lieutenant General Rajiv Ghai", "Ms Sakie Yokota";</li>
 * <li>a country's name: "Serbia's Aleksandar Vučić", "Syria's al-Sharaa".</li>
 * </ul>
 * The words are data ({@code titles.tsv}); this class only knows how they combine.
 */
final class TitledPeople {
    /** A person found: the name span in the text, the name without forms of address, role and country. */
    record Found(int start, int end, String name, String role, String prefix, String country) {
    }

    private static final Words WORDS = Words.load();

    /** One word of a name: capitalised, possibly hyphenated ("Jean-Noël", "Al-Sabah"), never a possessive. */
    static final String W = "\\p{Lu}\\p{L}*(?:['’](?!s\\b)\\p{L}+)?(?:-\\p{L}+)*";
    /** "al-Sharaa", "el-Sisi": a lower-case article joined to the family name. */
    private static final String AL = "(?:al|el|ad|as|ash|at|az)-\\p{Lu}\\p{L}+";
    /**
     * Lower-case words inside a name: "Mohammed bin Salman", "Ursula von der Leyen", "Paulo Ramos do Vale", "Ana
     * Costa e Silva", "José Ortega y Gasset" (do, e, y: session 15). One list for every reader of names.
     */
    static final Set<String> PARTICLE_WORDS = Set.of("bin", "bint", "binti", "ibn", "al", "el", "de", "da", "do",
            "dos", "das", "della", "van", "von", "der", "den", "du", "di", "del", "la", "le", "ter", "e", "y");
    /** {@link #PARTICLE_WORDS} as a regular expression, longest first. */
    static final String PARTICLE = "(?:" + String.join("|", PARTICLE_WORDS.stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(w -> w)).toList()) + ")";
    private static final String NAME_WORD = "(?:" + W + "|" + AL + ")";
    private static final String NAME = NAME_WORD + "(?:[ \\u00a0]+(?:" + PARTICLE + "[ \\u00a0]+){0,2}" + NAME_WORD
            + "){0,5}";
    private static final String SP = "[ \\u00a0]+";
    private static final Pattern ROYAL = Pattern.compile("King|Queen|Emir|Sultan|Emperor|Empress|Pope|Crown Prince"
            + "|Prince|Princess");
    /** A regnal number after a name: "Abdullah II", "Charles III". */
    private static final Pattern ROMAN = Pattern.compile("(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV)");

    /** Nouns that end the name of a body an office belongs to ("… of the Standing Committee"). */
    static final String BODY = "(?:Council|Commission|Committee|Board|Assembly|Bureau|Authority|Agency|Secretariat"
            + "|Directorate|Presidium|Politburo|Parliament|Senate|Congress|Forum|League|Union|Party|Front|Court)";

    private static final Pattern ROLE_FIRST;
    private static final Pattern NAME_FIRST;
    private static final Pattern PLURAL;
    private static final Pattern ADDRESSED;
    private static final Pattern AFTER_S;
    /** Compiled once: String.split and matches compile their pattern at every call. */
    private static final Pattern FINAL_DOT = Pattern.compile("\\.$");
    private static final Pattern LEADING_COMMA = Pattern.compile("^,?[ \\u00a0]+");
    private static final Pattern LIST_SEPARATOR = Pattern.compile(",?[ \\u00a0]+and[ \\u00a0]+|,[ \\u00a0]+");
    private static final Pattern SPACES = Pattern.compile("[ \\u00a0]+");
    private static final Pattern POSSESSIVE_S = Pattern.compile("['’]s$");
    private static final Set<String> PARTICLES = PARTICLE_WORDS;

    static {
        String mod = "(?:" + alternation(WORDS.modifiers, true) + ")";
        String head = "(?:" + alternation(WORDS.heads, true) + ")";
        String heads = "(?:" + alternation(WORDS.plurals, true) + ")";
        // "Minister of Transport", "minister for European affairs", "Minister of Health and Social Affairs": the
        // portfolio after the head, in the modifiers' words (session 14); not a body's name ("Chair of the National
        // Planning Council Li Wen")
        String portfolio = "(?:" + SP + "(?:of|for)" + SP + "(?:the" + SP + ")?" + mod + "(?:" + SP + "(?:and" + SP
                + ")?" + mod + "){0,3}(?![\\p{L}-])(?!(?:" + SP + "\\p{Lu}[\\p{L}-]*)*" + SP + BODY + "))";
        String role = "(?i:(?:" + mod + "[ -]+){0,3}" + head + portfolio + "?)";
        String address = "(?:(?:" + alternation(WORDS.ranks, false) + "|" + alternation(WORDS.honorifics, false)
                + ")\\.?" + SP
                + ")";
        // "the US ambassador to Malaysia, X"; also a body in lower case before the comma: "the chair of the regional
        // forum, Sato Keiko" (session 10)
        String destination = "(?:" + SP + "(?:to|of|for|in)" + SP + "(?:the" + SP + ")?\\p{Lu}[\\p{L}.]*(?:" + SP
                + "\\p{Lu}[\\p{L}.]*){0,2}|" + SP + "of" + SP + "the" + SP + "(?:\\p{Ll}[\\p{L}-]*" + SP
                + "){0,2}\\p{Ll}[\\p{L}-]*)";
        // "Deputy Chair of the National Planning Council Li Wen": a body named in the title ends at its noun, so the
        // name may follow without a comma (a place or country there needs the comma: "ambassador to Malaysia, X")
        String body = "(?:" + SP + "of" + SP + "(?:the" + SP + ")?(?:\\p{Lu}[\\p{L}-]*" + SP + "){0,4}" + BODY + ")";
        ROLE_FIRST = Pattern.compile("\\b(?<role>" + role + ")\\b(?:(?<dest>" + destination + ")?(?<comma>,)|"
                + body + "(?!" + SP + "of\\b),?)?" + SP + "(?<addr>" + address + "*)(?<name>" + NAME + ")");
        NAME_FIRST = Pattern.compile("(?<name>" + NAME + "),(?:" + SP + "who" + SP + "(?:is|was)(?:" + SP
                + "(?:then|now|also))?)?" + SP + "(?:(?i:the|a|an|his|her|their|its)" + SP + ")?(?:(?<pre>\\p{Lu}[\\p{L}.]*"
                + "(?:" + SP + "\\p{Lu}[\\p{L}.]*)?(?:['’]s)?)" + SP + ")?(?<role>" + role + ")\\b(?!-|" + SP
                + "\\p{Lu})");
        PLURAL = Pattern.compile("\\b(?<role>(?i:(?:" + mod + "[ -]+){0,3}" + heads + "))" + SP + "(?<list>" + NAME
                + "(?:(?:," + SP + "|,?" + SP + "and" + SP + ")" + NAME + "){1,6})");
        ADDRESSED = Pattern.compile("(?<![\\p{L}-])(?<addr>" + address + "+)(?<name>" + NAME + ")");
        AFTER_S = Pattern.compile(SP + "(?<name>" + NAME + ")");
    }

    private TitledPeople() {
    }

    /** Whether the folded word may start a role, a rank or a form of address: the cheap test before the patterns. */
    static boolean cue(String folded) {
        return WORDS.cues.contains(folded);
    }

    /** Every folded word {@link #cue} accepts. */
    static Set<String> cueWords() {
        return java.util.Collections.unmodifiableSet(WORDS.cues);
    }

    /** A word a name never holds and stops before: "The", "On", months, weekdays. */
    static boolean stopWord(String word) {
        return WORDS.notNames.contains(word);
    }

    /**
     * People in tokens [from, to) of one sentence, in text order; overlapping finds are left for the caller to
     * choose. The patterns are only tried where the words they start with are (a role word, a form of address, a
     * comma before a role, a country's "'s"): most sentences have few such places.
     */
    static List<Found> find(Tokens tokens, int from, int to, Gazetteer gazetteer) {
        List<Found> out = new ArrayList<>();
        String text = tokens.text();
        int s = tokens.start(from);
        int e = tokens.end(to - 1);
        // made when first needed: a matcher of these large patterns costs more to set up than most sentences use them
        Matcher roleFirst = null;
        Matcher plural = null;
        Matcher addressed = null;
        int roleDone = -1;
        int pluralDone = -1;
        int addressDone = -1;
        // a PLURAL match ends in a plural head: where the sentence has none at or after a token, the pattern is not
        // tried there
        int lastPlural = -1;
        // a token's four flags (bit tests of the article's cues) answer the questions the loop below asks of it and of
        // the words after it
        int[] flags = new int[to - from];
        for (int i = from; i < to; i++) {
            flags[i - from] = (tokens.is(WORDS.roleStart, i) ? Words.ROLE_START : 0)
                    | (tokens.is(WORDS.addressStart, i) ? Words.ADDRESS_START : 0)
                    | (tokens.is(WORDS.headEnd, i) ? Words.HEAD_END : 0)
                    | (tokens.is(WORDS.pluralEnd, i) ? Words.PLURAL_END : 0);
            if ((flags[i - from] & Words.PLURAL_END) != 0) {
                lastPlural = i;
            }
        }
        for (int i = from; i < to; i++) {
            String w = tokens.folded(i);
            int at = tokens.start(i);
            // a role ends in its head noun within a few words: checked on tokens before the costlier pattern
            boolean role = (flags[i - from] & Words.ROLE_START) != 0 && roleSoonAfter(flags, i - 1 - from);
            if (role && at >= roleDone
                    && (roleFirst = roleFirst != null ? roleFirst : ROLE_FIRST.matcher(text)).region(at, e).lookingAt()) {
                roleDone = roleFirst.end();
                roleFirst(roleFirst, text, s, gazetteer, out);
            }
            if (role && i <= lastPlural && at >= pluralDone
                    && (plural = plural != null ? plural : PLURAL.matcher(text)).region(at, e).lookingAt()) {
                pluralDone = plural.end();
                plural(plural, text, s, gazetteer, out);
            }
            if ((flags[i - from] & Words.ADDRESS_START) != 0 && tokens.capitalised(i) && at >= addressDone
                    && (addressed = addressed != null ? addressed : ADDRESSED.matcher(text)).region(at, e).lookingAt()) {
                addressDone = addressed.end();
                addressed(addressed, text, s, gazetteer, out);
            }
            if (w.equals(",") && i > from && tokens.capitalised(i - 1) && roleSoonAfter(flags, i - from)) {
                nameFirst(tokens, from, i, e, gazetteer, out);
            }
            if (w.equals("'") && i > from && i + 2 < to && tokens.folded(i + 1).equals("s")
                    && tokens.capitalised(i - 1)) {
                countrys(tokens, from, i, e, gazetteer, out);
            }
        }
        out.sort(Comparator.comparingInt(Found::start));
        return out;
    }

    private static void roleFirst(Matcher m, String text, int s, Gazetteer gazetteer, List<Found> out) {
        String role = m.group("role");
        boolean addressed = !m.group("addr").isEmpty();
        boolean comma = m.group("comma") != null;
        // a royal title or a form of address may stand before one name ("King Abdullah II", "Mr Fidan")
        boolean royal = ROYAL.matcher(role).matches();
        String name = cleanName(m.group("name"), addressed || royal ? 1 : 2);
        if (name == null) {
            return;
        }
        int ns = m.start("name") + m.group("name").indexOf(name);
        String[] pre = prefix(text, s, m.start("role"), gazetteer);
        if (comma && !addressed && pre[1] == null && !possessive(text, s, m.start("role"))
                && !startsRoleClause(text, s, m.start("role"))) {
            // "…, said the minister, Paris…": an apposition needs a subject-like start (a country, "the", a
            // possessive) before the role
            return;
        }
        out.add(new Found(ns, ns + name.length(), name, role.toLowerCase(Locale.ROOT), pre[0], pre[1]));
    }

    private static void plural(Matcher m, String text, int s, Gazetteer gazetteer, List<Found> out) {
        String role = singular(m.group("role").toLowerCase(Locale.ROOT));
        String[] pre = prefix(text, s, m.start("role"), gazetteer);
        int at = m.start("list");
        for (String item : LIST_SEPARATOR.split(m.group("list"))) {
            int is = text.indexOf(item, at);
            at = is + item.length();
            String name = cleanName(item, 2);
            if (name != null && item.startsWith(name)) {
                out.add(new Found(is, is + name.length(), name, role, pre[0], pre[1]));
            }
        }
    }

    private static void addressed(Matcher m, String text, int s, Gazetteer gazetteer, List<Found> out) {
        String name = cleanName(m.group("name"), 1);
        if (name != null && m.group("name").startsWith(name)) {
            String addr = FINAL_DOT.matcher(m.group("addr").strip()).replaceAll("");
            boolean rank = WORDS.ranks.stream().anyMatch(addr::startsWith);
            int ns = m.start("name");
            String[] pre = prefix(text, s, m.start(), gazetteer);
            out.add(new Found(ns, ns + name.length(), name, rank ? addr.toLowerCase(Locale.ROOT) : null, pre[0],
                    pre[1]));
        }
    }

    /** A role's head noun within a few words after the sentence's token {@code at} (an index into its flags). */
    private static boolean roleSoonAfter(int[] flags, int at) {
        for (int k = at + 1; k < Math.min(flags.length, at + 9); k++) {
            if ((flags[k] & Words.HEAD_END) != 0) {
                return true;
            }
        }
        return false;
    }

    /** The name before a comma, with its role after: "Howard Lutnick, the US commerce secretary, said". */
    private static void nameFirst(Tokens tokens, int from, int comma, int e, Gazetteer gazetteer, List<Found> out) {
        int r = runStart(tokens, from, comma);
        Matcher m = NAME_FIRST.matcher(tokens.text()).region(tokens.start(r), e);
        if (!m.lookingAt() || m.end("name") != tokens.start(comma)) {
            return;
        }
        String text = tokens.text();
        String name = tail(m.group("name"));
        int ns = m.end("name") - (name == null ? 0 : name.length());
        if (name == null || placeBefore(text, tokens.start(from), ns) || nameFollows(text, m.end(), e)) {
            return; // "in Kuala Lumpur, the prime minister": a place; "…, the minister, Anwar": his role
        }
        String pre = m.group("pre");
        String bare = pre == null ? null : POSSESSIVE_S.matcher(pre).replaceAll("");
        out.add(new Found(ns, m.end("name"), name, m.group("role").toLowerCase(Locale.ROOT), bare,
                bare == null ? null : gazetteer.country(bare)));
    }

    /** "Serbia's Aleksandar Vučić", "Syria's al-Sharaa": a person named through their country. */
    private static void countrys(Tokens tokens, int from, int apostrophe, int e, Gazetteer gazetteer, List<Found> out) {
        // the longest country name that ends at the apostrophe: "Papua New Guinea's …" (not Guinea), "South Korea's …"
        String pre = null;
        String country = null;
        for (int words = 3; words >= 1 && country == null; words--) {
            int first = apostrophe - words;
            if (first < from || (words > 1 && !tokens.capitalised(first))) {
                continue;
            }
            StringBuilder sb = new StringBuilder(tokens.raw(first));
            for (int k = first + 1; k < apostrophe; k++) {
                sb.append(' ').append(tokens.raw(k));
            }
            pre = sb.toString();
            country = gazetteer.country(pre);
        }
        if (country == null) {
            return;
        }
        String text = tokens.text();
        Matcher m = AFTER_S.matcher(text).region(tokens.end(apostrophe + 1), e);
        if (!m.lookingAt()) {
            return;
        }
        String raw = m.group("name");
        String name = cleanName(raw, raw.contains("-") && Character.isLowerCase(raw.charAt(0)) ? 1 : 2);
        if (name != null && raw.equals(name) && !followedByNoun(text, m.end("name"), e)) {
            out.add(new Found(m.start("name"), m.end("name"), name, null, pre, country));
        }
    }

    /** The first token of the run of name words that ends right before token {@code end}. */
    private static int runStart(Tokens tokens, int from, int end) {
        int r = end;
        while (r - 1 >= from) {
            int k = r - 1;
            String raw = tokens.raw(k);
            boolean word = Character.isLetter(raw.charAt(0)) && (tokens.capitalised(k) || PARTICLES.contains(raw));
            boolean joiner = (raw.equals("-") || raw.equals("'") || raw.equals("’")) && k - 1 >= from
                    && tokens.end(k - 1) == tokens.start(k);
            if (!word && !joiner) {
                break;
            }
            r = k;
        }
        return r;
    }

    /** The name that ends a run of capitalised words ("Prime Minister Shehbaz Sharif" → "Shehbaz Sharif"). */
    private static String tail(String raw) {
        String[] words = SPACES.split(raw);
        int from = words.length;
        while (from > 0 && cleanName(words[from - 1], 1) != null && !WORDS.cues.contains(
                words[from - 1].toLowerCase(Locale.ROOT))) {
            from--;
        }
        while (from < words.length && PARTICLES.contains(words[from])) {
            from++;
        }
        return from < words.length ? cleanName(String.join(" ", java.util.Arrays.copyOfRange(words, from,
                words.length)), 2) : null;
    }

    /** "in Geneva, …", "at Lancaster House, …": the capitalised words are a place. */
    private static boolean placeBefore(String text, int s, int ns) {
        String before = text.substring(Math.max(s, ns - 6), ns).toLowerCase(Locale.ROOT);
        return PLACE_BEFORE.matcher(before).find();
    }

    /** "…, the foreign minister, Abbas Araqchi": the role describes the name after it. */
    private static boolean nameFollows(String text, int at, int e) {
        Matcher m = NEXT_NAME.matcher(text).region(at, e);
        return m.lookingAt() && cleanName(LEADING_COMMA.matcher(m.group()).replaceFirst(""), 2) != null;
    }

    /** "…'s Black Sea Fleet base": a lower-case noun right after the capitalised words makes them a modifier. */
    private static boolean followedByNoun(String text, int at, int e) {
        Matcher m = NEXT_WORD.matcher(text).region(at, e);
        return m.lookingAt() && WORDS.nouns.contains(m.group(1));
    }

    /**
     * The name in a run of capitalised words, cut before the first word that is no part of a name (a title, a
     * month, a country word, "Council"), without forms of address; null when fewer than {@code min} words remain.
     */
    static String cleanName(String raw, int min) {
        String[] words = SPACES.split(raw);
        List<String> kept = new ArrayList<>();
        int names = 0;
        for (String w : words) {
            String plain = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
            if (WORDS.things.contains(plain)) {
                return null; // "Sheikh Zayed Grand Mosque": the capitalised words name a thing
            }
            if (ROMAN.matcher(plain).matches() && !kept.isEmpty()) {
                kept.add(w); // "Abdullah II"
                continue;
            }
            if (WORDS.notNames.contains(plain) || WORDS.cues.contains(plain.toLowerCase(Locale.ROOT))
                    && !WORDS.honorifics.contains(plain) && !kept.isEmpty()) {
                break;
            }
            if (kept.isEmpty() && (WORDS.honorifics.contains(plain) || WORDS.cues.contains(plain.toLowerCase(Locale.ROOT)))) {
                continue; // a leading form of address or title word is not part of the name
            }
            kept.add(w);
            if (!PARTICLES.contains(w)) {
                names++;
            }
        }
        while (!kept.isEmpty() && PARTICLES.contains(kept.get(kept.size() - 1))) {
            kept.remove(kept.size() - 1);
        }
        if (names < min || kept.isEmpty()) {
            return null;
        }
        for (String w : kept) {
            if (!PARTICLES.contains(w) && !ROMAN.matcher(w).matches() && w.chars().noneMatch(Character::isLowerCase)) {
                return null; // "UN", "US", "NATO": an acronym is no name
            }
        }
        return String.join(" ", kept);
    }

    /**
     * The word before a role: [prefix, country key]. "Turkish", "Qatar's", "US", "Mossad", "Arab League" describe
     * the office; a country word also gives the person's country.
     */
    private static String[] prefix(String text, int s, int roleStart, Gazetteer gazetteer) {
        Matcher m = PREFIX.matcher(text).region(Math.max(s, roleStart - 40), roleStart);
        if (!m.find()) {
            return new String[2];
        }
        String words = m.group(1);
        String country = gazetteer.country(words);
        if (country == null && words.contains(" ")) {
            String last = words.substring(words.lastIndexOf(' ') + 1);
            country = gazetteer.country(last);
            words = country != null ? last : words;
        }
        if (country == null && WORDS.notNames.contains(words)) {
            return new String[2]; // "On", "The": a sentence start, not a description
        }
        return new String[] {words, country};
    }

    /** "Iran's foreign minister, …", "his deputy, …": a possessive before the role. */
    private static boolean possessive(String text, int s, int roleStart) {
        String before = text.substring(Math.max(s, roleStart - 8), roleStart).toLowerCase(Locale.ROOT);
        return POSSESSIVE_BEFORE.matcher(before).find();
    }

    /**
     * "the foreign minister, …", "a senior official, …", "the GCC secretary-general, …", or the role at the start
     * of the sentence.
     */
    private static boolean startsRoleClause(String text, int s, int roleStart) {
        String before = text.substring(Math.max(s, roleStart - 40), roleStart);
        return roleStart == s || LEAD.matcher(before).find();
    }

    private static final Pattern NEXT_WORD = Pattern.compile("[ \\u00a0]+(\\p{Ll}+)");
    private static final Pattern NEXT_NAME = Pattern.compile(",?[ \\u00a0]+(?:" + NAME + ")");
    private static final Pattern PREFIX = Pattern.compile("(\\p{Lu}[\\p{L}.]*(?:[ \\u00a0]\\p{Lu}[\\p{L}.]*)?)(['’]s)?"
            + "[ \\u00a0]+$");
    private static final Pattern PLACE_BEFORE = Pattern.compile("\\b(?:in|at|to|from|near|of|on)[ \\u00a0]+$");
    private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("(?:['’]s|\\bhis|\\bher|\\btheir|\\bits)"
            + "[ \\u00a0]+$");
    private static final Pattern LEAD = Pattern.compile("(?:^|\\b(?i:the|a|an))[ \\u00a0]+(?:\\p{Lu}[\\p{L}.-]*"
            + "[ \\u00a0]+){0,2}$");

    private static String singular(String plural) {
        return plural.endsWith("ies") ? plural.substring(0, plural.length() - 3) + "y"
                : plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
    }

    /**
     * The phrases, longest first (a longer role wins over its start: "foreign minister" before "minister"), as a tree
     * of shared beginnings ({@link Alternation}: these lists are tried at every role word of every sentence).
     */
    private static String alternation(List<String> phrases, boolean ignoreCase) {
        List<String> sorted = new ArrayList<>(phrases);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return Alternation.of(sorted, ignoreCase);
    }

    /** True when the folded word ends a role phrase of titles.tsv ("envoy", "minister", "negotiator"). */
    static boolean roleHead(String folded) {
        return WORDS.headEnds.contains(folded);
    }

    /** The lists of titles.tsv. */
    private static final class Words {
        final List<String> heads = new ArrayList<>();
        final List<String> plurals = new ArrayList<>();
        final List<String> modifiers = new ArrayList<>();
        final List<String> ranks = new ArrayList<>();
        final List<String> honorifics = new ArrayList<>();
        final Set<String> notNames = new HashSet<>();
        final Set<String> things = new HashSet<>();
        /** Folded last words of heads and plurals, first words of ranks and forms of address. */
        final Set<String> cues = new HashSet<>();
        /** Folded words a role phrase may start with (modifiers and first words of heads). */
        final Set<String> roleStarts = new HashSet<>();
        /** Folded first words of ranks and forms of address. */
        final Set<String> addressStarts = new HashSet<>();
        /** Folded last words of heads and plurals. */
        final Set<String> headEnds = new HashSet<>();
        /** The folded last token of each plural head, as {@link Tokens} splits it. */
        final Set<String> pluralEnds = new HashSet<>();
        /** Bits of a token's flags in {@link #find}: which of the four sets above its folded word is in. */
        static final int ROLE_START = 1;
        static final int ADDRESS_START = 1 << 1;
        static final int HEAD_END = 1 << 2;
        static final int PLURAL_END = 1 << 3;
        /**
         * The four sets as cues: the article's tokens look their words up once, and a sentence's flags are bit tests
         * instead of a hash look-up per token.
         */
        Cue roleStart;
        Cue addressStart;
        Cue headEnd;
        Cue pluralEnd;
        /** Lower-case nouns that show capitalised words before them describe a thing ("air base"). */
        final Set<String> nouns = Set.of("base", "air", "region", "province", "city", "port", "oil", "gas", "nuclear",
                "forces", "army", "border", "government", "ministry", "media", "state", "capital");

        static Words load() {
            Words w = new Words();
            Gazetteer.read("titles.tsv", line -> {
                String[] c = line.split("\t");
                String v = c[1].strip();
                switch (c[0].strip()) {
                    case "head" -> {
                        w.heads.add(v);
                        String plural = v.endsWith("y") && !v.endsWith("ey") ? v.substring(0, v.length() - 1) + "ies"
                                : v.endsWith("s") ? v + "es" : v + "s";
                        if (!v.contains(" of ")) {
                            w.plurals.add(plural);
                            Tokens t = Tokens.of(plural);
                            w.pluralEnds.add(t.folded(t.size() - 1));
                            w.cues.add(Words.last(plural));
                            w.headEnds.add(Words.last(plural));
                            w.roleStarts.add(Words.first(plural)); // "Presidents Ruto and Museveni": one word
                        }
                        w.cues.add(Words.last(v));
                        w.headEnds.add(Words.last(v));
                        w.roleStarts.add(Words.first(v));
                    }
                    case "modifier" -> {
                        w.modifiers.add(v);
                        w.roleStarts.add(Words.first(v));
                    }
                    case "rank" -> {
                        w.ranks.add(v);
                        w.cues.add(Words.first(v));
                        w.addressStarts.add(Words.first(v));
                    }
                    case "honorific" -> {
                        w.honorifics.add(v);
                        w.cues.add(Words.first(v));
                        w.addressStarts.add(Words.first(v));
                    }
                    case "notname" -> w.notNames.add(v);
                    case "thing" -> w.things.add(v);
                    default -> throw new IllegalStateException("titles.tsv: unknown kind in " + line);
                }
            });
            w.roleStart = Cue.ofTokenWords(w.roleStarts);
            w.addressStart = Cue.ofTokenWords(w.addressStarts);
            w.headEnd = Cue.ofTokenWords(w.headEnds);
            w.pluralEnd = Cue.ofTokenWords(w.pluralEnds);
            return w;
        }

        private static String first(String phrase) {
            return phrase.toLowerCase(Locale.ROOT).split("[ -]")[0];
        }

        private static String last(String phrase) {
            String[] parts = phrase.toLowerCase(Locale.ROOT).split("[ -]");
            return parts[parts.length - 1];
        }
    }
}
