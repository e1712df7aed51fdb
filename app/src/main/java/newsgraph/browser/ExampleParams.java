package newsgraph.browser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsgraph.query.QueryParam;
import newsgraph.query.SavedQuery;

/**
 * Example parameters as Neo4j Browser {@code :param} lines: every declared parameter gets one (the
 * example's value, else the default, else null), so the query runs as it stands. The {@code =>} form
 * has the server evaluate the value, so integers stay integers (LIMIT refuses 10.0) and dates become
 * {@code date('…')} — a string would compare with nothing; strings are Cypher literals.
 */
public final class ExampleParams {

    private ExampleParams() {}

    /** One {@code :param name => value} line per declared parameter of the query's own example. */
    public static List<String> lines(SavedQuery query) {
        return lines(query, query.example());
    }

    /** One {@code :param name => value} line per declared parameter, in declaration order. */
    public static List<String> lines(SavedQuery query, Map<String, Object> example) {
        List<String> lines = new ArrayList<>();
        for (QueryParam p : query.params()) {
            Object value = example.containsKey(p.name()) ? example.get(p.name()) : p.defaultValue();
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
