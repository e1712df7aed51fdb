// name: person-events
// description: The events a person took part in over a date range, newest first, with roles,
// description: place, the evidence (sentence, its offsets in the article's text, the article), and the
// description: event's id (for /api/events/{id}); undated events last.
// param: name string — the person's key (王军@临江市) or name
// param: from date = null — earliest event date (undated events only appear without from/to)
// param: to date = null — latest event date
// param: limit integer = 50 — at most this many events (more is true on every row when there are more)
// example: {"name": "王清源", "from": "2023-01-01", "to": "2024-12-31"}
CYPHER 25
MATCH (p:Person) WHERE p.key = $name OR p.name = $name
WITH collect(p) AS people
// ATTENDED always ends at an event: no label check per record. The page is chosen from the events'
// dates alone: the records' roles and sentences, the place and the evidence are read for the page's
// events only, not for every event of a person seen in thousands of articles.
CALL (people) {
  UNWIND people AS p
  MATCH (p)-[:ATTENDED]->(e)
  WHERE ($from IS NULL OR e.date >= $from) AND ($to IS NULL OR e.date <= $to)
  WITH DISTINCT e
  // Each event's date is read once. Its name (a long string: a read of the string store) is read
  // only for the events that can make the page: those from the page's last date on (the
  // ($limit + 1)-th newest date), ties at the page's edge included; undated events only when the
  // dated ones do not fill it. For a hub (~550 events) that is ~55 names instead of every one
  // (coll.sort: Cypher 25).
  WITH e, e.date AS d
  WITH collect(e) AS events, collect(d) AS dated, collect(coalesce(d, date('0001-01-01'))) AS dates
  WITH events, dates, CASE WHEN size(dated) > $limit THEN coll.sort(dated)[size(dated) - 1 - $limit] END AS edge
  UNWIND CASE WHEN edge IS NULL THEN events ELSE [i IN range(0, size(events) - 1) WHERE dates[i] >= edge | events[i]] END AS e
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
