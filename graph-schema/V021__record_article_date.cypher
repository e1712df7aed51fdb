// V021: the article's date on every per-article record (issue 12), so relationship-evidence orders a pair's
// records by a value on the record and seeks the Article by id only for its page's records (and the ties at
// the page's edge), instead of once per record (a hub pair has ~100 records, for a page of 20; the seeks were
// ~0.28 of its CPU at 100,000 articles: BENCHMARKS.md, "session 12, relev13").
//
// articleDate = Article.date of the record's article (r.article), on OF, ATTENDED, ORGANIZED, HELD_AT,
// LOCATED_IN and WROTE; none when the article has no date. Not on HELD: HELD.date is already the article's
// date. (ATTENDED.date and ORGANIZED.date are the EVENT's date, which may differ from the article's.) An
// article is written once and its date never changes afterwards (removing it removes its records), so the
// copy stays true. The writer sets it on every record it creates (graph/write-article.cypher), the bulk load
// writes it in its CSV (ImportGraph); these statements set it on the records of a store written before
// V021. Only records still without it (a record of an undated article stays without it: setting null is
// harmless): idempotent, and a migration interrupted before it was recorded resumes where it stopped.
MATCH ()-[r:ATTENDED]->()
WHERE r.articleDate IS NULL
CALL (r) {
  MATCH (a:Article {id: r.article})
  SET r.articleDate = a.date
} IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r:ORGANIZED]->()
WHERE r.articleDate IS NULL
CALL (r) {
  MATCH (a:Article {id: r.article})
  SET r.articleDate = a.date
} IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r:OF]->()
WHERE r.articleDate IS NULL
CALL (r) {
  MATCH (a:Article {id: r.article})
  SET r.articleDate = a.date
} IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r:HELD_AT]->()
WHERE r.articleDate IS NULL
CALL (r) {
  MATCH (a:Article {id: r.article})
  SET r.articleDate = a.date
} IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r:LOCATED_IN]->()
WHERE r.articleDate IS NULL
CALL (r) {
  MATCH (a:Article {id: r.article})
  SET r.articleDate = a.date
} IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r:WROTE]->(a:Article)
WHERE r.articleDate IS NULL
CALL (r, a) {
  SET r.articleDate = a.date
} IN TRANSACTIONS OF 10000 ROWS;
