// name: co-attendance
// description: Who appears at events with a person, and how often, with the shared events (id, name, date); each
// description: other person with their key, region and latest title (namesakes told apart).
// param: name string — the person's key (王军@临江市) or name
// param: limit integer = 50 — at most this many people
// example: {"name": "孙永红"}
// Each side's records (one per article and role) are made distinct before the next expansion, so
// an event is expanded once, not once per record of the person at it.
MATCH (p:Person) WHERE p.key = $name OR p.name = $name
MATCH (p)-[:ATTENDED]->(e:Event)
WITH DISTINCT p, e
MATCH (e)<-[:ATTENDED]-(other:Person)
WHERE other <> p
WITH DISTINCT other, e
WITH other, collect({id: e.id, name: e.name, date: e.date}) AS events
RETURN other.name AS name, other.key AS key, other.region AS region, other.latestTitle AS title,
       size(events) AS together, events
ORDER BY together DESC, name
LIMIT $limit
