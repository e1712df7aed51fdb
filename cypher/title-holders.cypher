// name: title-holders
// description: Succession: everyone seen holding a title, in the order they held it, with the
// description: first and last article dates each was seen in it and in how many articles. Matches the full title or one
// description: ending in it (管委主任 finds 青岛自贸片区管委主任); an ending shared by many titles answers for the
// description: first 100 of them in title order. A page of limit rows; more is true on every row when there are more.
// param: title string — the title, in full or its ending
// param: limit integer = 20 — at most this many rows
// example: {"title": "青岛自贸片区管委主任"}
CYPHER 25
// A title ends with itself: one ENDS WITH, answered by the text index on Position.title (V004).
MATCH (pos:Position) WHERE pos.title ENDS WITH $title
WITH pos, pos.title AS title ORDER BY title LIMIT 100
// TENURE (V007) is one record per holder with the first and last date seen and the number of
// articles, so a title reported in thousands of articles costs its holders, not its HELD records.
// A title held by thousands (a generated company's chairman) is read from the (position, since)
// index of TENURE (V010) oldest first and stopped once the page is full (the ORDER BY names the
// index's properties so the planner reads it in order); holders of no dated record come last, read
// only when the dated ones leave room. Positions are taken in title order, so a page is filled from
// the first titles without reading the holders of the others.
// Each value is read once and carried (a property read is a db hit): the sort's since and name, the rest
// for the page only.
CALL (pos) {
  CALL (pos) {
    MATCH (p)-[t:TENURE]->() USING INDEX t:TENURE(position, since)
    WHERE t.position = pos.key AND t.since IS NOT NULL
    WITH p, t, t.position AS position, t.since AS since, p.name AS name ORDER BY position, since, name LIMIT $limit + 1
    RETURN collect({p: p, t: t, since: since, name: name}) AS dated
  }
  CALL (pos, dated) {
    // (The degree, read from the node, says whether any holder was left out, without reading them.)
    WHEN size(dated) <= $limit AND COUNT { (pos)<-[:TENURE]-() } > size(dated) THEN {
      MATCH (p)-[t:TENURE]->(pos) WHERE t.since IS NULL
      WITH p, t, p.name AS name ORDER BY name LIMIT $limit + 1
      RETURN collect({p: p, t: t, since: null, name: name}) AS undated
    }
    ELSE { RETURN [] AS undated }
  }
  UNWIND (dated + undated)[..$limit + 1] AS x
  RETURN x.p AS p, x.t AS t, x.since AS since, x.name AS name
}
// One row past the page says whether there is more; the rest of a row is read for the page only.
WITH title, p, t, since, name ORDER BY title, since, name LIMIT $limit + 1
WITH collect({title: title, p: p, t: t, since: since, name: name}) AS found
UNWIND found[..$limit] AS x
WITH x, size(found) > $limit AS more
RETURN x.title AS title, x.name AS person, x.p.key AS key, x.p.region AS region, x.since AS since, x.t.until AS until,
       x.t.articleCount AS articles, more
