// name: recent-articles
// description: The articles ingested last, newest first: id, headline (or opening words), date, source,
// description: region, file and when it was ingested; with the number of articles in the graph. A page of limit
// description: articles; more is true on every row when more articles were ingested before them.
// param: limit integer = 20 — at most this many articles
// example: {"limit": 20}
// The ledger's ingestion time is indexed (V005): ORDER BY … LIMIT reads the newest entries only, one past
// the page to say whether there is more, and only the page's articles are looked up (each costs its
// ledger entry, its Article seek and the few values shown: a page of 20, not 100, is what keeps it cheap).
CALL () {
  MATCH (a:Article) RETURN count(a) AS total
}
MATCH (l:__IngestedArticle)
WHERE l.ingestedAt IS NOT NULL
WITH total, l, l.ingestedAt AS ingestedAt ORDER BY ingestedAt DESC LIMIT $limit + 1
WITH total, collect({l: l, ingestedAt: ingestedAt}) AS found
UNWIND found[..$limit] AS x
WITH total, x.l.id AS id, x.ingestedAt AS ingestedAt, size(found) > $limit AS more
MATCH (a:Article {id: id})
RETURN id, a.title AS title,
       CASE WHEN a.title IS NULL THEN left(trim(split(split(trim(coalesce(a.text, '')), '\n')[0], '。')[0]), 40) END AS lead,
       a.date AS date, a.source AS source, a.region AS region, a.file AS file, ingestedAt, total, more
ORDER BY ingestedAt DESC
