// name: person-events
// description: The events a person took part in over a date range, newest first, with roles,
// description: place, the evidence sentences and their articles, and the event's id (for /api/events/{id}).
// param: name string — the person's key (王军@临江市) or name
// param: from date = null — earliest event date (undated events only appear without from/to)
// param: to date = null — latest event date
// param: limit integer = 100 — at most this many events
// example: {"name": "王清源", "from": "2023-01-01", "to": "2024-12-31"}
MATCH (p:Person) WHERE p.key = $name OR p.name = $name
MATCH (p)-[a:ATTENDED]->(e:Event)
WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
WITH e, collect(DISTINCT a.role) AS roles, collect(DISTINCT {sentence: a.sentence, article: a.article}) AS said
CALL (e) {
  OPTIONAL MATCH (e)-[:HELD_AT]->(pl:Place)
  RETURN head(collect(DISTINCT pl.name)) AS place
}
RETURN e.id AS id, e.name AS event, e.kind AS kind, e.date AS date, place, roles,
       [x IN said | x.sentence] AS evidence, [x IN said | x.article] AS articles
ORDER BY date DESC, event
LIMIT $limit
