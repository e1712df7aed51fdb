// First read of a batch's transaction (one or more articles, GraphWriter): which of its articles are
// already written (ledger entry, or the article node), which organizations and parks already exist
// under one of the names its articles use, the people who go by their names (with the bounded
// summary PersonRule reads), and the events of their dates that their events could be (index
// lookups only: nothing here grows with the archive). GraphWriter adds to this, in memory, what each
// article of the batch writes before the next one is resolved (BatchView).
CALL () {
  UNWIND $ids AS id
  OPTIONAL MATCH (l:__IngestedArticle {id: id})
  OPTIONAL MATCH (art:Article {id: id})
  WITH id WHERE l IS NOT NULL OR art IS NOT NULL
  RETURN collect(id) AS done
}
CALL () {
  UNWIND $organizationKeys AS key
  MATCH (n:Organization {key: key})
  RETURN collect({key: key, name: n.key}) AS organizations
}
CALL () {
  UNWIND $parkKeys AS key
  MATCH (n:Park {name: key})
  RETURN collect({key: key, name: n.name}) AS parks
}
CALL () {
  UNWIND $personNames AS name
  MATCH (p:Person {name: name}) WHERE NOT p:Reporter OR p:Official
  RETURN collect({key: p.key, name: p.name, regions: coalesce(p.regions, []), positions: coalesce(p.positions, []),
                  organizations: coalesce(p.organizations, [])}) AS people
}
CALL () {
  UNWIND $eventDates AS day
  MATCH (e:Event {date: day})
  RETURN collect({id: e.id, match: e.match, region: e.region, date: e.date}) AS events
}
RETURN done, organizations, parks, people, events
