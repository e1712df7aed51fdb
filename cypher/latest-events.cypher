// name: latest-events
// description: The most recent events with their kind, region, place, attendees and the articles
// description: that report them (at most 100 of each per event).
// param: limit integer = 20 — at most this many events
// example: {"limit": 10}
// The date index gives the newest events in order; each subquery collects one event's neighbours
// (capped) before the next starts, so nothing multiplies across them. HELD_AT ends at a place, ATTENDED
// starts at a person, REPORTS at an article: no label checks on the records.
MATCH (e:Event)
WHERE e.date IS NOT NULL
WITH e ORDER BY e.date DESC, e.name LIMIT $limit
CALL (e) {
  OPTIONAL MATCH (e)-[:HELD_AT]->(pl)
  RETURN head(collect(DISTINCT pl.name)) AS place
}
CALL (e) {
  CALL (e) {
    OPTIONAL MATCH (p)-[:ATTENDED]->(e)
    RETURN DISTINCT p LIMIT 100
  }
  RETURN collect(p.name) AS attendees
}
CALL (e) {
  CALL (e) {
    OPTIONAL MATCH (a)-[:REPORTS]->(e)
    RETURN DISTINCT a.title AS title LIMIT 100
  }
  RETURN collect(title) AS articles
}
RETURN e.id AS id, e.name AS name, e.kind AS kind, e.date AS date, e.region AS region, place, attendees, articles
ORDER BY date DESC, name
