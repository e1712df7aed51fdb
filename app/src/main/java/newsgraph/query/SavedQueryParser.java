package newsgraph.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a saved query file: a header of {@code // key: value} lines, then the Cypher.
 *
 * <pre>
 * // name: person-events
 * // description: The events a person took part in, with roles and evidence.
 * // param: name string — the person's name
 * // param: from date = 1900-01-01 — earliest event date
 * // param: limit integer = 50 — at most this many rows
 * // example: {"name": "李明远"}
 * MATCH ...
 * </pre>
 *
 * A {@code param} line is {@code <name> <type> [= <default>] [— <description>]}; without a default
 * the parameter is required; {@code = null} makes it optional with no value. Every {@code $parameter} the Cypher uses must be declared, and every
 * declared one used: a mismatch is an error naming the file, found at start-up.
 */
public final class SavedQueryParser {

    private static final Pattern HEADER = Pattern.compile("^//\\s*(name|description|param|example):\\s*(.*)$");
    private static final Pattern PARAM = Pattern.compile(
            "^([A-Za-z_][A-Za-z0-9_]*)\\s+([a-z]+)(?:\\s*=\\s*(\\S+))?(?:\\s+[—-]+\\s+(.*))?$");
    private static final Pattern USED = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SavedQueryParser() {}

    public static SavedQuery parse(String file, String text) {
        String name = null;
        StringBuilder description = new StringBuilder();
        List<QueryParam> params = new ArrayList<>();
        String example = "{}";
        StringBuilder cypher = new StringBuilder();
        boolean inHeader = true;
        int lineNo = 0;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            String trimmed = line.strip();
            Matcher m = HEADER.matcher(trimmed);
            if (inHeader && m.matches()) {
                String value = m.group(2).strip();
                switch (m.group(1)) {
                    case "name" -> name = value;
                    case "description" -> description.append(description.isEmpty() ? "" : " ").append(value);
                    case "param" -> params.add(param(file, lineNo, value));
                    case "example" -> example = value;
                    default -> throw new IllegalStateException();
                }
                continue;
            }
            if (inHeader && (trimmed.isEmpty() || trimmed.startsWith("//"))) {
                continue;
            }
            inHeader = false;
            cypher.append(line).append('\n');
        }
        String where = "cypher/" + file;
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(where + ": the header needs '// name: lower-case-words'");
        }
        if (!file.equals(name + ".cypher")) {
            throw new IllegalArgumentException(where + ": the file must be named after its query, " + name + ".cypher");
        }
        if (description.isEmpty()) {
            throw new IllegalArgumentException(where + ": the header needs '// description: ...'");
        }
        String body = cypher.toString().strip();
        if (body.endsWith(";")) {
            body = body.substring(0, body.length() - 1).strip();
        }
        if (body.isEmpty()) {
            throw new IllegalArgumentException(where + ": no Cypher after the header");
        }
        checkParamsMatch(where, body, params);
        return new SavedQuery(name, description.toString(), params, example(where, example, params), body, file);
    }

    private static QueryParam param(String file, int lineNo, String spec) {
        Matcher m = PARAM.matcher(spec);
        if (!m.matches()) {
            throw new IllegalArgumentException("cypher/" + file + ":" + lineNo
                    + ": a param line is '<name> <type> [= <default>] [— <description>]', got '" + spec + "'");
        }
        try {
            ParamType type = ParamType.of(m.group(2));
            String def = m.group(3);
            Object defaultValue = def == null || def.equals("null") ? null : type.convert(m.group(1), def);
            return new QueryParam(m.group(1), type, def == null, defaultValue, m.group(4));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cypher/" + file + ":" + lineNo + ": " + e.getMessage(), e);
        }
    }

    private static void checkParamsMatch(String where, String cypher, List<QueryParam> params) {
        var used = new java.util.TreeSet<String>();
        Matcher m = USED.matcher(cypher.replaceAll("(?m)//.*$", ""));
        while (m.find()) {
            used.add(m.group(1));
        }
        var declared = new java.util.TreeSet<String>();
        params.forEach(p -> declared.add(p.name()));
        if (!used.equals(declared)) {
            var undeclared = new java.util.TreeSet<>(used);
            undeclared.removeAll(declared);
            var unused = new java.util.TreeSet<>(declared);
            unused.removeAll(used);
            throw new IllegalArgumentException(where + ": parameters used but not declared " + undeclared
                    + ", declared but not used " + unused);
        }
    }

    private static Map<String, Object> example(String where, String json, List<QueryParam> params) {
        Map<String, Object> raw;
        try {
            raw = JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + ": the example is not a JSON object: " + e.getOriginalMessage());
        }
        for (String key : raw.keySet()) {
            if (params.stream().noneMatch(p -> p.name().equals(key))) {
                throw new IllegalArgumentException(where + ": the example names an undeclared parameter '" + key + "'");
            }
        }
        return raw;
    }
}
