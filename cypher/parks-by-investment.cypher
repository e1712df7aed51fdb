// name: parks-by-investment
// description: Parks ranked by the total stated investment of their projects, in yuan.
// param: limit integer = 50 — at most this many parks
// example: {"limit": 10}
// Each park keeps its project count and total (V007, kept by the writer and the remover): the ranking
// reads two properties per park, not the LOCATED_IN records of every article (parks grow with the
// region's geography, not with the number of articles).
MATCH (park:Park)
RETURN park.name AS park, park.projectCount AS projectCount, park.totalInvestmentYuan AS totalInvestmentYuan
ORDER BY totalInvestmentYuan DESC, projectCount DESC, park
LIMIT $limit
