package newsgraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An analyst's corrections to {@link PersonRule}, one per line, tab-separated ({@code #} comments):
 * <pre>
 * merge  王军  临江市  青河市    the 王军 seen in 青河市 is the 王军 of 临江市 (one person)
 * split  王军  临江市  青河市    the 王军 of 临江市 and the one of 青河市 are two, even when they share an organization
 * </pre>
 * Applied on every write; to apply a new file to a stored graph, {@code rebuild --decisions FILE}.
 */
public final class PersonDecisions {

    /** One decision: {@code merge} or {@code split} of the person {@code name} between two regions. */
    public record Decision(String kind, String name, String regionA, String regionB) {}

    public static final PersonDecisions NONE = new PersonDecisions(List.of());

    private final List<Decision> decisions;

    private PersonDecisions(List<Decision> decisions) {
        this.decisions = List.copyOf(decisions);
    }

    public List<Decision> all() {
        return decisions;
    }

    /** Reads a decisions file; a malformed line is an error naming the file and line. */
    public static PersonDecisions read(Path file) {
        if (file == null) {
            return NONE;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read decisions file " + file + ": " + e.getMessage(), e);
        }
        List<Decision> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length != 4 || !(cells[0].equals("merge") || cells[0].equals("split"))) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected 'merge|split<TAB>name<TAB>region<TAB>region', got '"
                        + line + "'");
            }
            out.add(new Decision(cells[0], Names.key(cells[1]), cells[2].strip(), cells[3].strip()));
        }
        return new PersonDecisions(out);
    }

    boolean merged(String name, List<String> regions, String region) {
        return says("merge", name, regions, region);
    }

    boolean split(String name, List<String> regions, String region) {
        return says("split", name, regions, region);
    }

    private boolean says(String kind, String name, List<String> regions, String region) {
        for (Decision d : decisions) {
            if (d.kind.equals(kind) && d.name.equals(name)
                    && (regions.contains(d.regionA) && Objects.equals(region, d.regionB)
                        || regions.contains(d.regionB) && Objects.equals(region, d.regionA))) {
                return true;
            }
        }
        return false;
    }
}
