// name: organization
// description: One organization by key, name or alias: kind, aliases, the positions that belong to
// description: it and who held them when, the events it organized (the limit most recent, undated last; more says it
// description: organized more), and how many articles mention it. A relative name (市委) finds every region's organization written so.
// param: name string — the organization's key, name or an alias
// param: limit integer = 20 — at most this many events organized listed (event-organizers pages further)
// example: {"name": "西海岸新区工委"}
CYPHER 25
// The organizations by name and by key from their range indexes (a key differs from the name for a
// relative name, 市委 → 临江市委), by alias from its __Alias node (graph-schema V017: a unique-index seek, as a
// range index cannot look inside a list), each found once. Not a fulltext index over all fields: a name looked
// up in all five returned every event or person of that name too, only to drop them for their label.
CALL () {
  MATCH (o:Organization {name: $name}) RETURN o
  UNION ALL
  MATCH (o:Organization {key: $name}) WHERE NOT coalesce(o.name = $name, false) RETURN o
  UNION ALL
  MATCH (:__Alias {name: $name})-[:__ALIAS_OF]->(o:Organization)
  WHERE NOT coalesce(o.name = $name OR o.key = $name, false)
  RETURN o
}
WITH o LIMIT 100
// IN_ORGANIZATION and TENURE (V007) are one per position and one per holder, not one OF or HELD per
// article; they always start at a position and a person, ORGANIZED ends at an event: no label to
// check per record (with the label, the planner scanned every Position and tested each against o).
CALL (o) {
  OPTIONAL MATCH (pos)-[:IN_ORGANIZATION]->(o)
  OPTIONAL MATCH (p)-[t:TENURE]->(pos)
  // Each property read once: the sort's values are the row's (read again, they were a db hit each).
  WITH pos.title AS title, p, p.name AS name, t.since AS since, t.until AS until ORDER BY title, since, name
  RETURN collect(CASE WHEN p IS NULL THEN NULL ELSE
         {title: title, name: name, key: p.key, region: p.region, since: since, until: until} END) AS positions
}
// A hub organizes thousands of events: the newest limit come from the ORGANIZED records' own
// (organization, date) index (V008), read newest first with their roles and stopped once limit + 1
// events are found (one more than the page, to say whether there is more; the ORDER BY names the
// index's two properties, so the planner reads it in order). Undated events come last, read only when
// the dated ones leave room. The event's date is the record's copy (V008): the page's events are read
// for their id and name only. (A page of 100 read ~430 db hits for a generated district's
// organizations, 20 read ~100: issue 12.)
CALL (o) {
  CALL (o) {
    MATCH ()-[r:ORGANIZED]->(e) USING INDEX r:ORGANIZED(organization, date)
    WHERE r.organization = o.key AND r.date IS NOT NULL
    WITH r.organization AS organization, r.date AS date, e, collect(DISTINCT r.role) AS roles
    WITH organization, date, e, e.name AS name, roles
    ORDER BY organization DESC, date DESC, name LIMIT $limit + 1
    RETURN collect({e: e, name: name, date: date, roles: roles}) AS dated
  }
  CALL (o, dated) {
    WHEN size(dated) <= $limit THEN {
      OPTIONAL MATCH (o)-[r:ORGANIZED]->(e) WHERE r.date IS NULL
      WITH e, collect(DISTINCT r.role) AS roles
      WITH e, e.name AS name, roles ORDER BY name LIMIT $limit + 1
      RETURN collect(CASE WHEN e IS NULL THEN NULL ELSE {e: e, name: name, date: NULL, roles: roles} END) AS undated
    }
    ELSE { RETURN [] AS undated }
  }
  WITH dated + undated AS found
  CALL (found) {
    UNWIND found[..$limit] AS x
    UNWIND x.roles AS role
    WITH x, role ORDER BY x.date IS NULL, x.date DESC, x.name, role
    RETURN collect({id: x.e.id, name: x.name, date: x.date, role: role}) AS organized
  }
  RETURN organized, size(found) > $limit AS more
}
// Every MENTIONS comes from an article: the count is the node's degree, read without expanding.
RETURN o.name AS name, o.key AS key, o.kind AS kind, o.aliases AS aliases, positions, organized, more,
       COUNT { (o)<-[:MENTIONS]-() } AS mentionedIn
ORDER BY mentionedIn DESC, name
