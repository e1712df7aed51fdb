// name: co-attendance
// description: Who appears at events with a person, and how often (together: every shared event counted), with
// description: the newest of the shared events (id, name, date; undated ones last); each other person with their
// description: key, region and latest title (namesakes told apart).
// param: name string — the person's key (王军@临江市) or name
// param: limit integer = 50 — at most this many people
// param: events integer = 10 — at most this many shared events listed per person, the newest
// example: {"name": "孙永红"}
// Each side's records (one per article and role) are made distinct before the next expansion, so
// an event is expanded once, not once per record of the person at it. ATTENDED always starts at a
// person and ends at an event: no label checks. The shared events' names and dates are read for the
// page's people only, not for everyone a person seen in thousands of articles ever met; and only the newest
// $events of each are listed: two officials of one district share hundreds of meetings, and listing them all
// made a hub's answer 35-46 KB (now 2-13 KB; ~6% less CPU a request: the pairs' expansion, which together needs,
// stays; BENCHMARKS.md, session 15). Every event of a pair is a click away (relationship-evidence, /api/evidence).
MATCH (p:Person) WHERE p.key = $name OR p.name = $name
MATCH (p)-[:ATTENDED]->(e)
WITH DISTINCT p, e
MATCH (e)<-[:ATTENDED]-(other)
WHERE other <> p
WITH DISTINCT other, e
WITH other, collect(e) AS shared
WITH other, shared, other.name AS name ORDER BY size(shared) DESC, name LIMIT $limit
RETURN name, other.key AS key, other.region AS region, other.latestTitle AS title,
       size(shared) AS together,
       COLLECT { UNWIND shared AS e
                 WITH e, e.date AS date ORDER BY date IS NULL, date DESC, e.name LIMIT $events
                 RETURN {id: e.id, name: e.name, date: date} } AS events
ORDER BY together DESC, name
