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
WITH e, o, r.role AS role, collect(DISTINCT {sentence: r.sentence, start: r.start, article: r.article}) AS said
RETURN e.name AS event, e.date AS date, o.name AS organization, role,
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
ORDER BY date DESC, event, role, organization
LIMIT $limit
