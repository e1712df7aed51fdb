// name: namesakes
// description: Names held by more than one person, with what tells them apart: each person's key,
// description: regions, latest title, titles and organizations, and whether they are an official or
// description: a reporter. Correct a wrong split or merge with a decisions file (graph-schema/README.md, "Person identity").
// param: name string = null — only this name (all names when absent)
// param: limit integer = 200 — at most this many rows
// example: {}
// The name index read in name order (a prefix seek: '' when no name is given, so every name),
// grouped as it is read: the read stops once the page is full instead of grouping every person first.
MATCH (p:Person)
WHERE p.name STARTS WITH coalesce($name, '') AND ($name IS NULL OR p.name = $name)
WITH p ORDER BY p.name
WITH p.name AS name, collect(p) AS people
WHERE size(people) > 1
UNWIND people AS p
RETURN name, p.key AS key, [l IN labels(p) WHERE l <> 'Person'] AS roles, p.region AS region,
       coalesce(p.regions, []) AS regions, p.latestTitle AS title, coalesce(p.positions, []) AS titles,
       coalesce(p.organizations, []) AS organizations
ORDER BY name, key
LIMIT $limit
