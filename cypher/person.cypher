// name: person
// description: One person by key, or the people of one name (several rows for namesakes, the most
// description: mentioned first): labels (Official, Reporter), region and latest title, how many
// description: articles mention them, how many events they attended and articles they wrote.
// param: name string — the person's key (王军@临江市) or name
// example: {"name": "王清源"}
// Every MENTIONS comes from an article (and WROTE goes to one): the counts are the node's degree,
// read without expanding its relationships.
MATCH (p:Person) WHERE p.key = $name OR p.name = $name
WITH p, COUNT { (p)<-[:MENTIONS]-() } AS mentionedIn
RETURN p.name AS name, p.key AS key, [l IN labels(p) WHERE l <> 'Person'] AS roles, p.region AS region,
       coalesce(p.regions, []) AS regions, p.latestTitle AS title, mentionedIn,
       COUNT { MATCH (p)-[:ATTENDED]->(e:Event) RETURN DISTINCT e } AS events,
       COUNT { (p)-[:WROTE]->() } AS wrote
ORDER BY CASE WHEN p.key = $name THEN 0 ELSE 1 END, mentionedIn DESC, key
