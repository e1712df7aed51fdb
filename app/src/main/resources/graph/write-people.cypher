// Officials and event participants, one node per name, and the article's MENTIONS of them.
MATCH (a:Article {id: $article})
UNWIND $rows AS row
MERGE (p:Person {name: row.name})
FOREACH (_ IN CASE WHEN row.official THEN [1] ELSE [] END | SET p:Official)
MERGE (a)-[r:MENTIONS]->(p)
RETURN elementId(r) AS rel, row.provenance AS provenance
