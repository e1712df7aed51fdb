// name: title-holders
// description: Succession: everyone seen holding a title, in the order they held it, with the
// description: first and last dates each was seen in it. Matches the full title or one ending in it
// description: (管委主任 finds 青岛自贸片区管委主任).
// param: title string — the title, in full or its ending
// example: {"title": "青岛自贸片区管委主任"}
MATCH (p:Person)-[h:HELD]->(pos:Position)
WHERE pos.title = $title OR pos.title ENDS WITH $title
RETURN pos.title AS title, p.name AS person, h.since AS since, h.until AS until, h.articles AS articles
ORDER BY title, since, person
