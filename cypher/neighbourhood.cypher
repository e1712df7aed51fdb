// name: neighbourhood
// description: Everything directly connected to an entity — person, organization, park, project,
// description: event, place, position — found by name, title or alias: the relationships, the
// description: nodes on the other side, and each relationship's evidence.
// param: name string — a name, title or alias
// param: limit integer = 100 — at most this many relationships
// example: {"name": "王清源"}
MATCH (n)
WHERE (n:Person OR n:Organization OR n:Park OR n:Project OR n:Event OR n:Place OR n:Position)
  AND (n.name = $name OR n.title = $name OR $name IN coalesce(n.aliases, []))
MATCH (n)-[r]-(m)
WHERE NOT m:Article
RETURN coalesce(n.name, n.title) AS entity, labels(n) AS entityLabels, type(r) AS relationship,
       startNode(r) = n AS outgoing, coalesce(m.name, m.title) AS other, labels(m) AS otherLabels,
       r.roles AS roles, r.role AS role, r.evidence AS evidence
ORDER BY relationship, other
LIMIT $limit
