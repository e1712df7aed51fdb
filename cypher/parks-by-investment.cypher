// name: parks-by-investment
// description: Parks ranked by the total stated investment of their projects, in yuan.
// param: limit integer = 50 — at most this many parks
// example: {"limit": 10}
// LOCATED_IN always starts at a project: no label check on its records (one per article).
MATCH (park:Park)
OPTIONAL MATCH (pr)-[:LOCATED_IN]->(park)
WITH park, collect(DISTINCT pr) AS projects
WITH park, size(projects) AS projectCount, reduce(t = 0, x IN projects | t + coalesce(x.investmentYuan, 0)) AS total
RETURN park.name AS park, projectCount, total AS totalInvestmentYuan
ORDER BY totalInvestmentYuan DESC, projectCount DESC, park
LIMIT $limit
