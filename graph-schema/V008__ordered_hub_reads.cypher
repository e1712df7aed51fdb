// V008: the newest events of an organization and the largest projects of a park, read from an index
// in order and stopped after a page (issue 12), instead of every record of a hub read and sorted: an
// organization that organizes thousands of events, a park of thousands of projects.
//
// Neo4j reads a node's relationships of one type all at once, and a relationship index is global,
// not per node: so each record carries the key of its hub with the value it is ordered by, and a
// composite index (hub key, value) read with the key fixed gives that hub's records in value order.
// The values are copies that never change for a record: an organization's key and an event's date
// are set once (nodes are never merged, an event's id holds its date). The writer sets them on every
// record it creates (graph/write-article.cypher); these statements set them on the records of a store
// written before V008 and of a bulk-loaded store (BulkLoader runs every schema file after the import).
// Both are idempotent, so a migration interrupted before it was recorded can run again. They commit
// every 10,000 records, not once for the whole store (a bulk load of ten million articles has millions
// of ORGANIZED records, docs/scale.md); the text this replaces set the same values in one transaction
// per statement, and a store that ran it is not asked to run this.
// earlier checksum: 2011177b28ad1a1830b7ad4c916167426a20bce30363a72e3f7198f25cfbee14
//
// ORGANIZED {organization: the organizer's key, date: the event's date (none for an undated event)}:
// organization and event-organizers read an organization's newest events by (organization, date),
// and event-organizers with no filter the newest records of all by date.
MATCH (o:Organization)-[r:ORGANIZED]->(e:Event)
CALL (o, r, e) {
  SET r.organization = o.key, r.date = e.date
} IN TRANSACTIONS OF 10000 ROWS;
CREATE INDEX organized_organization_date IF NOT EXISTS FOR ()-[r:ORGANIZED]-() ON (r.organization, r.date);
CREATE INDEX organized_date IF NOT EXISTS FOR ()-[r:ORGANIZED]-() ON (r.date);

// IN_PARK {park: the park's name, investmentYuan: the project's latest stated investment (none when
// no article states one)}: park and park-projects list a park's largest projects by (park,
// investmentYuan). Unlike the above, investmentYuan follows the project's: the writer sets it again on
// the IN_PARK of every project an article names, the remover on those of the projects it recomputes.
MATCH (pr:Project)-[i:IN_PARK]->(park:Park)
CALL (pr, i, park) {
  SET i.park = park.name, i.investmentYuan = pr.investmentYuan
} IN TRANSACTIONS OF 10000 ROWS;
CREATE INDEX in_park_investment IF NOT EXISTS FOR ()-[i:IN_PARK]-() ON (i.park, i.investmentYuan);

// A file's articles in file order, ties by id (cypher/article): a generated or exported file holds a thousand
// articles, and the query lists a page of them.
CREATE INDEX article_file_order IF NOT EXISTS FOR (a:Article) ON (a.file, a.start, a.id);
