// V003: people, organizations, positions and places are identified by a key, no longer by their name
// (graph-schema/README.md, "Identity"): two officials called 王军 in two cities are two people with one
// name, one article's unplaced 市委 is not every article's. The name becomes a plain index for lookups.
// Nodes written before this file have no key: `newsgraph rebuild` rewrites a store from its articles
// (README, "Upgrading a store").
DROP CONSTRAINT person_name IF EXISTS;
DROP CONSTRAINT organization_name IF EXISTS;
DROP CONSTRAINT position_title IF EXISTS;
DROP CONSTRAINT place_name IF EXISTS;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (p:Person) REQUIRE p.key IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (o:Organization) REQUIRE o.key IS UNIQUE;
CREATE CONSTRAINT position_key IF NOT EXISTS FOR (p:Position) REQUIRE p.key IS UNIQUE;
CREATE CONSTRAINT place_key IF NOT EXISTS FOR (p:Place) REQUIRE p.key IS UNIQUE;
CREATE INDEX person_name_lookup IF NOT EXISTS FOR (p:Person) ON (p.name);
CREATE INDEX organization_name_lookup IF NOT EXISTS FOR (o:Organization) ON (o.name);
CREATE INDEX position_title_lookup IF NOT EXISTS FOR (p:Position) ON (p.title);
CREATE INDEX place_name_lookup IF NOT EXISTS FOR (p:Place) ON (p.name);
