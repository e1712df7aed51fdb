package newsgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live heap of another JVM on this machine (the server under a soak): {@code jcmd PID GC.run}
 * then {@code GC.heap_info}, so the figure is what survives a full collection — flat over time
 * when nothing leaks — not the sawtooth of garbage between collections.
 */
public final class ServerHeap {

    private static final Pattern USED = Pattern.compile("heap\\s+total[^\\n]*?used (\\d+)K");

    private ServerHeap() {}

    /** Bytes in use after a full GC, or empty when the process cannot be asked (another user, gone, no jcmd). */
    public static OptionalLong liveBytes(long pid) {
        try {
            jcmd(pid, "GC.run");
            Matcher m = USED.matcher(jcmd(pid, "GC.heap_info"));
            return m.find() ? OptionalLong.of(Long.parseLong(m.group(1)) * 1024) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process p = new ProcessBuilder(jcmd, String.valueOf(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
