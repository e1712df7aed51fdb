package newsgraph.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import newsgraph.extract.lexicon.Lexicon;

/**
 * The words of {@code project-words.tsv} by use (lifecycle, placed, scope, rank…): the vocabulary
 * the project and investment rules of {@link EntityRecognizer} read, kept as data so it can be
 * changed without Java. Immutable, thread-safe.
 */
public final class EntityWords {
    private final Map<String, List<String>> byUse = new TreeMap<>();

    public EntityWords(Lexicon lexicon) {
        for (String word : lexicon.keysLongestFirst()) {
            for (String use : lexicon.value(word, 1).split(",")) {
                byUse.computeIfAbsent(use.strip(), k -> new ArrayList<>()).add(word);
            }
        }
        byUse.replaceAll((k, v) -> List.copyOf(v));
    }

    public static EntityWords load() {
        return new EntityWords(Lexicon.load("project-words.tsv"));
    }

    /** The words of one use, longest first; fails on a use the lexicon does not have. */
    public List<String> of(String use) {
        List<String> v = byUse.get(use);
        if (v == null) {
            throw new IllegalStateException("project-words.tsv has no word for use '" + use + "'");
        }
        return v;
    }

    /** The words of one use as a regex alternation (开工|竣工|…), longest first, quoted, without a group. */
    public String alternation(String use) {
        List<String> v = new ArrayList<>(of(use));
        v.sort(Comparator.comparingInt(String::length).reversed());
        List<String> quoted = new ArrayList<>(v.size());
        for (String w : v) {
            quoted.add(Pattern.quote(w));
        }
        return String.join("|", quoted);
    }
}
