// Reporters of the byline: (:Person:Reporter)-[:WROTE]->(:Article).
MATCH (a:Article {id: $article})
UNWIND $rows AS row
MERGE (p:Person {name: row.name})
SET p:Reporter
MERGE (p)-[r:WROTE]->(a)
RETURN elementId(r) AS rel, row.provenance AS provenance
