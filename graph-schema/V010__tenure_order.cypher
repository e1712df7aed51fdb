// V010: a title's holders in the order they held it, read from an index and stopped after a page
// (issue 12), instead of every holder of a title read and sorted: a generated company's chairman has
// two thousand holders (title-holders read 6,400 db hits for a page of 50).
//
// As V008 does for ORGANIZED and IN_PARK: each TENURE carries its position's key beside the date it
// is ordered by (since), and the composite index (position, since) read with the key fixed gives one
// title's holders oldest first. The position's key never changes; since does, and the index follows
// it (the writer and the remover SET it). The writer sets the key on every TENURE it creates
// (graph/write-article.cypher); this statement sets it on those of a store written before V010 and of
// a bulk-loaded store (V007 builds their TENURE, then this runs). Idempotent. It commits every
// 10,000 records, not once for the whole store (docs/scale.md); the text this replaces set the same
// keys in one transaction, and a store that ran it is not asked to run this.
// earlier checksum: ae7f0eb857dd82a4aeb62e2fc8f068e453ff047d24d459009aadc978d6ebd49b
MATCH ()-[t:TENURE]->(pos:Position)
CALL (t, pos) {
  SET t.position = pos.key
} IN TRANSACTIONS OF 10000 ROWS;
CREATE INDEX tenure_position_since IF NOT EXISTS FOR ()-[t:TENURE]-() ON (t.position, t.since);
