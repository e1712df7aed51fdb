package newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import newsgraph.model.ArticleExtraction;
import newsgraph.model.Continuation;
import newsgraph.model.Continuation.ArticleRef;
import newsgraph.model.DocumentExtraction;

/**
 * Joins the two parts of an article printed on two pages (（下转第二版） … （上接第一版）) when both
 * pages were extracted together. The pages do not print their own numbers, so the parts are told
 * apart by what they say: an article and its rest share the words of their story (names, places,
 * the meeting) that no other article of the batch uses, while the paper's stock phrases turn up
 * everywhere.
 *
 * <p>A rest is linked to the part that ends with a marker on another page when that part shares
 * enough such words with it and at least twice as many as any other candidate; pages whose dates
 * are of different years are never joined. An unlinked part keeps the page numbers its markers state. A linked rest
 * takes the date of the article it continues (it is the same article).
 */
public final class ContinuationLinker {
    /** Least number of trigrams only the two parts share. */
    static final int MIN_SCORE = 4;
    /** The best first part must share this many times as many as the runner-up. */
    static final int MARGIN = 2;

    /** One part of an article, with its trigrams (computed once, compared with every candidate). */
    private record Part(int doc, int article, ArticleExtraction a, Set<String> trigrams) {
        Part(int doc, int article, ArticleExtraction a) {
            this(doc, article, a, ContinuationLinker.trigrams(a.text()));
        }

        ArticleRef ref(List<DocumentExtraction> docs) {
            return new ArticleRef(docs.get(doc).file(), article);
        }
    }

    public List<DocumentExtraction> link(List<DocumentExtraction> docs) {
        List<Part> firsts = new ArrayList<>();
        List<Part> rests = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            List<ArticleExtraction> as = docs.get(d).articles();
            for (int i = 0; i < as.size(); i++) {
                Continuation c = as.get(i).continuation();
                if (c != null && c.onPage() != null) {
                    firsts.add(new Part(d, i, as.get(i)));
                }
                if (c != null && c.fromPage() != null) {
                    rests.add(new Part(d, i, as.get(i)));
                }
            }
        }
        if (firsts.isEmpty() || rests.isEmpty()) {
            return docs;
        }
        Map<String, Integer> df = documentFrequencies(docs);
        List<Integer> years = docs.stream().map(ContinuationLinker::year).toList();
        Map<Part, Part> links = new LinkedHashMap<>();
        Set<Part> taken = new HashSet<>();
        // a rest's score against a first part: how many word-like trigrams the two share that no other
        // article of the batch has (a story's own names and phrases, not the paper's stock ones),
        // counted from the rest's trigrams through an index of the first parts holding each such
        // trigram, not by intersecting the rest with every first part
        Map<String, List<Integer>> firstsHolding = new HashMap<>();
        for (int i = 0; i < firsts.size(); i++) {
            for (String t : firsts.get(i).trigrams) {
                if (df.getOrDefault(t, 0) == 2) {
                    firstsHolding.computeIfAbsent(t, x -> new ArrayList<>(2)).add(i);
                }
            }
        }
        for (Part rest : rests) {
            Integer restYear = years.get(rest.doc);
            Part best = null;
            int bestScore = 0;
            int second = 0;
            Map<Integer, Integer> scores = new TreeMap<>(); // by position in firsts: ties go to the earlier, as before
            for (String t : rest.trigrams) {
                for (int i : firstsHolding.getOrDefault(t, List.of())) {
                    scores.merge(i, 1, Integer::sum);
                }
            }
            for (Map.Entry<Integer, Integer> candidate : scores.entrySet()) {
                Part first = firsts.get(candidate.getKey());
                Integer firstYear = years.get(first.doc);
                if (first.doc == rest.doc || taken.contains(first)
                        || restYear != null && firstYear != null && !restYear.equals(firstYear)) {
                    continue;
                }
                int s = candidate.getValue(); // trigrams only these two share; a first part sharing none cannot win
                if (s > bestScore) {
                    second = bestScore;
                    bestScore = s;
                    best = first;
                } else if (s > second) {
                    second = s;
                }
            }
            if (best != null && bestScore >= MIN_SCORE && bestScore >= MARGIN * second) {
                links.put(rest, best);
                taken.add(best);
            }
        }
        if (links.isEmpty()) {
            return docs;
        }
        List<List<ArticleExtraction>> out = new ArrayList<>();
        for (DocumentExtraction d : docs) {
            out.add(new ArrayList<>(d.articles()));
        }
        for (Map.Entry<Part, Part> e : links.entrySet()) {
            Part rest = e.getKey();
            Part first = e.getValue();
            ArticleExtraction r = out.get(rest.doc).get(rest.article);
            r = r.withContinuation(r.continuation().withFrom(first.ref(docs)));
            if (r.date() == null && first.a.date() != null) {
                r = r.withDate(first.a.date());
            }
            out.get(rest.doc).set(rest.article, r);
            ArticleExtraction f = out.get(first.doc).get(first.article);
            out.get(first.doc).set(first.article, f.withContinuation(f.continuation().withIn(rest.ref(docs))));
        }
        List<DocumentExtraction> result = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            DocumentExtraction doc = docs.get(d);
            result.add(new DocumentExtraction(doc.file(), out.get(d), doc.error()));
        }
        return result;
    }

    private static Map<String, Integer> documentFrequencies(List<DocumentExtraction> docs) {
        Map<String, Integer> df = new HashMap<>();
        for (DocumentExtraction d : docs) {
            for (ArticleExtraction a : d.articles()) {
                for (String t : trigrams(a.text())) {
                    df.merge(t, 1, Integer::sum);
                }
            }
        }
        return df;
    }

    /** Trigrams of Han characters only (digits and punctuation say little about the story). */
    private static Set<String> trigrams(String s) {
        Set<String> out = new HashSet<>();
        if (s == null) {
            return out;
        }
        for (int i = 0; i + 3 <= s.length(); i++) {
            if (han(s.charAt(i)) && han(s.charAt(i + 1)) && han(s.charAt(i + 2))) {
                out.add(s.substring(i, i + 3));
            }
        }
        return out;
    }

    private static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** The year most of a document's dated articles have, or null. */
    private static Integer year(DocumentExtraction d) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (ArticleExtraction a : d.articles()) {
            if (a.date() != null && a.date().length() >= 4) {
                counts.merge(Integer.parseInt(a.date().substring(0, 4)), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }
}
