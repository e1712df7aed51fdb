// name: events
// description: Events filtered by person, organization, kind and date range, newest first (undated last), a page
// description: at a time (skip/limit), with the total matching count on every row. Without a person or an
// description: organization the count stops ten pages past skip (1,000 for pages of 100): totalAtLeast is true when there are more.
// param: person string = null — only events this person (key or name) attended
// param: organization string = null — only events this organization (name or alias) organized
// param: kind string = null — only this kind: meeting, forum, ceremony, signing, inspection, visit, other
// param: from date = null — earliest date (undated events only appear without from/to)
// param: to date = null — latest date
// param: skip integer = 0 — rows to skip (page offset)
// param: limit integer = 20 — page size
// example: {"person": "孙永红", "from": "2023-07-01", "to": "2023-07-31"}
CYPHER 25
// Two plans, chosen by what is given. With a person or an organization: their events only (read
// from them, sorted, counted exactly). Otherwise: the date index read newest first, stopping after
// skip + limit events, and a count that never reads the events themselves when it can help it and
// stops ten pages past the page's start, skip + 10 × limit index entries (a kind in a year holds
// thousands: counting them all was most of the cost; the reporter page asks for pages of 100 and so
// still shows "1000+", while the API's default page of 20 counts 200, not 1,000).
CALL () {
  WHEN $person IS NOT NULL OR $organization IS NOT NULL THEN {
    CALL () {
      WHEN $person IS NOT NULL THEN {
        MATCH (p:Person) WHERE p.key = $person OR p.name = $person
        MATCH (p)-[:ATTENDED]->(e:Event)
        RETURN DISTINCT e
      }
      ELSE {
        // The organization by name from its range index, by alias from its __Alias node (graph-schema
        // V017: a unique-index seek, as a range index cannot look inside a list; a fulltext index over all
        // fields returned every event and person of the name too), each found once.
        CALL () {
          MATCH (o:Organization {name: $organization}) RETURN o
          UNION ALL
          MATCH (:__Alias {name: $organization})-[:__ALIAS_OF]->(o:Organization)
          WHERE NOT coalesce(o.name = $organization, false)
          RETURN o
        }
        MATCH (o)-[:ORGANIZED]->(e:Event)
        RETURN DISTINCT e
      }
    }
    WITH e WHERE ($kind IS NULL OR e.kind = $kind)
      AND ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
      AND ($person IS NULL OR $organization IS NULL OR EXISTS {
            MATCH (o:Organization)-[:ORGANIZED]->(e) WHERE o.name = $organization OR $organization IN o.aliases })
    // Undated events last (Cypher sorts nulls first in DESC order).
    WITH e ORDER BY e.date IS NULL, e.date DESC, e.name
    WITH collect(e) AS matching
    RETURN matching[$skip..$skip + $limit] AS page, size(matching) AS total, false AS totalAtLeast
  }
  ELSE {
    // With a kind, its events from the (kind, date) index (V006), already in date order: the page reads
    // skip + limit entries (and the ties of the last date), where the date index read the range's events
    // of every kind newest first and dropped the other kinds' (86 read for a page of 20 meetings).
    CALL () {
      WHEN $kind IS NOT NULL THEN {
        MATCH (e:Event)
        USING INDEX e:Event(kind, date)
        WHERE e.kind = $kind
          AND e.date >= coalesce($from, date('-999999999-01-01')) AND e.date <= coalesce($to, date('+999999999-12-31'))
        // The kind is fixed: ordering by it too is the index's own order (the planner then reads it backwards
        // and stops, instead of sorting every entry of the kind).
        WITH e ORDER BY e.kind DESC, e.date DESC, e.name LIMIT $skip + $limit
        RETURN collect(e) AS dated
      }
      ELSE {
        MATCH (e:Event)
        WHERE e.date >= coalesce($from, date('-999999999-01-01')) AND e.date <= coalesce($to, date('+999999999-12-31'))
        WITH e ORDER BY e.date DESC, e.name LIMIT $skip + $limit
        RETURN collect(e) AS dated
      }
    }
    // Undated events (read by name, from its index) only when the page reaches past the dated ones.
    CALL (dated) {
      WHEN size(dated) < $skip + $limit AND $from IS NULL AND $to IS NULL THEN {
        MATCH (e:Event) WHERE e.name IS NOT NULL AND e.date IS NULL AND ($kind IS NULL OR e.kind = $kind)
        WITH e ORDER BY e.name LIMIT $skip + $limit
        RETURN collect(e) AS undated
      }
      ELSE { RETURN [] AS undated }
    }
    CALL () {
      // No filter: Neo4j's count store, no event read.
      WHEN $kind IS NULL AND $from IS NULL AND $to IS NULL THEN {
        MATCH (e:Event) RETURN count(e) AS counted
      }
      // One kind, any date: the kind index.
      WHEN $from IS NULL AND $to IS NULL THEN {
        MATCH (e:Event) WHERE e.kind = $kind
        WITH e LIMIT $skip + 10 * $limit + 1 RETURN count(e) AS counted
      }
      // One kind in a date range: the (kind, date) index (V006) holds exactly those, no event read.
      WHEN $kind IS NOT NULL THEN {
        MATCH (e:Event)
        USING INDEX e:Event(kind, date)
        WHERE e.kind = $kind
          AND e.date >= coalesce($from, date('-999999999-01-01')) AND e.date <= coalesce($to, date('+999999999-12-31'))
        WITH e LIMIT $skip + 10 * $limit + 1 RETURN count(e) AS counted
      }
      ELSE {
        MATCH (e:Event)
        WHERE e.date >= coalesce($from, date('-999999999-01-01')) AND e.date <= coalesce($to, date('+999999999-12-31'))
        WITH e LIMIT $skip + 10 * $limit + 1 RETURN count(e) AS counted
      }
    }
    RETURN (dated + undated)[$skip..$skip + $limit] AS page,
           CASE WHEN counted > $skip + 10 * $limit THEN $skip + 10 * $limit ELSE counted END AS total,
           counted > $skip + 10 * $limit AS totalAtLeast
  }
}
UNWIND page AS e
// HELD_AT always ends at a place and ATTENDED starts at a person: no label checks on the page's records.
CALL (e) {
  OPTIONAL MATCH (e)-[:HELD_AT]->(pl)
  RETURN head(collect(DISTINCT pl.name)) AS place
}
RETURN e.id AS id, e.name AS name, e.kind AS kind, e.date AS date, e.region AS region, place,
       COUNT { MATCH (p)-[:ATTENDED]->(e) RETURN DISTINCT p } AS attendees, total, totalAtLeast
