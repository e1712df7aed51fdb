// name: neighbourhood
// description: Everything directly connected to an entity — person, organization, park, project,
// description: event, place, position — found by key (a person's, an event's id), name, title or alias: the relationships (one
// description: row per kind and other side, however many articles state it), the nodes on the other
// description: side, and the sentences that state it.
// param: name string — a key, name, title or alias
// param: limit integer = 100 — at most this many relationships
// example: {"name": "王清源"}
CALL () {
  MATCH (n:Person {key: $name}) RETURN n
  UNION
  MATCH (n:Event {id: $name}) RETURN n
  UNION
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($name, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS n
  WHERE n.name = $name OR n.title = $name OR $name IN coalesce(n.aliases, [])
  RETURN n
}
MATCH (n)-[r]-(m)
WHERE NOT m:Article
WITH n, m, type(r) AS relationship, startNode(r) = n AS outgoing,
     [x IN collect(DISTINCT r.role) WHERE x IS NOT NULL] AS roles, collect(DISTINCT r.sentence) AS evidence
RETURN coalesce(n.name, n.title) AS entity, coalesce(n.key, n.id, n.name, n.title) AS entityKey,
       labels(n) AS entityLabels, relationship, outgoing, coalesce(m.name, m.title) AS other,
       coalesce(m.key, m.id, m.name, m.title) AS otherKey, labels(m) AS otherLabels,
       CASE WHEN size(roles) = 0 THEN NULL ELSE roles END AS roles, NULL AS role, evidence
ORDER BY relationship, other
LIMIT $limit
