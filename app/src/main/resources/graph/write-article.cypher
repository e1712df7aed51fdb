// One article and everything extracted from it, in one statement (one round trip) of the
// article's transaction. Each CALL block below writes one part, from its own $parameter list of
// rows prepared by ArticlePlan; every node is a MERGE on its constrained key, every relationship a
// MERGE between them followed by the provenance fragment (provenance.fragment). The ledger entry
// comes last.
//
// All row lists travel inside one map, $rows: Neo4j keys its plan cache on parameter types, and an
// empty list types differently from a list of maps, so separate list parameters made every new
// combination of empty parts re-plan this statement (seconds each). CYPHER replan=skip keeps the
// plan while the statistics of a young, fast-growing graph move.

// The article; its id is a hash of its text, so the same text is the same node.
CYPHER replan=skip
MERGE (a:Article {id: $article})
ON CREATE SET a += $props
WITH a

// Reporters of the byline.
CALL (a) {
  UNWIND $rows.reporters AS row
  MERGE (p:Person {name: row.name})
  SET p:Reporter
  MERGE (p)-[r:WROTE]->(a)
  WITH r, row.provenance AS prov
  {{provenance}}
}

// Officials and event participants, one node per name.
CALL (a) {
  UNWIND $rows.people AS row
  MERGE (p:Person {name: row.name})
  FOREACH (_ IN CASE WHEN row.official THEN [1] ELSE [] END | SET p:Official)
  MERGE (a)-[r:MENTIONS]->(p)
  WITH r, row.provenance AS prov
  {{provenance}}
}

// Organizations under the name they resolved to; every other name they went by becomes an alias.
CALL (a) {
  UNWIND $rows.organizations AS row
  MERGE (o:Organization {name: row.name})
  ON CREATE SET o.aliases = [], o.kind = row.kind
  SET o.kind = coalesce(o.kind, row.kind),
      o.aliases = o.aliases + [k IN row.keys WHERE k <> o.name AND NOT k IN o.aliases]
  MERGE (a)-[r:MENTIONS]->(o)
  WITH r, row.provenance AS prov
  {{provenance}}
}

// Parks, the same way.
CALL (a) {
  UNWIND $rows.parks AS row
  MERGE (p:Park {name: row.name})
  ON CREATE SET p.aliases = []
  SET p.aliases = p.aliases + [k IN row.keys WHERE k <> p.name AND NOT k IN p.aliases]
  MERGE (a)-[r:MENTIONS]->(p)
  WITH r, row.provenance AS prov
  {{provenance}}
}

// Projects, their investment (the latest stated wins), and the park they are in.
CALL (a) {
  UNWIND $rows.projects AS row
  MERGE (p:Project {name: row.name})
  ON CREATE SET p.aliases = []
  SET p.aliases = p.aliases + [k IN row.aliases WHERE k <> p.name AND NOT k IN p.aliases],
      p.investmentYuan = coalesce(row.investmentYuan, p.investmentYuan)
  MERGE (a)-[m:MENTIONS]->(p)
  WITH p, m, row
  OPTIONAL MATCH (park:Park {name: row.park})
  CALL (p, park) {
    WITH p, park WHERE park IS NOT NULL
    MERGE (p)-[l:LOCATED_IN]->(park)
    RETURN [l] AS located
    UNION
    WITH p, park WHERE park IS NULL
    RETURN [] AS located
  }
  UNWIND [m] + located AS r
  WITH r, row.provenance AS prov
  {{provenance}}
}

// Titles as positions with tenure: since/until are the first and last article dates the title was
// seen with the person, recomputed as min/max, so the order of ingest does not matter.
CALL () {
  UNWIND $rows.positions AS row
  MATCH (p:Person {name: row.person})
  MERGE (pos:Position {title: row.title})
  ON CREATE SET pos.post = row.post, pos.qualified = row.qualified
  MERGE (p)-[r:HELD]->(pos)
  SET r.since = CASE WHEN row.date IS NULL THEN r.since
                     WHEN r.since IS NULL OR row.date < r.since THEN row.date ELSE r.since END,
      r.until = CASE WHEN row.date IS NULL THEN r.until
                     WHEN r.until IS NULL OR row.date > r.until THEN row.date ELSE r.until END,
      r.asWritten = coalesce(r.asWritten, []) + [t IN row.asWritten WHERE NOT t IN coalesce(r.asWritten, [])]
  WITH r, row.provenance AS prov
  {{provenance}}
}

// The organization a position belongs to.
CALL () {
  UNWIND $rows.positionOrganizations AS row
  MATCH (pos:Position {title: row.title})
  MATCH (o:Organization {name: row.organization})
  MERGE (pos)-[r:OF]->(o)
  WITH r, row.provenance AS prov
  {{provenance}}
}

// Events under their derived id (normalised name + date + place). The article REPORTS an event it
// reports, and MENTIONS one it names in passing.
CALL (a) {
  UNWIND $rows.events AS row
  MERGE (e:Event {id: row.id})
  ON CREATE SET e.name = row.name, e.kind = row.kind, e.date = row.date, e.aliases = []
  SET e.kind = coalesce(e.kind, row.kind),
      e.aliases = e.aliases + [k IN row.aliases WHERE k <> e.name AND NOT k IN e.aliases]
  WITH a, e, row
  CALL (a, e, row) {
    WITH a, e, row WHERE row.reported
    MERGE (a)-[r:REPORTS]->(e)
    RETURN r
    UNION
    WITH a, e, row WHERE NOT row.reported
    MERGE (a)-[r:MENTIONS]->(e)
    RETURN r
  }
  WITH r, row.provenance AS prov
  {{provenance}}
}

// Where events were held.
CALL () {
  UNWIND [row IN $rows.events WHERE row.place IS NOT NULL] AS row
  MATCH (e:Event {id: row.id})
  MERGE (pl:Place {name: row.place})
  MERGE (e)-[r:HELD_AT]->(pl)
  WITH r, row.provenance AS prov
  {{provenance}}
}

// Who was at an event, in which roles (the union over every article that says so).
CALL () {
  UNWIND $rows.attendance AS row
  MATCH (p:Person {name: row.person})
  MATCH (e:Event {id: row.event})
  MERGE (p)-[r:ATTENDED]->(e)
  SET r.roles = coalesce(r.roles, []) + [x IN row.roles WHERE NOT x IN coalesce(r.roles, [])]
  WITH r, row.provenance AS prov
  {{provenance}}
}

// Who organized an event: one ORGANIZED relationship per role (host, co_host, undertaker).
CALL () {
  UNWIND $rows.organizers AS row
  MATCH (o:Organization {name: row.organization})
  MATCH (e:Event {id: row.event})
  MERGE (o)-[r:ORGANIZED {role: row.role}]->(e)
  WITH r, row.provenance AS prov
  {{provenance}}
}

// The ledger entry, in the same transaction: present if and only if all of the above committed.
CREATE (l:__IngestedArticle {id: $article})
SET l.file = $file, l.title = $title, l.ingestedAt = datetime()
RETURN a.id AS id
