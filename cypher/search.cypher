// name: search
// description: Find people, organizations, parks, projects, events and positions whose name, title
// description: or alias contains the text; exact matches first, at most limit of them, each with its type
// description: and id (a person's key, an event's id), and the total matching on every row. People come
// description: with their region and latest title, so namesakes are told apart. Found in fewer than 200
// description: names, every one is ranked (shortest first) and counted. A short text found in hundreds
// description: (one character) ranks the 2 × limit names the index scores best (the shortest) and total
// description: counts up to 200: a lower bound.
// param: q string — the text to look for, e.g. part of a name
// param: limit integer = 25 — at most this many results
// example: {"q": "自贸片区"}
// Exact names and aliases from entity_exact first (never lost to a cap), then the names containing the
// text from entity_names, whose ranking favours short names. Up to 200 index hits are taken; when there
// are fewer, every one is read and sorted (the whole answer). When there are 200, the text is in
// hundreds of names and any cap is a sample of the ties (a surname in 300 two-character names): then
// only the first 2 × limit are read and sorted, and the rest are counted unread. Reading all 200 (their
// name, aliases, a sort and a collect of each) was most of a one-character search's cost (BENCHMARKS.md,
// "session 9, search10").
// A node is a candidate once: entity_exact's are left out of entity_names' (a position, which has a
// title and no name, was listed twice when its title was the text). A name or alias equal to the text
// is found by entity_exact (its first 100), so only its candidates are checked for it (exact 0).
CALL db.index.fulltext.queryNodes('entity_exact', '"' + replace(replace($q, '\\', '\\\\'), '"', '\\"') + '"', {limit: 100}) YIELD node AS n
WITH n, n.name AS name WHERE NOT n:Place
WITH n, CASE WHEN name IS NULL THEN n.title ELSE name END AS name
WITH n, name WHERE name = $q OR $q IN coalesce(n.aliases, [])
WITH n, name ORDER BY size(name), name
WITH collect(n) AS exactNodes, collect({n: n, name: name, exact: 0}) AS exact
CALL (exactNodes) {
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($q, '\\', '\\\\'), '"', '\\"') + '"', {limit: 200}) YIELD node AS n
  WITH n WHERE NOT n:Place AND NOT n IN exactNodes
  RETURN collect(n) AS hits
}
WITH exact, hits, CASE WHEN size(hits) + size(exactNodes) < 200 THEN 200 ELSE 2 * $limit END AS ranked
CALL (hits, ranked) {
  UNWIND hits[..ranked] AS n
  WITH n, n.name AS name
  WITH n, CASE WHEN name IS NULL THEN n.title ELSE name END AS name
  WHERE CASE WHEN name CONTAINS $q THEN true ELSE any(a IN coalesce(n.aliases, []) WHERE a CONTAINS $q) END
  WITH n, name ORDER BY size(name), name
  RETURN collect({n: n, name: name, exact: 1}) AS contained
}
WITH exact + contained AS sorted, size(exact) + size(contained) + CASE WHEN size(hits) > ranked THEN size(hits) - ranked ELSE 0 END AS total
WITH sorted, total, CASE WHEN size(sorted) > $limit AND $limit > 0 THEN sorted[$limit - 1] END AS last
WITH total, sorted[..$limit] + CASE WHEN last IS NULL THEN [] ELSE
       [x IN sorted[$limit..] WHERE x.exact = last.exact AND x.name = last.name] END AS page
UNWIND page AS x
WITH x.n AS n, x.name AS name, labels(x.n) AS labels, total ORDER BY x.exact, size(x.name), x.name, coalesce(x.n.key, x.n.id, x.name) LIMIT $limit
RETURN toLower(head([l IN labels WHERE l IN ['Person', 'Organization', 'Park', 'Project', 'Event', 'Position']])) AS type,
       coalesce(n.key, n.id, name) AS id, name, [l IN labels WHERE l IN ['Person', 'Official', 'Reporter',
       'Organization', 'Park', 'Project', 'Event', 'Position']] AS labels, CASE WHEN 'Event' IN labels THEN n.date END AS date,
       coalesce(n.aliases, []) AS aliases, CASE WHEN 'Person' IN labels OR 'Event' IN labels THEN n.region END AS region,
       CASE WHEN 'Person' IN labels THEN n.latestTitle END AS title, total
