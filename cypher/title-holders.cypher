// name: title-holders
// description: Succession: everyone seen holding a title, in the order they held it, with the
// description: first and last article dates each was seen in it. Matches the full title or one
// description: ending in it (管委主任 finds 青岛自贸片区管委主任).
// param: title string — the title, in full or its ending
// example: {"title": "青岛自贸片区管委主任"}
MATCH (p:Person)-[h:HELD]->(pos:Position)
WHERE pos.title = $title OR pos.title ENDS WITH $title
WITH pos, p, min(h.date) AS since, max(h.date) AS until, collect(DISTINCT h.article) AS articles
RETURN pos.title AS title, p.name AS person, p.key AS key, p.region AS region, since, until, articles
ORDER BY title, since, person
