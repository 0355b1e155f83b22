package parley.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import parley.domain.EntityKind;
import parley.extract.text.PhraseMatcher;
import parley.extract.text.Tokens;

/**
 * The curated names (gazetteer.tsv) and country words (nationalities.tsv), loaded once and compiled into one
 * phrase matcher. Every name, alias and surname points at its {@link KnownEntity}.
 */
final class Gazetteer {
    /** Surnames too common as words or first names to stand alone for their holder. */
    private static final Set<String> NO_SURNAME_ALIAS = Set.of("Dan", "Martin", "Costa", "Pavel", "Wong", "Lee",
            "III", "Silva", "bin Salman", "Al Thani", "XIV", "Store", "Harris", "Singh", "Dong", "Eide", "Radman",
            "Rasmussen",
            // (session 11) words, groups and other people: "Boko Haram", "El Chapo", "the Wagner group", "bio", "talon"
            "Hassan", "Boko", "Chapo", "Bio", "Talon", "Barrow", "Traoré", "Gil", "Son", "Hossain", "Peters", "Wagner",
            "Ortega", "Borg", "Peña", "Fuente", "Chaves",
            // given names and dynasties shared by many ("Fuad Hussein" is not every Hussein; "Al Nahyan" is a
            // ruling family), regnal numbers, and words of places ("Dar es Salaam")
            "II", "VI", "Hussein", "Mustafa", "Rashid", "Hasan", "Ahmed", "Asif", "Dar", "Johnson", "He", "Wi",
            "Al Nahyan", "Al Khalifa", "Al Saud", "Al Said", "Al Maktoum", "Al-Sabah", "bin Tarik", "Jr",
            // (session 13) a city's word and a network's name: "La Paz", "the Haqqani network"
            "Paz", "Haqqani");

    private final PhraseMatcher<KnownEntity> names = new PhraseMatcher<>();
    private final List<KnownEntity> entities = new ArrayList<>();
    /** Holders of each office key, in file order: title references look them up for many sentences. */
    private final Map<String, List<KnownEntity>> byOffice = new HashMap<>();
    private final Map<String, String> countryWords = new HashMap<>();
    /** Capitals standing for their governments ("Bangkok recalled its ambassador"), by lower-case name. */
    private final Map<String, String> capitals = new HashMap<>();
    /** The first words of the country words of two or more words ("new" of "new zealand"). */
    private final Set<String> pairFirsts = new java.util.HashSet<>();
    /** The same for the capitals ("addis" of "addis ababa"). */
    private final Set<String> capitalPairFirsts = new java.util.HashSet<>();
    /** One-word short names withheld as aliases (NO_SURNAME_ALIAS), with the people they would stand for. */
    private final Map<String, List<KnownEntity>> withheld = new HashMap<>();
    /** The day each dated holder took office (optional seventh column) and left it (optional eighth). */
    private final Map<KnownEntity, java.time.LocalDate> since = new HashMap<>();
    private final Map<KnownEntity, java.time.LocalDate> until = new HashMap<>();

    static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        read("gazetteer.tsv", g::addLine);
        read("nationalities.tsv", line -> {
            String[] cols = line.split("\t");
            for (String w : cols[1].split("\\|")) {
                g.countryWords.put(w.toLowerCase(Locale.ROOT), cols[0]);
            }
        });
        read("capitals.tsv", line -> {
            String[] cols = line.split("\t");
            for (String w : cols[1].split("\\|")) {
                g.capitals.put(w.toLowerCase(Locale.ROOT), cols[0]);
            }
        });
        for (String key : g.countryWords.keySet()) {
            if (key.indexOf(' ') > 0) {
                g.pairFirsts.add(key.substring(0, key.indexOf(' ')));
            }
        }
        for (String key : g.capitals.keySet()) {
            if (key.indexOf(' ') > 0) {
                g.capitalPairFirsts.add(key.substring(0, key.indexOf(' ')));
            }
        }
        return g;
    }

    private void addLine(String line) {
        String[] c = Arrays.copyOf(line.split("\t", -1), 8);
        KnownEntity e = new KnownEntity(c[1].strip(), EntityKind.valueOf(c[0].strip()), blankToNull(c[2]),
                blankToNull(c[3]), offices(c[4]));
        entities.add(e);
        if (c[6] != null && !c[6].isBlank()) {
            since.put(e, java.time.LocalDate.parse(c[6].strip()));
        }
        if (c[7] != null && !c[7].isBlank()) {
            until.put(e, java.time.LocalDate.parse(c[7].strip()));
        }
        for (String office : e.offices()) {
            byOffice.computeIfAbsent(office, k -> new ArrayList<>()).add(e);
        }
        names.add(e.name(), e, true);
        Set<String> aliases = new LinkedHashSet<>();
        if (c[5] != null) {
            for (String a : c[5].split("\\|")) {
                if (!a.isBlank()) {
                    aliases.add(a.strip());
                }
            }
        }
        if (e.kind() == EntityKind.PERSON) {
            // The name reporting uses on its own ("Xi", "von der Leyen", "Starmer"), as titles do.
            String surname = ShortNames.of(e.name());
            if (!surname.equals(e.name()) && !NO_SURNAME_ALIAS.contains(surname)) {
                aliases.add(surname);
            } else if (!surname.equals(e.name()) && surname.indexOf(' ') < 0) {
                withheld.computeIfAbsent(surname, k -> new ArrayList<>(1)).add(e);
            }
        }
        aliases.forEach(a -> names.add(a, e, true));
    }

    private static Set<String> offices(String s) {
        if (s == null || s.isBlank()) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String o : s.split(",")) {
            out.add(o.strip().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static void read(String resource, Consumer<String> lines) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource parley/extract/" + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The people a one-word short name too common to stand alone ("He", "Lee", "Costa") would name, or an empty
     * list: {@link EntityFinder} accepts it only where the full name came first in the article.
     */
    List<KnownEntity> withheldShortName(String word) {
        return withheld.getOrDefault(word, List.of());
    }

    PhraseMatcher<KnownEntity> names() {
        return names;
    }

    /** The organisation known by exactly these words ("the African Union" is not; "African Union" is), or null. */
    KnownEntity organisation(String words) {
        var hits = names.find(Tokens.of(words));
        if (hits.size() == 1 && hits.get(0).start() == 0 && hits.get(0).end() == words.length()
                && hits.get(0).value().kind() == EntityKind.ORGANISATION) {
            return hits.get(0).value();
        }
        return null;
    }

    /** Country key for an adjective or name ("Ukrainian" → "Ukraine"), or null. */
    String country(String word) {
        return word == null ? null : countryWords.get(word.toLowerCase(Locale.ROOT));
    }

    /** True when {@code city} is the capital of the country {@code country} names ("Nairobi" of "Kenya"). */
    boolean capitalOf(String city, String country) {
        String key = capital(city);
        return key != null && key.equals(country(country));
    }

    /**
     * Country key of a capital that reporting uses for its government ("Kigali" → "Rwanda"), or null. Only for the
     * forms where a country acts ({@link CountryActors}); elsewhere a capital is a place.
     */
    String capital(String word) {
        return word == null ? null : capitals.get(word.toLowerCase(Locale.ROOT));
    }

    /**
     * {@code country(tokens.raw(i))}: for a token all in ASCII its folded form is that lower-cased word, so no copy is
     * made (this runs for every capitalised word of every sentence).
     */
    String countryOfToken(parley.extract.text.Tokens tokens, int i) {
        return ascii(tokens, i) ? countryWords.get(tokens.folded(i)) : country(tokens.raw(i));
    }

    /**
     * {@code country(raw(i) + " " + raw(i + 1))}, with no look-up when token i is in ASCII and no country word of two
     * or more words starts with it.
     */
    String countryOfPair(parley.extract.text.Tokens tokens, int i) {
        if (ascii(tokens, i) && !pairFirsts.contains(tokens.folded(i))) {
            return null;
        }
        return country(tokens.raw(i) + " " + tokens.raw(i + 1));
    }

    /** {@code capital(tokens.raw(i))}, as {@link #countryOfToken} answers {@link #country}. */
    String capitalOfToken(parley.extract.text.Tokens tokens, int i) {
        return ascii(tokens, i) ? capitals.get(tokens.folded(i)) : capital(tokens.raw(i));
    }

    /** {@code capital(raw(i) + " " + raw(i + 1))}, as {@link #countryOfPair} answers {@link #country}. */
    String capitalOfPair(parley.extract.text.Tokens tokens, int i) {
        if (ascii(tokens, i) && !capitalPairFirsts.contains(tokens.folded(i))) {
            return null;
        }
        return capital(tokens.raw(i) + " " + tokens.raw(i + 1));
    }

    private static boolean ascii(parley.extract.text.Tokens tokens, int i) {
        String text = tokens.text();
        for (int k = tokens.start(i); k < tokens.end(i); k++) {
            if (text.charAt(k) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Gazetteer holders of an office, optionally in one country, in file order. */
    List<KnownEntity> holders(String office, String country) {
        return holders(office, country, null);
    }

    /**
     * Holders of an office on a day: someone who took office after it ("the German Chancellor" in an article of
     * 2024 is not Friedrich Merz) or had left it before ("the Japanese prime minister" in November 2025 is not
     * Shigeru Ishiba) is left out; with no day, or no date in the file, everyone is kept.
     */
    List<KnownEntity> holders(String office, String country, java.time.LocalDate on) {
        List<KnownEntity> all = byOffice.getOrDefault(office, List.of());
        if (country == null && on == null) {
            return all;
        }
        List<KnownEntity> out = new ArrayList<>(2);
        for (KnownEntity e : all) {
            if (country != null && !country.equals(e.country())) {
                continue; // before the dates: an entity's hash (a record's: all its fields) is not cached
            }
            java.time.LocalDate from = on == null ? null : since.get(e);
            java.time.LocalDate to = on == null ? null : until.get(e);
            if ((from == null || !from.isAfter(on))
                    && (to == null || !on.isAfter(to))) {
                out.add(e);
            }
        }
        return out;
    }
}
