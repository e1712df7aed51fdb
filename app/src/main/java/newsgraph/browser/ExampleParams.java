package newsgraph.browser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import newsgraph.query.QueryParam;
import newsgraph.query.SavedQuery;

/**
 * A saved query's example as Neo4j Browser {@code :param} lines: every declared parameter gets one
 * (the example's value, else the default, else null), so the query runs as it stands. Dates become
 * {@code date('…')} — a string would compare with nothing — and strings are Cypher literals.
 */
public final class ExampleParams {

    private ExampleParams() {}

    /** One {@code :param name => value} line per declared parameter, in declaration order. */
    public static List<String> lines(SavedQuery query) {
        List<String> lines = new ArrayList<>();
        for (QueryParam p : query.params()) {
            Object value = query.example().containsKey(p.name()) ? query.example().get(p.name()) : p.defaultValue();
            lines.add(":param " + p.name() + " => " + literal(p, value));
        }
        return lines;
    }

    /** The value as a Cypher literal of the parameter's type. */
    static String literal(QueryParam p, Object value) {
        if (value == null) {
            return "null";
        }
        return switch (p.type()) {
            case STRING -> string(String.valueOf(value));
            case DATE -> "date(" + string(value instanceof LocalDate d ? d.toString() : String.valueOf(value)) + ")";
            case INTEGER, FLOAT, BOOLEAN -> String.valueOf(p.type().convert(p.name(), value));
        };
    }

    static String string(String s) {
        StringBuilder out = new StringBuilder("'");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('\'').toString();
    }
}
