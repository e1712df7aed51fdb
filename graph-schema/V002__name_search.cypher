// V002: one fulltext index over every name, title and alias, so lookups "by name or any alias" and
// substring search use an index instead of scanning labels (a range index cannot look inside a
// list of aliases). The standard analyzer splits Chinese into single characters: a phrase query
// of the search text then finds it anywhere in a name; queries re-check the exact match.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Person|Organization|Park|Project|Event|Position|Place) ON EACH [n.name, n.title, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
