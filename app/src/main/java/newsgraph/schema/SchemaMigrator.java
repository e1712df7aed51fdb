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
 * domain labels. Every statement in the files uses IF NOT EXISTS, so a migration that was
 * interrupted before it was recorded is safe to run again.
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

    /**
     * Brings the database up to the newest version.
     *
     * @return the migrations applied by this call (empty when the schema was current)
     * @throws IllegalStateException when an applied file has since been edited: schema history
     *     is append-only, a change goes in a new file
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
                if (!checksum.equals(m.checksum())) {
                    throw new IllegalStateException("graph-schema/" + m.file() + " changed after it was applied to this"
                            + " database; schema files are append-only: put the change in a new V<n>__ file");
                }
                continue;
            }
            try (var session = driver.session(sessionConfig)) {
                // Schema statements and data writes cannot share a transaction: record it after.
                session.executeWriteWithoutResult(tx -> m.statements().forEach(tx::run));
                session.executeWriteWithoutResult(tx -> tx.run("""
                        MERGE (m:__SchemaMigration {version: $version})
                        SET m.file = $file, m.checksum = $checksum, m.appliedAt = datetime()""",
                        Map.of("version", m.version(), "file", m.file(), "checksum", m.checksum())));
            }
            LOG.info("applied schema {}", m.file());
            done.add(m);
        }
        return done;
    }
}
