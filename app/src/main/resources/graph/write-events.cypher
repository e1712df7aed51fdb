// Events under their derived id (normalised name + date + place), where they were held, and the
// article's link to them: REPORTS when it reports the event, MENTIONS when it names it in passing.
MATCH (a:Article {id: $article})
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
ON CREATE SET e.name = row.name, e.kind = row.kind, e.date = row.date, e.aliases = []
SET e.kind = coalesce(e.kind, row.kind),
    e.aliases = e.aliases + [k IN row.aliases WHERE k <> e.name AND NOT k IN e.aliases]
FOREACH (_ IN CASE WHEN row.reported THEN [1] ELSE [] END | MERGE (a)-[:REPORTS]->(e))
FOREACH (_ IN CASE WHEN row.reported THEN [] ELSE [1] END | MERGE (a)-[:MENTIONS]->(e))
FOREACH (name IN CASE WHEN row.place IS NULL THEN [] ELSE [row.place] END |
    MERGE (pl:Place {name: name})
    MERGE (e)-[:HELD_AT]->(pl))
WITH a, e, row
OPTIONAL MATCH (a)-[link:REPORTS|MENTIONS]->(e)
OPTIONAL MATCH (e)-[at:HELD_AT]->(:Place {name: row.place})
UNWIND [{rel: elementId(link), provenance: row.provenance}]
     + CASE WHEN at IS NULL THEN [] ELSE [{rel: elementId(at), provenance: row.provenance}] END AS out
RETURN out.rel AS rel, out.provenance AS provenance
