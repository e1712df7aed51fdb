// name: event-organizers
// description: Organizations that organized events, by role (host 主办, co_host 协办, undertaker
// description: 承办), with evidence, newest first (undated events last). Optionally only one event or one organization.
// description: more is true on every row when there are more rows than the page.
// param: event string = null — the event's name or an alias (any when absent)
// param: organization string = null — the organization's name or an alias (any when absent)
// param: limit integer = 10 — at most this many rows
// example: {}
CYPHER 25
// Read from what is given: the event or the organization by exact name (a range index seek) or alias
// (its __Alias node, graph-schema V017: a unique-index seek, as a range index cannot look inside a list; a
// fulltext index over all fields returned every node of the name, of any label, to be dropped), each found once; else the
// events newest first from the date index, stopping once the page and one row more are read (that
// row only tells whether there is more).
CALL () {
  WHEN $event IS NOT NULL THEN {
    CALL () {
      MATCH (e:Event {name: $event}) RETURN e
      UNION ALL
      MATCH (:__Alias {name: $event})-[:__ALIAS_OF]->(e:Event)
      WHERE NOT coalesce(e.name = $event, false)
      RETURN e
    }
    MATCH (o:Organization)-[r:ORGANIZED]->(e)
    WHERE $organization IS NULL OR o.name = $organization OR $organization IN o.aliases
    RETURN e, o, r
  }
  WHEN $organization IS NOT NULL THEN {
    CALL () {
      MATCH (o:Organization {name: $organization}) RETURN o
      UNION ALL
      MATCH (:__Alias {name: $organization})-[:__ALIAS_OF]->(o:Organization)
      WHERE NOT coalesce(o.name = $organization, false)
      RETURN o
    }
    // A hub organizes thousands of events: the page's events come from the ORGANIZED records' own
    // (organization, date) index (V008), newest first, stopped once the page is full (the ORDER BY
    // names the index's two properties so the planner reads it in order); undated events only when
    // the dated ones leave room. Only the page's organizer records are read below.
    CALL (o) {
      MATCH ()-[r:ORGANIZED]->(e) USING INDEX r:ORGANIZED(organization, date)
      WHERE r.organization = o.key AND r.date IS NOT NULL
      WITH DISTINCT r.organization AS organization, r.date AS date, e
      ORDER BY organization DESC, date DESC, e.name LIMIT ($limit + 1)
      RETURN collect(e) AS dated
    }
    CALL (o, dated) {
      WHEN size(dated) < ($limit + 1) THEN {
        OPTIONAL MATCH (o)-[r:ORGANIZED]->(e) WHERE r.date IS NULL
        WITH DISTINCT e ORDER BY e.name LIMIT ($limit + 1)
        RETURN collect(e) AS undated
      }
      ELSE { RETURN [] AS undated }
    }
    UNWIND dated + undated AS e
    WITH o, e ORDER BY e.date IS NULL, e.date DESC, e.name LIMIT ($limit + 1)
    MATCH (o)-[r:ORGANIZED]->(e)
    RETURN e, o, r
  }
  ELSE {
    // The page's newest rows straight from the ORGANIZED records' date index (V008), read newest
    // first and stopped once the page is full: a day's few records past the page, whatever the corpus.
    CALL () {
      MATCH (o)-[r:ORGANIZED]->(e) USING INDEX r:ORGANIZED(date) WHERE r.date IS NOT NULL
      WITH DISTINCT r.date AS date, e, o, r.role AS role
      ORDER BY date DESC, e.name, role, o.name LIMIT ($limit + 1)
      RETURN collect({e: e, o: o, role: role}) AS dated
    }
    // Undated events are read (by name, from its index) only when the dated ones do not fill the page.
    CALL (dated) {
      WHEN size(dated) < ($limit + 1) THEN {
        MATCH (e:Event) WHERE e.name IS NOT NULL AND e.date IS NULL AND EXISTS { (e)<-[:ORGANIZED]-() }
        WITH e ORDER BY e.name LIMIT ($limit + 1)
        MATCH (o)-[r:ORGANIZED]->(e)
        WITH DISTINCT e, o, r.role AS role ORDER BY e.name, role, o.name LIMIT ($limit + 1)
        RETURN collect({e: e, o: o, role: role}) AS undated
      }
      ELSE { RETURN [] AS undated }
    }
    UNWIND (dated + undated)[..($limit + 1)] AS row
    WITH row.e AS e, row.o AS o, row.role AS role
    MATCH (o)-[r:ORGANIZED]->(e) WHERE r.role = role
    RETURN e, o, r
  }
}
WITH e, o, r.role AS role, collect(DISTINCT {sentence: r.sentence, start: r.start, textStart: r.textStart, article: r.article}) AS said
// The page first, then the evidence of its rows only (offsets in the text as stored: V012). The names and
// date are read once, for the sort, and carried to the row.
WITH e.date AS date, e.name AS event, o.name AS organization, role, said
ORDER BY date IS NULL, date DESC, event, role, organization
LIMIT $limit + 1
WITH collect({date: date, event: event, organization: organization, role: role, said: said}) AS rows
UNWIND rows[..$limit] AS row
WITH row.event AS event, row.date AS date, row.organization AS organization, row.role AS role, row.said AS said,
     size(rows) > $limit AS more
RETURN event, date, organization, role, more,
       COLLECT {
         UNWIND said AS x
         MATCH (art:Article {id: x.article})
         // Offsets in the article's text and its heading as stored (V012), else from the text as in park.
         // (properties(art).text: the text is read on that branch only; a plain art.text would be read ahead for every row.)
         WITH x, art, CASE WHEN x.textStart IS NOT NULL AND art.heading IS NOT NULL
                           THEN {at: CASE WHEN x.textStart >= 0 THEN x.textStart END, heading: art.heading}
                           ELSE [text IN [coalesce(properties(art).text, '')] | [guess IN [x.start - coalesce(art.start, 0)] |
                                  {at: CASE WHEN coalesce(x.sentence, '') = '' THEN NULL
                                            WHEN guess >= 0 AND guess + size(x.sentence) <= size(text)
                                                 AND substring(text, guess, size(x.sentence)) = x.sentence THEN guess
                                            WHEN text CONTAINS x.sentence THEN size(split(text, x.sentence)[0]) END,
                                   heading: coalesce(art.title, left(trim(split(text, '。')[0]), 40))}][0]][0] END AS found
         WITH x, art, found.at AS at, found.heading AS heading
         RETURN {sentence: coalesce(x.sentence, ''), start: at, end: at + size(x.sentence), articleId: art.id,
                 articleTitle: heading, href: '/api/articles/' + art.id}
         ORDER BY art.date, art.id, at
       } AS evidence
ORDER BY date IS NULL, date DESC, event, role, organization
