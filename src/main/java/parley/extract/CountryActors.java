package parley.extract;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import parley.domain.EntityKind;
import parley.extract.text.Tokens;
import parley.extract.text.WordSet;

/**
 * Countries that act, as opposed to countries merely mentioned: "delegations from Ukraine and Russia", "the
 * governments of Armenia and Azerbaijan", "Ukraine and Russia agreed to ...". Only these forms make a country a
 * participant, so an article that names twenty countries in passing does not flood its events with them.
 */
final class CountryActors {
    /** Compiled once: String.split and matches compile their pattern at every call. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile(",? and |, ");
    private static final String COUNTRY = "\\p{Lu}[\\p{L}\\p{N}.]*(?: \\p{Lu}[\\p{L}.]*){0,2}";
    /** "Iran and the E3": a later item may be a body named with its article. */
    private static final String LIST = "(" + COUNTRY + "(?:(?:, | and |, and )(?:the )?" + COUNTRY + "){0,9})";
    /** Delegations, negotiators, officials or governments "from"/"of" a list of countries. */
    private static final Pattern ENVOYS = Pattern.compile("\\b(?i:delegations?|negotiators|negotiating teams?"
            + "|representatives|envoys|ambassadors|diplomats|officials|mediators|emissaries|governments?|foreign ministries)\\s+(?:from|of)\\s+(?:the\\s+)?" + LIST);
    /** "Ukrainian and Russian delegations", "the Armenian and Azerbaijani negotiators". */
    private static final Pattern ENVOYS_AFTER = Pattern.compile(LIST + "\\s+(?:delegations?|negotiators"
            + "|negotiating teams?|foreign ministries"
            // "the Chilean team held a first round with the Peruvian side" (session 14); not "the Chilean side of the
            // border", "the Peruvian team won"
            + "|(?:team|side)(?!\\s+(?:of|won|lost|beat|drew|scored|played)\\b))\\b");
    /**
     * "held talks with US officials", "met Iranian and Omani diplomats": officials met as the other side are their
     * country's (not "US officials said", where they are only the source).
     */
    private static final Pattern OFFICIALS_MET = Pattern.compile("\\b(?:with|met|meets|meet|meeting|hosted|received)"
            + "\\s+(?:(?:senior|top|visiting|the)\\s+)?" + LIST + "\\s+(?:officials|diplomats)\\b");
    /**
     * Countries as the subject of an agreeing or meeting verb, at the start of a sentence or clause, or set off by
     * dashes or brackets after the noun they name ("The five producers - A, B and C - agreed", session 10).
     */
    private static final Pattern SUBJECT = Pattern.compile("(?:^|[,;:]\\s|\\s[-–—]\\s*|\\(|\\b(?:and|but|that)\\s)\\s*"
            + LIST + "(?:\\s*[-–—)])?\\s+(?:have |has |had |will |would |are |were |is |was |also |then |finally "
            // an act under way or ahead (session 14): "Bolivia and Paraguay are holding talks", "are due to sign"
            + "|are to |is to |are due to |is due to |plan to |plans to |planned to )?"
            // a time or manner between subject and verb (session 13): "Bolivia and Paraguay today signed", "this
            // morning issued", "jointly issued"
            + "(?:(?:today|yesterday|jointly|formally|earlier|later|this (?:morning|afternoon|evening|week)"
            + "|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day) )?"
            + "(?:agreed|agree|decided|decide|met|meet|held|hold|signed|sign|resumed|resume|concluded|opened|began|begin|launched|are set to|were set to"
            // countries that issue a statement speak as its issuers (session 13): "Argentina and Uruguay issued a
            // joint statement"
            + "|issued|issue|issues|released|release|releases|published|publish|publishes"
            // acts of a government toward others (session 10): "Lithuania summoned home its ambassadors", "Estonia and
            // Latvia sent a letter to the Council"
            + "|recalled|recalls|summoned|summons|withdrew|sent a|send a|sends a|wrote to|write to|writes to"
            // "Bangkok expelled Cambodia's ambassador", "Oslo called in the Iranian envoy" (session 13)
            + "|expelled|expels|called in|calls in|hosted|hosts|will host"
            + "|agreeing|deciding|meeting|holding|signing|resuming|concluding|opening|beginning|launching|issuing"
            + "|releasing|publishing|recalling|summoning|withdrawing|sending a|writing to|expelling|calling in|hosting"
            // a country present at a gathering (session 14): "Mexico attended the summit", "Chile took part"
            + "|attended|attends|attending|attend|took part|takes part|taking part|take part|participated|participates"
            + "|participating"
            // acts of states before a council or toward each other (session 14, InstitutionalActs): "France and
            // Germany notified the Council", "Quito and Bogotá swapped 40 detainees", "Russia vetoed the draft"
            + "|notified|notifies|notify|swapped|swaps|swap|exchanged|exchanges|exchange|vetoed|vetoes|re-imposed"
            + "|reimposed|carried out a prisoner|completed a prisoner)\\b");
    /**
     * Countries that speak through a joint statement named with a verb of saying (session 14; "issued a joint statement"
     * is {@link #SUBJECT}'s): "Chile and Argentina said in a joint statement", "In a joint statement on Monday, Chile and
     * Argentina welcomed …".
     */
    private static final String JOINT_TEXT = "a\\s+joint\\s+(?:statement|declaration|communiqu[eé]|letter)";
    private static final Pattern JOINT_ISSUERS = Pattern.compile("(?:^|[,;:]\\s|\\b(?:and|but|that)\\s)\\s*" + LIST
            + "\\s+(?:have\\s+|had\\s+|also\\s+|jointly\\s+)?(?:said|say|says|stated|state|states|declared|announced"
            + "|warned|added|wrote)\\s+(?:on\\s+\\p{Lu}\\p{L}+\\s+|today\\s+|yesterday\\s+)?in\\s+" + JOINT_TEXT + "\\b"
            + "|(?:^|[.;:]\\s)\\s*[Ii]n\\s+" + JOINT_TEXT + "(?:\\s+(?:issued|released|published))?(?:\\s+(?:on|late\\s+on"
            + "|early\\s+on)\\s+\\p{Lu}\\p{L}+(?:\\s+\\d{1,2})?|\\s+today|\\s+yesterday)?,\\s+(?:the\\s+)?" + LIST
            + "\\s+(?!(?:officials|diplomats|leaders|ministers|governments?)\\b)\\p{Ll}");
    /** "the draft was vetoed by Russia", "a prisoner exchange between Moscow and Kyiv" (session 14, InstitutionalActs). */
    private static final Pattern ACT_BY = Pattern.compile("\\b(?:(?:vetoed|blocked) by|(?i:prisoner|detainee)s? "
            + "(?:exchange|swap)s? between|exchange of (?:prisoners|detainees) between) (?:the )?" + LIST
            + "(?<!\\p{Ll}\\.)"); // (a full stop after a word ends the sentence, not the name; "U.S." keeps its own)
    /**
     * The parties of a signing named after the verb: "the accord was signed by Thailand and Cambodia", "Israel signed
     * a memorandum with Egypt" (the one before the verb is {@link #SUBJECT}'s).
     */
    private static final Pattern SIGNED_WITH = Pattern.compile("\\bsigned\\s+(?:by|(?:[\\p{L}\\d’'-]+\\s+){1,6}?with)"
            + "\\s+(?:the\\s+)?" + LIST);
    /**
     * A country's foreign ministry speaks for the country (session 9): "Qatar's foreign ministry welcomed …", "the
     * Egyptian foreign ministry said …", "the Ministry of Foreign Affairs of Oman said in a statement".
     */
    private static final Pattern MINISTRY = Pattern.compile("(?:(" + COUNTRY + ")['’]s|\\b[Tt]he (" + COUNTRY + "))"
            + " (?i:foreign ministry|ministry of foreign affairs|foreign affairs ministry)\\b"
            + "|\\b(?i:ministry of foreign affairs) of (?:the )?(" + COUNTRY + ")");
    /**
     * The two sides of a negotiation named by the countries (or their capitals) it is between (session 11): "talks
     * between Kigali and Kinshasa", "negotiations between Israel and Hamas". A single name after "between" is none.
     */
    private static final Pattern BETWEEN = Pattern.compile("\\b(?i:talks|negotiations|consultations|dialogue|meetings?"
            + "|contacts|summit|round)\\s+between\\s+(?:the\\s+)?(" + COUNTRY + "(?:(?:, | and |, and )(?:the )?" + COUNTRY
            + "){1,9})\\b"
            // "a meeting between the US and Chinese leaders": the adjectives name the people's countries, not sides
            + "(?![\\s-]+(?i:leaders?|heads?|presidents?|prime|premiers?|ministers?|foreign|defen[cs]e|officials|diplomats"
            + "|envoys|delegations?|negotiators|teams?|sides|governments?|armies|forces|troops|counterparts)\\b)");
    /**
     * A state that mediates or hosts talks takes part in them (session 11): "with Qatar as go-between", "Oman-mediated
     * talks", "talks brokered by Egypt and Qatar", "under Omani mediation". The nouns of negotiation keep "a
     * US-brokered ceasefire" (no gathering) out.
     */
    private static final Pattern MEDIATOR = Pattern.compile("\\bwith (?:the )?" + LIST
            + " (?:as|acting as) (?:a |the )?(?i:go-between|mediators?|intermediar(?:y|ies)|facilitators?|brokers?|hosts?)\\b"
            + "|\\b(" + COUNTRY + ")[- ](?:mediated|brokered|facilitated|hosted) (?:[\\p{L}-]+ ){0,3}?"
            + "(?i:talks|negotiations|round|dialogue|meeting|consultations)\\b"
            + "|\\b(?i:talks|negotiations|round|dialogue|meeting|consultations)\\b[^.;:]{0,40}?\\b(?:mediated|brokered"
            + "|facilitated|hosted) by (?:the )?" + LIST
            + "|\\b(?:with|under|through) (?:the )?(" + COUNTRY + ") (?:mediation|facilitation)\\b");
    /** Initials of a body: "ELN", "RSF", "M23" (two to six capitals and digits, a capital first). */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}(?=[\\p{Lu}\\d]*\\p{Lu}|[\\p{Lu}]*\\d)[\\p{Lu}\\d]{1,5}");
    /** Keys the gazetteer knows as organisations. */
    private static final Set<String> NOT_COUNTRIES = Set.of("EU", "NATO", "UN");

    private final Gazetteer gazetteer;

    CountryActors(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A country takes part under its full name, as the guidelines' canonical names have it ("United States"). */
    private static final java.util.Map<String, String> FULL_NAMES = java.util.Map.of("US", "United States", "UK",
            "United Kingdom", "UAE", "United Arab Emirates");

    static KnownEntity country(String key) {
        return new KnownEntity(FULL_NAMES.getOrDefault(key, key), EntityKind.COUNTRY, null, key, Set.of());
    }

    /** Adds acting countries in text[s, e) to {@code found}, skipping quoted and already named words. */
    void find(Tokens tokens, int from, int to, BitSet quoted, BitSet taken, List<EntityMention> found) {
        if (!namesCountry(tokens, from, to)) {
            return; // most sentences name no country: skip the patterns
        }
        String text = tokens.text();
        int s = tokens.start(from);
        int e = tokens.end(to - 1);
        long cues = tokens.hits().in(PATTERN_CUES, s, e); // the words of text.substring(s, e)
        boolean envoys = (cues & ENVOY_BITS) != 0;
        if (envoys) {
            add(ENVOYS.matcher(text).region(s, e), quoted, taken, found, true);
            add(ENVOYS_AFTER.matcher(text).region(s, e), quoted, taken, found, false);
        }
        if ((cues & OFFICIALS_BITS) != 0) {
            add(OFFICIALS_MET.matcher(text).region(s, e), quoted, taken, found, false);
        }
        if ((cues & MINISTRY_BITS) != 0) {
            Matcher m = MINISTRY.matcher(text).region(s, e);
            while (m.find()) {
                int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
                String key = gazetteer.country(m.group(g));
                if (key != null && !NOT_COUNTRIES.contains(key)) {
                    put(m.start(g), m.group(g), country(key), quoted, taken, found);
                }
            }
        }
        if ((cues & SIGNED_BITS) != 0) {
            add(SIGNED_WITH.matcher(text).region(s, e), quoted, taken, found, false);
        }
        if ((cues & BETWEEN_BITS) != 0) {
            add(BETWEEN.matcher(text).region(s, e), quoted, taken, found, true);
        }
        if ((cues & MEDIATOR_BITS) != 0) {
            Matcher m = MEDIATOR.matcher(text).region(s, e);
            while (m.find()) {
                int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : m.group(3) != null ? 3 : 4;
                addList(m.start(g), m.group(g), quoted, taken, found, false);
            }
        }
        if ((cues & BY_BITS) != 0 || (cues & BETWEEN_BITS) != 0 && (cues & PRISONER_BITS) != 0) {
            add(ACT_BY.matcher(text).region(s, e), quoted, taken, found, false);
        }
        if ((cues & JOINT_BITS) != 0) {
            Matcher m = JOINT_ISSUERS.matcher(text).region(s, e);
            m.useAnchoringBounds(true);
            while (m.find()) {
                int g = m.group(1) != null ? 1 : 2;
                addList(m.start(g), m.group(g), quoted, taken, found, true);
            }
        }
        if (mayActAsSubject(tokens, s, e)) {
            Matcher m = SUBJECT.matcher(text).region(s, e);
            m.useAnchoringBounds(true);
            add(m, quoted, taken, found, true); // "Iran and the E3 held talks", "Israel and Hamas agreed"
        }
    }

    /** The words each pattern of {@link #find} needs, looked up together among the article's hits. */
    private static final String[] ENVOY_WORDS = {"elegation", "egotiat", "epresentatives", "nvoys", "mbassadors",
        "overnment", "ministries", "fficials", "iplomats", "ediators", "missaries", " team", " side"};
    private static final WordSet PATTERN_CUES = new WordSet(java.util.stream.Stream.concat(
            java.util.Arrays.stream(ENVOY_WORDS), java.util.stream.Stream.of("officials", "diplomats", "inistry",
                    "signed ", " between ", "mediat", "broker", " as ", "hosted by", "facilitat", "vetoed by",
                    "blocked by", "prisoner", "detainee", "joint ")).toArray(String[]::new));
    private static final long ENVOY_BITS = PATTERN_CUES.bits(ENVOY_WORDS);
    private static final long OFFICIALS_BITS = PATTERN_CUES.bits("officials", "diplomats");
    private static final long MINISTRY_BITS = PATTERN_CUES.bits("inistry");
    private static final long SIGNED_BITS = PATTERN_CUES.bits("signed ");
    private static final long BETWEEN_BITS = PATTERN_CUES.bits(" between ");
    private static final long MEDIATOR_BITS = PATTERN_CUES.bits("mediat", "broker", " as ", "hosted by", "facilitat");
    private static final long BY_BITS = PATTERN_CUES.bits("vetoed by", "blocked by");
    private static final long PRISONER_BITS = PATTERN_CUES.bits("prisoner", "detainee");
    private static final long JOINT_BITS = PATTERN_CUES.bits("joint ");

    /** The verbs SUBJECT needs, looked for before the costlier pattern. */
    private static final WordSet SUBJECT_VERBS = new WordSet(" agree", " decide", " met", " meet", " held", " hold",
        " sign", " resum", " conclud", " opened", " began", " begin", " launched", " set to", " recall", " summon", " withdrew", " sen",
        " wr", " issue", " releas", " publish", " expel", " called in", " calls in", " host", " issuing", " decid",
        " opening", " launching", " withdrawing", " calling in", " attend", " took part", " take", " taking part",
        " participat", " notif", " swap", " exchang", " veto", " reimpos", " re-impos", " carried out a prisoner",
        " completed a prisoner");

    /**
     * SUBJECT's verbs as its matches hold them, whatever stands before: some of {@link #SUBJECT_VERBS}' short cues are
     * in most sentences (" sen" of "senior", " wr", " take"), these only where the verb is.
     */
    private static final WordSet SUBJECT_VERB_FORMS = new WordSet("agree", "decid", "met", "meet", "held", "hold",
        "sign", "resum", "concluded", "concluding", "opened", "opening", "began", "begin", "launch", "are set to",
        "were set to", "issue", "issuing", "release", "releasing", "publish", "recall", "summon", "withdrew",
        "withdrawing", "sent a", "send a", "sends a", "sending a", "wrote to", "write to", "writes to", "writing to",
        "expel", "called in", "calls in", "calling in", "host", "attend", "took part", "takes part", "taking part",
        "take part", "participat", "notif", "swap", "exchang", "veto", "re-imposed", "reimposed",
        "carried out a prisoner", "completed a prisoner");

    private static boolean mayActAsSubject(Tokens tokens, int s, int e) {
        return tokens.hits().anyIn(SUBJECT_VERBS, s, e) && tokens.hits().anyIn(SUBJECT_VERB_FORMS, s, e);
    }

    private boolean namesCountry(Tokens tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            // acting(raw(i)), acting(raw(i) + " " + raw(i + 1)) without copying words (every capital of a sentence)
            if (tokens.capitalised(i) && (gazetteer.countryOfToken(tokens, i) != null
                    || gazetteer.capitalOfToken(tokens, i) != null
                    || (i + 1 < to && (gazetteer.countryOfPair(tokens, i) != null
                    || gazetteer.capitalOfPair(tokens, i) != null)))) {
                return true;
            }
        }
        return false;
    }

    /** @param organisations true when a known organisation may stand in the list ("delegations from Israel and Hamas") */
    private void add(Matcher m, BitSet quoted, BitSet taken, List<EntityMention> found, boolean organisations) {
        while (m.find()) {
            addList(m.start(1), m.group(1), quoted, taken, found, organisations);
        }
    }

    /** The parties of one matched list starting at {@code at}, when they are all parties we know. */
    private void addList(int at, String list, BitSet quoted, BitSet taken, List<EntityMention> found,
                         boolean organisations) {
        {
            String whole = list;
            int origin = at;
            if (list.startsWith("The ")) {
                at += 4; // "The Rwandan and Congolese delegations": the article is no part of the first name
                list = list.substring(4);
            }
            String[] items = LIST_SEPARATOR.split(list);
            int[] starts = new int[items.length];
            KnownEntity[] actors = new KnownEntity[items.length];
            boolean all = true;
            boolean anyCountry = false;
            int from = at;
            for (int i = 0; i < items.length; i++) {
                if (i > 0 && items[i].startsWith("the ")) {
                    items[i] = items[i].substring(4); // "and the E3": the body's name, without its article
                }
                String key = acting(items[i].strip());
                starts[i] = list.indexOf(items[i], from - at) + at;
                from = starts[i] + items[i].length();
                if (key != null && !NOT_COUNTRIES.contains(key)) {
                    actors[i] = country(key);
                    anyCountry = true;
                } else if (organisations) {
                    actors[i] = gazetteer.organisation(items[i].strip()); // "delegations from Israel and Hamas"
                    if (actors[i] == null && ACRONYM.matcher(items[i].strip()).matches()) {
                        // "Colombia and the ELN signed", "talks between Sudan and the RSF" (session 13): a party
                        // the gazetteer lacks, named by its initials beside a state, is a body of its own
                        actors[i] = new KnownEntity(items[i].strip(), EntityKind.ORGANISATION, null, null, Set.of());
                    }
                }
                all &= actors[i] != null;
            }
            int first = 0;
            if (!all) {
                // "On Monday, US and Ukrainian delegations": words before a comma that name no party ("On Monday",
                // "Separately") open the sentence, not the list
                first = items.length;
                while (first > 0 && actors[first - 1] != null) {
                    first--;
                }
                boolean afterComma = first > 0 && first < items.length
                        && whole.substring(starts[first - 1] - origin + items[first - 1].length(),
                                starts[first] - origin).contains(",");
                anyCountry = afterComma && java.util.Arrays.stream(actors, first, items.length)
                        .anyMatch(a -> a.kind() == EntityKind.COUNTRY);
                all = afterComma;
            }
            if (!all || !anyCountry) {
                return; // "delegations from Kyiv and the Red Cross": not a list of parties we know
            }
            for (int i = first; i < items.length; i++) {
                put(starts[i], items[i], actors[i], quoted, taken, found);
            }
        }
    }

    /** One acting party at {@code start}, unless quoted or already named there. */
    private static void put(int start, String surface, KnownEntity actor, BitSet quoted, BitSet taken,
                            List<EntityMention> found) {
        int end = start + surface.length();
        if (quoted.get(start) || !taken.get(start, end).isEmpty()) {
            return;
        }
        found.add(new EntityMention(start, end, surface, actor));
        taken.set(start, end);
    }

    /** The country these words name, or whose government its capital stands for ("Kigali"), or null. */
    private String acting(String words) {
        String key = gazetteer.country(words);
        return key != null ? key : gazetteer.capital(words);
    }
}
