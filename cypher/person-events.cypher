// name: person-events
// description: The events a person took part in over a date range, newest first, with roles,
// description: place, the evidence sentence and the article.
// param: name string — the person's name
// param: from date = 1900-01-01 — earliest event date
// param: to date = 2999-12-31 — latest event date
// param: limit integer = 100 — at most this many events
// example: {"name": "王清源", "from": "2023-01-01", "to": "2024-12-31"}
MATCH (p:Person {name: $name})-[a:ATTENDED]->(e:Event)
WHERE e.date IS NULL OR (e.date >= $from AND e.date <= $to)
OPTIONAL MATCH (e)-[:HELD_AT]->(pl:Place)
RETURN e.name AS event, e.kind AS kind, e.date AS date, pl.name AS place, a.roles AS roles,
       a.evidence AS evidence, a.articles AS articles
ORDER BY date DESC, event
LIMIT $limit
