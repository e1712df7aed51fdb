// Parks under their resolved name; every other name they went by becomes an alias.
MATCH (a:Article {id: $article})
UNWIND $rows AS row
MERGE (p:Park {name: row.name})
ON CREATE SET p.aliases = []
SET p.aliases = p.aliases + [k IN row.keys WHERE k <> p.name AND NOT k IN p.aliases]
MERGE (a)-[r:MENTIONS]->(p)
RETURN elementId(r) AS rel, row.provenance AS provenance
