// V011: the substring index entity_names (V002) is updated off the commit path (issue 12, ingest).
//
// A fulltext index that is not eventually consistent is updated, and its Lucene readers refreshed,
// inside every commit: for ingest's batches ~18% of the process's CPU went to the two fulltext
// indexes (BENCHMARKS.md, "session 6, ingest6"). With `fulltext.eventually_consistent`, Neo4j
// applies a commit's updates to the index on a background thread, so a reader may briefly miss
// what the last commits wrote. entity_names serves only substring search (search,
// project-investments); every read that decides something — the writer's alias lookup
// (graph/lookup-aliases.cypher) and every exact lookup of the saved queries — reads entity_exact
// (V004), which stays consistent. The writes that a person may search right after (ingest, rebuild,
// POST and DELETE of an article) wait for the refresh before they return (GraphWriter.awaitSearchable).
//
// An index's options cannot be altered: the index is dropped and created again with the same
// name, fields and analyzer; a store with data repopulates it (the migrator waits for it online).
DROP INDEX entity_names IF EXISTS;
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Person|Organization|Park|Project|Event|Position|Place) ON EACH [n.name, n.title, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: true}};
