// name: park
// description: One park by name or alias: aliases, its projects with investment in yuan and the
// description: total, and how many articles mention it (a park of many projects lists the 100 largest; the total counts all).
// param: name string — the park's name or an alias
// example: {"name": "青岛市虚拟现实产业园"}
// entity_exact holds names and aliases as single terms: one exact lookup.
CALL db.index.fulltext.queryNodes('entity_exact', '"' + replace(replace($name, '\\', '\\\\'), '"', '\\"') + '"') YIELD node AS park
WITH park WHERE park:Park AND (park.name = $name OR $name IN park.aliases)
// LOCATED_IN always starts at a project (no label check per record); one record per article. The
// total counts every project; the 100 largest are listed, each with its evidence.
CALL (park) {
  OPTIONAL MATCH (pr)-[:LOCATED_IN]->(park)
  WITH DISTINCT pr
  RETURN sum(coalesce(pr.investmentYuan, 0)) AS total
}
CALL (park) {
  OPTIONAL MATCH (pr)-[:LOCATED_IN]->(park)
  WITH DISTINCT pr ORDER BY pr.investmentYuan DESC, pr.name LIMIT 100
  OPTIONAL MATCH (pr)-[l:LOCATED_IN]->(park)
  WITH pr, collect(DISTINCT {sentence: l.sentence, start: l.start, article: l.article}) AS said ORDER BY pr.investmentYuan DESC, pr.name
  RETURN collect(CASE WHEN pr IS NULL THEN NULL ELSE
         {name: pr.name, investmentYuan: pr.investmentYuan, evidence: COLLECT {
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
          }} END) AS projects
}
// Every MENTIONS comes from an article: the count is the node's degree, read without expanding.
RETURN park.name AS name, park.aliases AS aliases, projects, total AS totalInvestmentYuan,
       COUNT { (park)<-[:MENTIONS]-() } AS mentionedIn
