// name: relationship-evidence
// description: The evidence for the relationships between two entities: every sentence that states
// description: them (one record per article, relationship and role), with its article (title, date,
// description: file) and character offsets in the source.
// param: from string — a key, name, title or alias on one side
// param: to string — a key, name, title or alias on the other side
// example: {"from": "王清源", "to": "董家口经济区港产城总体发展规划专题会议"}
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($from, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS a
WHERE a.key = $from OR a.name = $from OR a.title = $from OR $from IN coalesce(a.aliases, [])
MATCH (a)-[r]-(b)
WHERE b.key = $to OR b.name = $to OR b.title = $to OR $to IN coalesce(b.aliases, [])
MATCH (article:Article {id: r.article})
RETURN type(r) AS relationship, r.role AS role, r.sentence AS sentence, article.title AS article,
       article.date AS date, article.file AS file, article.id AS articleId, r.start AS start, r.end AS end
ORDER BY date, article, start
