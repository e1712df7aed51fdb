package newsgraph.testing;

import newsgraph.graph.ArticleMetadata;
import newsgraph.graph.GraphWriter;
import newsgraph.ingest.Samples;
import newsgraph.neo4j.GraphStore;

/** The demo's fictional sample articles (bundled in the jar), written as `demo --annotations` does. */
public final class DemoData {

    private DemoData() {}

    public static void ingest(GraphStore store) {
        GraphWriter writer = new GraphWriter(store.driver(), store.sessionConfig());
        for (Samples.Sample sample : Samples.bundled()) {
            sample.annotation().articles().forEach(a -> writer.write(a,
                    new ArticleMetadata(sample.file(), "newsgraph demo", null, sample.publicationDate())));
        }
    }
}
