// name: park-projects
// description: The projects located in a park with their investment in yuan (the latest stated), and
// description: the park's total over the projects whose investment is stated.
// param: park string — the park's name or an alias
// example: {"park": "青岛市虚拟现实产业园"}
// entity_exact holds names and aliases as single terms: one exact lookup.
CALL db.index.fulltext.queryNodes('entity_exact', '"' + replace(replace($park, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS park
WITH park WHERE park:Park AND (park.name = $park OR $park IN park.aliases)
MATCH (pr:Project)-[l:LOCATED_IN]->(park)
WITH park, pr, collect(DISTINCT l.sentence) AS evidence ORDER BY pr.investmentYuan DESC, pr.name
WITH park, collect({project: pr.name, investmentYuan: pr.investmentYuan, evidence: evidence}) AS projects,
     sum(coalesce(pr.investmentYuan, 0)) AS total
RETURN park.name AS park, total AS totalInvestmentYuan, size(projects) AS projectCount, projects
