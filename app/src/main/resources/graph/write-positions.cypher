// Titles as positions with tenure: since/until are the first and last article dates the title was
// seen with the person (recomputed as min/max, so order of ingest does not matter).
UNWIND $rows AS row
MATCH (p:Person {name: row.person})
MERGE (pos:Position {title: row.title})
ON CREATE SET pos.post = row.post, pos.qualified = row.qualified
MERGE (p)-[h:HELD]->(pos)
SET h.since = CASE WHEN row.date IS NULL THEN h.since
                   WHEN h.since IS NULL OR row.date < h.since THEN row.date ELSE h.since END,
    h.until = CASE WHEN row.date IS NULL THEN h.until
                   WHEN h.until IS NULL OR row.date > h.until THEN row.date ELSE h.until END,
    h.asWritten = coalesce(h.asWritten, []) + [t IN row.asWritten WHERE NOT t IN coalesce(h.asWritten, [])]
WITH pos, h, row
OPTIONAL MATCH (o:Organization {name: row.organization})
FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | MERGE (pos)-[:OF]->(o))
WITH pos, h, row, o
OPTIONAL MATCH (pos)-[of:OF]->(o)
UNWIND [{rel: elementId(h), provenance: row.provenance}]
     + CASE WHEN of IS NULL THEN [] ELSE [{rel: elementId(of), provenance: row.provenance}] END AS out
RETURN out.rel AS rel, out.provenance AS provenance
