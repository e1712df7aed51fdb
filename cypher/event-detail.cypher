// name: event-detail
// description: One event by id, name or alias (several rows when one name has several dates or
// description: regions; the 100 most recent of one name): its name, aliases, kind, date, region, place, attendees by role with evidence
// description: (each with key, region and latest title), organizers with role (主办, 协办, 承办 in that
// description: order), and the articles that report or mention it (at most 500 read: an event named in
// description: passing by thousands of articles lists 500 of them).
// param: event string — the event's id (from events or latest-events), name or an alias
// example: {"event": "董家口经济区港产城总体发展规划专题会议"}
// entity_exact holds the id, the name and each alias as one term: one exact lookup for all three.
CALL db.index.fulltext.queryNodes('entity_exact', '"' + replace(replace($event, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS e
WITH e WHERE e:Event AND (e.id = $event OR e.name = $event OR $event IN e.aliases)
WITH e ORDER BY e.date DESC LIMIT 100
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
  // The order the genre writes them in: 主办, 协办, 承办.
  WITH o, r.role AS role, collect(DISTINCT r.sentence) AS evidence
  ORDER BY CASE role WHEN 'host' THEN 0 WHEN 'co_host' THEN 1 WHEN 'undertaker' THEN 2 ELSE 3 END, o.name
  RETURN collect(CASE WHEN o IS NULL THEN NULL ELSE
         {organization: o.name, role: role, evidence: evidence} END) AS organizers
}
CALL (e) {
  // An event mentioned in passing can be named by thousands of articles: 500 are read.
  CALL (e) {
    OPTIONAL MATCH (a:Article)-[l:REPORTS|MENTIONS]->(e)
    RETURN a, l LIMIT 500
  }
  // lead: what to call an article printed without a headline (its opening words, not its file).
  WITH a, l ORDER BY a.date, a.title
  RETURN collect(CASE WHEN a IS NULL THEN NULL ELSE
         {id: a.id, title: a.title, date: a.date, file: a.file, url: a.url, source: a.source,
          reports: type(l) = 'REPORTS',
          lead: CASE WHEN a.title IS NULL THEN left(trim(split(coalesce(a.text, ''), '。')[0]), 40) END} END) AS articles
}
RETURN e.id AS id, e.name AS name, e.aliases AS aliases, e.kind AS kind, e.date AS date, e.region AS region,
       place, attendees, organizers, articles
