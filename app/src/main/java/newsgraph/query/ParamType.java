package newsgraph.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The types a saved query may declare for a parameter, and how a JSON value (or an example or
 * default written in a query header) becomes the value passed to Cypher.
 */
public enum ParamType {
    STRING, INTEGER, FLOAT, BOOLEAN, DATE;

    public static ParamType of(String name) {
        return switch (name) {
            case "string" -> STRING;
            case "int", "integer" -> INTEGER;
            case "float", "number" -> FLOAT;
            case "boolean" -> BOOLEAN;
            case "date" -> DATE;
            default -> throw new IllegalArgumentException("unknown parameter type '" + name
                    + "' (one of string, integer, float, boolean, date)");
        };
    }

    public String label() {
        return name().toLowerCase();
    }

    /**
     * Converts a JSON value (String, Number, Boolean) to the Java value the driver sends.
     *
     * @throws IllegalArgumentException with a message meant for the caller when it does not fit
     */
    public Object convert(String param, Object value) {
        switch (this) {
            case STRING -> {
                if (value instanceof String s) {
                    return s;
                }
            }
            case INTEGER -> {
                if (value instanceof Integer || value instanceof Long) {
                    return ((Number) value).longValue();
                }
                if (value instanceof String s && s.matches("-?\\d{1,18}")) {
                    return Long.parseLong(s);
                }
            }
            case FLOAT -> {
                if (value instanceof Number n) {
                    return n.doubleValue();
                }
                if (value instanceof String s) {
                    try {
                        return Double.parseDouble(s);
                    } catch (NumberFormatException e) {
                        // falls through to the error below
                    }
                }
            }
            case BOOLEAN -> {
                if (value instanceof Boolean b) {
                    return b;
                }
                if ("true".equals(value) || "false".equals(value)) {
                    return Boolean.parseBoolean((String) value);
                }
            }
            case DATE -> {
                if (value instanceof String s) {
                    try {
                        return LocalDate.parse(s);
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException("parameter '" + param + "' must be a date as YYYY-MM-DD, got '" + s + "'");
                    }
                }
            }
        }
        throw new IllegalArgumentException("parameter '" + param + "' must be " + article() + " " + label()
                + ", got " + describe(value));
    }

    private String article() {
        return this == INTEGER ? "an" : "a";
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        String type = value instanceof String ? "string" : value instanceof Number ? "number"
                : value instanceof Boolean ? "boolean" : value instanceof java.util.Map ? "object"
                : value instanceof java.util.List ? "array" : value.getClass().getSimpleName();
        String text = String.valueOf(value);
        return type + " " + (value instanceof String ? "'" + text + "'" : text.length() > 40 ? text.substring(0, 40) + "…" : text);
    }
}
