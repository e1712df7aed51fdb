// name: event-attendees
// description: Who attended an event, in which roles, with the evidence that says so (sentence, its
// description: offsets in the article's text, the article); each person with key, region and the titles
// description: they were seen with around the event's date. The event is found by its name or any alias.
// description: A name used by many events (a weekly meeting) answers for its 200 most recent.
// param: event string — the event's name or an alias
// example: {"event": "董家口经济区港产城总体发展规划专题会议"}
// entity_exact holds each name and alias as one term: the lookup finds exactly the events so named.
CALL db.index.fulltext.queryNodes('entity_exact', '"' + replace(replace($event, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS e
WITH e WHERE e:Event AND (e.name = $event OR $event IN e.aliases)
WITH e ORDER BY e.date DESC LIMIT 200
MATCH (p:Person)-[a:ATTENDED]->(e)
WITH e, p, collect(DISTINCT a.role) AS roles, collect(DISTINCT {sentence: a.sentence, start: a.start, article: a.article}) AS said
// A person's tenures are read once for all the events of the name they attended, not once per event.
WITH p, collect({e: e, roles: roles, said: said}) AS attended
CALL (p) {
  OPTIONAL MATCH (p)-[h:HELD]->(pos:Position)
  WITH pos, min(h.date) AS since, max(h.date) AS until
  WHERE pos IS NOT NULL
  RETURN collect({title: pos.title, since: since, until: until}) AS tenures
}
UNWIND attended AS x
WITH x.e AS e, p, x.roles AS roles, x.said AS said,
     [t IN tenures WHERE x.e.date IS NULL OR (t.since <= x.e.date AND x.e.date <= t.until) | t.title] AS titles
RETURN e.name AS event, e.date AS date, p.name AS person, p.key AS key, p.region AS region, titles, roles,
       COLLECT {
         UNWIND said AS x
         MATCH (art:Article {id: x.article})
         // Offsets in the article's text (as in person-events).
         WITH x, art, coalesce(art.text, '') AS text, x.start - coalesce(art.start, 0) AS guess
         WITH x, art, CASE WHEN coalesce(x.sentence, '') = '' THEN NULL
                           WHEN guess >= 0 AND guess + size(x.sentence) <= size(text)
                                AND substring(text, guess, size(x.sentence)) = x.sentence THEN guess
                           WHEN text CONTAINS x.sentence THEN size(split(text, x.sentence)[0]) END AS at, text
         RETURN {sentence: coalesce(x.sentence, ''), start: at, end: at + size(x.sentence), articleId: art.id,
                 articleTitle: coalesce(art.title, left(trim(split(text, '。')[0]), 40)), href: '/api/articles/' + art.id}
         ORDER BY art.date, art.id, at
       } AS evidence
ORDER BY event, date, person
