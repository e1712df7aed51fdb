// name: search
// description: Find people, organizations, parks, projects, events and positions whose name, title
// description: or alias contains the text; exact matches first, at most limit of them, each with its type
// description: and id (a person's key, an event's id), and the total matching on every row. People come
// description: with their region and latest title, so namesakes are told apart. A short text found in
// description: thousands of names (one character) is ranked among the 200 names the index scores best
// description: (the shortest), and total counts those: for such a text it is a lower bound.
// param: q string — the text to look for, e.g. part of a name
// param: limit integer = 25 — at most this many results
// example: {"q": "自贸片区"}
// Exact names and aliases from entity_exact (never lost to the cap below), then the names containing the
// text from entity_names, whose ranking favours short names: the top 200 are sorted, not every name with
// the character.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_exact', '"' + replace(replace($q, '\\', '\\\\'), '"', '\\"') + '"', {limit: 100}) YIELD node AS n
  RETURN n
  UNION
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($q, '\\', '\\\\'), '"', '\\"') + '"', {limit: 200}) YIELD node AS n
  RETURN n
}
WITH n WHERE NOT n:Place
  AND (coalesce(n.name, n.title) CONTAINS $q OR any(a IN coalesce(n.aliases, []) WHERE a CONTAINS $q))
WITH n, coalesce(n.name, n.title) AS name
WITH n, name, CASE WHEN name = $q OR $q IN coalesce(n.aliases, []) THEN 0 ELSE 1 END AS exact
ORDER BY exact, size(name), name
// Every candidate that matches counted (total). The last tie-break (the key) is read only for the page
// and the candidates of the same name as its last one, not for all 200 candidates.
WITH collect({n: n, name: name, exact: exact}) AS sorted
WITH sorted, CASE WHEN size(sorted) > $limit AND $limit > 0 THEN sorted[$limit - 1] END AS last
WITH size(sorted) AS total, sorted[..$limit] + CASE WHEN last IS NULL THEN [] ELSE
       [x IN sorted[$limit..] WHERE x.exact = last.exact AND x.name = last.name] END AS page
UNWIND page AS x
WITH x.n AS n, x.name AS name, total ORDER BY x.exact, size(x.name), x.name, coalesce(x.n.key, x.n.id, x.name) LIMIT $limit
RETURN toLower(head([l IN labels(n) WHERE l IN ['Person', 'Organization', 'Park', 'Project', 'Event', 'Position']])) AS type,
       coalesce(n.key, n.id, name) AS id, name, [l IN labels(n) WHERE l IN ['Person', 'Official', 'Reporter',
       'Organization', 'Park', 'Project', 'Event', 'Position']] AS labels, n.date AS date,
       coalesce(n.aliases, []) AS aliases, n.region AS region, n.latestTitle AS title, total
