// name: title-holders
// description: Succession: everyone seen holding a title, in the order they held it, with the
// description: first and last article dates each was seen in it. Matches the full title or one
// description: ending in it (管委主任 finds 青岛自贸片区管委主任); an ending shared by many titles answers for the
// description: first 100 of them in title order.
// param: title string — the title, in full or its ending
// example: {"title": "青岛自贸片区管委主任"}
// A title ends with itself: one ENDS WITH, answered by the text index on Position.title (V004).
MATCH (pos:Position) WHERE pos.title ENDS WITH $title
WITH pos ORDER BY pos.title LIMIT 100
MATCH (p:Person)-[h:HELD]->(pos)
WITH pos, p, min(h.date) AS since, max(h.date) AS until, collect(DISTINCT h.article) AS articles
RETURN pos.title AS title, p.name AS person, p.key AS key, p.region AS region, since, until, articles
ORDER BY title, since, person
