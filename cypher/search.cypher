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
// Each candidate's name is read once and its aliases only when the name does not contain the text (a
// property read is a db hit: a one-character text reads 200 candidates). A name or alias equal to the text
// is found by entity_exact (its first 100), so only its candidates are checked for it (exact 0); a node
// found by both keeps its best rank.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_exact', '"' + replace(replace($q, '\\', '\\\\'), '"', '\\"') + '"', {limit: 100}) YIELD node AS n
  WITH n, coalesce(n.name, n.title) AS name
  RETURN n, name, CASE WHEN name = $q OR $q IN coalesce(n.aliases, []) THEN 0 ELSE 1 END AS exact
  UNION
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($q, '\\', '\\\\'), '"', '\\"') + '"', {limit: 200}) YIELD node AS n
  RETURN n, n.name AS name, 1 AS exact
}
WITH n, name, min(exact) AS exact
// (A position has a title and no name: its title is read only then.)
WITH n, CASE WHEN name IS NULL THEN n.title ELSE name END AS name, exact, labels(n) AS labels
WHERE NOT 'Place' IN labels AND (exact = 0 OR name CONTAINS $q OR any(a IN coalesce(n.aliases, []) WHERE a CONTAINS $q))
ORDER BY exact, size(name), name
// Every candidate that matches counted (total). The last tie-break (the key) is read only for the page
// and the candidates of the same name as its last one, not for all 200 candidates.
WITH collect({n: n, name: name, exact: exact, labels: labels}) AS sorted
WITH sorted, CASE WHEN size(sorted) > $limit AND $limit > 0 THEN sorted[$limit - 1] END AS last
WITH size(sorted) AS total, sorted[..$limit] + CASE WHEN last IS NULL THEN [] ELSE
       [x IN sorted[$limit..] WHERE x.exact = last.exact AND x.name = last.name] END AS page
UNWIND page AS x
WITH x.n AS n, x.name AS name, x.labels AS labels, total ORDER BY x.exact, size(x.name), x.name, coalesce(x.n.key, x.n.id, x.name) LIMIT $limit
// What the page shows, read only where the label has it: a person's region and latest title, an event's date and region.
RETURN toLower(head([l IN labels WHERE l IN ['Person', 'Organization', 'Park', 'Project', 'Event', 'Position']])) AS type,
       coalesce(n.key, n.id, name) AS id, name, [l IN labels WHERE l IN ['Person', 'Official', 'Reporter',
       'Organization', 'Park', 'Project', 'Event', 'Position']] AS labels, CASE WHEN 'Event' IN labels THEN n.date END AS date,
       coalesce(n.aliases, []) AS aliases, CASE WHEN 'Person' IN labels OR 'Event' IN labels THEN n.region END AS region,
       CASE WHEN 'Person' IN labels THEN n.latestTitle END AS title, total
