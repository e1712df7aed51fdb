// name: person-titles
// description: A person's titles over time: each position with the organization it belongs to and
// description: the first and last article dates it was seen (since/until), oldest first, with the
// description: evidence that states it (sentence, its offsets in the article's text, the article).
// param: name string — the person's key (王军@临江市) or name
// example: {"name": "孙永红"}
MATCH (p:Person) WHERE p.key = $name OR p.name = $name
MATCH (p)-[h:HELD]->(pos:Position)
WITH pos, min(h.date) AS since, max(h.date) AS until,
     collect(DISTINCT {sentence: h.sentence, start: h.start, article: h.article}) AS said
CALL (pos) {
  OPTIONAL MATCH (pos)-[:OF]->(o:Organization)
  RETURN head(collect(DISTINCT o.name)) AS organization
}
RETURN pos.title AS title, pos.post AS post, organization, since, until,
       COLLECT {
         UNWIND said AS x
         MATCH (art:Article {id: x.article})
         // Offsets in the article's text: the stored ones are in its source file, which equal the
         // text's shifted by the article's start unless cleaning changed the layout; then the
         // sentence's first occurrence in the text.
         WITH x, art, coalesce(art.text, '') AS text, x.start - coalesce(art.start, 0) AS guess
         WITH x, art, CASE WHEN coalesce(x.sentence, '') = '' THEN NULL
                           WHEN guess >= 0 AND guess + size(x.sentence) <= size(text)
                                AND substring(text, guess, size(x.sentence)) = x.sentence THEN guess
                           WHEN text CONTAINS x.sentence THEN size(split(text, x.sentence)[0]) END AS at, text
         RETURN {sentence: coalesce(x.sentence, ''), start: at, end: at + size(x.sentence), articleId: art.id,
                 articleTitle: coalesce(art.title, left(trim(split(text, '。')[0]), 40)), href: '/api/articles/' + art.id}
         ORDER BY art.date, art.id, at
       } AS evidence
ORDER BY since, title
