// name: relationship-evidence
// description: The evidence for the relationships between two entities: every sentence that states
// description: them (one record per article, relationship and role), with its article (title, date,
// description: file) and character offsets in the source; at most 1,000.
// param: from string — a key (an event's id), name, title or alias on one side
// param: to string — a key (an event's id), name, title or alias on the other side
// example: {"from": "王清源", "to": "董家口经济区港产城总体发展规划专题会议"}
// Both sides are looked up first (entity_exact holds keys, ids, names, titles and aliases as single
// terms; an article by its title), then only the relationships between them are read: Neo4j
// expands the side with fewer relationships, never all of a hub's MENTIONS. (One name is held by at most
// a few hundred events; the caps of 1,000 only stop a pathological lookup.)
CALL db.index.fulltext.queryNodes('entity_exact', '"' + replace(replace($from, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS a
WITH a WHERE a.key = $from OR a.id = $from OR a.name = $from OR a.title = $from OR $from IN coalesce(a.aliases, [])
WITH a LIMIT 1000
CALL () {
  CALL db.index.fulltext.queryNodes('entity_exact', '"' + replace(replace($to, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS b
  WITH b WHERE b.key = $to OR b.id = $to OR b.name = $to OR b.title = $to OR $to IN coalesce(b.aliases, [])
  RETURN b LIMIT 1000
  UNION
  MATCH (b:Article {title: $to}) RETURN b LIMIT 1000
}
MATCH (a)-[r]-(b)
MATCH (article:Article {id: r.article})
RETURN type(r) AS relationship, r.role AS role, r.sentence AS sentence, article.title AS article,
       article.date AS date, article.file AS file, article.id AS articleId, r.start AS start, r.end AS end
ORDER BY date, article, start
LIMIT 1000
