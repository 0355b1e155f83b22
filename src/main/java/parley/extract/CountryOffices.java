package parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import parley.extract.text.WordSet;

/**
 * Officials named only by their office and country (session 13): "Vietnam's deputy foreign minister", "the Thai army
 * chief", "the Hungarian chargé d'affaires", "the Iranian ambassador". With no name beside it (a name makes the person,
 * {@link TitledPeople}), such a phrase stands for its country. Offices the gazetteer resolves to their holders ("the
 * Chinese foreign minister") are read before this and keep their person.
 */
final class CountryOffices {
    private CountryOffices() {
    }

    /** An office phrase at [start, end) that stands for the country of key {@code country}. */
    record Office(int start, int end, String country) {
    }

    /** Words before the head of an office ("deputy foreign", "chief of the naval"): no "former", no "opposition". */
    private static final String MODIFIERS = "(?:(?:deputy|vice|acting|senior|top|chief|special|first|permanent|foreign"
            + "|defen[cs]e|interior|economy|economic|trade|finance|army|military|naval|navy|air|force|armed|forces"
            + "|national|security|intelligence)\\s+){0,3}";
    /** The head noun of an office held by one official. */
    private static final String HEAD = "(?:minister|ambassador|envoy|charg[ée] d['’]affaires|chief(?:\\s+of\\s+(?:the\\s+)?"
            + "(?:general\\s+|defen[cs]e\\s+|army\\s+|naval\\s+|air\\s+)?staff)?|commander|negotiator|secretary"
            + "|representative|consul(?:[- ]general)?)";
    private static final String COUNTRY = "\\p{Lu}\\p{L}+(?:\\s\\p{Lu}\\p{L}+)?";
    /**
     * "the Thai army chief" (an adjective after "the"), "Vietnam's deputy foreign minister" (a possessive); not followed
     * by a name ("the Thai army chief, General X," or "… chief General X") nor by "of" (an office of something else).
     */
    private static final Pattern OFFICE = Pattern.compile("\\b(?:[Tt]he\\s+(" + COUNTRY + ")|(" + COUNTRY + ")['’]s)\\s+"
            + "(" + MODIFIERS + HEAD + ")\\b(?!['’]s|\\s+of\\b|\\s+\\p{Lu}|,\\s+(?:\\p{Lu}\\p{L}*\\s+){0,2}\\p{Lu}\\p{Ll}+\\s+\\p{Lu})");
    /**
     * Before the office: "the residence of Oman's ambassador" (a place or a thing of the official's), "expelled
     * Cambodia's ambassador" (an act against the country, which takes no part in it).
     */
    private static final Pattern NOT_A_PARTY = Pattern.compile("(?:\\bof|\\bexpel(?:led|s)?)\\s+$");
    /**
     * Words one of which an office phrase holds, or a summons or posting: the cheap test before the patterns, one pass
     * over the sentence.
     */
    private static final WordSet CUES = new WordSet("summon", "alls in", "alled in", "sent ", "represented ",
        "minister", "ambassador", "envoy", "affaires", "chief", "commander", "negotiator", "secretary", "representative",
        "consul");

    /**
     * "The deputy foreign minister called in …", "the foreign ministry summoned …": an office or ministry with no
     * country as the subject of a summons; its country is the article's (EntityFinder).
     */
    private static final Pattern SUMMONER = Pattern.compile("\\b[Tt]he\\s+" + MODIFIERS + "(?:minister|ministry"
            + "|secretary|government)(?=\\s+(?:(?:has|had|also|then|today|yesterday|on\\s+\\p{Lu}\\p{Ll}+day)\\s+)*"
            + "(?:summoned|summons|called\\s+in|calls\\s+in)\\b)");

    /** The span [start, end) of a summoning office with no country in text[s, e), or null. */
    static int[] summoner(String text, int s, int e) {
        String span = text.substring(s, e);
        if (!(span.contains("summon") || span.contains("called in") || span.contains("calls in"))) {
            return null;
        }
        Matcher m = SUMMONER.matcher(text).region(s, e);
        return m.find() ? new int[] {m.start(), m.end()} : null;
    }

    /**
     * "skipped the forum and sent her economy secretary instead": a stand-in named by office alone, sent by the person
     * before; unnamed ("her economy secretary" with no name after), the stand-in acts for that person's country, or for
     * the country before that sends or is represented by "its" official (session 14).
     */
    private static final Pattern STAND_IN = Pattern.compile("\\b(?:sent|represented\\b[^.;:]{0,60}?\\bby)\\s+"
            // "Mexico sent its foreign minister", "Chile was represented at the summit by its trade minister"
            + "((?:his|her|their|its|a|an)\\s+" + MODIFIERS + HEAD
            + ")\\b(?!['’]s|\\s+of\\b|,?\\s+\\p{Lu})");

    /** The span [start, end) of a stand-in sent by office alone in text[s, e), or null. */
    static int[] standIn(String text, int s, int e) {
        String span = text.substring(s, e);
        if (!span.contains("sent ") && !span.contains("represented ")) {
            return null;
        }
        Matcher m = STAND_IN.matcher(text).region(s, e);
        return m.find() ? new int[] {m.start(1), m.end(1)} : null;
    }

    /**
     * "met the deputy minister", "received the army chief": an office with a word before its head, no country and no
     * name; the caller gives it the country whose capital the sentence names ("landed in Hanoi and met the deputy
     * minister"). A bare "the minister" or "the envoy" stays the person last named with that title.
     */
    private static final Pattern BARE_OFFICE = Pattern.compile("\\b[Tt]he\\s+(?:(?:deputy|vice|acting|senior|chief"
            + "|foreign|defen[cs]e|interior|economy|trade|finance|army|military|naval|navy|national|security)\\s+)"
            + MODIFIERS + HEAD + "\\b(?!['’]s|\\s+of\\b|\\s+\\p{Lu}|,\\s+\\p{Lu})");

    /** Spans [start, end) of offices with no country or name in text[s, e) ({@link #BARE_OFFICE}). */
    static List<int[]> bare(String text, int s, int e) {
        List<int[]> out = new ArrayList<>(1);
        Matcher m = BARE_OFFICE.matcher(text).region(s, e);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    /** Whether text[s, e) holds a head word at all. */
    static boolean mayName(parley.extract.text.Tokens tokens, String text, int s, int e) {
        return CUES.anyIn(text, s, e, tokens);
    }

    /** Office phrases of text[s, e) whose country the gazetteer knows, in text order. */
    static List<Office> find(String text, int s, int e, Gazetteer gazetteer) {
        List<Office> out = new ArrayList<>(2);
        Matcher m = OFFICE.matcher(text).region(s, e);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 2;
            String words = m.group(g);
            String key = gazetteer.country(words);
            int start = m.start(g);
            if (key == null && words.indexOf(' ') > 0) {
                // "On Monday Vietnam's": only the last capitalised word is the country
                String last = words.substring(words.indexOf(' ') + 1);
                key = gazetteer.country(last);
                start = m.start(g) + words.indexOf(' ') + 1;
            }
            int at = g == 1 ? m.start() : start;
            if (key != null && !NOT_A_PARTY.matcher(text).region(Math.max(s, at - 16), at).find()) {
                out.add(new Office(at, m.end(), key));
            }
        }
        return out;
    }
}
