package newsgraph.api;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import newsgraph.neo4j.GraphStore;
import newsgraph.query.QueryCatalogue;
import newsgraph.query.QueryRunner;

/** The saved-query catalogue, loaded and verified read-only at start-up (a bad file fails it). */
@Factory
public class QueryBeans {

    @Context
    QueryCatalogue catalogue(GraphStore store) {
        QueryCatalogue catalogue = QueryCatalogue.bundled();
        catalogue.verify(store.driver(), store.sessionConfig());
        return catalogue;
    }

    @Singleton
    QueryRunner runner(GraphStore store, QuerySettings settings) {
        return QueryRunner.of(store, settings.timeout(), settings.maxRows());
    }
}
