// name: person
// description: One person: labels (Official, Reporter), how many articles mention them, how many
// description: events they attended and articles they wrote.
// param: name string — the person's name
// example: {"name": "王清源"}
MATCH (p:Person {name: $name})
RETURN p.name AS name, [l IN labels(p) WHERE l <> 'Person'] AS roles,
       COUNT { (p)<-[:MENTIONS]-(:Article) } AS mentionedIn,
       COUNT { (p)-[:ATTENDED]->(:Event) } AS events,
       COUNT { (p)-[:WROTE]->(:Article) } AS wrote
