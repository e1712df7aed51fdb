package newsgraph.neo4j;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.util.DiskUsage;

/**
 * The embedded Neo4j's page cache as the operator asks for it ({@code --page-cache},
 * {@code NEWSGRAPH_PAGE_CACHE}): a fixed size, or {@code auto} (empty {@code fixedBytes}), which
 * sizes it from the store found on disk. Neo4j reads every store file through its page cache; one
 * smaller than the store reads the same pages from the OS again and again on a whole-graph read,
 * evicting as it goes, so auto aims to hold the whole store (docs/scale.md: 8.4 KB per article).
 */
public record PageCacheSize(OptionalLong fixedBytes) {

    public static final PageCacheSize AUTO = new PageCacheSize(OptionalLong.empty());

    private static final long MIB = 1024L * 1024;
    private static final long GIB = 1024 * MIB;

    /** The least Neo4j is given: {@link EmbeddedSettings} refuses less. */
    public static final long MINIMUM = EmbeddedSettings.MIN_PAGE_CACHE;

    /**
     * Auto never goes below the fixed size every store had before the option existed: small
     * stores, and the test suite's, behave as they always did.
     */
    public static final long AUTO_FLOOR = EmbeddedSettings.DEFAULT_PAGE_CACHE;

    /** Auto's room to grow: a quarter of the store, so that ingest after start-up still fits. */
    static final double GROWTH = 0.25;

    /**
     * Auto's share of the memory the JVM's heap leaves: half, as Neo4j's own default when no size
     * is set (its {@code ConfiguringPageCacheFactory}): the rest stays for the OS, the page cache's
     * own bookkeeping, Lucene's full-text indexes (mapped outside the page cache) and other
     * programs. The cache is a limit, allocated as pages are read, not reserved at start-up.
     */
    static final double SHARE_OF_FREE_MEMORY = 0.5;

    private static final Pattern SIZE = Pattern.compile("(\\d{1,19})(?:([kmg])(?:i?b)?)?", Pattern.CASE_INSENSITIVE);

    static final String ACCEPTED = "give auto, a number of bytes, or a whole number with k, m or g (e.g. 512m, 2g, 1500m)";

    public PageCacheSize {
        java.util.Objects.requireNonNull(fixedBytes, "fixedBytes");
        if (fixedBytes.isPresent() && fixedBytes.getAsLong() < MINIMUM) {
            throw new IllegalArgumentException("a page cache of " + fixedBytes.getAsLong()
                    + " bytes is below Neo4j's minimum here, 8m (8 MiB)");
        }
    }

    /** A fixed size. */
    public static PageCacheSize of(long bytes) {
        return new PageCacheSize(OptionalLong.of(bytes));
    }

    /**
     * {@code auto}, or bytes with an optional k, m or g suffix (binary units, as Neo4j's own
     * settings read them; kb/kib etc. too), case-insensitive.
     *
     * @throws IllegalArgumentException saying what is wrong and what is accepted
     */
    public static PageCacheSize parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.equalsIgnoreCase("auto")) {
            return AUTO;
        }
        Matcher m = SIZE.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a page cache size: " + ACCEPTED);
        }
        long unit = m.group(2) == null ? 1 : switch (Character.toLowerCase(m.group(2).charAt(0))) {
            case 'k' -> 1024L;
            case 'm' -> MIB;
            default -> GIB;
        };
        long bytes;
        try {
            bytes = Math.multiplyExact(Long.parseLong(m.group(1)), unit);
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is too large for a page cache: " + ACCEPTED);
        }
        if (bytes < MINIMUM) {
            throw new IllegalArgumentException("'" + text + "' is below the smallest page cache, 8m (8 MiB): " + ACCEPTED);
        }
        return of(bytes);
    }

    /** The size for the embedded store in {@code dataDir} (the {@code --data} directory), and why. */
    public Choice choose(Path dataDir) {
        if (fixedBytes.isPresent()) {
            return new Choice(fixedBytes.getAsLong(), "fixed");
        }
        return auto(storeBytes(dataDir), physicalMemory(), Runtime.getRuntime().maxMemory());
    }

    /**
     * Auto's rule: the store plus {@link #GROWTH}, at most {@link #SHARE_OF_FREE_MEMORY} of the
     * physical memory beyond the JVM's max heap, at least {@link #AUTO_FLOOR} (which wins over the
     * cap on a machine with little memory: it is what every store got before). Rounded up to whole
     * MiB. {@code physicalBytes} 0 means unknown: then the floor, since there is nothing to bound by.
     */
    public static Choice auto(long storeBytes, long physicalBytes, long maxHeapBytes) {
        String store = "auto: store " + human(storeBytes) + " + " + Math.round(GROWTH * 100) + "%";
        if (physicalBytes <= 0) {
            return new Choice(AUTO_FLOOR, "auto: physical memory unknown, the least auto gives");
        }
        long want = roundUpToMib((long) Math.ceil(storeBytes * (1 + GROWTH)));
        long cap = roundUpToMib((long) (Math.max(0, physicalBytes - maxHeapBytes) * SHARE_OF_FREE_MEMORY));
        if (want > cap && cap > AUTO_FLOOR) {
            return new Choice(cap, store + ", capped at half of the " + human(physicalBytes - maxHeapBytes)
                    + " of memory beyond the heap");
        }
        if (want < AUTO_FLOOR || cap <= AUTO_FLOOR) {
            return new Choice(AUTO_FLOOR, store + ", at least " + human(AUTO_FLOOR));
        }
        return new Choice(want, store);
    }

    /**
     * The bytes the page cache would hold of the store in {@code dataDir}: every file under
     * {@code data/databases} (the record stores and their native indexes, every database);
     * transaction logs and Neo4j's own logs are not read through the page cache. 0 for a new store.
     */
    public static long storeBytes(Path dataDir) {
        return DiskUsage.bytes(dataDir.resolve("data").resolve("databases"));
    }

    /** Physical memory (in a container, its limit: the JDK reads cgroups), or 0 when unknown. */
    static long physicalMemory() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : 0;
    }

    private static long roundUpToMib(long bytes) {
        return (bytes + MIB - 1) / MIB * MIB;
    }

    /** 1.3 GiB, 256 MiB, 12 KiB: the units an operator reads. */
    static String human(long bytes) {
        if (bytes >= GIB) {
            return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) GIB);
        }
        if (bytes >= MIB) {
            return Math.round(bytes / (double) MIB) + " MiB";
        }
        return Math.round(bytes / 1024.0) + " KiB";
    }

    /** The page cache chosen, in bytes, and why (for the start-up summary). */
    public record Choice(long bytes, String why) {

        /** E.g. {@code 1.3 GiB (auto: store 1.0 GiB + 25%)}. */
        @Override
        public String toString() {
            return human(bytes) + " (" + why + ")";
        }
    }
}
