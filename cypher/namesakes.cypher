// name: namesakes
// description: Names held by more than one person, with what tells them apart: each person's key,
// description: regions, latest title, titles and organizations, and whether they are an official or
// description: a reporter. Correct a wrong split or merge with a decisions file (graph-schema/README.md, "Person identity").
// param: name string = null — only this name (all names when absent)
// param: limit integer = 200 — at most this many rows
// example: {}
MATCH (p:Person)
WHERE $name IS NULL OR p.name = $name
WITH p.name AS name, collect(p) AS people
WHERE size(people) > 1
UNWIND people AS p
RETURN name, p.key AS key, [l IN labels(p) WHERE l <> 'Person'] AS roles, p.region AS region,
       coalesce(p.regions, []) AS regions, p.latestTitle AS title, coalesce(p.positions, []) AS titles,
       coalesce(p.organizations, []) AS organizations
ORDER BY name, key
LIMIT $limit
