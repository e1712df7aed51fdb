// name: organization
// description: One organization by name or alias: kind, aliases, the positions that belong to it
// description: and who held them when, the events it organized, and how many articles mention it.
// param: name string — the organization's name or an alias
// example: {"name": "西海岸新区工委"}
MATCH (o:Organization)
WHERE o.name = $name OR $name IN o.aliases
CALL (o) {
  OPTIONAL MATCH (p:Person)-[h:HELD]->(pos:Position)-[:OF]->(o)
  WITH p, h, pos ORDER BY pos.title, h.since
  RETURN collect(CASE WHEN p IS NULL THEN NULL ELSE
         {title: pos.title, person: p.name, since: h.since, until: h.until} END) AS positions
}
CALL (o) {
  OPTIONAL MATCH (o)-[r:ORGANIZED]->(e:Event)
  WITH e, r ORDER BY e.date DESC
  RETURN collect(CASE WHEN e IS NULL THEN NULL ELSE {event: e.name, id: e.id, date: e.date, role: r.role} END) AS organized
}
RETURN o.name AS name, o.kind AS kind, o.aliases AS aliases, positions, organized,
       COUNT { (o)<-[:MENTIONS]-(:Article) } AS mentionedIn
