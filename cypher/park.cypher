// name: park
// description: One park by name or alias: aliases, its projects with investment in yuan and the
// description: total, and how many articles mention it.
// param: name string — the park's name or an alias
// example: {"name": "青岛市虚拟现实产业园"}
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($name, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS park
WHERE park:Park AND (park.name = $name OR $name IN park.aliases)
CALL (park) {
  OPTIONAL MATCH (pr:Project)-[l:LOCATED_IN]->(park)
  WITH pr, collect(DISTINCT l.sentence) AS evidence ORDER BY pr.investmentYuan DESC, pr.name
  RETURN collect(CASE WHEN pr IS NULL THEN NULL ELSE
         {project: pr.name, investmentYuan: pr.investmentYuan, evidence: evidence} END) AS projects,
         sum(coalesce(pr.investmentYuan, 0)) AS total
}
RETURN park.name AS name, park.aliases AS aliases, projects, total AS totalInvestmentYuan,
       COUNT { (park)<-[:MENTIONS]-(:Article) } AS mentionedIn
