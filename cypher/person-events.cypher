// name: person-events
// description: The events a person took part in over a date range, newest first, with roles,
// description: place, the evidence (sentence, its offsets in the article's text, the article), and the
// description: event's id (for /api/events/{id}); undated events last.
// param: name string — the person's key (王军@临江市) or name
// param: from date = null — earliest event date (undated events only appear without from/to)
// param: to date = null — latest event date
// param: limit integer = 20 — at most this many events, a page as events and latest-events give (more is true on every row when there are more)
// example: {"name": "王清源", "from": "2023-01-01", "to": "2024-12-31"}
CYPHER 25
MATCH (p:Person) WHERE p.key = $name OR p.name = $name
WITH collect(p) AS people
// The page is chosen from the events' dates alone: the records' roles and sentences, the place and
// the evidence are read for the page's events only, not for every event of a person seen in
// thousands of articles. A person with more records than the page reads the page's last date (the
// ($limit + 1)-th newest event's, its edge) from the (person, date) index in order, stopping after
// $limit + 1 events per person (graph-schema V018; ATTENDED.date is its event's date), and then
// only the events from that date on: a hub's ~550 events are neither expanded nor their dates read.
// The newest $limit + 1 of all the namesakes' events are among each one's newest $limit + 1, so the
// edge is the same as over every event. Without an edge (the dated events do not fill the page, or
// the records are fewer than it) every event goes to the ordering, undated ones too, as before.
WITH people, reduce(n = 0, p IN people | n + COUNT { (p)-[:ATTENDED]->() }) AS records
CALL (people, records) {
  UNWIND people AS p
  WITH p WHERE records > $limit
  CALL (p) {
    MATCH ()-[a:ATTENDED]->(e)
    WHERE a.person = p.key AND a.date >= coalesce($from, date('-999999999-01-01')) AND a.date <= coalesce($to, date('+999999999-12-31'))
    WITH DISTINCT a.person AS person, a.date AS d, e
    ORDER BY person DESC, d DESC
    LIMIT $limit + 1
    RETURN e, d
  }
  WITH DISTINCT e, d
  WITH collect(d) AS dated
  RETURN CASE WHEN size(dated) > $limit THEN coll.sort(dated)[size(dated) - 1 - $limit] END AS edge
}
CALL (people, edge) {
  CALL (people, edge) {
    WITH people, edge WHERE edge IS NOT NULL
    UNWIND people AS p
    MATCH ()-[a:ATTENDED]->(e)
    WHERE a.person = p.key AND a.date >= edge AND a.date <= coalesce($to, date('+999999999-12-31'))
    RETURN e
    UNION ALL
    WITH people, edge WHERE edge IS NULL
    UNWIND people AS p
    // ATTENDED always ends at an event: no label check per record.
    MATCH (p)-[:ATTENDED]->(e)
    WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
    RETURN e
  }
  WITH DISTINCT e
  ORDER BY e.date IS NULL, e.date DESC, e.name
  LIMIT $limit + 1
  RETURN collect(e) AS found
}
UNWIND found[..$limit] AS e
WITH people, e, size(found) > $limit AS more
// From the event's side: an event has a few attendees, the person may have thousands of records.
CALL (people, e) {
  MATCH (x)-[a:ATTENDED]->(e) WHERE x IN people
  RETURN collect(DISTINCT a.role) AS roles, collect(DISTINCT {sentence: a.sentence, start: a.start, textStart: a.textStart, article: a.article}) AS said
}
CALL (e) {
  OPTIONAL MATCH (e)-[:HELD_AT]->(pl)
  RETURN head(collect(DISTINCT pl.name)) AS place
}
RETURN e.id AS id, e.name AS name, e.kind AS kind, e.date AS date, place, roles, more,
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
ORDER BY date IS NULL, date DESC, name
LIMIT $limit
