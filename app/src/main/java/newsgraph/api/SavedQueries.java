package newsgraph.api;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import newsgraph.query.QueryCatalogue;
import newsgraph.query.QueryRunner;

/**
 * The resource endpoints read through the same saved queries as everyone else: one vocabulary for
 * the API, the tests and analysts in Browser.
 */
@Singleton
public class SavedQueries {

    private final QueryCatalogue catalogue;
    private final QueryRunner runner;

    public SavedQueries(QueryCatalogue catalogue, QueryRunner runner) {
        this.catalogue = catalogue;
        this.runner = runner;
    }

    public List<Map<String, Object>> rows(String query, Map<String, Object> params) {
        var saved = catalogue.get(query).orElseThrow(() -> new IllegalStateException("cypher/" + query + ".cypher is missing"));
        return runner.run(saved, params).rows();
    }
}
