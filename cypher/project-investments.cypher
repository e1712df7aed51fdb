// name: project-investments
// description: Every investment stated for a project, with the article, its date and the sentence:
// description: later figures never overwrite earlier ones here (the node shows the latest).
// param: project string — the project's name or an alias
// example: {"project": "项目"}
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($project, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS p
WHERE p:Project AND (p.name CONTAINS $project OR any(a IN p.aliases WHERE a CONTAINS $project))
MATCH (a:Article)-[m:MENTIONS]->(p)
RETURN p.name AS project, m.investmentYuan AS investmentYuan, m.date AS date, m.sentence AS sentence,
       a.id AS article, a.title AS title, a.source AS source
ORDER BY project, date, article
