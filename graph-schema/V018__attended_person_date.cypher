// V018: a person's newest events read from an index in order and stopped after a page (issue 12),
// instead of every ATTENDED of a hub expanded and every event's date read: an official seen in a
// thousand articles has ~900 records of ~550 events, and person-events read all their dates to
// choose a page of 50.
//
// As V008 and V010 do for ORGANIZED and TENURE: each ATTENDED carries its person's key beside the
// date it is ordered by (ATTENDED.date, the event's date: an event's id includes its date, so every
// record of an event has the event's date), and the composite index (person, date) read with the key
// fixed gives one person's records newest first. A person's key never changes (people are merged by
// key; rebuild writes them anew). The writer sets it on every ATTENDED it creates
// (graph/write-article.cypher), the bulk load writes it in its CSV (ImportGraph); this statement sets
// it on the records of a store written before V018. Only records still without it: idempotent, and
// a migration interrupted before it was recorded resumes where it stopped.
MATCH (p:Person)-[a:ATTENDED]->()
WHERE a.person IS NULL
CALL (p, a) {
  SET a.person = p.key
} IN TRANSACTIONS OF 10000 ROWS;
CREATE INDEX attended_person_date IF NOT EXISTS FOR ()-[a:ATTENDED]-() ON (a.person, a.date);
