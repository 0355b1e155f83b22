package parley.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Sentence templates of the synthetic corpus (written for Parley): sentences that report calls, meetings, summits,
 * talks, visits, press conferences, statements and strikes with a date phrase relative to the publication day, and
 * background sentences that report nothing. Every choice comes from the caller's random source.
 */
final class Sentences {
    static final List<String> CITIES = List.of("Geneva", "Brussels", "Vienna", "Helsinki", "Warsaw", "Ankara",
            "Doha", "Riyadh", "Oslo", "Madrid", "Rome", "Tokyo", "Berlin", "Paris", "London", "Kyiv", "Copenhagen",
            "Lisbon", "Athens", "Prague");
    static final List<String> TOPICS = List.of("a ceasefire along the front line", "grain shipments through the Black Sea",
            "the release of prisoners of war", "energy prices before the winter", "reconstruction funding",
            "sanctions on oil exports", "air defence deliveries", "security guarantees", "border crossings",
            "the safety of the nuclear plant", "tariffs on steel and aluminium", "climate finance for poorer countries");
    private static final List<String> BACKGROUND = List.of(
            "Officials in %s described the exchange as constructive but gave few details.",
            "Analysts cautioned that the positions of the two sides remain far apart on %s.",
            "The discussion of %s has dragged on for months without a breakthrough.",
            "Diplomats familiar with the file said progress on %s would depend on the coming weeks.",
            "Opposition figures in %s criticised the government for moving too slowly.",
            "Markets reacted calmly, with bond yields barely changed by the afternoon.",
            "Several aid agencies urged both governments to keep humanitarian corridors open.",
            "Public support for the approach has fallen since the spring, according to recent polling.",
            "The question of %s is expected to feature again at the next round of consultations.",
            "Officials declined to say whether a written agreement had been drafted.");

    private Sentences() {
    }

    /** A date phrase and the day it stands for, relative to the publication day. */
    record Dated(String phrase, LocalDate day) {
    }

    /** A past day within the week before publication, named by weekday, by "yesterday" or in full. */
    static Dated past(SplittableRandom r, LocalDate published) {
        int back = 1 + r.nextInt(6);
        LocalDate d = published.minusDays(back);
        return switch (r.nextInt(4)) {
            case 0 -> new Dated("yesterday", published.minusDays(1));
            case 1 -> new Dated("on " + d.getDayOfMonth() + " " + month(d), d);
            case 2 -> new Dated("on " + month(d) + " " + d.getDayOfMonth() + ", " + d.getYear(), d);
            default -> new Dated("on " + weekday(d.getDayOfWeek()), d);
        };
    }

    /** A future day within the fortnight after publication. */
    static Dated future(SplittableRandom r, LocalDate published) {
        LocalDate d = published.plusDays(1 + r.nextInt(13));
        return switch (r.nextInt(3)) {
            case 0 -> new Dated("next month", published.plusMonths(1).withDayOfMonth(1));
            case 1 -> new Dated("on " + d.getDayOfMonth() + " " + month(d), d);
            default -> new Dated("on " + weekday(published.plusDays(1 + r.nextInt(6)).getDayOfWeek()), d);
        };
    }

    /** One sentence reporting an event among these people, in a city, with a date phrase. */
    static String event(SplittableRandom r, LocalDate published, Cast.Person a, Cast.Person b, Cast.Person c) {
        String city = pick(r, CITIES);
        String topic = pick(r, TOPICS);
        Dated p = past(r, published);
        Dated f = future(r, published);
        return switch (r.nextInt(12)) {
            case 0 -> a.name() + " spoke by phone with " + b.name() + " " + p.phrase() + " about " + topic + ".";
            case 1 -> a.title() + " " + a.name() + " held a video call with " + b.name() + " and " + c.name() + " "
                    + p.phrase() + ".";
            case 2 -> a.name() + " met " + b.name() + " in " + city + " " + p.phrase() + " to discuss " + topic + ".";
            case 3 -> a.name() + " will host " + b.name() + " for a meeting in " + city + " " + f.phrase() + ".";
            case 4 -> "Leaders including " + a.name() + ", " + b.name() + " and " + c.name()
                    + " will gather for a summit in " + city + " " + f.phrase() + ".";
            case 5 -> "Negotiators sent by " + a.name() + " and " + b.name() + " opened talks in " + city + " "
                    + p.phrase() + " on " + topic + ".";
            case 6 -> a.name() + " arrived in " + city + " for a state visit " + p.phrase() + ", hosted by "
                    + b.name() + ".";
            case 7 -> a.name() + " told a press conference in " + city + " " + p.phrase() + " that " + topic
                    + " was now the priority.";
            case 8 -> "In a joint statement issued " + p.phrase() + ", " + a.name() + " and " + b.name()
                    + " called for progress on " + topic + ".";
            case 9 -> "A missile strike hit the outskirts of " + pick(r, List.of("Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia"))
                    + " " + p.phrase() + ", regional officials said.";
            case 10 -> a.name() + " and " + b.name() + " met in " + city + " " + p.phrase() + ", but " + c.name()
                    + " was not invited.";
            default -> "A planned visit by " + a.name() + " to " + city + " " + f.phrase()
                    + " was called off at short notice.";
        };
    }

    /** A sentence of context that reports no event. */
    static String background(SplittableRandom r, Cast.Person someone) {
        String template = pick(r, BACKGROUND);
        Object arg = template.contains("%s") && r.nextBoolean() ? someone.country() : pick(r, TOPICS);
        return String.format(Locale.ROOT, template, arg);
    }

    static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String weekday(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static <T> T pick(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }
}
