// name: latest-events
// description: The most recent events with their kind, place, attendees and the articles that
// description: report them.
// param: limit integer = 20 — at most this many events
// example: {"limit": 10}
MATCH (e:Event)
WHERE e.date IS NOT NULL
WITH e ORDER BY e.date DESC, e.name LIMIT $limit
OPTIONAL MATCH (e)-[:HELD_AT]->(pl:Place)
OPTIONAL MATCH (p:Person)-[:ATTENDED]->(e)
OPTIONAL MATCH (a:Article)-[:REPORTS]->(e)
RETURN e.name AS event, e.kind AS kind, e.date AS date, pl.name AS place,
       collect(DISTINCT p.name) AS attendees, collect(DISTINCT a.title) AS articles
ORDER BY date DESC, event
