// V007: summaries the saved queries read instead of a hub's per-article records (issue 12).
//
// Tenure: one TENURE per person and position, carrying the first and
// last date the person was seen holding it (since, until) and how many HELD records say so
// (articleCount; not `articles`, the name of the provenance lists V003 removed). HELD stays one per
// article and is the evidence; TENURE is what title-holders and organization read, so their cost
// is the number of holders, not the number of articles about them.
//
// The writer keeps TENURE up to date (graph/write-article.cypher) and the remover recomputes it for
// the removed article's pairs (graph/delete-article.cypher). This statement builds it from the HELD
// records of a store written before V007 and of a bulk-loaded store (BulkLoader runs every schema
// file after the import): the same min, max and count as the writer's running ones. It is
// idempotent (MERGE, then SET from the records), so a migration interrupted before it was recorded
// can run again.
//
// Each statement commits every 1,000 people (positions, projects, parks), not once for the whole
// store: a transaction holds everything it writes until it commits, and a bulk load of ten million
// articles would build millions of summaries in one (docs/scale.md). The text this replaces built
// the same summaries in one transaction per statement; a store that ran it is not asked to run this.
// earlier checksum: cdba5c6cb26990bc3d6382c02c2422234c507a3ae26f28da59807aae2723fc4f
MATCH (p:Person)
CALL (p) {
  MATCH (p)-[h:HELD]->(pos:Position)
  WITH p, pos, min(h.date) AS since, max(h.date) AS until, count(h) AS articleCount
  MERGE (p)-[t:TENURE]->(pos)
  SET t.since = since, t.until = until, t.articleCount = articleCount
} IN TRANSACTIONS OF 1000 ROWS;

// Organizations: one IN_ORGANIZATION per position and organization (articleCount: how many OF
// records say so), so the positions of an organization (cypher/organization) are its few positions,
// not one OF per article that names them.
MATCH (pos:Position)
CALL (pos) {
  MATCH (pos)-[of:OF]->(o:Organization)
  WITH pos, o, count(of) AS articleCount
  MERGE (pos)-[i:IN_ORGANIZATION]->(o)
  SET i.articleCount = articleCount
} IN TRANSACTIONS OF 1000 ROWS;

// Parks: one IN_PARK per project and park (articleCount: how many LOCATED_IN records say so), and on
// each park the number of its projects and the sum of their stated investments (a project counts
// its latest stated one, as on the node), which parks-by-investment ranks by: its cost is the number
// of parks, not of the articles locating projects in them. Kept by the writer, recomputed by the
// remover, built here from LOCATED_IN the same way.
MATCH (pr:Project)
CALL (pr) {
  MATCH (pr)-[l:LOCATED_IN]->(park:Park)
  WITH pr, park, count(l) AS articleCount
  MERGE (pr)-[i:IN_PARK]->(park)
  SET i.articleCount = articleCount
} IN TRANSACTIONS OF 1000 ROWS;
MATCH (park:Park)
CALL (park) {
  OPTIONAL MATCH (pr)-[:IN_PARK]->(park)
  WITH park, count(pr) AS projects, sum(coalesce(pr.investmentYuan, 0)) AS total
  SET park.projectCount = projects, park.totalInvestmentYuan = total
} IN TRANSACTIONS OF 1000 ROWS;
