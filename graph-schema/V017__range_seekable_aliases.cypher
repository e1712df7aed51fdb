// V017: aliases found by a range index seek instead of a fulltext query (issue 12, saved queries).
//
// An alias lives in a list property (`aliases` of an Organization, Park, Project or Event), which a range
// index cannot look inside; the saved queries found one through entity_exact's aliases field (V004, V016),
// and each call to db.index.fulltext.queryNodes opened a Lucene searcher: ~80-100 us of CPU per lookup even
// when nothing matched, 14-17% of the CPU of nine saved queries at 100k articles (BENCHMARKS.md, session 10).
// Now every alias string is also one node, (:__Alias {name}), unique by name (so its constraint's range
// index finds it by one seek), with one (:__Alias)-[:__ALIAS_OF]->(entity) to each node whose `aliases`
// holds it. The structure mirrors the lists exactly: an alias k is linked to n if and only if k IN
// n.aliases. The lists stay the data (the queries return them); the nodes are an index of them, hence
// the bookkeeping names (`__`: GraphStats counts them apart from the domain, the Browser shows no style for them).
//
// Kept by the writer (graph/write-article.cypher, its "Aliases" part), by the remover (an entity that goes
// takes its links; an alias no entity carries any more goes, graph/delete-article.cypher), by rebuild
// (which deletes and writes again through the writer), and built here for stores written before V017 and
// after a bulk load (BulkLoader runs every schema file after the import). Idempotent (MERGE), so a
// migration interrupted before it was recorded can run again. Only the labels entity_exact indexes.
CREATE CONSTRAINT alias_name IF NOT EXISTS FOR (a:__Alias) REQUIRE a.name IS UNIQUE;

MATCH (n) WHERE (n:Person OR n:Organization OR n:Park OR n:Project OR n:Event OR n:Position OR n:Place)
  AND n.aliases IS NOT NULL AND size(n.aliases) > 0
CALL (n) {
  UNWIND n.aliases AS k
  WITH DISTINCT n, k
  MERGE (al:__Alias {name: k})
  MERGE (al)-[:__ALIAS_OF]->(n)
} IN TRANSACTIONS OF 2000 ROWS;
