// name: title-holders
// description: Succession: everyone seen holding a title, in the order they held it, with the
// description: first and last article dates each was seen in it and in how many articles. Matches the full title or one
// description: ending in it (管委主任 finds 青岛自贸片区管委主任); an ending shared by many titles answers for the
// description: first 100 of them in title order. A page of limit rows; more is true on every row when there are more.
// param: title string — the title, in full or its ending
// param: limit integer = 50 — at most this many rows
// example: {"title": "青岛自贸片区管委主任"}
// A title ends with itself: one ENDS WITH, answered by the text index on Position.title (V004).
MATCH (pos:Position) WHERE pos.title ENDS WITH $title
WITH pos ORDER BY pos.title LIMIT 100
// TENURE (V007) is one record per holder with the first and last date seen and the number of
// articles, so a title reported in thousands of articles costs its holders, not its HELD records;
// it always starts at a person (no label check per record).
MATCH (p)-[t:TENURE]->(pos)
// One row past the page says whether there is more; the rest of a row is read for the page only.
WITH pos, p, t ORDER BY pos.title, t.since, p.name LIMIT $limit + 1
WITH collect({pos: pos, p: p, since: t.since, until: t.until, articles: t.articleCount}) AS found
UNWIND found[..$limit] AS x
WITH x, size(found) > $limit AS more
RETURN x.pos.title AS title, x.p.name AS person, x.p.key AS key, x.p.region AS region, x.since AS since, x.until AS until,
       x.articles AS articles, more
