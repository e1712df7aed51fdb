// name: search
// description: Find people, organizations, parks, projects, events and positions whose name, title
// description: or alias contains the text; exact matches first.
// param: q string — the text to look for, e.g. part of a name
// param: limit integer = 25 — at most this many results
// example: {"q": "自贸片区"}
MATCH (n)
WHERE (n:Person OR n:Organization OR n:Park OR n:Project OR n:Event OR n:Position)
  AND (coalesce(n.name, n.title) CONTAINS $q OR any(a IN coalesce(n.aliases, []) WHERE a CONTAINS $q))
WITH n, coalesce(n.name, n.title) AS name
RETURN name, [l IN labels(n) WHERE l IN ['Person', 'Official', 'Reporter', 'Organization', 'Park', 'Project',
       'Event', 'Position']] AS labels, n.date AS date, coalesce(n.aliases, []) AS aliases
ORDER BY CASE WHEN name = $q OR $q IN aliases THEN 0 ELSE 1 END, size(name), name
LIMIT $limit
