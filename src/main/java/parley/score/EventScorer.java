package parley.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Matches an export's events to the gold's, article by article, as the shared scorer does: a gold event matches a
 * reported event that cites the same article, whose date agrees at the gold's precision, and that names at least
 * min(2, half) of the gold participants as present (one for an optional event); with no participants, the type or
 * the place must agree. Pairs are taken greedily, required events first, then by shared people, same type and
 * export order; a further report of a matched event is a duplicate.
 */
public final class EventScorer {
    private final Gold gold;
    private final List<JsonNode> preds = new ArrayList<>();
    private final Map<Long, String> sourceFiles = new HashMap<>();
    private final Map<String, JsonNode> sourcesByFile = new HashMap<>();

    public EventScorer(Gold gold, JsonNode export) {
        this.gold = gold;
        for (JsonNode s : export.path("sources")) {
            String f = baseName(s.path("file").asText(""));
            sourceFiles.put(s.path("id").asLong(), f);
            sourcesByFile.put(f, s);
        }
        export.path("events").forEach(preds::add);
    }

    private record Pair(boolean required, int overlap, boolean sameType, int pred, int goldIndex) {
    }

    private static final Comparator<Pair> ORDER = Comparator.comparing(Pair::required)
            .thenComparingInt(Pair::overlap).thenComparing(Pair::sameType)
            .thenComparingInt(p -> -p.pred()).thenComparingInt(Pair::goldIndex).thenComparingInt(Pair::pred)
            .reversed();

    public ScoreReport score() {
        List<Gold.GoldEvent> events = gold.events();
        List<Set<String>> predFiles = preds.stream().map(this::files).toList();
        Map<String, List<Integer>[]> groups = new LinkedHashMap<>();
        if (gold.perArticle()) {
            Set<String> goldFiles = new TreeSet<>();
            events.forEach(g -> goldFiles.addAll(g.sources()));
            Set<String> cited = new TreeSet<>();
            predFiles.forEach(cited::addAll);
            cited.removeAll(goldFiles);
            for (String f : goldFiles) {
                groups.put(f, group(indices(events.size(), i -> events.get(i).sources().contains(f)),
                        indices(preds.size(), i -> predFiles.get(i).contains(f))));
            }
            for (String f : cited) {
                groups.put(f, group(List.of(), indices(preds.size(), i -> predFiles.get(i).contains(f))));
            }
        } else {
            groups.put("", group(indices(events.size(), i -> true), indices(preds.size(), i -> true)));
        }
        ScoreReport r = new ScoreReport(gold.perArticle(), preds.size());
        Map<Integer, Integer> goldMatch = new HashMap<>();
        for (Map.Entry<String, List<Integer>[]> g : groups.entrySet()) {
            List<Pair> pairs = pairs(g.getValue()[0], g.getValue()[1]);
            Map<Integer, Integer> gm = new HashMap<>();
            Map<Integer, Integer> pm = new HashMap<>();
            for (Pair p : pairs) {
                if (!gm.containsKey(p.goldIndex()) && !pm.containsKey(p.pred())) {
                    gm.put(p.goldIndex(), p.pred());
                    pm.put(p.pred(), p.goldIndex());
                }
            }
            int dup = 0;
            for (Pair p : pairs) {
                if (!pm.containsKey(p.pred()) && gm.containsKey(p.goldIndex())) {
                    dup++;
                    pm.put(p.pred(), -1);
                    r.duplicate(g.getKey(), describe(preds.get(p.pred())));
                }
            }
            goldMatch.putAll(gm);
            String file = g.getKey();
            ScoreReport.FileFigures ff = r.file(file);
            ff.reported = g.getValue()[1].size();
            ff.matched = (int) pm.values().stream().filter(v -> v >= 0).count();
            ff.duplicates = dup;
            for (int pi : g.getValue()[1]) {
                if (!pm.containsKey(pi)) {
                    r.extra(file, describe(preds.get(pi)));
                }
            }
        }
        for (int gi = 0; gi < events.size(); gi++) {
            Gold.GoldEvent g = events.get(gi);
            Integer pi = goldMatch.get(gi);
            String file = gold.perArticle() ? String.join(",", g.sources()) : "";
            if (pi == null) {
                r.missed(file, g.required(), g.type() + " " + dateText(g.node()) + " " + names(g.node()));
                continue;
            }
            JsonNode p = preds.get(pi);
            Set<String> want = keys(g.node().path("participants"));
            Set<String> got = present(p);
            boolean typeOk = p.path("type").asText("").toUpperCase(Locale.ROOT).equals(g.type());
            int absentOk = 0;
            int absentN = 0;
            for (JsonNode a : g.node().path("absent")) {
                absentN++;
                absentOk += got.contains(NameKey.of(a.asText())) ? 0 : 1;
            }
            String gs = Gold.text(g.node(), "status");
            String ps = Gold.text(p, "status");
            Set<String> files = files(p);
            r.matched(file, g.required(), new ScoreReport.Match(g.type(), dateText(g.node()),
                    p.path("type").asText(""), dateText(p), typeOk,
                    (int) want.stream().filter(got::contains).count(), diff(got, want), diff(want, got), absentOk,
                    absentN, gs == null || gs.isEmpty() || ps == null ? null : gs.equalsIgnoreCase(ps),
                    (int) g.sources().stream().filter(files::contains).count(), g.sources().size()));
        }
        for (Gold.Article a : gold.articles()) {
            r.metadata(a, sourcesByFile.get(a.file()));
        }
        return r;
    }

    private List<Pair> pairs(List<Integer> gis, List<Integer> pis) {
        List<Pair> pairs = new ArrayList<>();
        for (int gi : gis) {
            Gold.GoldEvent g = gold.events().get(gi);
            Set<String> want = keys(g.node().path("participants"));
            for (int pi : pis) {
                JsonNode p = preds.get(pi);
                if (!DateAgreement.matches(g.node(), p)) {
                    continue;
                }
                Set<String> got = present(p);
                int overlap = (int) want.stream().filter(got::contains).count();
                boolean sameType = p.path("type").asText("").toUpperCase(Locale.ROOT).equals(g.type());
                if (!want.isEmpty()) {
                    int need = g.required() ? Math.max(1, Math.min(2, (want.size() + 1) / 2)) : 1;
                    if (overlap < need) {
                        continue;
                    }
                } else {
                    String loc = NameKey.fold(Gold.text(g.node(), "location"));
                    String ploc = NameKey.fold(Gold.text(p, "location"));
                    if (!(sameType || (!loc.isEmpty() && ploc.contains(loc)))) {
                        continue;
                    }
                }
                pairs.add(new Pair(g.required(), overlap, sameType, pi, gi));
            }
        }
        pairs.sort(ORDER);
        return pairs;
    }

    private Set<String> files(JsonNode event) {
        Set<String> out = new HashSet<>();
        for (JsonNode s : event.path("sources")) {
            String f = s.isTextual() ? s.asText() : s.isObject() ? fileOf(s) : sourceFiles.get(s.asLong());
            if (f != null) {
                out.add(baseName(f));
            }
        }
        for (JsonNode m : event.path("mentions")) {
            String f = m.hasNonNull("file") ? m.get("file").asText() : sourceFiles.get(m.path("source").asLong());
            if (f != null) {
                out.add(baseName(f));
            }
        }
        return out;
    }

    private String fileOf(JsonNode s) {
        return s.hasNonNull("file") ? s.get("file").asText() : sourceFiles.get(s.path("id").asLong());
    }

    static Set<String> keys(JsonNode names) {
        Set<String> out = new TreeSet<>();
        names.forEach(n -> out.add(NameKey.of(n.isTextual() ? n.asText() : n.path("name").asText(""))));
        return out;
    }

    static Set<String> present(JsonNode pred) {
        Set<String> out = new TreeSet<>();
        for (JsonNode x : pred.path("participants")) {
            String role = x.isTextual() ? "" : x.path("role").asText("").toUpperCase(Locale.ROOT);
            if (!role.equals("ABSENT") && !role.equals("EXCLUDED")) {
                out.add(NameKey.of(x.isTextual() ? x.asText() : x.path("name").asText("")));
            }
        }
        return out;
    }

    private static List<String> diff(Set<String> a, Set<String> b) {
        return a.stream().filter(x -> !b.contains(x)).sorted().toList();
    }

    private static String describe(JsonNode p) {
        return p.path("type").asText("") + " " + dateText(p) + " " + names(p);
    }

    private static String dateText(JsonNode n) {
        String d = Gold.text(n, "date");
        return d == null ? String.valueOf(Gold.text(n, "start")) : d;
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.path("participants").forEach(x -> out.add(x.isTextual() ? x.asText() : x.path("name").asText("")));
        return out;
    }

    private static List<Integer> indices(int n, java.util.function.IntPredicate keep) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (keep.test(i)) {
                out.add(i);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Integer>[] group(List<Integer> gold, List<Integer> preds) {
        return new List[] {gold, preds};
    }

    private static String baseName(String f) {
        return f.substring(f.lastIndexOf('/') + 1);
    }
}
