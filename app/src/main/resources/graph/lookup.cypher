// First read of a batch's transaction (one or more articles, GraphWriter): which of its articles are
// already written (ledger entry, or the article node), which organizations and parks already exist
// under one of the names its articles use, the people who go by their names (with the bounded
// summary PersonRule reads), and the events of their dates that their events could be (index
// lookups only: nothing here grows with the archive). GraphWriter adds to this, in memory, what each
// article of the batch writes before the next one is resolved (BatchView). An organization comes with
// its name, kind and aliases, so the write statement SETs them only for a row that brings something new.
//
// The keys travel in one map, $keys, and CYPHER replan=skip keeps the first plan: Neo4j keys its
// plan cache on parameter types (an empty list types differently from a list of strings) and replans
// when the statistics of a young, fast-growing graph move; either made a batch plan this statement
// again (seconds each on a loaded machine) instead of running it. A plan kept from the first batch
// was made on an empty graph, where a label scan looks as cheap as an index: the hints pin the indexes.
CYPHER replan=skip
CALL () {
  UNWIND $keys.ids AS id
  OPTIONAL MATCH (l:__IngestedArticle {id: id}) USING INDEX l:__IngestedArticle(id)
  OPTIONAL MATCH (art:Article {id: id}) USING INDEX art:Article(id)
  WITH id WHERE l IS NOT NULL OR art IS NOT NULL
  RETURN collect(id) AS done
}
CALL () {
  UNWIND $keys.organizations AS key
  MATCH (n:Organization {key: key}) USING INDEX n:Organization(key)
  RETURN collect({key: key, name: n.key, nodeName: n.name, kind: n.kind, aliases: coalesce(n.aliases, [])}) AS organizations
}
CALL () {
  UNWIND $keys.parks AS key
  MATCH (n:Park {name: key}) USING INDEX n:Park(name)
  RETURN collect({key: key, name: n.name}) AS parks
}
CALL () {
  UNWIND $keys.people AS name
  MATCH (p:Person {name: name}) USING INDEX p:Person(name) WHERE NOT p:Reporter OR p:Official
  RETURN collect({key: p.key, name: p.name, regions: coalesce(p.regions, []), positions: coalesce(p.positions, []),
                  organizations: coalesce(p.organizations, [])}) AS people
}
CALL () {
  UNWIND $keys.dates AS day
  MATCH (e:Event {date: day}) USING INDEX e:Event(date)
  RETURN collect({id: e.id, match: e.match, region: e.region, date: e.date}) AS events
}
RETURN done, organizations, parks, people, events
