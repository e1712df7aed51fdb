// name: event-detail
// description: One event by id, name or alias (several rows when one name has several dates or
// description: regions): its name, aliases, kind, date, region, place, attendees by role with evidence
// description: (each with key, region and latest title), organizers with role, and the articles that
// description: report or mention it.
// param: event string — the event's id (from events or latest-events), name or an alias
// example: {"event": "董家口经济区港产城总体发展规划专题会议"}
CALL () {
  MATCH (e:Event {id: $event}) RETURN e
  UNION
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($event, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS e
  WHERE e:Event AND (e.name = $event OR $event IN e.aliases) RETURN e
}
CALL (e) {
  OPTIONAL MATCH (e)-[:HELD_AT]->(pl:Place)
  RETURN head(collect(DISTINCT pl.name)) AS place
}
CALL (e) {
  OPTIONAL MATCH (p:Person)-[a:ATTENDED]->(e)
  WITH p, collect(DISTINCT a.role) AS roles, collect(DISTINCT {sentence: a.sentence, article: a.article}) AS said
  ORDER BY p.name
  RETURN collect(CASE WHEN p IS NULL THEN NULL ELSE
         {person: p.name, key: p.key, region: p.region, title: p.latestTitle, roles: roles,
          evidence: [x IN said | x.sentence], articles: [x IN said | x.article]} END) AS attendees
}
CALL (e) {
  OPTIONAL MATCH (o:Organization)-[r:ORGANIZED]->(e)
  WITH o, r.role AS role, collect(DISTINCT r.sentence) AS evidence ORDER BY role, o.name
  RETURN collect(CASE WHEN o IS NULL THEN NULL ELSE
         {organization: o.name, role: role, evidence: evidence} END) AS organizers
}
CALL (e) {
  OPTIONAL MATCH (a:Article)-[l:REPORTS|MENTIONS]->(e)
  WITH a, l ORDER BY a.date, a.title
  RETURN collect(CASE WHEN a IS NULL THEN NULL ELSE
         {id: a.id, title: a.title, date: a.date, file: a.file, url: a.url, source: a.source,
          reports: type(l) = 'REPORTS'} END) AS articles
}
RETURN e.id AS id, e.name AS name, e.aliases AS aliases, e.kind AS kind, e.date AS date, e.region AS region,
       place, attendees, organizers, articles
