// name: project-investments
// description: Every investment stated for a project, with the article, its date and the sentence:
// description: later figures never overwrite earlier ones here (the node shows the latest). The text may
// description: be part of a name: the 50 projects the name index ranks best are read, at most 1,000 rows.
// param: project string — the project's name or an alias
// example: {"project": "项目"}
// entity_names finds the names containing the text; its own ranking (shorter names first) caps the candidates.
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($project, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS p
WITH p WHERE p:Project AND (p.name CONTAINS $project OR any(a IN p.aliases WHERE a CONTAINS $project))
WITH p LIMIT 50
MATCH (a:Article)-[m:MENTIONS]->(p)
RETURN p.name AS project, m.investmentYuan AS investmentYuan, m.date AS date, m.sentence AS sentence,
       a.id AS article, a.title AS title, a.source AS source
ORDER BY project, date, article
LIMIT 1000
