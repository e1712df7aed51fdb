package newsgraph.api;

/**
 * Whether the server has finished starting. {@code demo} serves HTTP while it still writes its
 * sample articles; until it says {@link #ready()}, /health reports DOWN with what it is doing, so
 * a client waiting for UP finds the data in.
 */
public final class Readiness {

    private volatile String pending;

    private Readiness(String pending) {
        this.pending = pending;
    }

    public static Readiness ready() {
        return new Readiness(null);
    }

    /** Not ready until {@link #markReady()}; {@code doing} says what start-up still does. */
    public static Readiness pending(String doing) {
        return new Readiness(java.util.Objects.requireNonNull(doing));
    }

    public void markReady() {
        pending = null;
    }

    /** What start-up is still doing, or null once ready. */
    public String pending() {
        return pending;
    }
}
