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
// events; the caps only stop a pathological lookup).
// A name, key, id or title is found by a range index seek per label and field the writer sets
// (graph-schema/README.md, "Nodes and what identifies them": a person's key and name, an organization's,
// a place's; a park's and a project's name; an event's id and name; a position's key and title), an alias
// by its __Alias node (graph-schema V017: one per alias string, a unique-index seek, linked to each node whose
// aliases hold it; a range index cannot look inside a list, and entity_exact's Lucene query cost ~80-100 us
// of CPU per call, matching or not); a node found by one field is not found again by the next. Not a
// fulltext index over all fields at once: Lucene scored and returned every event of a weekly meeting's name
// (hundreds) before the exact check, which a range index gives for the price of reading them.
CALL () {
  MATCH (a:Person {name: $from}) RETURN a
  UNION ALL MATCH (a:Person {key: $from}) WHERE NOT coalesce(a.name = $from, false) RETURN a
  UNION ALL MATCH (a:Organization {name: $from}) RETURN a
  UNION ALL MATCH (a:Organization {key: $from}) WHERE NOT coalesce(a.name = $from, false) RETURN a
  UNION ALL MATCH (a:Park {name: $from}) RETURN a
  UNION ALL MATCH (a:Project {name: $from}) RETURN a
  UNION ALL MATCH (a:Event {name: $from}) RETURN a
  UNION ALL MATCH (a:Event {id: $from}) WHERE NOT coalesce(a.name = $from, false) RETURN a
  UNION ALL MATCH (a:Position {title: $from}) RETURN a
  UNION ALL MATCH (a:Position {key: $from}) WHERE NOT coalesce(a.title = $from, false) RETURN a
  UNION ALL MATCH (a:Place {name: $from}) RETURN a
  UNION ALL MATCH (a:Place {key: $from}) WHERE NOT coalesce(a.name = $from, false) RETURN a
  UNION ALL
  MATCH (:__Alias {name: $from})-[:__ALIAS_OF]->(a)
  WHERE NOT coalesce(a.name = $from OR a.key = $from OR a.id = $from OR a.title = $from, false)
  RETURN a
}
WITH a LIMIT 1000
WITH collect(a) AS froms
CALL () {
  CALL () {
    MATCH (b:Person {name: $to}) RETURN b
    UNION ALL MATCH (b:Person {key: $to}) WHERE NOT coalesce(b.name = $to, false) RETURN b
    UNION ALL MATCH (b:Organization {name: $to}) RETURN b
    UNION ALL MATCH (b:Organization {key: $to}) WHERE NOT coalesce(b.name = $to, false) RETURN b
    UNION ALL MATCH (b:Park {name: $to}) RETURN b
    UNION ALL MATCH (b:Project {name: $to}) RETURN b
    UNION ALL MATCH (b:Event {name: $to}) RETURN b
    UNION ALL MATCH (b:Event {id: $to}) WHERE NOT coalesce(b.name = $to, false) RETURN b
    UNION ALL MATCH (b:Position {title: $to}) RETURN b
    UNION ALL MATCH (b:Position {key: $to}) WHERE NOT coalesce(b.title = $to, false) RETURN b
    UNION ALL MATCH (b:Place {name: $to}) RETURN b
    UNION ALL MATCH (b:Place {key: $to}) WHERE NOT coalesce(b.name = $to, false) RETURN b
    UNION ALL
    MATCH (:__Alias {name: $to})-[:__ALIAS_OF]->(b)
    WHERE NOT coalesce(b.name = $to OR b.key = $to OR b.id = $to OR b.title = $to, false)
    RETURN b
  }
  WITH b LIMIT 1000
  RETURN collect(b) AS named
}
// A reporter's only record is WROTE, which ends at an article (looked up by title), and an article
// has no other record: reporters are paired with articles only, everyone else with the named side (an
// event's name is often some article's title too, and a reporter may share a name with an official).
WITH froms, named, [x IN froms WHERE x:Reporter] AS reporters
CALL (reporters) {
  WHEN size(reporters) > 0 THEN { MATCH (b:Article {title: $to}) WITH b LIMIT 1000 RETURN collect(b) AS articles }
  ELSE { RETURN [] AS articles }
}
UNWIND [[[x IN froms WHERE NOT x IN reporters], named], [reporters, articles]] AS sides
WITH sides[0] AS froms, sides[1] AS tos WHERE size(sides[0]) > 0 AND size(sides[1]) > 0
// The relationships between them are read once from each node of one side, never once per pair of
// nodes (a name 300 events share, times the person's namesakes: 1,200 pairs), and only of the types
// that carry an article (never a hub's MENTIONS): the per-article records (graph-schema/README.md,
// "Provenance"). The side read is the one whose nodes have fewer relationships in all (a hub official
// has thousands, the events of a name a few each): the side of fewer nodes is counted first (a dense
// node's count comes from its relationship groups), the other only when that count exceeds its
// number of nodes (each has at least one), and then from its first 20 nodes, scaled to all of them:
// counting a sparse node walks its chain, so counting every one (a weekly meeting's 300 events) cost
// as much again as reading them. The side chosen changes what is read, never what is found.
CALL (froms, tos) {
  WITH froms, tos, size(froms) <= size(tos) AS fewAreFroms
  WITH CASE WHEN fewAreFroms THEN froms ELSE tos END AS few, CASE WHEN fewAreFroms THEN tos ELSE froms END AS many
  CALL (few) {
    UNWIND few AS x
    RETURN sum(COUNT { (x)--() }) AS fewDegree
  }
  CALL (many, fewDegree) {
    WHEN fewDegree <= size(many) THEN { RETURN true AS readFew }
    ELSE {
      UNWIND many[..20] AS x
      RETURN fewDegree * size(many[..20]) <= sum(COUNT { (x)--() }) * size(many) AS readFew
    }
  }
  UNWIND CASE WHEN readFew THEN few ELSE many END AS x
  MATCH (x)-[r:HELD|OF|ATTENDED|ORGANIZED|HELD_AT|LOCATED_IN|WROTE]-(y) WHERE y IN CASE WHEN readFew THEN many ELSE few END
  RETURN r
}
// The page, in the order (its article's date and title, the sentence's offset; then the article's id
// and the record itself, so that pages never overlap). Every record's article date is read and the
// records ordered by it; the rest of the order only for the first skip + limit of them and the others
// of the last one's date (ties; all of them when that date is unknown, as nulls sort last): every
// record ordered before one of those is one of those, so the page is the same, and a hub pair's 100
// records read 20-odd titles instead of 100. total counts them all. (A negative skip or limit, which
// the generic endpoint lets through, slices from the end as before: all records are then ordered.)
MATCH (article:Article {id: r.article})
WITH r, article, article.date AS date
ORDER BY date
WITH collect({r: r, article: article, date: date}) AS byDate
WITH byDate, size(byDate) AS total, CASE WHEN $skip >= 0 AND $limit >= 0 THEN $skip + $limit END AS cut
WITH byDate, total, cut, byDate[cut - 1].date AS edge
UNWIND CASE WHEN cut IS NULL THEN byDate ELSE byDate[..cut] + [x IN byDate[cut..] WHERE edge IS NULL OR x.date = edge] END AS y
WITH y.r AS r, y.article AS article, y.date AS date, y.article.title AS title, y.r.start AS start, total
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
