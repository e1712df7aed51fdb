// name: park
// description: One park by name or alias: aliases, its projects with investment in yuan and the
// description: total, and how many articles mention it.
// param: name string — the park's name or an alias
// example: {"name": "青岛市虚拟现实产业园"}
// entity_exact holds names and aliases as single terms: one exact lookup.
CALL db.index.fulltext.queryNodes('entity_exact', '"' + replace(replace($name, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS park
WITH park WHERE park:Park AND (park.name = $name OR $name IN park.aliases)
CALL (park) {
  OPTIONAL MATCH (pr:Project)-[l:LOCATED_IN]->(park)
  WITH pr, collect(DISTINCT l.sentence) AS evidence ORDER BY pr.investmentYuan DESC, pr.name
  RETURN collect(CASE WHEN pr IS NULL THEN NULL ELSE
         {project: pr.name, investmentYuan: pr.investmentYuan, evidence: evidence} END) AS projects,
         sum(coalesce(pr.investmentYuan, 0)) AS total
}
// Every MENTIONS comes from an article: the count is the node's degree, read without expanding.
RETURN park.name AS name, park.aliases AS aliases, projects, total AS totalInvestmentYuan,
       COUNT { (park)<-[:MENTIONS]-() } AS mentionedIn
