package newsgraph.graph;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/**
 * Removes an article and whatever only it supported ({@code graph/delete-article.cypher}), in one
 * transaction: a fact another article also states stays, with its other evidence; a person, event or
 * project known only from this article goes. The ingest ledger forgets the article, so the same text
 * can be ingested again (with the rules of that day).
 */
public final class ArticleRemover {

    private static final CypherFile DELETE = CypherFile.load("delete-article");

    /** Article ids are the first 32 hex digits of a SHA-256 (graph-schema/README.md). */
    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");

    /** Whether {@code id} has the shape of an article id (checked before asking the graph). */
    public static boolean isArticleId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** What a removal did: the article's id and headline, and how many nodes went with it. */
    public record Removed(String articleId, String title, int nodesRemoved) {}

    private final Driver driver;
    private final SessionConfig sessionConfig;

    public ArticleRemover(Driver driver, SessionConfig sessionConfig) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.sessionConfig = Objects.requireNonNull(sessionConfig, "sessionConfig");
    }

    /** Removes the article with this id; empty when no such article is stored. */
    public Optional<Removed> remove(String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        Optional<Removed> removed;
        try (var session = driver.session(sessionConfig)) {
            // Retried on transient errors (a concurrent write touching the same nodes): the statement is idempotent.
            removed = session.executeWrite(tx -> tx.run(DELETE.text(), Map.of("article", articleId)).list().stream()
                    .findFirst()
                    .map(r -> new Removed(r.get("id").asString(), r.get("title").asString(null),
                            r.get("removed").asInt())));
        }
        if (removed.isPresent()) {
            // Substring search (an eventually consistent index) no longer finds what went with the article.
            GraphWriter.awaitSearchable(driver, sessionConfig);
        }
        return removed;
    }
}
