// V004: the indexes the saved queries of cypher/ need so that none scans a label (issue 12).
//
// Exact lookup "by key, id, name, title or any alias": a second fulltext index over the same
// labels with the keyword analyzer, which keeps each value (each alias of a list) as one term, so a
// quoted query finds exactly the nodes that have that value. entity_names (V002, one term per
// character) finds substrings; looking up an exact name there returned every name containing it,
// thousands for a common one, before the exact check.
CREATE FULLTEXT INDEX entity_exact IF NOT EXISTS
FOR (n:Person|Organization|Park|Project|Event|Position|Place) ON EACH [n.key, n.id, n.name, n.title, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};

// article: an article by id or by the name of its source file.
CREATE INDEX article_file IF NOT EXISTS FOR (a:Article) ON (a.file);
// relationship-evidence: an article on one side, by its title.
CREATE INDEX article_title IF NOT EXISTS FOR (a:Article) ON (a.title);
// events, event-organizers: the kind filter and its count.
CREATE INDEX event_kind IF NOT EXISTS FOR (e:Event) ON (e.kind);
// title-holders: a title by its ending (管委主任 finds 东岳新区自贸片区管委主任); a text index
// answers ENDS WITH, a range index does not.
CREATE TEXT INDEX position_title_text IF NOT EXISTS FOR (p:Position) ON (p.title);
