// V016: the exact-name index entity_exact (V004) is updated off the commit path too (issue 12, ingest),
// as V011 did for entity_names.
//
// A fulltext index that is not eventually consistent is updated, and its Lucene reader refreshed, inside
// every commit: with entity_names already off it, entity_exact's refresh and updates were ~6% of the
// writer's Neo4j thread in ingest's second half (BENCHMARKS.md, "session 9, ingest10"), the refresh a
// cost per commit. With `fulltext.eventually_consistent`, Neo4j applies a commit's updates on a background
// thread, so a reader may briefly miss what the last commits wrote. Two kinds of readers:
// - the writer's alias lookup (graph/lookup-aliases.cypher), which decides identities and must not miss an
//   alias an earlier batch committed: GraphWriter waits for the refresh inside its transaction before that
//   lookup (only for a batch with a name that matched no node by key), so it reads what it read before;
// - the saved queries' exact lookups: every write a person may query right after (POST and DELETE of an
//   article, the end of ingest and rebuild) already waits for the refresh before it returns
//   (GraphWriter.awaitSearchable, V011), so a client reads its own writes; during a long ingest another
//   reader may see an entity a moment after its batch committed.
//
// An index's options cannot be altered: the index is dropped and created again with the same name, fields
// and analyzer; a store with data repopulates it (the migrator waits for it online); bulk load's
// migrateImported skips V004's CREATE (dropped here) and runs this one's.
DROP INDEX entity_exact IF EXISTS;
CREATE FULLTEXT INDEX entity_exact IF NOT EXISTS
FOR (n:Person|Organization|Park|Project|Event|Position|Place) ON EACH [n.key, n.id, n.name, n.title, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: true}};
