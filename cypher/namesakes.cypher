// name: namesakes
// description: Names held by more than one person, with what tells them apart: each person's key,
// description: regions, latest title, titles and organizations, and whether they are an official or
// description: a reporter. Correct a wrong split or merge with a decisions file (graph-schema/README.md, "Person identity").
// param: name string = null — only this name (all names when absent)
// param: limit integer = 50 — at most this many rows (more is true on every row when there are more)
// example: {}
// The name index read in name order (a prefix seek: '' when no name is given, so every name),
// grouped as it is read: the read stops once the page is full instead of grouping every person first.
// The page's people only are read for what tells them apart.
MATCH (p:Person)
WHERE p.name STARTS WITH coalesce($name, '') AND ($name IS NULL OR p.name = $name)
WITH p ORDER BY p.name
WITH p.name AS name, collect(p) AS people
WHERE size(people) > 1
UNWIND people AS p
WITH name, p ORDER BY name, p.key LIMIT $limit + 1
WITH collect({name: name, p: p}) AS found
UNWIND found[..$limit] AS x
WITH x.name AS name, x.p AS p, size(found) > $limit AS more
RETURN name, p.key AS key, [l IN labels(p) WHERE l <> 'Person'] AS roles, p.region AS region,
       coalesce(p.regions, []) AS regions, p.latestTitle AS title, coalesce(p.positions, []) AS titles,
       coalesce(p.organizations, []) AS organizations, more
ORDER BY name, key
