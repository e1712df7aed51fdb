// name: co-attendance
// description: Who appears at events with a person, and how often, with the shared events.
// param: name string — the person's name
// param: limit integer = 50 — at most this many people
// example: {"name": "孙永红"}
MATCH (p:Person {name: $name})-[:ATTENDED]->(e:Event)<-[:ATTENDED]-(other:Person)
WHERE other <> p
WITH other, collect(DISTINCT e.name) AS events
RETURN other.name AS person, size(events) AS together, events
ORDER BY together DESC, person
LIMIT $limit
