// Organizations under their resolved name; every other name they went by becomes an alias.
MATCH (a:Article {id: $article})
UNWIND $rows AS row
MERGE (o:Organization {name: row.name})
ON CREATE SET o.aliases = [], o.kind = row.kind
SET o.kind = coalesce(o.kind, row.kind),
    o.aliases = o.aliases + [k IN row.keys WHERE k <> o.name AND NOT k IN o.aliases]
MERGE (a)-[r:MENTIONS]->(o)
RETURN elementId(r) AS rel, row.provenance AS provenance
