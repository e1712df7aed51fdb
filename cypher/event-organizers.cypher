// name: event-organizers
// description: Organizations that organized events, by role (host 主办, co_host 协办, undertaker
// description: 承办), with evidence. Optionally only one event or one organization.
// param: event string = null — the event's name or an alias (any when absent)
// param: organization string = null — the organization's name or an alias (any when absent)
// param: limit integer = 200 — at most this many rows
// example: {}
MATCH (o:Organization)-[r:ORGANIZED]->(e:Event)
WHERE ($event IS NULL OR e.name = $event OR $event IN e.aliases)
  AND ($organization IS NULL OR o.name = $organization OR $organization IN o.aliases)
WITH e, o, r.role AS role, collect(DISTINCT {sentence: r.sentence, article: r.article}) AS said
RETURN e.name AS event, e.date AS date, o.name AS organization, role, [x IN said | x.sentence] AS evidence,
       [x IN said | x.article] AS articles
ORDER BY date DESC, event, role, organization
LIMIT $limit
