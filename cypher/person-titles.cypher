// name: person-titles
// description: A person's titles over time: each position with the organization it belongs to and
// description: the first and last dates it was seen (since/until), oldest first.
// param: name string — the person's name
// example: {"name": "孙永红"}
MATCH (p:Person {name: $name})-[h:HELD]->(pos:Position)
OPTIONAL MATCH (pos)-[:OF]->(o:Organization)
RETURN pos.title AS title, pos.post AS post, o.name AS organization, h.since AS since, h.until AS until,
       h.evidence AS evidence, h.articles AS articles
ORDER BY since, title
