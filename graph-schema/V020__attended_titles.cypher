// V020: the titles an article gives a person, on each of the person's ATTENDED records of that article
// (issue 12), so event-attendees reads them with the records it already reads instead of seeking the
// HELD(article) index once per attendee and reporting article (0.2-0.3 of its CPU at 100,000 articles:
// an index seek sets up its cursor each time; BENCHMARKS.md, "session 12, evq13").
//
// ATTENDED.titles: the distinct titles of the positions the record's person HELD in the record's article
// (HELD.article = ATTENDED.article), in the order of those HELD records, [] when there are none. Both
// are written with their article and never change afterwards (a Position's title is set when it is
// created; an article is written once, and removing it removes both), so the list stays true. The writer
// sets it on every ATTENDED it creates (graph/write-article.cypher, from the HELD records of the same
// write), the bulk load writes it in its CSV (ImportGraph; an empty list is not imported and is set
// here after the load), this statement sets it on the records of a store written before V020. Only
// records still without it: idempotent, and a migration interrupted before it was recorded resumes
// where it stopped.
MATCH (p:Person)-[a:ATTENDED]->()
WHERE a.titles IS NULL
CALL (p, a) {
  OPTIONAL MATCH (p)-[h:HELD]->(pos:Position)
  USING INDEX h:HELD(article)
  WHERE h.article = a.article
  WITH a, collect(DISTINCT pos.title) AS titles
  SET a.titles = titles
} IN TRANSACTIONS OF 10000 ROWS;
