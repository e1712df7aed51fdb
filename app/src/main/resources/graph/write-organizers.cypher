// Who organized an event: one ORGANIZED relationship per role (host, co_host, undertaker).
UNWIND $rows AS row
MATCH (o:Organization {name: row.organization})
MATCH (e:Event {id: row.event})
MERGE (o)-[r:ORGANIZED {role: row.role}]->(e)
RETURN elementId(r) AS rel, row.provenance AS provenance
