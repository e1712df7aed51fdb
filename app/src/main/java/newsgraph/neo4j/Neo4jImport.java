package newsgraph.neo4j;

import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * Neo4j's own bulk importer, run in this JVM: the command {@code neo4j-admin database import full}
 * runs ({@code org.neo4j.importer.ImportCommand.Full} of the {@code neo4j-import-tool} module that
 * comes with Neo4j), writing a new store for the embedded server on {@code home} from CSV files.
 * It bypasses transactions entirely, so it only ever creates a database; it refuses one that exists.
 */
public final class Neo4jImport {

    /** A node file (labels in its :LABEL column) or a relationship file of one type. */
    public record Input(Path file, String relationshipType) {}

    private Neo4jImport() {}

    /**
     * Imports {@code inputs} into the default database ({@code neo4j}) of the store in {@code home}.
     *
     * @param arrayDelimiter the character joining list values in the files
     * @param threads        importer threads (0: Neo4j's default, the cores)
     * @param offHeap        the importer's off-heap memory cap, e.g. {@code 1G} or {@code 50%}
     * @param workDir        where the importer keeps its report (an empty directory of ours)
     * @throws IllegalStateException when the importer fails (its own message was printed to {@code out})
     */
    public static void run(Path home, List<Input> inputs, char arrayDelimiter, int threads, String offHeap,
                           Path workDir, PrintStream out) {
        // The importer addresses its off-heap buffers directly; without this it dies on its first worker.
        if (!ByteBuffer.class.getModule().isOpen("java.nio", Neo4jImport.class.getModule())) {
            throw new IllegalStateException("Neo4j's importer needs the JVM option --add-opens=java.base/java.nio=ALL-UNNAMED"
                    + " (the ./newsgraph launcher sets it)");
        }
        List<String> args = new ArrayList<>();
        for (Input in : inputs) {
            args.add(in.relationshipType() == null ? "--nodes=" + in.file()
                    : "--relationships=" + in.relationshipType() + "=" + in.file());
        }
        args.add("--id-type=integer");
        args.add("--multiline-fields=true"); // article texts keep their line breaks
        args.add("--array-delimiter=" + arrayDelimiter);
        args.add("--bad-tolerance=0"); // a bad row is a bug in our files: stop, never a partial store
        args.add("--report-file=" + workDir.resolve("import.report"));
        args.add("--max-off-heap-memory=" + offHeap);
        if (threads > 0) {
            args.add("--threads=" + threads);
        }
        args.add(org.neo4j.configuration.GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        ExecutionContext context = new ExecutionContext(home.toAbsolutePath(), workDir.toAbsolutePath(), out, out,
                new DefaultFileSystemAbstraction());
        int status = new CommandLine(new ImportCommand.Full(context)).execute(args.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("Neo4j's importer failed (status " + status + "); its messages are above,"
                    + " its report in " + workDir.resolve("import.report"));
        }
    }
}
