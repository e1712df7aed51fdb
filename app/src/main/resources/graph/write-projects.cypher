// Projects, their investment (the latest article that states one wins), and the park they are in.
MATCH (a:Article {id: $article})
UNWIND $rows AS row
MERGE (p:Project {name: row.name})
ON CREATE SET p.aliases = []
SET p.aliases = p.aliases + [k IN row.aliases WHERE k <> p.name AND NOT k IN p.aliases],
    p.investmentYuan = coalesce(row.investmentYuan, p.investmentYuan)
MERGE (a)-[m:MENTIONS]->(p)
WITH p, m, row
OPTIONAL MATCH (park:Park {name: row.park})
FOREACH (_ IN CASE WHEN park IS NULL THEN [] ELSE [1] END | MERGE (p)-[:LOCATED_IN]->(park))
WITH p, m, row, park
OPTIONAL MATCH (p)-[l:LOCATED_IN]->(park)
UNWIND [{rel: elementId(m), provenance: row.provenance}]
     + CASE WHEN l IS NULL THEN [] ELSE [{rel: elementId(l), provenance: row.provenance}] END AS out
RETURN out.rel AS rel, out.provenance AS provenance
