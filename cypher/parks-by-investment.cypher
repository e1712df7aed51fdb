// name: parks-by-investment
// description: Parks ranked by the total stated investment of their projects, in yuan.
// param: limit integer = 50 — at most this many parks
// example: {"limit": 10}
MATCH (park:Park)
OPTIONAL MATCH (pr:Project)-[:LOCATED_IN]->(park)
WITH park, count(pr) AS projects, sum(coalesce(pr.investmentYuan, 0)) AS total
RETURN park.name AS park, projects AS projectCount, total AS totalInvestmentYuan
ORDER BY totalInvestmentYuan DESC, projectCount DESC, park
LIMIT $limit
