package newsgraph.graph;

/**
 * What writing one article did: {@code created} is false when the article was already in the
 * graph (its id is in the ingest ledger) and nothing was written. The counts are the driver's
 * counters summed over the article's statements, ledger excluded.
 */
public record WriteResult(String articleId, String title, boolean created, int nodesCreated,
                          int relationshipsCreated, int propertiesSet) {

    static WriteResult unchanged(String articleId, String title) {
        return new WriteResult(articleId, title, false, 0, 0, 0);
    }
}
