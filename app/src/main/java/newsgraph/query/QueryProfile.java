package newsgraph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * What a saved query costs: its plan under {@code PROFILE} (database hits and rows summed over
 * every operator) or {@code EXPLAIN}, with the parameters bound as the API binds them. Used by the
 * query benchmark and by the test that keeps every saved query index-backed.
 */
public final class QueryProfile {

    /** One operator of a plan: its type without the runtime suffix ({@code Expand(All)}), and its details. */
    public record Operator(String type, String details) {}

    /** A profiled run: total db hits, rows returned, and the plan's operators, root first. */
    public record Cost(long dbHits, long rows, List<Operator> operators) {}

    private QueryProfile() {}

    /** Runs the query under PROFILE (it reads everything it would read for the API). */
    public static Cost profile(Driver driver, SessionConfig session, SavedQuery query, Map<String, Object> given) {
        try (var s = driver.session(session)) {
            var result = s.run(prefixed("PROFILE", query.cypher()), QueryRunner.bind(query, given));
            long rows = result.list().size();
            ProfiledPlan plan = result.consume().profile();
            List<Operator> ops = new ArrayList<>();
            return new Cost(dbHits(plan, ops), rows, ops);
        }
    }

    /** The plan the query gets, without running it. */
    public static List<Operator> explain(Driver driver, SessionConfig session, SavedQuery query, Map<String, Object> given) {
        return explain(driver, session, query.cypher(), QueryRunner.bind(query, given));
    }

    /** The plan any statement gets with these parameters (the write statement's, in its tests), without running it. */
    public static List<Operator> explain(Driver driver, SessionConfig session, String cypher, Map<String, Object> params) {
        try (var s = driver.session(session)) {
            Plan plan = s.run(prefixed("EXPLAIN", cypher), params).consume().plan();
            List<Operator> ops = new ArrayList<>();
            walk(plan, ops);
            return ops;
        }
    }

    /** EXPLAIN/PROFILE go before the query's own pre-parser options ({@code CYPHER 25}), which come first in a file. */
    static String prefixed(String mode, String cypher) {
        return mode + " " + cypher;
    }

    private static long dbHits(ProfiledPlan plan, List<Operator> ops) {
        ops.add(operator(plan));
        long hits = plan.dbHits();
        for (ProfiledPlan child : plan.children()) {
            hits += dbHits(child, ops);
        }
        return hits;
    }

    private static void walk(Plan plan, List<Operator> ops) {
        ops.add(operator(plan));
        plan.children().forEach(c -> walk(c, ops));
    }

    private static Operator operator(Plan plan) {
        String type = plan.operatorType();
        int at = type.indexOf('@');
        var details = plan.arguments().get("Details");
        return new Operator(at < 0 ? type : type.substring(0, at), details == null ? "" : details.asString());
    }
}
