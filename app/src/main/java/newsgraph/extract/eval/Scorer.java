package newsgraph.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Scores extraction-v1 output against a gold-v1 annotation: a faithful port of
 * ../shared/eval/score.py (NFKC, whitespace and quote stripping, title suffix match, 60%-containment
 * or bigram-Dice ≥ 0.6 name match, optional events and participants). Both must give the same
 * figures on the same input; a test runs the script to check.
 */
public final class Scorer {
    private static final String QUOTES = "“”‘’\"'「」『』《》〈〉";
    public static final List<String> CATEGORIES = List.of("officials", "titles", "reporters", "events", "attendance",
            "attendance_roles", "parks", "projects", "organizations_recall");

    /** Counts of one category, with the labels of what was missed and what was extra. */
    public static final class Tally {
        public int tp;
        public int fp;
        public int fn;
        public final List<String> misses = new ArrayList<>();
        public final List<String> extras = new ArrayList<>();

        public double precision() {
            return tp + fp > 0 ? (double) tp / (tp + fp) : (fn == 0 ? 1.0 : 0.0);
        }

        public double recall() {
            return tp + fn > 0 ? (double) tp / (tp + fn) : 1.0;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        }
    }

    /** The whole result: one tally per category, event dates and project investments right/of. */
    public record Result(Map<String, Tally> tallies, int datesCorrect, int datesOf, int investCorrect, int investOf) {
        /** The report score.py prints. */
        public String format(boolean verbose) {
            StringBuilder b = new StringBuilder();
            for (String k : CATEGORIES) {
                Tally t = tallies.get(k);
                b.append(String.format(Locale.ROOT, "%-22s P=%.3f R=%.3f F1=%.3f  (tp=%d fp=%d fn=%d)%n", k,
                        t.precision(), t.recall(), t.f1(), t.tp, t.fp, t.fn));
                if (verbose) {
                    t.misses.forEach(m -> b.append("    missed: ").append(m).append('\n'));
                    t.extras.forEach(m -> b.append("    extra:  ").append(m).append('\n'));
                }
            }
            b.append(String.format(Locale.ROOT, "%-22s %d/%d%n", "event_dates", datesCorrect, datesOf));
            b.append(String.format(Locale.ROOT, "%-22s %d/%d%n", "project_investments", investCorrect, investOf));
            return b.toString();
        }
    }

    static String norm(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder();
        n.codePoints().forEach(cp -> {
            if (!isPythonSpace(cp) && QUOTES.indexOf(cp) < 0) {
                b.appendCodePoint(cp);
            }
        });
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isPythonSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x1c || cp == 0x1d || cp == 0x1e || cp == 0x1f || cp == 0x85;
    }

    static Set<String> bigrams(String s) {
        int[] cps = s.codePoints().toArray();
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < cps.length; i++) {
            out.add(new String(cps, i, 2));
        }
        if (out.isEmpty()) {
            out.add(s);
        }
        return out;
    }

    static boolean similar(String a0, String b0, double threshold) {
        String a = norm(a0);
        String b = norm(b0);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        int la = a.codePointCount(0, a.length());
        int lb = b.codePointCount(0, b.length());
        String shortS = la <= lb ? a : b;
        String longS = la <= lb ? b : a;
        if (longS.contains(shortS) && Math.min(la, lb) >= threshold * Math.max(la, lb)) {
            return true;
        }
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return 2.0 * common.size() / (x.size() + y.size()) >= threshold;
    }

    static boolean similar(String a, String b) {
        return similar(a, b, 0.6);
    }

    private static List<String> namesOf(JsonNode entry) {
        List<String> out = new ArrayList<>();
        out.add(text(entry.get("name"), ""));
        JsonNode al = entry.get("aliases");
        if (al != null && al.isArray()) {
            al.forEach(x -> out.add(x.asText()));
        }
        return out;
    }

    static boolean matches(String predName, JsonNode gold) {
        for (String n : namesOf(gold)) {
            if (similar(predName, n)) {
                return true;
            }
        }
        return false;
    }

    static boolean titleMatches(String pred, String gold) {
        String p = norm(pred);
        String g = norm(gold);
        return !p.isEmpty() && !g.isEmpty() && (p.equals(g) || p.endsWith(g) || g.endsWith(p));
    }

    static String asName(JsonNode x) {
        if (x == null || x.isNull()) {
            return "";
        }
        if (x.isTextual()) {
            return x.asText();
        }
        return x.isObject() ? text(x.get("name"), "") : "";
    }

    private static String text(JsonNode n, String dflt) {
        return n == null || n.isNull() ? dflt : n.asText();
    }

    private static boolean truthy(JsonNode n) {
        if (n == null || n.isNull()) {
            return false;
        }
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        if (n.isNumber()) {
            return n.asDouble() != 0;
        }
        if (n.isTextual()) {
            return !n.asText().isEmpty();
        }
        return n.size() > 0;
    }

    private static List<JsonNode> list(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(out::add);
        }
        return out;
    }

    /** Pools a predicted document's articles into one map of lists (score.py's pool). */
    static Map<String, List<JsonNode>> pool(JsonNode doc) {
        List<JsonNode> parts = new ArrayList<>();
        if (doc != null && truthy(doc.get("articles"))) {
            doc.get("articles").forEach(parts::add);
        } else {
            parts.add(doc);
        }
        Map<String, List<JsonNode>> out = new LinkedHashMap<>();
        for (String k : List.of("officials", "events", "parks", "projects", "organizations", "reporters")) {
            List<JsonNode> l = new ArrayList<>();
            for (JsonNode a : parts) {
                if (a != null && truthy(a.get(k))) {
                    a.get(k).forEach(l::add);
                }
            }
            out.put(k, l);
        }
        return out;
    }

    static <P, G> void matchSets(Tally tally, List<P> preds, List<G> golds, BiPredicate<P, G> isMatch,
                                 Predicate<G> optional, Function<Object, String> label) {
        Set<Integer> used = new HashSet<>();
        for (P p : preds) {
            Integer hit = null;
            for (int i = 0; i < golds.size(); i++) {
                if (!used.contains(i) && isMatch.test(p, golds.get(i))) {
                    hit = i;
                    break;
                }
            }
            if (hit == null) {
                boolean any = false;
                for (G g : golds) {
                    if (isMatch.test(p, g)) {
                        any = true;
                        break;
                    }
                }
                if (!any) {
                    tally.fp++;
                    tally.extras.add(label.apply(p));
                }
                continue;
            }
            used.add(hit);
            if (!optional.test(golds.get(hit))) {
                tally.tp++;
            }
        }
        for (int i = 0; i < golds.size(); i++) {
            if (!used.contains(i) && !optional.test(golds.get(i))) {
                tally.fn++;
                tally.misses.add(label.apply(golds.get(i)));
            }
        }
    }

    private record Pair(String a, String b) implements Comparable<Pair> {
        public int compareTo(Pair o) {
            int c = cmp(a, o.a);
            return c != 0 ? c : cmp(b, o.b);
        }
    }

    /** Python's string order: by code point. */
    static int cmp(String x, String y) {
        int[] a = x.codePoints().toArray();
        int[] b = y.codePoints().toArray();
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return Integer.compare(a.length, b.length);
    }

    private static List<String> sortedSet(Set<String> s) {
        List<String> l = new ArrayList<>(s);
        l.sort(Scorer::cmp);
        return l;
    }

    public Result score(JsonNode gold, JsonNode pred) {
        Map<String, Tally> t = new LinkedHashMap<>();
        CATEGORIES.forEach(k -> t.put(k, new Tally()));
        int[] dates = {0, 0};
        int[] invest = {0, 0};
        Map<String, JsonNode> predDocs = new LinkedHashMap<>();
        for (JsonNode d : list(pred.get("documents"))) {
            String f = text(d.get("file"), "");
            predDocs.put(f.substring(Math.max(f.lastIndexOf('/'), f.lastIndexOf('\\')) + 1), d);
        }
        for (JsonNode gd : list(gold.get("documents"))) {
            String f = gd.get("file").asText();
            Map<String, List<JsonNode>> pd = pool(predDocs.getOrDefault(f, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()));

            Set<String> goldOff = new HashSet<>();
            list(gd.get("officials")).forEach(o -> goldOff.add(o.get("name").asText()));
            Set<String> predOff = new HashSet<>();
            pd.get("officials").forEach(o -> predOff.add(asName(o)));
            predOff.remove("");
            matchSets(t.get("officials"), sortedSet(predOff), sortedSet(goldOff), (p, g) -> norm(p).equals(norm(g)),
                    g -> false, x -> f + ": " + x);

            List<Pair> goldTitles = new ArrayList<>();
            for (JsonNode o : list(gd.get("officials"))) {
                for (JsonNode ti : list(o.get("titles"))) {
                    goldTitles.add(new Pair(o.get("name").asText(), ti.asText()));
                }
            }
            Set<Pair> pt = new TreeSet<>();
            for (JsonNode o : pd.get("officials")) {
                if (o.isObject() && truthy(o.get("titles"))) {
                    for (JsonNode ti : o.get("titles")) {
                        pt.add(new Pair(asName(o), ti.asText()));
                    }
                }
            }
            matchSets(t.get("titles"), new ArrayList<>(pt), goldTitles,
                    (p, g) -> norm(p.a).equals(norm(g.a)) && titleMatches(p.b, g.b), g -> false,
                    x -> f + ": " + ((Pair) x).a + " " + ((Pair) x).b);

            Set<String> pr = new HashSet<>();
            pd.get("reporters").forEach(r -> pr.add(asName(r)));
            pr.remove("");
            Set<String> gr = new HashSet<>();
            list(gd.get("reporters")).forEach(r -> gr.add(r.asText()));
            matchSets(t.get("reporters"), sortedSet(pr), sortedSet(gr), (p, g) -> norm(p).equals(norm(g)), g -> false, x -> f + ": " + x);

            List<JsonNode> gev = list(gd.get("events"));
            List<JsonNode> pev = new ArrayList<>();
            for (JsonNode e : pd.get("events")) {
                if (e.isObject() && truthy(e.get("name"))) {
                    pev.add(e);
                }
            }
            matchSets(t.get("events"), pev, gev, (p, g) -> matches(p.get("name").asText(), g),
                    g -> truthy(g.get("optional")), x -> f + ": " + ((JsonNode) x).get("name").asText());
            Function<JsonNode, Integer> goldEventFor = pe -> {
                for (int i = 0; i < gev.size(); i++) {
                    if (matches(pe.get("name").asText(), gev.get(i))) {
                        return i;
                    }
                }
                return null;
            };
            for (JsonNode pe : pev) {
                Integer gi = goldEventFor.apply(pe);
                if (gi != null && truthy(gev.get(gi).get("date"))) {
                    dates[1]++;
                    String d = truthy(pe.get("date")) ? pe.get("date").asText() : "";
                    d = d.length() > 10 ? d.substring(0, 10) : d;
                    dates[0] += d.equals(gev.get(gi).get("date").asText()) ? 1 : 0;
                }
            }
            Set<List<Object>> goldPairs = new HashSet<>();
            Set<List<Object>> goldOpt = new HashSet<>();
            Set<List<Object>> goldRoles = new HashSet<>();
            Set<List<Object>> goldRolesOpt = new HashSet<>();
            for (int gi = 0; gi < gev.size(); gi++) {
                for (JsonNode p : list(gev.get(gi).get("participants"))) {
                    boolean opt = truthy(p.get("optional"));
                    List<Object> key = List.of(norm(p.get("name").asText()), gi);
                    (opt ? goldOpt : goldPairs).add(key);
                    for (JsonNode r : list(p.get("roles"))) {
                        (opt ? goldRolesOpt : goldRoles).add(List.of(key.get(0), gi, r.asText()));
                    }
                }
            }
            Set<List<Object>> predPairs = new HashSet<>();
            Set<List<Object>> predRoles = new HashSet<>();
            Set<List<Object>> unmatched = new HashSet<>();
            for (JsonNode pe : pev) {
                Integer gi = goldEventFor.apply(pe);
                for (JsonNode p : list(pe.get("participants"))) {
                    String name = norm(asName(p));
                    if (name.isEmpty()) {
                        continue;
                    }
                    if (gi == null) {
                        unmatched.add(List.of(name, pe.get("name").asText()));
                        continue;
                    }
                    predPairs.add(List.of(name, gi));
                    List<String> roles = new ArrayList<>();
                    if (truthy(p.get("roles"))) {
                        p.get("roles").forEach(r -> roles.add(r.asText()));
                    } else if (p.isObject() && truthy(p.get("role"))) {
                        roles.add(p.get("role").asText());
                    }
                    for (String r : roles) {
                        predRoles.add(List.of(name, gi, r));
                    }
                }
            }
            tallyPairs(t.get("attendance"), goldPairs, goldOpt, predPairs, gev, f);
            tallyPairs(t.get("attendance_roles"), goldRoles, goldRolesOpt, predRoles, gev, f);
            t.get("attendance").fp += unmatched.size();
            List<List<Object>> um = new ArrayList<>(unmatched);
            um.sort(Comparator.comparing((List<Object> x) -> (String) x.get(0), Scorer::cmp).thenComparing(x -> (String) x.get(1), Scorer::cmp));
            um.forEach(x -> t.get("attendance").extras.add(f + ": " + x.get(0) + " @ " + x.get(1) + " (no such event)"));

            List<String> pparks = new ArrayList<>();
            pd.get("parks").forEach(p -> {
                if (!asName(p).isEmpty()) {
                    pparks.add(asName(p));
                }
            });
            matchSets(t.get("parks"), pparks, list(gd.get("parks")), (p, g) -> matches(p, g), g -> false,
                    x -> f + ": " + (x instanceof JsonNode j ? asName(j) : x));

            List<JsonNode> gpj = list(gd.get("projects"));
            List<JsonNode> ppj = new ArrayList<>();
            pd.get("projects").forEach(p -> {
                if (!asName(p).isEmpty()) {
                    ppj.add(p);
                }
            });
            matchSets(t.get("projects"), ppj, gpj, (p, g) -> matches(asName(p), g), g -> false,
                    x -> f + ": " + asName((JsonNode) x));
            for (JsonNode p : ppj) {
                JsonNode g = null;
                for (JsonNode x : gpj) {
                    if (matches(asName(p), x)) {
                        g = x;
                        break;
                    }
                }
                if (g != null && truthy(g.get("investmentYuan"))) {
                    invest[1]++;
                    JsonNode got = p.isObject() ? p.get("investmentYuan") : null;
                    invest[0] += got != null && !got.isNull() && Math.abs(got.asDouble() - g.get("investmentYuan").asDouble()) < 1 ? 1 : 0;
                }
            }

            List<String> porgs = new ArrayList<>();
            pd.get("organizations").forEach(o -> {
                if (!asName(o).isEmpty()) {
                    porgs.add(asName(o));
                }
            });
            for (JsonNode go : list(gd.get("organizations"))) {
                boolean hit = porgs.stream().anyMatch(p -> similar(p, go.asText(), 0.8));
                Tally or = t.get("organizations_recall");
                if (hit) {
                    or.tp++;
                } else {
                    or.fn++;
                    or.misses.add(f + ": " + go.asText());
                }
            }
        }
        return new Result(t, dates[0], dates[1], invest[0], invest[1]);
    }

    private static void tallyPairs(Tally tally, Set<List<Object>> golds, Set<List<Object>> opts, Set<List<Object>> preds,
                                   List<JsonNode> gev, String f) {
        Set<List<Object>> both = new HashSet<>(preds);
        both.retainAll(golds);
        tally.tp += both.size();
        Set<List<Object>> extra = new HashSet<>(preds);
        extra.removeAll(golds);
        extra.removeAll(opts);
        tally.fp += extra.size();
        Set<List<Object>> missing = new HashSet<>(golds);
        missing.removeAll(preds);
        tally.fn += missing.size();
        Function<List<Object>, String> label = x -> f + ": " + x.get(0) + " @ " + gev.get((Integer) x.get(1)).get("name").asText()
                + (x.size() > 2 ? " (" + x.get(2) + ")" : "");
        extra.stream().map(label).sorted(Scorer::cmp).forEach(tally.extras::add);
        missing.stream().map(label).sorted(Scorer::cmp).forEach(tally.misses::add);
        Objects.requireNonNull(tally);
    }
}
