// name: latest-events
// description: The most recent events with their kind, region, place, attendees and the articles
// description: that report them.
// param: limit integer = 20 — at most this many events
// example: {"limit": 10}
MATCH (e:Event)
WHERE e.date IS NOT NULL
WITH e ORDER BY e.date DESC, e.name LIMIT $limit
CALL (e) {
  OPTIONAL MATCH (e)-[:HELD_AT]->(pl:Place)
  RETURN head(collect(DISTINCT pl.name)) AS place
}
CALL (e) {
  OPTIONAL MATCH (p:Person)-[:ATTENDED]->(e)
  RETURN collect(DISTINCT p.name) AS attendees
}
CALL (e) {
  OPTIONAL MATCH (a:Article)-[:REPORTS]->(e)
  RETURN collect(DISTINCT a.title) AS articles
}
RETURN e.id AS id, e.name AS name, e.kind AS kind, e.date AS date, e.region AS region, place, attendees, articles
ORDER BY date DESC, name
