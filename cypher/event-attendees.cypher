// name: event-attendees
// description: Who attended an event, in which roles, with the sentences that say so and their
// description: articles. The event is found by its name or any alias.
// param: event string — the event's name or an alias
// example: {"event": "董家口经济区港产城总体发展规划专题会议"}
MATCH (e:Event)
WHERE e.name = $event OR $event IN e.aliases
MATCH (p:Person)-[a:ATTENDED]->(e)
OPTIONAL MATCH (p)-[h:HELD]->(pos:Position)
  WHERE e.date IS NULL OR (h.since <= e.date AND e.date <= h.until)
WITH e, p, a, collect(DISTINCT pos.title) AS titles
RETURN e.name AS event, e.date AS date, p.name AS person, titles, a.roles AS roles,
       a.evidence AS evidence, a.articles AS articles
ORDER BY event, date, person
