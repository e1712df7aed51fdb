package newsgraph.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsgraph.util.ClasspathFolder;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies graph-schema/V*.cypher in version order, each once. An applied file is recorded as a
 * {@code (:__SchemaMigration {version, file, checksum, appliedAt})} node, a label apart from the
 * domain labels. Every statement in the files is idempotent (IF NOT EXISTS, or a data statement that
 * sets what it computes, or only what is still missing), so a migration that was interrupted before
 * it was recorded is safe to run again. Each statement runs in a transaction of its own; one that
 * batches its own ({@code IN TRANSACTIONS}) as an auto-commit statement.
 */
public final class SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private final List<Migration> migrations;

    public SchemaMigrator(List<Migration> migrations) {
        this.migrations = migrations.stream().sorted(Comparator.comparingInt(Migration::version)).toList();
        for (int i = 1; i < this.migrations.size(); i++) {
            if (this.migrations.get(i).version() == this.migrations.get(i - 1).version()) {
                throw new IllegalArgumentException("two schema files have version " + this.migrations.get(i).version()
                        + ": " + this.migrations.get(i - 1).file() + ", " + this.migrations.get(i).file());
            }
        }
    }

    /** The files bundled with the app (graph-schema/ at the top of the repository). */
    public static SchemaMigrator bundled() {
        List<Migration> list = new ArrayList<>();
        ClasspathFolder.read("graph-schema", ".cypher").forEach((file, text) -> list.add(Migration.parse(file, text)));
        if (list.isEmpty()) {
            throw new IllegalStateException("no graph-schema/*.cypher files on the classpath");
        }
        return new SchemaMigrator(list);
    }

    public List<Migration> migrations() {
        return migrations;
    }

    private static final java.util.regex.Pattern SCHEMA_STATEMENT = java.util.regex.Pattern.compile(
            "(?is)^\\s*(CREATE|DROP)\\s+(?:(?:FULLTEXT|TEXT|RANGE|POINT|VECTOR|LOOKUP)\\s+)?(?:CONSTRAINT|INDEX)\\s+`?([\\w$]+)`?.*");

    /**
     * Gives a store just written by the bulk importer (data, no schema, no migration recorded) the
     * schema the files amount to, then records every file as applied. The files cannot simply run
     * in order there: an early constraint may no longer hold for the data and only a later file
     * drops it (V001's unique Person.name, dropped by V003 once namesakes became two people). So
     * each CREATE of a constraint or index that a later statement DROPs is skipped, the DROPs are
     * skipped (nothing else exists yet), and every other statement runs in order. Waits for the
     * indexes to be online.
     *
     * @throws IllegalStateException when the store already records a migration
     */
    public List<Migration> migrateImported(Driver driver, SessionConfig sessionConfig) {
        try (var session = driver.session(sessionConfig)) {
            long recorded = session.executeRead(tx -> tx.run("MATCH (m:__SchemaMigration) RETURN count(m) AS n").single()
                    .get("n").asLong());
            if (recorded > 0) {
                throw new IllegalStateException("the store already has schema migrations: it was not just imported");
            }
            List<String> all = new ArrayList<>();
            migrations.forEach(m -> all.addAll(m.statements()));
            for (int i = 0; i < all.size(); i++) {
                java.util.regex.Matcher m = SCHEMA_STATEMENT.matcher(all.get(i));
                if (m.matches() && (m.group(1).equalsIgnoreCase("DROP") || droppedLater(all, i, m.group(2)))) {
                    continue;
                }
                run(session, all.get(i));
            }
            session.run("CALL db.awaitIndexes(3600)").consume();
            for (Migration m : migrations) {
                session.executeWriteWithoutResult(tx -> tx.run("""
                        MERGE (m:__SchemaMigration {version: $version})
                        SET m.file = $file, m.checksum = $checksum, m.appliedAt = datetime()""",
                        Map.of("version", m.version(), "file", m.file(), "checksum", m.checksum())));
                LOG.info("applied schema {} (after import)", m.file());
            }
        }
        return migrations;
    }

    private static final java.util.regex.Pattern IN_TRANSACTIONS =
            java.util.regex.Pattern.compile("(?is).*\\bIN\\s+(?:\\d+\\s+)?(?:CONCURRENT\\s+)?TRANSACTIONS\\b.*");

    /**
     * Runs one statement in a transaction of its own, or, when it batches its own writes
     * ({@code CALL { … } IN TRANSACTIONS}: a data migration over a whole store, as V012), as an
     * auto-commit statement, the only kind that may open transactions of its own.
     */
    private static void run(org.neo4j.driver.Session session, String statement) {
        if (batches(statement)) {
            session.run(statement).consume();
        } else {
            session.executeWriteWithoutResult(tx -> tx.run(statement));
        }
    }

    /** Whether {@code statement} creates or drops an index or a constraint (not data). */
    static boolean isSchemaStatement(String statement) {
        return SCHEMA_STATEMENT.matcher(statement).matches();
    }

    /** Whether {@code statement} commits its writes in batches ({@code CALL { … } IN TRANSACTIONS}). */
    static boolean batches(String statement) {
        return IN_TRANSACTIONS.matcher(statement).matches();
    }

    private static boolean droppedLater(List<String> statements, int index, String name) {
        for (int j = index + 1; j < statements.size(); j++) {
            java.util.regex.Matcher m = SCHEMA_STATEMENT.matcher(statements.get(j));
            if (m.matches() && m.group(1).equalsIgnoreCase("DROP") && m.group(2).equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Brings the database up to the newest version; when it applied anything, waits for every index
     * to be online.
     *
     * @return the migrations applied by this call (empty when the schema was current)
     * @throws IllegalStateException when an applied file has since been edited (and does not name the
     *     text the store ran as an earlier one, {@link Migration#earlierChecksums()}): schema history is
     *     append-only, a change goes in a new file
     */
    public List<Migration> migrate(Driver driver, SessionConfig sessionConfig) {
        Map<Integer, String> applied = new HashMap<>();
        try (var session = driver.session(sessionConfig)) {
            session.executeRead(tx -> tx.run("MATCH (m:__SchemaMigration) RETURN m.version AS v, m.checksum AS c").list())
                    .forEach(r -> applied.put(r.get("v").asInt(), r.get("c").asString()));
        }
        List<Migration> done = new ArrayList<>();
        for (Migration m : migrations) {
            String checksum = applied.get(m.version());
            if (checksum != null) {
                // An earlier text the file names did the same: the store keeps the record of the text it ran.
                if (!m.accepts(checksum)) {
                    throw new IllegalStateException("graph-schema/" + m.file() + " changed after it was applied to this"
                            + " database; schema files are append-only: put the change in a new V<n>__ file");
                }
                continue;
            }
            long started = System.nanoTime();
            LOG.info("applying schema {}", m.file());
            try (var session = driver.session(sessionConfig)) {
                // Schema statements and data writes cannot share a transaction (a file may hold both, as
                // V008 does): each statement is its own; all are idempotent, and the file is recorded after.
                for (String statement : m.statements()) {
                    run(session, statement);
                }
                session.executeWriteWithoutResult(tx -> tx.run("""
                        MERGE (m:__SchemaMigration {version: $version})
                        SET m.file = $file, m.checksum = $checksum, m.appliedAt = datetime()""",
                        Map.of("version", m.version(), "file", m.file(), "checksum", m.checksum())));
            }
            LOG.info("applied schema {} in {} s", m.file(), String.format(java.util.Locale.ROOT, "%.1f",
                    (System.nanoTime() - started) / 1e9));
            done.add(m);
        }
        if (!done.isEmpty()) {
            // A file may replace an index in use (V011 recreates entity_names with new options): the queries
            // that read it fail while it populates, so the schema is online before the store is used.
            try (var session = driver.session(sessionConfig)) {
                session.run("CALL db.awaitIndexes(3600)").consume();
            }
        }
        return done;
    }
}
