// V019: a TENURE found by its keys instead of by walking its person's relationships (issue 12, ingest).
//
// The writer keeps one TENURE per person and position (V007) with a MERGE of the pair for every pair
// a batch names. Between two bound nodes Neo4j finds the pair by expanding the person's relationship
// chain (every MENTIONS, HELD, ATTENDED... of a person not yet dense), so the summary cost a warm
// batch more db hits than any other part but the records themselves (BENCHMARKS.md, "session 12,
// ingest13"). Each TENURE now carries its person's key beside its position's key (V010's), both
// fixed for good (people and positions are merged by key; rebuild writes them anew), and the pair of
// keys is unique: the constraint's index finds a person's TENURE of a position by one seek, and the
// writer's MERGE on the two keys uses it (locking: two writers cannot both create one pair).
//
// The writer sets `person` on every TENURE it creates (graph/write-article.cypher); this statement sets
// it on those of a store written before V019 and of a bulk-loaded store (V007 builds their TENURE,
// V010 their position, then this). Only TENUREs still without it: idempotent, and a migration
// interrupted before it was recorded resumes where it stopped. The constraint comes after the data it
// constrains (V007 made one TENURE per pair, so the keys are unique already).
MATCH (p:Person)-[t:TENURE]->()
WHERE t.person IS NULL
CALL (p, t) {
  SET t.person = p.key
} IN TRANSACTIONS OF 10000 ROWS;
CREATE CONSTRAINT tenure_person_position IF NOT EXISTS FOR ()-[t:TENURE]-() REQUIRE (t.person, t.position) IS UNIQUE;
