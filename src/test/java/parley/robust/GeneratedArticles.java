package parley.robust;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small dated articles written at test time, each reporting one meeting, each different (distinct SHA-256). */
final class GeneratedArticles {
    private static final String[] COUNTRIES = {"Lithuania", "Latvia", "Estonia", "Poland", "Finland", "Sweden",
            "Norway", "Denmark", "Germany", "France"};
    private static final String[] CITIES = {"Vilnius", "Riga", "Tallinn", "Warsaw", "Helsinki", "Stockholm", "Oslo",
            "Copenhagen", "Berlin", "Paris"};

    private GeneratedArticles() {
    }

    /** Writes {@code count} articles named art00000.txt, art00001.txt, ... into {@code folder}. */
    static List<Path> write(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            files.add(Files.writeString(folder.resolve(String.format("art%05d.txt", i)), text(i),
                    StandardCharsets.UTF_8));
        }
        return files;
    }

    static String text(int i) {
        int host = i % COUNTRIES.length;
        // Poland, Germany and France: their foreign ministers are in the gazetteer, so every article has an event.
        int[] guests = {3, 8, 9};
        int guest = guests[i % 3] == host ? guests[(i + 1) % 3] : guests[i % 3];
        LocalDate published = LocalDate.of(2001, 1, 1).plusDays(i);
        return "Ministers meet in " + CITIES[host] + "\n"
                + "Published: " + published + "\n\n"
                + "The foreign ministers of " + COUNTRIES[host] + " and " + COUNTRIES[guest] + " met in "
                + CITIES[host] + " on Monday to discuss energy links, officials said.\n\n"
                + "A joint statement is expected later in the week. Dispatch number " + i + ".\n";
    }
}
