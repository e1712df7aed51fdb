// V012: evidence quoted without reading the article's text (issue 12). A saved query that quotes a
// record's sentence (park, park-projects, event-organizers, event-detail, event-attendees,
// person-events, person-titles) gives its offsets in the article's text and names the article; it used
// to read each quoted article's whole text for both (to check the stored offsets, which are the source
// file's, against the text, and for an untitled article's opening words), and that was most of its time.
//
// The writer now stores both, computed once where the text is at hand (graph/ArticlePlan): on each
// LOCATED_IN, HELD, ATTENDED and ORGANIZED record `textStart`, the sentence's offset in the article's
// text (characters; -1 when the record has no sentence or the text does not hold it), and on each
// Article `heading`, what evidence calls it (its title, else the first 40 characters of its first
// sentence). These statements set them on the records and articles of a store written before V012
// (and find nothing to do on a bulk-loaded store: the import writes them). They use the rule the
// queries used (and still use, for a record this has not reached yet): the source offset shifted by
// the article's start when the text holds the sentence there, else its first occurrence.
//
// In batches of their own transactions (a 100k store has ~510,000 such records): a migration
// interrupted midway leaves the rest without the property, which the queries read the old way, and
// running it again does only the rest (WHERE … IS NULL). The records are grouped by article so each
// text is read once.
MATCH ()-[r:LOCATED_IN|HELD|ATTENDED|ORGANIZED]->()
WHERE r.textStart IS NULL AND r.article IS NOT NULL
WITH r.article AS id, collect(r) AS records
CALL (id, records) {
  MATCH (art:Article {id: id})
  WITH art, coalesce(art.text, '') AS text, records
  UNWIND records AS r
  WITH r, text, r.start - coalesce(art.start, 0) AS guess
  SET r.textStart = CASE WHEN coalesce(r.sentence, '') = '' THEN -1
                         WHEN guess >= 0 AND guess + size(r.sentence) <= size(text)
                              AND substring(text, guess, size(r.sentence)) = r.sentence THEN guess
                         WHEN text CONTAINS r.sentence THEN size(split(text, r.sentence)[0])
                         ELSE -1 END
} IN TRANSACTIONS OF 1000 ROWS;

MATCH (a:Article) WHERE a.heading IS NULL
CALL (a) {
  SET a.heading = coalesce(a.title, left(trim(split(coalesce(a.text, ''), '。')[0]), 40))
} IN TRANSACTIONS OF 5000 ROWS;
