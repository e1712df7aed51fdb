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
// Each field's nodes are collected into a list (at most 20 each) and the lists joined in field order and cut at
// 20: the same first 20 nodes as a UNION ALL of the fields then LIMIT 20, without every row of a branch (a weekly
// meeting's events) passing through one union operator per later branch.
UNWIND (COLLECT { MATCH (n:Person {name: $name}) RETURN n LIMIT 20 }
        + COLLECT { MATCH (n:Person {key: $name}) WHERE NOT coalesce(n.name = $name, false) RETURN n LIMIT 20 }
        + COLLECT { MATCH (n:Organization {name: $name}) RETURN n LIMIT 20 }
        + COLLECT { MATCH (n:Organization {key: $name}) WHERE NOT coalesce(n.name = $name, false) RETURN n LIMIT 20 }
        + COLLECT { MATCH (n:Park {name: $name}) RETURN n LIMIT 20 }
        + COLLECT { MATCH (n:Project {name: $name}) RETURN n LIMIT 20 }
        + COLLECT { MATCH (n:Event {name: $name}) RETURN n LIMIT 20 }
        + COLLECT { MATCH (n:Event {id: $name}) WHERE NOT coalesce(n.name = $name, false) RETURN n LIMIT 20 }
        + COLLECT { MATCH (n:Position {title: $name}) RETURN n LIMIT 20 }
        + COLLECT { MATCH (n:Position {key: $name}) WHERE NOT coalesce(n.title = $name, false) RETURN n LIMIT 20 }
        + COLLECT { MATCH (n:Place {name: $name}) RETURN n LIMIT 20 }
        + COLLECT { MATCH (n:Place {key: $name}) WHERE NOT coalesce(n.name = $name, false) RETURN n LIMIT 20 }
        + COLLECT { MATCH (:__Alias {name: $name})-[:__ALIAS_OF]->(n)
                    WHERE NOT coalesce(n.name = $name OR n.key = $name OR n.id = $name OR n.title = $name, false)
                    RETURN n LIMIT 20 })[..20] AS n
// The entity's own fields read once, not once per row of its (up to limit) relationships.
WITH n, coalesce(n.name, n.title) AS entity, coalesce(n.key, n.id, n.name, n.title) AS entityKey, labels(n) AS entityLabels
// The relationships between entities, by type (articles' MENTIONS, REPORTS and WROTE are not
// read: an official's thousands of MENTIONS were all expanded only to be dropped). A node with few
// of them is read in one pass (each typed expansion of a small node walks all its relationships
// again); a hub's are read kind by kind, each capped at the page's size: a kind's first limit records
// give at most limit rows, all a page can show. The test is the node's whole degree (one read; six
// typed counts cost a read each): a node of no more relationships than the page has no more of these.
// The records are grouped per (other side, kind, direction) inside the per-entity call (the entity's name, key
// and labels are not grouping keys), a hub's kind by kind with its kind a constant, and collected as they are:
// their role and sentence are read below, only for the rows the page keeps.
CALL (n) {
  WHEN COUNT { (n)--() } <= $limit THEN {
    MATCH (n)-[r:ATTENDED|HELD|OF|ORGANIZED|HELD_AT|LOCATED_IN]-(m)
    RETURN m, type(r) AS relationship, startNode(r) = n AS outgoing, collect(r) AS records
  }
  ELSE {
    MATCH (n)-[r:ATTENDED]-(m) WITH r, m LIMIT $limit
    RETURN m, 'ATTENDED' AS relationship, startNode(r) = n AS outgoing, collect(r) AS records
    UNION ALL
    MATCH (n)-[r:HELD]-(m) WITH r, m LIMIT $limit
    RETURN m, 'HELD' AS relationship, startNode(r) = n AS outgoing, collect(r) AS records
    UNION ALL
    MATCH (n)-[r:OF]-(m) WITH r, m LIMIT $limit
    RETURN m, 'OF' AS relationship, startNode(r) = n AS outgoing, collect(r) AS records
    UNION ALL
    MATCH (n)-[r:ORGANIZED]-(m) WITH r, m LIMIT $limit
    RETURN m, 'ORGANIZED' AS relationship, startNode(r) = n AS outgoing, collect(r) AS records
    UNION ALL
    MATCH (n)-[r:HELD_AT]-(m) WITH r, m LIMIT $limit
    RETURN m, 'HELD_AT' AS relationship, startNode(r) = n AS outgoing, collect(r) AS records
    UNION ALL
    MATCH (n)-[r:LOCATED_IN]-(m) WITH r, m LIMIT $limit
    RETURN m, 'LOCATED_IN' AS relationship, startNode(r) = n AS outgoing, collect(r) AS records
  }
}
// The other side's name and key by its label (a position is named by its title, an event keyed by its
// id, a park or project by its name), so that each row reads two of its properties, not four.
WITH entity, entityKey, entityLabels, m, relationship, outgoing, records, labels(m) AS otherLabels
WITH entity, entityKey, entityLabels, relationship, outgoing,
     CASE WHEN 'Position' IN otherLabels THEN m.title ELSE m.name END AS other,
     CASE WHEN 'Event' IN otherLabels THEN m.id WHEN 'Park' IN otherLabels OR 'Project' IN otherLabels THEN m.name
          ELSE m.key END AS otherKey, otherLabels, records
// The other side's key, then the entity's and the direction break ties: a hub's events of one name (a weekly
// meeting) are many rows of one (relationship, other), and without them which of those a page of limit rows kept
// depended on the plan's grouping order (it changed when the alias lookup did), not on the data.
ORDER BY relationship, other, otherKey, entityKey, outgoing
LIMIT $limit
// Only now each kept row's records are read: their roles (only ATTENDED and ORGANIZED records carry one,
// graph-schema/README.md; a HELD's missing role was a walk of its whole property chain) and sentences, in the
// order the records were read. Most rows hold one record, so a list of two or more is made distinct here, first
// occurrences kept (as collect(DISTINCT) did), instead of a distinct set built per group for every group.
WITH entity, entityKey, entityLabels, relationship, outgoing, other, otherKey, otherLabels,
     CASE WHEN relationship IN ['ATTENDED', 'ORGANIZED'] THEN [x IN [r IN records | r.role] WHERE x IS NOT NULL] ELSE [] END AS roles,
     [x IN [r IN records | r.sentence] WHERE x IS NOT NULL] AS evidence
RETURN entity, entityKey, entityLabels, relationship, outgoing, other, otherKey, otherLabels,
       CASE WHEN size(roles) = 0 THEN NULL WHEN size(roles) = 1 THEN roles
            ELSE reduce(d = [], x IN roles | CASE WHEN x IN d THEN d ELSE d + x END) END AS roles, NULL AS role,
       CASE WHEN size(evidence) < 2 THEN evidence
            ELSE reduce(d = [], x IN evidence | CASE WHEN x IN d THEN d ELSE d + x END) END AS evidence
