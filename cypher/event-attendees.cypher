// name: event-attendees
// description: Who attended an event, in which roles, with the evidence that says so (sentence, its
// description: offsets in the article's text, the article); each person with key, region and the titles
// description: the reporting articles give them (their titles at the time). The event is found by its name or any alias.
// description: A name used by many events (a weekly meeting) answers for its limit most recent (undated ones
// description: last); more is true on
// description: every row when the name has more events than that.
// param: event string — the event's name or an alias
// param: limit integer = 10 — at most this many events of the name, the most recent
// example: {"event": "董家口经济区港产城总体发展规划专题会议"}
CYPHER 25
// The events of the name newest first from the (name, date) index (V009), read until the page is full,
// not every event of a name a weekly meeting has used for years; undated ones (not in that index)
// after them, read only when the page has room; those that go by the name as an alias from
// its __Alias node (graph-schema V017, a unique-index seek), so an event's own name is never looked up there.
CALL () {
  MATCH (e:Event)
  USING INDEX e:Event(name, date)
  WHERE e.name = $event AND e.date IS NOT NULL
  // (The name is fixed: ordering by it as well lets the planner read the index backwards.)
  WITH e ORDER BY e.name DESC, e.date DESC LIMIT $limit + 1
  RETURN collect(e) AS dated
}
CALL (dated) {
  WHEN size(dated) <= $limit THEN {
    MATCH (e:Event) WHERE e.name = $event AND e.date IS NULL
    WITH e LIMIT $limit + 1
    RETURN collect(e) AS undated
  }
  ELSE { RETURN [] AS undated }
}
CALL () {
  MATCH (:__Alias {name: $event})-[:__ALIAS_OF]->(e:Event)
  WHERE e.name <> $event
  RETURN collect(e) AS aliased
}
UNWIND dated + undated + aliased AS e
// Undated events last (Cypher sorts nulls first in DESC order).
WITH e ORDER BY e.date IS NULL, e.date DESC
WITH collect(e)[..$limit + 1] AS found
UNWIND found[..$limit] AS e
WITH e, size(found) > $limit AS more
// ATTENDED always starts at a person: no label check per record.
MATCH (p)-[a:ATTENDED]->(e)
// The titles the reporting articles give the person (their title at the time): each record carries the
// titles its article's HELD records give its person (ATTENDED.titles, graph-schema V020), in their order,
// so no HELD(article) index seek per person and article (0.2-0.3 of this query's CPU: an index seek sets up
// its cursor each time). The person's records of the event in the order they are read, each one's titles
// in its order, the first of each title kept: what collecting the HELD records of each reporting article
// in turn gave (the records of one article, one per role, carry the same titles).
WITH more, e, p, collect(DISTINCT a.role) AS roles, collect(DISTINCT {sentence: a.sentence, start: a.start, textStart: a.textStart, article: a.article}) AS said,
     collect(a.titles) AS held
WITH more, e, p, roles, said, reduce(titles = [], ts IN held | titles + [t IN ts WHERE NOT t IN titles]) AS titles
RETURN e.name AS event, e.date AS date, p.name AS person, p.key AS key, p.region AS region, titles, roles, more,
       COLLECT {
         UNWIND said AS x
         // The article from the event's side: every record's article REPORTS or MENTIONS its event, once
         // (the writer and the bulk load link each event of an article), and an event has a few such
         // links, so this reads a few relationships where a seek of the Article id index per quote
         // cost more than the rest of the quote (an index seek sets up its cursor each time).
         MATCH (e)<-[:REPORTS|MENTIONS]-(art) WHERE art.id = x.article
         // The sentence's offset in the article's text and what to call the article are stored when
         // written (textStart, heading: graph-schema V012), so the text is not read. A record or article
         // V012 has not reached yet is read the old way, from the text: the stored offsets are in the
         // source file, equal to the text's shifted by the article's start unless cleaning changed the
         // layout; then the sentence's first occurrence in the text.
         // (properties(art).text: the text is read on that branch only; a plain art.text would be read ahead for every row.)
         WITH x, art, CASE WHEN x.textStart IS NOT NULL AND art.heading IS NOT NULL
                           THEN {at: CASE WHEN x.textStart >= 0 THEN x.textStart END, heading: art.heading}
                           ELSE [text IN [coalesce(properties(art).text, '')] | [guess IN [x.start - coalesce(art.start, 0)] |
                                  {at: CASE WHEN coalesce(x.sentence, '') = '' THEN NULL
                                            WHEN guess >= 0 AND guess + size(x.sentence) <= size(text)
                                                 AND substring(text, guess, size(x.sentence)) = x.sentence THEN guess
                                            WHEN text CONTAINS x.sentence THEN size(split(text, x.sentence)[0]) END,
                                   heading: coalesce(art.title, left(trim(split(text, '。')[0]), 40))}][0]][0] END AS found
         WITH x, art, found.at AS at, found.heading AS heading
         RETURN {sentence: coalesce(x.sentence, ''), start: at, end: at + size(x.sentence), articleId: art.id,
                 articleTitle: heading, href: '/api/articles/' + art.id}
         ORDER BY art.date, art.id, at
       } AS evidence
ORDER BY event, date, person
