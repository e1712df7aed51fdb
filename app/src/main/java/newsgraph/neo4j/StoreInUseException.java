package newsgraph.neo4j;

import java.nio.file.Path;

/** Another process (or another server in this one) holds the store at this directory. */
public final class StoreInUseException extends IllegalStateException {

    public StoreInUseException(Path dataDir, Throwable cause) {
        super("the Neo4j store at " + dataDir + " is in use by another process (is `newsgraph serve` running?)."
                + " Stop it, use --neo4j-uri to talk to that server, or pick another --data directory.", cause);
    }

    /** True when Neo4j refused to start because it could not lock its store files. */
    static boolean isLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.equals("FileLockException") || name.equals("StoreLockException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
