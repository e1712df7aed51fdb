// name: neighbourhood
// description: Everything directly connected to an entity — person, organization, park, project,
// description: event, place, position — found by key (a person's, an event's id), name, title or alias: the relationships (one
// description: row per kind and other side, however many articles state it), the nodes on the other
// description: side, and the sentences that state it. Relationships are one record per article: of a
// description: hub seen in thousands of articles, at most limit records of each kind are read (and at most 20
// description: entities answer to one name).
// param: name string — a key, name, title or alias
// param: limit integer = 100 — at most this many relationships
// example: {"name": "王清源"}
CYPHER 25
// A name, key, id or title is found by a range index seek per label and field the writer sets
// (graph-schema/README.md, "Nodes and what identifies them": a person's key and name, an organization's,
// a place's; a park's and a project's name; an event's id and name; a position's key and title), an alias
// by its __Alias node (graph-schema V017: one per alias string, a unique-index seek, linked to each node whose
// aliases hold it; a range index cannot look inside a list, and entity_exact's Lucene query cost ~80-100 us
// of CPU per call, matching or not); a node found by one field is not found again by the next. Not a
// fulltext index over all fields at once: Lucene scored and returned every event of a weekly meeting's name
// (hundreds) before the exact check, which a range index gives for the price of reading them.
CALL () {
  MATCH (n:Person {name: $name}) RETURN n
  UNION ALL MATCH (n:Person {key: $name}) WHERE NOT coalesce(n.name = $name, false) RETURN n
  UNION ALL MATCH (n:Organization {name: $name}) RETURN n
  UNION ALL MATCH (n:Organization {key: $name}) WHERE NOT coalesce(n.name = $name, false) RETURN n
  UNION ALL MATCH (n:Park {name: $name}) RETURN n
  UNION ALL MATCH (n:Project {name: $name}) RETURN n
  UNION ALL MATCH (n:Event {name: $name}) RETURN n
  UNION ALL MATCH (n:Event {id: $name}) WHERE NOT coalesce(n.name = $name, false) RETURN n
  UNION ALL MATCH (n:Position {title: $name}) RETURN n
  UNION ALL MATCH (n:Position {key: $name}) WHERE NOT coalesce(n.title = $name, false) RETURN n
  UNION ALL MATCH (n:Place {name: $name}) RETURN n
  UNION ALL MATCH (n:Place {key: $name}) WHERE NOT coalesce(n.name = $name, false) RETURN n
  UNION ALL
  MATCH (:__Alias {name: $name})-[:__ALIAS_OF]->(n)
  WHERE NOT coalesce(n.name = $name OR n.key = $name OR n.id = $name OR n.title = $name, false)
  RETURN n
}
WITH n LIMIT 20
// The entity's own fields read once, not once per row of its (up to limit) relationships.
WITH n, coalesce(n.name, n.title) AS entity, coalesce(n.key, n.id, n.name, n.title) AS entityKey, labels(n) AS entityLabels
// The relationships between entities, by type (articles' MENTIONS, REPORTS and WROTE are not
// read: an official's thousands of MENTIONS were all expanded only to be dropped). A node with few
// of them is read in one pass (each typed expansion of a small node walks all its relationships
// again); a hub's are read kind by kind, each capped at the page's size: a kind's first limit records
// give at most limit rows, all a page can show. The test is the node's whole degree (one read; six
// typed counts cost a read each): a node of no more relationships than the page has no more of these.
CALL (n) {
  WHEN COUNT { (n)--() } <= $limit THEN {
    MATCH (n)-[r:ATTENDED|HELD|OF|ORGANIZED|HELD_AT|LOCATED_IN]-(m) RETURN r, m
  }
  ELSE {
    CALL (n) {
      MATCH (n)-[r:ATTENDED]-(m) RETURN r, m LIMIT $limit
      UNION ALL
      MATCH (n)-[r:HELD]-(m) RETURN r, m LIMIT $limit
      UNION ALL
      MATCH (n)-[r:OF]-(m) RETURN r, m LIMIT $limit
      UNION ALL
      MATCH (n)-[r:ORGANIZED]-(m) RETURN r, m LIMIT $limit
      UNION ALL
      MATCH (n)-[r:HELD_AT]-(m) RETURN r, m LIMIT $limit
      UNION ALL
      MATCH (n)-[r:LOCATED_IN]-(m) RETURN r, m LIMIT $limit
    }
    RETURN r, m
  }
}
WITH n, entity, entityKey, entityLabels, m, type(r) AS relationship, startNode(r) = n AS outgoing,
     [x IN collect(DISTINCT r.role) WHERE x IS NOT NULL] AS roles, collect(DISTINCT r.sentence) AS evidence
// The other side's name and key by its label (a position is named by its title, an event keyed by its
// id, a park or project by its name), so that each row reads two of its properties, not four.
WITH n, entity, entityKey, entityLabels, m, relationship, outgoing, roles, evidence, labels(m) AS otherLabels
RETURN entity, entityKey, entityLabels, relationship, outgoing,
       CASE WHEN 'Position' IN otherLabels THEN m.title ELSE m.name END AS other,
       CASE WHEN 'Event' IN otherLabels THEN m.id WHEN 'Park' IN otherLabels OR 'Project' IN otherLabels THEN m.name
            ELSE m.key END AS otherKey, otherLabels,
       CASE WHEN size(roles) = 0 THEN NULL ELSE roles END AS roles, NULL AS role, evidence
// The other side's key, then the entity's and the direction break ties: a hub's events of one name (a weekly
// meeting) are many rows of one (relationship, other), and without them which of those a page of limit rows kept
// depended on the plan's grouping order (it changed when the alias lookup did), not on the data.
ORDER BY relationship, other, otherKey, entityKey, outgoing
LIMIT $limit
