package newsgraph.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import newsgraph.extract.lexicon.Lexicon;

/**
 * The verbs of {@code event-verbs.tsv} by use (happens, holds, meets, inspects, attends, joins,
 * hears, along): the one place the event rules and the participant linker take their verb lists
 * from. Immutable, thread-safe.
 */
public final class EventVerbs {
    /** A hash map: every rule asks for its verbs once per sentence, and a tree's string compares showed in profiles. */
    private final Map<String, List<String>> byUse;

    public EventVerbs(Lexicon lexicon) {
        Map<String, List<String>> uses = new TreeMap<>();
        for (String verb : lexicon.keysLongestFirst()) {
            for (String use : lexicon.value(verb, 1).split(",")) {
                uses.computeIfAbsent(use.strip(), k -> new ArrayList<>()).add(verb);
            }
        }
        uses.replaceAll((k, v) -> List.copyOf(v));
        byUse = Map.copyOf(uses);
    }

    /** The verbs of one use, longest first; fails on a use the lexicon does not have. */
    public List<String> of(String use) {
        List<String> v = byUse.get(use);
        if (v == null) {
            throw new IllegalStateException("event-verbs.tsv has no verb for use '" + use + "'");
        }
        return v;
    }

    /** The verbs of one use as a regex alternation (召开|举行|…), longest first, without a group. */
    public String alternation(String use) {
        List<String> v = new ArrayList<>(of(use));
        v.sort(Comparator.comparingInt(String::length).reversed());
        return String.join("|", v);
    }

    public boolean is(String use, String word) {
        return byUse.getOrDefault(use, List.of()).contains(word);
    }

    /** Whether {@code s} holds a verb of that use. */
    public boolean anyIn(String s, String use) {
        for (String w : of(use)) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
