// name: search
// description: Find people, organizations, parks, projects, events and positions whose name, title
// description: or alias contains the text; exact matches first. People come with their key, region
// description: and latest title, so namesakes are told apart.
// param: q string — the text to look for, e.g. part of a name
// param: limit integer = 25 — at most this many results
// example: {"q": "自贸片区"}
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($q, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS n
WHERE NOT n:Place
  AND (coalesce(n.name, n.title) CONTAINS $q OR any(a IN coalesce(n.aliases, []) WHERE a CONTAINS $q))
WITH n, coalesce(n.name, n.title) AS name
RETURN name, coalesce(n.key, n.id, name) AS key, [l IN labels(n) WHERE l IN ['Person', 'Official', 'Reporter',
       'Organization', 'Park', 'Project', 'Event', 'Position']] AS labels, n.date AS date,
       coalesce(n.aliases, []) AS aliases, n.region AS region, n.latestTitle AS title
ORDER BY CASE WHEN name = $q OR $q IN aliases THEN 0 ELSE 1 END, size(name), name
LIMIT $limit
