// V001: one node per real entity, keyed by what identifies it (graph-schema/README.md says why
// each key identifies its entity). Every statement is idempotent (IF NOT EXISTS) and named, so the
// file can be re-run after an interrupted first run. Each unique constraint is also the index the
// ingest's MERGE looks nodes up by.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT person_name IF NOT EXISTS FOR (p:Person) REQUIRE p.name IS UNIQUE;
CREATE CONSTRAINT organization_name IF NOT EXISTS FOR (o:Organization) REQUIRE o.name IS UNIQUE;
CREATE CONSTRAINT park_name IF NOT EXISTS FOR (p:Park) REQUIRE p.name IS UNIQUE;
CREATE CONSTRAINT project_name IF NOT EXISTS FOR (p:Project) REQUIRE p.name IS UNIQUE;
CREATE CONSTRAINT place_name IF NOT EXISTS FOR (p:Place) REQUIRE p.name IS UNIQUE;
CREATE CONSTRAINT position_title IF NOT EXISTS FOR (p:Position) REQUIRE p.title IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE;

// Lookups by value rather than by key: articles and events by date, events by name.
CREATE INDEX article_date IF NOT EXISTS FOR (a:Article) ON (a.date);
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date);
CREATE INDEX event_name IF NOT EXISTS FOR (e:Event) ON (e.name);
CREATE INDEX position_post IF NOT EXISTS FOR (p:Position) ON (p.post);

// Bookkeeping, under labels apart from the domain (prefix __): the schema version and the ingest
// ledger, one node per article written (in the same transaction as the article).
CREATE CONSTRAINT schema_migration_version IF NOT EXISTS FOR (m:__SchemaMigration) REQUIRE m.version IS UNIQUE;
CREATE CONSTRAINT ingested_article_id IF NOT EXISTS FOR (l:__IngestedArticle) REQUIRE l.id IS UNIQUE;
