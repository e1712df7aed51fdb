// First read of an article's transaction: is it already written (ledger entry, or the article node),
// which organizations and parks already exist under one of the names the article uses, the people
// who go by its names (with the bounded summary PersonRule reads), and the events of its dates that
// its events could be (index lookups only: nothing here grows with the archive).
OPTIONAL MATCH (l:__IngestedArticle {id: $id})
OPTIONAL MATCH (art:Article {id: $id})
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
RETURN l IS NOT NULL OR art IS NOT NULL AS done, organizations, parks, people, events
