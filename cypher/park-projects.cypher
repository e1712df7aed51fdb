// name: park-projects
// description: The projects located in a park with their investment in yuan (the latest stated), and
// description: the park's total over the projects whose investment is stated. A park of many projects lists the
// description: limit largest, with their evidence; projectCount and the total count them all, more says there are more.
// param: park string — the park's name or an alias
// param: limit integer = 50 — at most this many projects listed
// example: {"park": "青岛市虚拟现实产业园"}
// entity_exact holds names and aliases as single terms: one exact lookup.
CALL db.index.fulltext.queryNodes('entity_exact', '"' + replace(replace($park, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS park
WITH park WHERE park:Park AND (park.name = $park OR $park IN park.aliases)
// LOCATED_IN always starts at a project (no label check per record); one record per article.
CALL (park) {
  MATCH (pr)-[:LOCATED_IN]->(park)
  WITH DISTINCT pr
  RETURN sum(coalesce(pr.investmentYuan, 0)) AS total, count(pr) AS projectCount
}
// The page's projects first, then only their evidence.
CALL (park) {
  MATCH (pr)-[:LOCATED_IN]->(park)
  WITH DISTINCT pr ORDER BY pr.investmentYuan DESC, pr.name LIMIT $limit
  MATCH (pr)-[l:LOCATED_IN]->(park)
  WITH pr, collect(DISTINCT {sentence: l.sentence, start: l.start, article: l.article}) AS said
  ORDER BY pr.investmentYuan DESC, pr.name
  RETURN collect({name: pr.name, investmentYuan: pr.investmentYuan, evidence: COLLECT {
       UNWIND said AS x
       MATCH (art:Article {id: x.article})
       // Offsets in the article's text (as in person-events).
       WITH x, art, coalesce(art.text, '') AS text, x.start - coalesce(art.start, 0) AS guess
       WITH x, art, CASE WHEN coalesce(x.sentence, '') = '' THEN NULL
                         WHEN guess >= 0 AND guess + size(x.sentence) <= size(text)
                              AND substring(text, guess, size(x.sentence)) = x.sentence THEN guess
                         WHEN text CONTAINS x.sentence THEN size(split(text, x.sentence)[0]) END AS at, text
       RETURN {sentence: coalesce(x.sentence, ''), start: at, end: at + size(x.sentence), articleId: art.id,
               articleTitle: coalesce(art.title, left(trim(split(text, '。')[0]), 40)), href: '/api/articles/' + art.id}
       ORDER BY art.date, art.id, at
     }}) AS projects
}
RETURN park.name AS park, total AS totalInvestmentYuan, projectCount, projects, projectCount > size(projects) AS more
