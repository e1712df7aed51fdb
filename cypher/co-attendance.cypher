// name: co-attendance
// description: Who appears at events with a person, and how often, with the shared events (id, name, date); each
// description: other person with their key, region and latest title (namesakes told apart).
// param: name string — the person's key (王军@临江市) or name
// param: limit integer = 50 — at most this many people
// example: {"name": "孙永红"}
// Each side's records (one per article and role) are made distinct before the next expansion, so
// an event is expanded once, not once per record of the person at it. ATTENDED always starts at a
// person and ends at an event: no label checks. The shared events' names and dates are read for the
// page's people only, not for everyone a person seen in thousands of articles ever met.
MATCH (p:Person) WHERE p.key = $name OR p.name = $name
MATCH (p)-[:ATTENDED]->(e)
WITH DISTINCT p, e
MATCH (e)<-[:ATTENDED]-(other)
WHERE other <> p
WITH DISTINCT other, e
WITH other, collect(e) AS shared
WITH other, shared, other.name AS name ORDER BY size(shared) DESC, name LIMIT $limit
RETURN name, other.key AS key, other.region AS region, other.latestTitle AS title,
       size(shared) AS together, [e IN shared | {id: e.id, name: e.name, date: e.date}] AS events
ORDER BY together DESC, name
