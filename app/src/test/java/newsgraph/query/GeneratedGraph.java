package newsgraph.query;

import java.util.ArrayList;
import java.util.List;
import newsgraph.bench.CorpusGenerator;
import newsgraph.graph.ArticleMetadata;
import newsgraph.graph.GraphWriter;
import newsgraph.model.ArticleExtraction;
import newsgraph.model.Evidence;
import newsgraph.model.Official;
import newsgraph.model.Participant;
import newsgraph.model.Position;
import newsgraph.neo4j.GraphStore;

/**
 * A generated corpus written through the real writer (fictional names, {@link CorpusGenerator}), with
 * one hub: the same official named in every {@code hubEvery}-th article, attending its first event —
 * the shape of a district head seen in thousands of articles, whose relationships a query must not
 * all read.
 */
final class GeneratedGraph {

    /** The hub official's name and the title they are seen with. */
    static final String HUB = "韩立川";

    private GeneratedGraph() {}

    /** Writes articles {@code from} (inclusive) to {@code to} (exclusive). */
    static void write(GraphStore store, int from, int to, int hubEvery) {
        GraphWriter writer = new GraphWriter(store.driver(), store.sessionConfig());
        CorpusGenerator generator = new CorpusGenerator(7);
        for (int i = from; i < to; i++) {
            ArticleExtraction a = generator.article(i);
            writer.write(i % hubEvery == 0 ? withHub(a) : a, ArticleMetadata.ofFile("generated-" + i + ".txt"));
        }
        // Substring search's index is updated off the commit (V011): wait, as ingest does at its end,
        // or a query reading it (project-investments) may find nothing on a loaded machine.
        GraphWriter.awaitSearchable(store.driver(), store.sessionConfig());
    }

    static ArticleExtraction withHub(ArticleExtraction a) {
        String sentence = "东岳新区工委书记" + HUB + "出席。";
        String text = a.text() + sentence;
        Evidence evidence = new Evidence(sentence, a.text().length(), text.length());
        List<Official> officials = new ArrayList<>(a.officials());
        officials.add(new Official(HUB, List.of("东岳新区工委书记"), List.of(
                new Position("东岳新区工委书记", "东岳新区工委", "书记", evidence)), true));
        List<newsgraph.model.Event> events = new ArrayList<>(a.events());
        if (!events.isEmpty()) {
            var e = events.getFirst();
            List<Participant> participants = new ArrayList<>(e.participants());
            participants.add(new Participant(HUB, List.of("attended"), evidence));
            events.set(0, new newsgraph.model.Event(e.name(), e.aliases(), e.kind(), e.date(), e.place(), participants,
                    e.organizers(), e.mentionedOnly(), e.evidence()));
        }
        return new ArticleExtraction(a.title(), a.date(), a.reporters(), officials, events, a.organizations(), a.parks(),
                a.projects(), text, a.start(), a.start() + text.length(), a.continuation(), a.region());
    }
}
