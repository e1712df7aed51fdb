// name: events
// description: Events filtered by person, organization, kind and date range, newest first (undated last), a page
// description: at a time (skip/limit), with the total matching count on every row.
// param: person string = null — only events this person (key or name) attended
// param: organization string = null — only events this organization (name or alias) organized
// param: kind string = null — only this kind: meeting, forum, ceremony, signing, inspection, visit, other
// param: from date = null — earliest date (undated events only appear without from/to)
// param: to date = null — latest date
// param: skip integer = 0 — rows to skip (page offset)
// param: limit integer = 20 — page size
// example: {"person": "孙永红", "from": "2023-07-01", "to": "2023-07-31"}
MATCH (e:Event)
WHERE ($kind IS NULL OR e.kind = $kind)
  AND ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
  AND ($person IS NULL OR EXISTS { MATCH (p:Person)-[:ATTENDED]->(e) WHERE p.key = $person OR p.name = $person })
  AND ($organization IS NULL OR EXISTS {
        MATCH (o:Organization)-[:ORGANIZED]->(e) WHERE o.name = $organization OR $organization IN o.aliases })
// Undated events last (Cypher sorts nulls first in DESC order).
WITH e ORDER BY e.date IS NULL, e.date DESC, e.name
WITH collect(e) AS matching
UNWIND matching[$skip..$skip + $limit] AS e
CALL (e) {
  OPTIONAL MATCH (e)-[:HELD_AT]->(pl:Place)
  RETURN head(collect(DISTINCT pl.name)) AS place
}
RETURN e.id AS id, e.name AS name, e.kind AS kind, e.date AS date, e.region AS region, place,
       COUNT { MATCH (p:Person)-[:ATTENDED]->(e) RETURN DISTINCT p } AS attendees, size(matching) AS total
