package newsgraph.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsgraph.query.QueryCatalogue;
import newsgraph.query.QueryRunner;
import newsgraph.query.SavedQuery;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Example parameters for the Browser guide, found in the store at request time: the probes of
 * {@code browser-kit/guide-examples.tsv} name candidates (the most connected person, event, park…), and
 * the first one on which the saved query returns rows is the example. So the guide's queries show
 * rows on whatever the store holds (the demo's fictional articles, the sample pages, one's own
 * news) instead of names from files that may not be there.
 */
public final class GuideExamples {

    /** Not under {@code browser/}: Neo4j serves Browser from that classpath folder, the first one found. */
    static final String RESOURCE = "browser-kit/guide-examples.tsv";
    private static final Logger LOG = LoggerFactory.getLogger(GuideExamples.class);

    private final Map<String, String> probes;
    private final Driver driver;
    private final SessionConfig readSession;
    private final QueryRunner runner;
    private final Duration timeout;

    public GuideExamples(Driver driver, SessionConfig base, QueryRunner runner, Duration timeout) {
        this(bundledProbes(), driver, base, runner, timeout);
    }

    GuideExamples(Map<String, String> probes, Driver driver, SessionConfig base, QueryRunner runner, Duration timeout) {
        this.probes = Map.copyOf(probes);
        this.driver = driver;
        var builder = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ);
        base.database().ifPresent(builder::withDatabase);
        this.readSession = builder.build();
        this.runner = runner;
        this.timeout = timeout;
    }

    /** For each saved query (by name), its example parameters: from the store when a probe finds some. */
    public Map<String, Map<String, Object>> find(QueryCatalogue catalogue) {
        Map<String, Map<String, Object>> examples = new LinkedHashMap<>();
        for (SavedQuery q : catalogue.all()) {
            examples.put(q.name(), find(q));
        }
        return examples;
    }

    /** The first probed candidate that returns rows, else the query's own example. */
    Map<String, Object> find(SavedQuery query) {
        String probe = probes.get(query.name());
        if (probe != null) {
            try {
                for (Map<String, Object> candidate : candidates(probe)) {
                    if (!runner.run(query, candidate).rows().isEmpty()) {
                        return candidate;
                    }
                }
            } catch (Neo4jException e) {
                // A slow or failing probe costs the guide a live example, not the whole guide.
                LOG.warn("guide example for '{}' not probed: {}", query.name(), e.getMessage());
            }
        }
        return query.example();
    }

    private List<Map<String, Object>> candidates(String probe) {
        try (var session = driver.session(readSession)) {
            return session.executeRead(tx -> tx.run(probe).list(r -> {
                Map<String, Object> values = new LinkedHashMap<>();
                r.keys().forEach(k -> values.put(k, r.get(k).asObject()));
                return values;
            }), TransactionConfig.builder().withTimeout(timeout).build());
        }
    }

    /** The probes of {@value #RESOURCE}: query name → Cypher. */
    public static Map<String, String> bundledProbes() {
        try (InputStream in = GuideExamples.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> parse(List<String> lines) {
        Map<String, String> probes = new LinkedHashMap<>();
        List<String> bad = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
                bad.add(line);
            } else {
                probes.put(cols[0].strip(), cols[1].strip());
            }
        }
        if (!bad.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": expected 'query<TAB>probe', got " + bad);
        }
        return probes;
    }
}
