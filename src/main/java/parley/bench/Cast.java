package parley.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The people the synthetic articles talk about, taken from the extractor's own gazetteer so extraction recognises
 * them: heads of state or government (leaders) and the other office holders (ministers, envoys).
 */
final class Cast {
    /** One person of the gazetteer. */
    record Person(String name, String title, String country, boolean leader) {
    }

    private static final String GAZETTEER = "/parley/extract/gazetteer.tsv";

    final List<Person> leaders;
    final List<Person> officials;

    private Cast(List<Person> leaders, List<Person> officials) {
        this.leaders = List.copyOf(leaders);
        this.officials = List.copyOf(officials);
    }

    static Cast load() {
        List<Person> leaders = new ArrayList<>();
        List<Person> officials = new ArrayList<>();
        try (InputStream in = Cast.class.getResourceAsStream(GAZETTEER)) {
            if (in == null) {
                throw new IllegalStateException("the gazetteer " + GAZETTEER + " is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t", -1);
                if (line.startsWith("#") || f.length < 5 || !f[0].equals("PERSON")) {
                    continue;
                }
                Person p = new Person(f[1], f[2], f[3], f[4].contains("leader"));
                (p.leader() ? leaders : officials).add(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (leaders.size() < 4) {
            throw new IllegalStateException("the gazetteer lists too few leaders for a synthetic corpus");
        }
        return new Cast(leaders, officials);
    }
}
