// name: recent-articles
// description: The articles ingested last, newest first: id, headline (or opening words), date, source,
// description: region, file and when it was ingested; with the number of articles in the graph.
// param: limit integer = 50 — at most this many articles
// example: {"limit": 20}
// The ledger's ingestion time is indexed (V005): ORDER BY … LIMIT reads the newest entries only.
CALL () {
  MATCH (a:Article) RETURN count(a) AS total
}
MATCH (l:__IngestedArticle)
WHERE l.ingestedAt IS NOT NULL
WITH total, l ORDER BY l.ingestedAt DESC LIMIT $limit
MATCH (a:Article {id: l.id})
RETURN a.id AS id, a.title AS title,
       CASE WHEN a.title IS NULL THEN left(trim(split(split(trim(coalesce(a.text, '')), '\n')[0], '。')[0]), 40) END AS lead,
       a.date AS date, a.source AS source, a.region AS region, a.file AS file, l.ingestedAt AS ingestedAt, total
ORDER BY ingestedAt DESC
