// Who was at an event and in which roles (the union over every article that says so).
UNWIND $rows AS row
MATCH (p:Person {name: row.person})
MATCH (e:Event {id: row.event})
MERGE (p)-[r:ATTENDED]->(e)
SET r.roles = coalesce(r.roles, []) + [x IN row.roles WHERE NOT x IN coalesce(r.roles, [])]
RETURN elementId(r) AS rel, row.provenance AS provenance
