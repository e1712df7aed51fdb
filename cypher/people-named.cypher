// name: people-named
// description: The people who go by one name, each with key, region, latest title and labels, the
// description: most mentioned first: namesakes told apart.
// param: name string — the name
// example: {"name": "王清源"}
// Every MENTIONS comes from an article: the count is the node's degree, read without expanding.
MATCH (p:Person {name: $name})
WITH p, COUNT { (p)<-[:MENTIONS]-() } AS mentionedIn
RETURN p.name AS name, p.key AS key, [l IN labels(p) WHERE l <> 'Person'] AS roles, p.region AS region,
       p.latestTitle AS title, mentionedIn
ORDER BY mentionedIn DESC, key
