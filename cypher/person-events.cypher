// name: person-events
// description: The events a person took part in over a date range, newest first, with roles,
// description: place, the evidence sentence and the article, and the event's id (for /api/events/{id}).
// param: name string — the person's name
// param: from date = null — earliest event date (undated events only appear without from/to)
// param: to date = null — latest event date
// param: limit integer = 100 — at most this many events
// example: {"name": "王清源", "from": "2023-01-01", "to": "2024-12-31"}
MATCH (p:Person {name: $name})-[a:ATTENDED]->(e:Event)
WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
OPTIONAL MATCH (e)-[:HELD_AT]->(pl:Place)
RETURN e.id AS id, e.name AS event, e.kind AS kind, e.date AS date, pl.name AS place, a.roles AS roles,
       a.evidence AS evidence, a.articles AS articles
ORDER BY date DESC, event
LIMIT $limit
