package newsgraph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

/**
 * Driver values as plain JSON-ready Java values: nodes and relationships become maps with their
 * element id, labels or type and properties; dates and times their ISO text.
 */
public final class Values {

    private Values() {}

    public static Object toJson(Value value) {
        TypeSystem types = TypeSystem.getDefault();
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.hasType(types.NODE())) {
            return node(value.asNode());
        }
        if (value.hasType(types.RELATIONSHIP())) {
            return relationship(value.asRelationship());
        }
        if (value.hasType(types.PATH())) {
            Path path = value.asPath();
            List<Object> nodes = new ArrayList<>();
            path.nodes().forEach(n -> nodes.add(node(n)));
            List<Object> rels = new ArrayList<>();
            path.relationships().forEach(r -> rels.add(relationship(r)));
            return Map.of("nodes", nodes, "relationships", rels);
        }
        if (value.hasType(types.LIST())) {
            return value.asList(Values::toJson);
        }
        if (value.hasType(types.MAP())) {
            Map<String, Object> map = new LinkedHashMap<>();
            value.keys().forEach(k -> map.put(k, toJson(value.get(k))));
            return map;
        }
        if (value.hasType(types.DATE()) || value.hasType(types.DATE_TIME()) || value.hasType(types.LOCAL_DATE_TIME())
                || value.hasType(types.TIME()) || value.hasType(types.LOCAL_TIME()) || value.hasType(types.DURATION())) {
            return value.asObject().toString();
        }
        return value.asObject();
    }

    private static Map<String, Object> node(Node node) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", node.elementId());
        List<String> labels = new ArrayList<>();
        node.labels().forEach(labels::add);
        map.put("labels", labels);
        map.put("properties", properties(node.asMap(v -> v)));
        return map;
    }

    private static Map<String, Object> relationship(Relationship rel) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", rel.elementId());
        map.put("type", rel.type());
        map.put("start", rel.startNodeElementId());
        map.put("end", rel.endNodeElementId());
        map.put("properties", properties(rel.asMap(v -> v)));
        return map;
    }

    private static Map<String, Object> properties(Map<String, Value> props) {
        Map<String, Object> map = new LinkedHashMap<>();
        props.forEach((k, v) -> map.put(k, toJson(v)));
        return map;
    }
}
