// name: event-organizers
// description: Organizations that organized events, by role (host 主办, co_host 协办, undertaker
// description: 承办), with evidence, newest first (undated events last). Optionally only one event or one organization.
// param: event string = null — the event's name or an alias (any when absent)
// param: organization string = null — the organization's name or an alias (any when absent)
// param: limit integer = 200 — at most this many rows
// example: {}
CYPHER 25
// Read from what is given: the event or the organization by exact name (entity_exact), else the
// events newest first from the date index, stopping once the page is full.
CALL () {
  WHEN $event IS NOT NULL THEN {
    CALL db.index.fulltext.queryNodes('entity_exact', '"' + replace(replace($event, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS e
    WITH e WHERE e:Event AND (e.name = $event OR $event IN e.aliases)
    MATCH (o:Organization)-[r:ORGANIZED]->(e)
    WHERE $organization IS NULL OR o.name = $organization OR $organization IN o.aliases
    RETURN e, o, r
  }
  WHEN $organization IS NOT NULL THEN {
    CALL db.index.fulltext.queryNodes('entity_exact', '"' + replace(replace($organization, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS o
    WITH o WHERE o:Organization AND (o.name = $organization OR $organization IN o.aliases)
    MATCH (o)-[r:ORGANIZED]->(e:Event)
    RETURN e, o, r
  }
  ELSE {
    // The newest $limit events that have organizers (each gives at least one row) hold the page.
    CALL () {
      MATCH (e:Event) WHERE e.date IS NOT NULL AND EXISTS { (e)<-[:ORGANIZED]-(:Organization) }
      WITH e ORDER BY e.date DESC, e.name LIMIT $limit
      RETURN collect(e) AS dated
    }
    // Undated events are read (by name, from its index) only when the dated ones do not fill the page.
    CALL (dated) {
      WHEN size(dated) < $limit THEN {
        MATCH (e:Event) WHERE e.name IS NOT NULL AND e.date IS NULL AND EXISTS { (e)<-[:ORGANIZED]-(:Organization) }
        WITH e ORDER BY e.name LIMIT $limit
        RETURN collect(e) AS undated
      }
      ELSE { RETURN [] AS undated }
    }
    UNWIND (dated + undated)[..$limit] AS e
    MATCH (o:Organization)-[r:ORGANIZED]->(e)
    RETURN e, o, r
  }
}
WITH e, o, r.role AS role, collect(DISTINCT {sentence: r.sentence, article: r.article}) AS said
RETURN e.name AS event, e.date AS date, o.name AS organization, role, [x IN said | x.sentence] AS evidence,
       [x IN said | x.article] AS articles
ORDER BY date IS NULL, date DESC, event, role, organization
LIMIT $limit
