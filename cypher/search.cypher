// name: search
// description: Find people, organizations, parks, projects, events and positions whose name, title
// description: or alias contains the text; exact matches first, at most limit of them, each with its type
// description: and id (a person's key, an event's id), and the total matching on every row. People come
// description: with their region and latest title, so namesakes are told apart.
// param: q string — the text to look for, e.g. part of a name
// param: limit integer = 25 — at most this many results
// example: {"q": "自贸片区"}
CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($q, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS n
WHERE NOT n:Place
  AND (coalesce(n.name, n.title) CONTAINS $q OR any(a IN coalesce(n.aliases, []) WHERE a CONTAINS $q))
WITH n, coalesce(n.name, n.title) AS name
ORDER BY CASE WHEN name = $q OR $q IN coalesce(n.aliases, []) THEN 0 ELSE 1 END, size(name), name
// Every match counted (total), the first $limit returned.
WITH collect(n) AS found
UNWIND found[..$limit] AS n
WITH n, coalesce(n.name, n.title) AS name, size(found) AS total
RETURN toLower(head([l IN labels(n) WHERE l IN ['Person', 'Organization', 'Park', 'Project', 'Event', 'Position']])) AS type,
       coalesce(n.key, n.id, name) AS id, name, [l IN labels(n) WHERE l IN ['Person', 'Official', 'Reporter',
       'Organization', 'Park', 'Project', 'Event', 'Position']] AS labels, n.date AS date,
       coalesce(n.aliases, []) AS aliases, n.region AS region, n.latestTitle AS title, total
