// name: relationship-evidence
// description: The evidence for the relationships between two entities, a page at a time: every sentence that
// description: states them (one record per article, relationship and role), oldest article first, with its article
// description: (title, date, file), the sentence's character offsets in the source file and in the article's text
// description: (textStart, textEnd), heading, total (the records in all; none on a page past the end) and more (records
// description: follow this page: raise skip).
// param: from string — a key (an event's id), name, title or alias on one side
// param: to string — a key (an event's id), name, title or alias on the other side (or an article's title, for its reporters)
// param: limit integer = 20 — at most this many records
// param: skip integer = 0 — records passed over first (the next page starts at skip + limit)
// example: {"from": "王清源", "to": "董家口经济区港产城总体发展规划专题会议"}
CYPHER 25
// Both sides are looked up first, at most 1,000 nodes each (one name is held by at most a few hundred
// events; the caps only stop a pathological lookup: each field's nodes are capped too, so a lookup reads
// at most 1,000 per field, and the lists are joined in field order and cut at 1,000).
// A name, key, id or title is found by a range index seek per label and field the writer sets
// (graph-schema/README.md, "Nodes and what identifies them": a person's key and name, an organization's,
// a place's; a park's and a project's name; an event's id and name; a position's key and title), an alias
// by its __Alias node (graph-schema V017: one per alias string, a unique-index seek, linked to each node whose
// aliases hold it; a range index cannot look inside a list, and entity_exact's Lucene query cost ~80-100 us
// of CPU per call, matching or not); a node found by one field is not found again by the next. Not a
// fulltext index over all fields at once: Lucene scored and returned every event of a weekly meeting's name
// (hundreds) before the exact check, which a range index gives for the price of reading them.
// Each field's nodes are collected into a list and the lists joined (COLLECT), not a UNION ALL of the
// fields: a union passes every row it returns through one operator per branch after it (a weekly
// meeting's 300 events went through seven). The labels a side holds are known from which lists are not
// empty (and the labels of the nodes found by an alias), without reading each node's labels.
CALL () {
  RETURN COLLECT { MATCH (a:Person {name: $from}) RETURN a LIMIT 1000 }
         + COLLECT { MATCH (a:Person {key: $from}) WHERE NOT coalesce(a.name = $from, false) RETURN a LIMIT 1000 } AS persons,
       COLLECT { MATCH (a:Organization {name: $from}) RETURN a LIMIT 1000 }
         + COLLECT { MATCH (a:Organization {key: $from}) WHERE NOT coalesce(a.name = $from, false) RETURN a LIMIT 1000 } AS organizations,
       COLLECT { MATCH (a:Park {name: $from}) RETURN a LIMIT 1000 } AS parks,
       COLLECT { MATCH (a:Project {name: $from}) RETURN a LIMIT 1000 } AS projects,
       COLLECT { MATCH (a:Event {name: $from}) RETURN a LIMIT 1000 }
         + COLLECT { MATCH (a:Event {id: $from}) WHERE NOT coalesce(a.name = $from, false) RETURN a LIMIT 1000 } AS events,
       COLLECT { MATCH (a:Position {title: $from}) RETURN a LIMIT 1000 }
         + COLLECT { MATCH (a:Position {key: $from}) WHERE NOT coalesce(a.title = $from, false) RETURN a LIMIT 1000 } AS positions,
       COLLECT { MATCH (a:Place {name: $from}) RETURN a LIMIT 1000 }
         + COLLECT { MATCH (a:Place {key: $from}) WHERE NOT coalesce(a.name = $from, false) RETURN a LIMIT 1000 } AS places,
       COLLECT { MATCH (:__Alias {name: $from})-[:__ALIAS_OF]->(a) WHERE NOT coalesce(a.name = $from OR a.key = $from OR a.id = $from OR a.title = $from, false) RETURN a LIMIT 1000 } AS aliased
}
WITH (persons + organizations + parks + projects + events + positions + places + aliased)[..1000] AS froms,
     [k IN [['Person', persons], ['Organization', organizations], ['Park', parks], ['Project', projects], ['Event', events],
            ['Position', positions], ['Place', places]] WHERE size(k[1]) > 0 | k[0]]
       + reduce(k = [], x IN aliased | k + labels(x)) AS fromKinds
// The other side is looked up only in the labels that a record can join to one of the first side's
// (graph-schema/README.md, the model: HELD joins a person and a position, OF a position and an
// organization, ATTENDED a person and an event, ORGANIZED an organization and an event, HELD_AT an event
// and a place, LOCATED_IN a project and a park; reporters, paired with articles only, are apart below):
// a person's name is sought among events and positions, not in the eight other fields. A node of another
// label could pair with nothing, so what is found is the same (unless that side passes its cap of 1,000
// nodes: the cut then keeps only nodes that can pair). Aliases are sought in every label. The WHEN
// blocks, not a WHERE inside each COLLECT: the planner put such a filter after the index seek.
WITH froms, fromKinds,
     any(k IN fromKinds WHERE k IN ['Position', 'Event']) AS wantPerson,
     any(k IN fromKinds WHERE k IN ['Position', 'Event']) AS wantOrganization,
     'Project' IN fromKinds AS wantPark,
     'Park' IN fromKinds AS wantProject,
     any(k IN fromKinds WHERE k IN ['Person', 'Organization', 'Place']) AS wantEvent,
     any(k IN fromKinds WHERE k IN ['Person', 'Organization']) AS wantPosition,
     'Event' IN fromKinds AS wantPlace
CALL (wantPerson) {
  WHEN wantPerson THEN { RETURN COLLECT { MATCH (b:Person {name: $to}) RETURN b LIMIT 1000 }
                 + COLLECT { MATCH (b:Person {key: $to}) WHERE NOT coalesce(b.name = $to, false) RETURN b LIMIT 1000 } AS persons }
  ELSE { RETURN [] AS persons }
}
CALL (wantOrganization) {
  WHEN wantOrganization THEN { RETURN COLLECT { MATCH (b:Organization {name: $to}) RETURN b LIMIT 1000 }
                 + COLLECT { MATCH (b:Organization {key: $to}) WHERE NOT coalesce(b.name = $to, false) RETURN b LIMIT 1000 } AS organizations }
  ELSE { RETURN [] AS organizations }
}
CALL (wantPark) {
  WHEN wantPark THEN { RETURN COLLECT { MATCH (b:Park {name: $to}) RETURN b LIMIT 1000 } AS parks }
  ELSE { RETURN [] AS parks }
}
CALL (wantProject) {
  WHEN wantProject THEN { RETURN COLLECT { MATCH (b:Project {name: $to}) RETURN b LIMIT 1000 } AS projects }
  ELSE { RETURN [] AS projects }
}
CALL (wantEvent) {
  WHEN wantEvent THEN { RETURN COLLECT { MATCH (b:Event {name: $to}) RETURN b LIMIT 1000 }
                 + COLLECT { MATCH (b:Event {id: $to}) WHERE NOT coalesce(b.name = $to, false) RETURN b LIMIT 1000 } AS events }
  ELSE { RETURN [] AS events }
}
CALL (wantPosition) {
  WHEN wantPosition THEN { RETURN COLLECT { MATCH (b:Position {title: $to}) RETURN b LIMIT 1000 }
                 + COLLECT { MATCH (b:Position {key: $to}) WHERE NOT coalesce(b.title = $to, false) RETURN b LIMIT 1000 } AS positions }
  ELSE { RETURN [] AS positions }
}
CALL (wantPlace) {
  WHEN wantPlace THEN { RETURN COLLECT { MATCH (b:Place {name: $to}) RETURN b LIMIT 1000 }
                 + COLLECT { MATCH (b:Place {key: $to}) WHERE NOT coalesce(b.name = $to, false) RETURN b LIMIT 1000 } AS places }
  ELSE { RETURN [] AS places }
}
WITH *, COLLECT { MATCH (:__Alias {name: $to})-[:__ALIAS_OF]->(b) WHERE NOT coalesce(b.name = $to OR b.key = $to OR b.id = $to OR b.title = $to, false) RETURN b LIMIT 1000 } AS aliased
WITH froms, fromKinds, (persons + organizations + parks + projects + events + positions + places + aliased)[..1000] AS named,
     [k IN [['Person', persons], ['Organization', organizations], ['Park', parks], ['Project', projects], ['Event', events],
            ['Position', positions], ['Place', places]] WHERE size(k[1]) > 0 | k[0]]
       + reduce(k = [], x IN aliased | k + labels(x)) AS namedKinds
// A reporter's only record is WROTE, which ends at an article (looked up by title), and an article
// has no other record: reporters are paired with articles only, everyone else with the named side (an
// event's name is often some article's title too, and a reporter may share a name with an official).
WITH froms, fromKinds, named, namedKinds, [x IN froms WHERE x:Reporter] AS reporters
CALL (reporters) {
  WHEN size(reporters) > 0 THEN { MATCH (b:Article {title: $to}) WITH b LIMIT 1000 RETURN collect(b) AS articles }
  ELSE { RETURN [] AS articles }
}
UNWIND [[[x IN froms WHERE NOT x IN reporters], named, fromKinds, namedKinds], [reporters, articles, ['Reporter'], ['Article']]] AS sides
WITH sides[0] AS froms, sides[1] AS tos, sides[2] AS fromKinds, sides[3] AS toKinds WHERE size(sides[0]) > 0 AND size(sides[1]) > 0
// The relationships between them are read once from each node of one side, never once per pair of
// nodes (a name 300 events share, times the person's namesakes: 1,200 pairs), and only of the types
// that carry an article (never a hub's MENTIONS): the per-article records (graph-schema/README.md,
// "Provenance"). When the labels of the two sides allow one type only (a person and events: ATTENDED;
// the model above), only that type is read: a hub official's HELD records (a thousand) are not read
// for their events, and a hub is cheap to read from (its relationships of one type are a group of
// their own). Only a person's (HELD, ATTENDED) and an organization's (OF, ORGANIZED) types get a read
// of their own: a place, a park or a reporter has one type of these only, which the read of all seven
// types reads alone too. The side read is the one whose nodes cost less to read: the side of fewer nodes is
// counted first, the other only when that count exceeds its number of nodes (each has at least one),
// and then from its first 20 nodes, scaled to all of them (counting a sparse node walks its chain, so
// counting every one, a weekly meeting's 300 events, cost as much again as reading them). A node's
// cost is the number of relationships read from it: of the type read when it has a group per type
// (a dense node: Neo4j groups a node's relationships by type from 50 of them on), all of them when
// it has one chain, which a read walks whole. The type and the side chosen change what is read,
// never what is found.
CALL (froms, tos, fromKinds, toKinds) {
  WITH froms, tos, [t IN [['HELD', 'Person', 'Position'], ['OF', 'Position', 'Organization'], ['ATTENDED', 'Person', 'Event'],
                         ['ORGANIZED', 'Organization', 'Event'], ['HELD_AT', 'Event', 'Place'], ['LOCATED_IN', 'Project', 'Park'],
                         ['WROTE', 'Reporter', 'Article']]
                   WHERE (t[1] IN fromKinds AND t[2] IN toKinds) OR (t[2] IN fromKinds AND t[1] IN toKinds) | t[0]] AS types
  WITH froms, tos, CASE WHEN size(types) = 1 THEN types[0] END AS only, size(froms) <= size(tos) AS fewAreFroms
  WITH only, CASE WHEN fewAreFroms THEN froms ELSE tos END AS few, CASE WHEN fewAreFroms THEN tos ELSE froms END AS many
  CALL (few, only) {
    UNWIND few AS x
    WITH x, only, COUNT { (x)--() } AS degree
    RETURN sum(CASE WHEN degree < 50 THEN degree
                    WHEN only = 'ATTENDED' THEN COUNT { (x)-[:ATTENDED]-() } WHEN only = 'HELD' THEN COUNT { (x)-[:HELD]-() }
                    WHEN only = 'ORGANIZED' THEN COUNT { (x)-[:ORGANIZED]-() } WHEN only = 'OF' THEN COUNT { (x)-[:OF]-() }
                    ELSE degree END) AS fewDegree
  }
  CALL (many, fewDegree, only) {
    WHEN fewDegree <= size(many) THEN { RETURN true AS readFew }
    ELSE {
      UNWIND many[..20] AS x
      WITH x, only, COUNT { (x)--() } AS degree
      RETURN fewDegree * size(many[..20]) <= size(many) * sum(CASE WHEN degree < 50 THEN degree
                    WHEN only = 'ATTENDED' THEN COUNT { (x)-[:ATTENDED]-() } WHEN only = 'HELD' THEN COUNT { (x)-[:HELD]-() }
                    WHEN only = 'ORGANIZED' THEN COUNT { (x)-[:ORGANIZED]-() } WHEN only = 'OF' THEN COUNT { (x)-[:OF]-() }
                    ELSE degree END) AS readFew
    }
  }
  WITH only, CASE WHEN readFew THEN few ELSE many END AS read, CASE WHEN readFew THEN many ELSE few END AS others
  CALL (only, read, others) {
    WHEN only = 'ATTENDED' THEN { UNWIND read AS x MATCH (x)-[r:ATTENDED]-(y) WHERE y IN others RETURN r, r.articleDate AS date }
    WHEN only = 'HELD' THEN { UNWIND read AS x MATCH (x)-[r:HELD]-(y) WHERE y IN others RETURN r, r.date AS date }
    WHEN only = 'ORGANIZED' THEN { UNWIND read AS x MATCH (x)-[r:ORGANIZED]-(y) WHERE y IN others RETURN r, r.articleDate AS date }
    WHEN only = 'OF' THEN { UNWIND read AS x MATCH (x)-[r:OF]-(y) WHERE y IN others RETURN r, r.articleDate AS date }
    ELSE {
      UNWIND read AS x
      MATCH (x)-[r:HELD|OF|ATTENDED|ORGANIZED|HELD_AT|LOCATED_IN|WROTE]-(y) WHERE y IN others
      RETURN r, CASE WHEN r:HELD THEN r.date ELSE r.articleDate END AS date
    }
  }
  RETURN r, date
}
// The page, in the order (its article's date and title, the sentence's offset; then the article's id
// and the record itself, so that pages never overlap). Every record's article date is read from the
// record itself (each branch above returns it: HELD.date is the article's date, every other type's
// articleDate is, graph-schema V021; not ATTENDED.date or ORGANIZED.date, the event's) and the records
// ordered by it; the Article is sought by id, and the rest of the order read, only for the first
// skip + limit of them and the others of the last one's date (ties; all of them when that date is
// unknown, as nulls sort last): every record ordered before one of those is one of those, so the page
// is the same, and a hub pair's 100 records seek 20-odd articles instead of 100 (a seek per record
// was ~0.28 of the query's CPU; BENCHMARKS.md, "session 13, relev14"). total counts them all. (A
// negative skip or limit, which the generic endpoint lets through, slices from the end as before: all
// records are then ordered.)
WITH r, date
ORDER BY date
WITH collect({r: r, date: date}) AS byDate
WITH byDate, size(byDate) AS total, CASE WHEN $skip >= 0 AND $limit >= 0 THEN $skip + $limit END AS cut
WITH byDate, total, cut, byDate[cut - 1].date AS edge
UNWIND CASE WHEN cut IS NULL THEN byDate ELSE byDate[..cut] + [x IN byDate[cut..] WHERE edge IS NULL OR x.date = edge] END AS y
MATCH (article:Article {id: y.r.article})
WITH y.r AS r, article, y.date AS date, article.title AS title, y.r.start AS start, total
ORDER BY date, title, start, article.id, elementId(r)
WITH collect({r: r, article: article, date: date, title: title, start: start}) AS sorted, total
UNWIND sorted[$skip..$skip + $limit] AS x
WITH x.r AS r, x.article AS art, x, total
// The sentence's offset in the article's text as stored (V012: HELD, ATTENDED, ORGANIZED, LOCATED_IN),
// else found in the text (properties(art).text: read on that branch only, as in park).
WITH r, art, x, total, CASE WHEN r.textStart IS NOT NULL THEN CASE WHEN r.textStart >= 0 THEN r.textStart END
     WHEN coalesce(r.sentence, '') = '' THEN NULL
     ELSE [text IN [coalesce(properties(art).text, '')] | [guess IN [x.start - coalesce(art.start, 0)] |
            CASE WHEN guess >= 0 AND guess + size(r.sentence) <= size(text) AND substring(text, guess, size(r.sentence)) = r.sentence
                 THEN guess WHEN text CONTAINS r.sentence THEN size(split(text, r.sentence)[0]) END][0]][0] END AS textStart
RETURN type(r) AS relationship, r.role AS role, r.sentence AS sentence, x.title AS article, x.date AS date,
       art.file AS file, art.id AS articleId, x.start AS start, r.end AS end, textStart, textStart + size(r.sentence) AS textEnd,
       coalesce(art.heading, x.title, left(trim(split(coalesce(properties(art).text, ''), '。')[0]), 40)) AS heading, total, total > $skip + $limit AS more
