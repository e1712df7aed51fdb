// name: event-detail
// description: One event by id, name or alias (several rows when one name has several dates or
// description: regions; the 100 most recent of one name): its name, aliases, kind, date, region, place,
// description: attendees by role with evidence (sentence, its offsets in the article's text, the article),
// description: each with key, region, latest title and the titles the reporting articles give them (their
// description: titles at the time); organizers with role (主办, 协办, 承办 in that order); and the articles
// description: that report or mention it (at most 500 read: an event named in passing by thousands of
// description: articles lists 500 of them).
// param: event string — the event's id (from events or latest-events), name or an alias
// example: {"event": "董家口经济区港产城总体发展规划专题会议"}
// The events by id (its constraint) and by name from their range indexes, by alias from its __Alias node
// (graph-schema V017: a unique-index seek; a range index cannot look inside a list), each found once. Not a
// fulltext index over all fields: Lucene scored and returned every event of a weekly meeting's name (hundreds)
// before the exact check, and a range index gives them for the price of reading them.
CALL () {
  MATCH (e:Event {name: $event}) RETURN e
  UNION ALL
  MATCH (e:Event {id: $event}) WHERE NOT coalesce(e.name = $event, false) RETURN e
  UNION ALL
  MATCH (:__Alias {name: $event})-[:__ALIAS_OF]->(e:Event)
  WHERE NOT coalesce(e.name = $event OR e.id = $event, false)
  RETURN e
}
WITH e ORDER BY e.date DESC LIMIT 100
CALL (e) {
  OPTIONAL MATCH (e)-[:HELD_AT]->(pl:Place)
  RETURN head(collect(DISTINCT pl.name)) AS place
}
CALL (e) {
  OPTIONAL MATCH (p:Person)-[a:ATTENDED]->(e)
  // The titles the reporting articles give the person (HELD is per article): their title at the time. Each
  // ATTENDED carries the titles its article's HELD records give its person (graph-schema V020), read here with
  // the records, as event-attendees reads them: no HELD(article) seek per person and article. Each title once,
  // first seen first.
  WITH p, collect(DISTINCT a.role) AS roles, collect(DISTINCT {sentence: a.sentence, start: a.start, textStart: a.textStart, article: a.article}) AS said,
       collect(a.titles) AS held
  WITH p, roles, said, reduce(titles = [], ts IN held | titles + [t IN ts WHERE NOT t IN titles]) AS titlesAtEvent
  ORDER BY p.name
  RETURN collect(CASE WHEN p IS NULL THEN NULL ELSE
         {name: p.name, key: p.key, region: p.region, title: p.latestTitle, titlesAtEvent: titlesAtEvent, roles: roles,
          evidence: COLLECT {
            UNWIND said AS x
            MATCH (art:Article {id: x.article})
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
          }} END) AS attendees
}
CALL (e) {
  OPTIONAL MATCH (o:Organization)-[r:ORGANIZED]->(e)
  // The order the genre writes them in: 主办, 协办, 承办.
  WITH o, r.role AS role, collect(DISTINCT {sentence: r.sentence, start: r.start, textStart: r.textStart, article: r.article}) AS said
  ORDER BY CASE role WHEN 'host' THEN 0 WHEN 'co_host' THEN 1 WHEN 'undertaker' THEN 2 ELSE 3 END, o.name
  RETURN collect(CASE WHEN o IS NULL THEN NULL ELSE
         {name: o.name, key: o.key, role: role, evidence: COLLECT {
            UNWIND said AS x
            MATCH (art:Article {id: x.article})
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
          }} END) AS organizers
}
CALL (e) {
  // An event mentioned in passing can be named by thousands of articles: 500 are read.
  CALL (e) {
    OPTIONAL MATCH (a:Article)-[l:REPORTS|MENTIONS]->(e)
    RETURN a, l LIMIT 500
  }
  // lead: what to call an article printed without a headline (its opening words, not its file).
  WITH a, l ORDER BY a.date, a.title
  RETURN collect(CASE WHEN a IS NULL THEN NULL ELSE
         {id: a.id, title: a.title, date: a.date, file: a.file, url: a.url, source: a.source,
          reports: type(l) = 'REPORTS',
          lead: CASE WHEN a.title IS NULL THEN left(trim(split(split(trim(coalesce(a.text, '')), '\n')[0], '。')[0]), 40) END} END) AS articles
}
RETURN e.id AS id, e.name AS name, e.aliases AS aliases, e.kind AS kind, e.date AS date, e.region AS region,
       place, attendees, organizers, articles
