package newsgraph.graph;

/**
 * What writing one article did: {@code created} is false when the article was already in the
 * graph (its id is in the ingest ledger) and nothing was written. The counts are the driver's
 * counters of the article's transaction, ledger excluded. An article written in a batch with others
 * shares the batch's counters ({@link GraphWriter.BatchResult}): its {@code relationshipsCreated}
 * is counted from its own rows (each creates one), and {@code nodesCreated} and {@code propertiesSet}
 * are -1 (unknown: a node is created by whichever article of the batch names it first).
 */
public record WriteResult(String articleId, String title, boolean created, int nodesCreated,
                          int relationshipsCreated, int propertiesSet) {

    static WriteResult unchanged(String articleId, String title) {
        return new WriteResult(articleId, title, false, 0, 0, 0);
    }
}
