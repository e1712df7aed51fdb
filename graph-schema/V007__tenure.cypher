// V007: tenure summaries (issue 12): one TENURE per person and position, carrying the first and
// last date the person was seen holding it (since, until) and how many HELD records say so
// (articles). HELD stays one per article and is the evidence; TENURE is what title-holders and
// organization read, so their cost is the number of holders, not the number of articles about them.
//
// The writer keeps TENURE up to date (graph/write-article.cypher) and the remover recomputes it for
// the removed article's pairs (graph/delete-article.cypher). This statement builds it from the HELD
// records of a store written before V007 and of a bulk-loaded store (BulkLoader runs every schema
// file after the import): the same min, max and count as the writer's running ones. It is
// idempotent (MERGE, then SET from the records), so a migration interrupted before it was recorded
// can run again.
MATCH (p:Person)-[h:HELD]->(pos:Position)
WITH p, pos, min(h.date) AS since, max(h.date) AS until, count(h) AS articles
MERGE (p)-[t:TENURE]->(pos)
SET t.since = since, t.until = until, t.articles = articles;
