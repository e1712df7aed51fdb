package newsgraph.extract.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.extract.lexicon.Lexicon;

/**
 * Outlets and the regions they report on ({@code lexicons/sources.tsv}, and a user's file of the same
 * format read before it). A row's outlet is an exact name or a pattern where {@code {X}} is a place
 * name; its region is a place (possibly {@code {X}}), or {@code -} for an outlet that names no region.
 */
public final class SourceTable {

    /** What a table says of an outlet: {@code place} null means "a national outlet, no region". */
    public record Match(String outlet, String place) {}

    private record Row(Pattern outlet, String region) {}

    private static final SourceTable SHIPPED = new SourceTable(rows(Lexicon.load("sources.tsv")));

    private final List<Row> rows;

    private SourceTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The shipped table. */
    public static SourceTable shipped() {
        return SHIPPED;
    }

    /** The user's file (same format as sources.tsv) before the shipped rows; a malformed row is an error naming it. */
    public static SourceTable withFile(Path file) {
        if (file == null) {
            return SHIPPED;
        }
        try (InputStream in = Files.newInputStream(file)) {
            List<Row> all = new ArrayList<>(rows(Lexicon.parse(file.toString(), in)));
            all.addAll(SHIPPED.rows);
            return new SourceTable(all);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sources file " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<Row> rows(Lexicon lexicon) {
        if (lexicon.columns().size() != 2) {
            throw new IllegalArgumentException(lexicon.name() + ": a sources file has two columns, outlet and region"
                    + " (header '# columns: outlet<TAB>region')");
        }
        List<Row> out = new ArrayList<>();
        for (List<String> r : lexicon.rows()) {
            String regex = Pattern.quote(r.get(0)).replace("{X}", "\\E(\\p{IsHan}{2,6}?)\\Q");
            out.add(new Row(Pattern.compile(regex), r.get(1)));
        }
        return out;
    }

    /** The first row matching the whole outlet name, or null when none does. */
    public Match lookup(String outlet) {
        if (outlet == null || outlet.isBlank()) {
            return null;
        }
        String name = outlet.strip();
        for (Row row : rows) {
            Matcher m = row.outlet.matcher(name);
            if (m.matches()) {
                if (row.region.equals("-")) {
                    return new Match(name, null);
                }
                return new Match(name, m.groupCount() > 0 ? row.region.replace("{X}", m.group(1)) : row.region);
            }
        }
        return null;
    }
}
