// name: event-attendees
// description: Who attended an event, in which roles, with the sentences that say so and their
// description: articles (one per article and sentence); each person with key, region and the titles
// description: they were seen with around the event's date. The event is found by its name or any alias.
// param: event string — the event's name or an alias
// example: {"event": "董家口经济区港产城总体发展规划专题会议"}
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($event, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS e
WHERE e:Event AND (e.name = $event OR $event IN e.aliases)
MATCH (p:Person)-[a:ATTENDED]->(e)
WITH e, p, collect(DISTINCT a.role) AS roles, collect(DISTINCT {sentence: a.sentence, article: a.article}) AS said
CALL (p, e) {
  OPTIONAL MATCH (p)-[h:HELD]->(pos:Position)
  WITH pos, min(h.date) AS since, max(h.date) AS until
  WHERE pos IS NOT NULL AND (e.date IS NULL OR (since <= e.date AND e.date <= until))
  RETURN collect(pos.title) AS titles
}
RETURN e.name AS event, e.date AS date, p.name AS person, p.key AS key, p.region AS region, titles, roles,
       [x IN said | x.sentence] AS evidence, [x IN said | x.article] AS articles
ORDER BY event, date, person
