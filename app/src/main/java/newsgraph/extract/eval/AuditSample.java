package newsgraph.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A seeded random sample of what the extractor output, for a precision audit by reading: officials,
 * events that have participants, participant links and projects, each with its evidence (file and
 * offsets into the source file, and the sentence for the judge to read). The same extraction and seed
 * give the same sample, so an audit can be redrawn and re-judged. Works on the extraction-v1 JSON tree,
 * so it reads the fields every version has and ignores the rest.
 */
public final class AuditSample {

    /** One item to judge. {@code sentence} is shown to the judge, never stored with the verdicts. */
    public record Item(String kind, String file, int start, int end, String value, String sentence) {}

    /** How many items of each kind to draw. */
    public record Sizes(int officials, int events, int links, int projects) {}

    private AuditSample() {}

    /** Draws up to {@code sizes} items of each kind from {@code extraction}, in a seeded random order. */
    public static List<Item> draw(JsonNode extraction, Sizes sizes, long seed) {
        List<Item> officials = new ArrayList<>(), events = new ArrayList<>(), links = new ArrayList<>(),
                projects = new ArrayList<>();
        for (JsonNode doc : extraction.path("documents")) {
            String file = doc.path("file").asText();
            for (JsonNode article : doc.path("articles")) {
                for (JsonNode o : article.path("officials")) {
                    JsonNode ev = o.path("positions").path(0).path("evidence");
                    Item it = item("official", file, ev, o.path("name").asText() + " " + join(o.path("titles")));
                    officials.add(ev.isMissingNode() ? firstMention(it, article, o.path("name").asText()) : it);
                }
                for (JsonNode e : article.path("events")) {
                    if (e.path("participants").isEmpty()) {
                        continue;
                    }
                    List<String> who = new ArrayList<>();
                    for (JsonNode p : e.path("participants")) {
                        who.add(p.path("name").asText());
                        links.add(item("link", file, p.path("evidence"),
                                p.path("name").asText() + " " + join(p.path("roles")) + " @ " + e.path("name").asText()));
                    }
                    JsonNode ev = e.path("evidence").isMissingNode() ? e.path("participants").path(0).path("evidence") : e.path("evidence");
                    events.add(item("event", file, ev, e.path("name").asText() + " " + e.path("date").asText("") + " ← " + String.join("、", who)));
                }
                for (JsonNode p : article.path("projects")) {
                    String money = p.path("investmentYuan").isMissingNode() ? "" : " " + p.path("investmentYuan").asText() + "元";
                    projects.add(item("project", file, p.path("evidence"), p.path("name").asText() + money));
                }
            }
        }
        Random random = new Random(seed);
        List<Item> sample = new ArrayList<>();
        sample.addAll(pick(officials, sizes.officials(), random));
        sample.addAll(pick(events, sizes.events(), random));
        sample.addAll(pick(links, sizes.links(), random));
        sample.addAll(pick(projects, sizes.projects(), random));
        return sample;
    }

    private static List<Item> pick(List<Item> all, int n, Random random) {
        List<Item> copy = new ArrayList<>(all);
        Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(n, copy.size()));
    }

    private static Item item(String kind, String file, JsonNode evidence, String value) {
        return new Item(kind, file, evidence.path("start").asInt(-1), evidence.path("end").asInt(-1), value.strip(),
                evidence.path("sentence").asText(""));
    }

    /**
     * An official without a title has no evidence of its own: the sentence of the first mention of the
     * name in the article's text, with its offsets, so that the judge can read it.
     */
    private static Item firstMention(Item it, JsonNode article, String name) {
        String text = article.path("text").asText("");
        int at = name.isEmpty() ? -1 : text.indexOf(name);
        if (at < 0) {
            return it;
        }
        int from = at;
        while (from > 0 && "。！？\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = at;
        while (to < text.length() && "。！？\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        to = Math.min(text.length(), to + 1);
        int base = article.path("start").asInt(0);
        return new Item(it.kind(), it.file(), base + from, base + to, it.value(), text.substring(from, to).strip());
    }

    private static String join(JsonNode array) {
        List<String> parts = new ArrayList<>();
        array.forEach(n -> parts.add(n.asText()));
        return String.join("、", parts);
    }
}
