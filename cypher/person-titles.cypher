// name: person-titles
// description: A person's titles over time: each position with the organization it belongs to and
// description: the first and last article dates it was seen (since/until), oldest first, with the
// description: sentences and articles that state it.
// param: name string — the person's key (王军@临江市) or name
// example: {"name": "孙永红"}
MATCH (p:Person) WHERE p.key = $name OR p.name = $name
MATCH (p)-[h:HELD]->(pos:Position)
WITH pos, min(h.date) AS since, max(h.date) AS until,
     collect(DISTINCT {sentence: h.sentence, article: h.article}) AS said
CALL (pos) {
  OPTIONAL MATCH (pos)-[:OF]->(o:Organization)
  RETURN head(collect(DISTINCT o.name)) AS organization
}
RETURN pos.title AS title, pos.post AS post, organization, since, until,
       [x IN said | x.sentence] AS evidence, [x IN said | x.article] AS articles
ORDER BY since, title
