// name: relationship-evidence
// description: The evidence for the relationships between two entities: every sentence that states
// description: them (one record per article, relationship and role), with its article (title, date,
// description: file) and character offsets in the source; at most 1,000.
// param: from string — a key (an event's id), name, title or alias on one side
// param: to string — a key (an event's id), name, title or alias on the other side
// example: {"from": "王清源", "to": "董家口经济区港产城总体发展规划专题会议"}
CYPHER 25
// Both sides are looked up first (entity_exact holds keys, ids, names, titles and aliases as single
// terms; an article by its title), at most 1,000 nodes each (one name is held by at most a few
// hundred events; the caps only stop a pathological lookup). Then the relationships between them are
// read once from each node of the side with fewer of them (a hub official has thousands, the events
// of a name a few each), never once per pair of nodes (a name 300 events share, times the person's
// namesakes: 1,200 pairs), and only of the types that carry an article (never a hub's MENTIONS): the
// per-article records (graph-schema/README.md, "Provenance"). The summaries and the MENTIONS and
// REPORTS of an article have no article to cite, so they never gave a row.
CALL db.index.fulltext.queryNodes('entity_exact', '"' + replace(replace($from, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS a
WITH a WHERE a.key = $from OR a.id = $from OR a.name = $from OR a.title = $from OR $from IN coalesce(a.aliases, [])
WITH collect(a)[..1000] AS froms
CALL () {
  CALL db.index.fulltext.queryNodes('entity_exact', '"' + replace(replace($to, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS b
  WITH b WHERE b.key = $to OR b.id = $to OR b.name = $to OR b.title = $to OR $to IN coalesce(b.aliases, [])
  RETURN b LIMIT 1000
  UNION
  MATCH (b:Article {title: $to}) RETURN b LIMIT 1000
}
WITH froms, collect(b)[..1000] AS tos
// The side to read from is the one whose nodes have fewer relationships in all (their degree: a
// dense node's is read from its relationship groups, a small one's by walking its few). The other
// side's degree is needed only when this one's exceeds its number of nodes (each has at least one).
CALL (froms) {
  UNWIND froms AS x
  RETURN sum(COUNT { (x)--() }) AS fromDegree
}
CALL (froms, tos, fromDegree) {
  WHEN fromDegree <= size(tos) THEN { RETURN true AS fromSide }
  ELSE {
    UNWIND tos AS x
    RETURN fromDegree <= sum(COUNT { (x)--() }) AS fromSide
  }
}
CALL (froms, tos, fromSide) {
  WHEN fromSide THEN {
    UNWIND froms AS a
    MATCH (a)-[r:HELD|OF|ATTENDED|ORGANIZED|HELD_AT|LOCATED_IN|WROTE]-(b) WHERE b IN tos
    RETURN r
  }
  ELSE {
    UNWIND tos AS b
    MATCH (b)-[r:HELD|OF|ATTENDED|ORGANIZED|HELD_AT|LOCATED_IN|WROTE]-(a) WHERE a IN froms
    RETURN r
  }
}
MATCH (article:Article {id: r.article})
RETURN type(r) AS relationship, r.role AS role, r.sentence AS sentence, article.title AS article,
       article.date AS date, article.file AS file, article.id AS articleId, r.start AS start, r.end AS end
ORDER BY date, article, start
LIMIT 1000
