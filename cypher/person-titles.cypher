// name: person-titles
// description: A person's titles over time: each position with the organization it belongs to and
// description: the first and last article dates it was seen (since/until), oldest first, with the
// description: evidence that states it (sentence, its offsets in the article's text, the article): the first and the
// description: last `quotes` of each title, oldest first (every one when it was seen in no more than twice that many).
// param: name string — the person's key (王军@临江市) or name
// param: quotes integer = 5 — quotes of a title at each end of its tenure (0: none)
// example: {"name": "孙永红"}
MATCH (p:Person) WHERE p.key = $name OR p.name = $name
// HELD always ends at a position: no label check per record (a hub has thousands).
MATCH (p)-[h:HELD]->(pos)
WITH pos, h ORDER BY h.date
WITH pos, min(h.date) AS since, max(h.date) AS until, collect(h) AS records
// A title seen in thousands of articles quotes its first and its last $quotes: the tenure is read from
// every record's date, the sentences only from those quoted (one HELD per article and position). Five at
// each end by default (was ten: a hub's titles quoted 40-60 sentences, most of them the same formula, and
// reading their articles and building them cost an eighth of the query's CPU: BENCHMARKS.md, session 15);
// the first and the last state since and until. (size - q, not -q: records[-0..] would be every record.)
WITH pos, since, until, records, CASE WHEN $quotes > 0 THEN $quotes ELSE 0 END AS q
WITH pos, since, until, CASE WHEN size(records) <= 2 * q THEN records ELSE records[..q] + records[size(records) - q..] END AS shown
WITH pos, since, until, [r IN shown | {sentence: r.sentence, start: r.start, textStart: r.textStart, article: r.article}] AS quoted
// A position belongs to one organization: the first OF found, not every article's OF of a shared post.
// No label on o (OF always ends at an Organization), so the planner expands from pos and stops at
// the first; with the label it scanned every Organization and checked each against pos.
CALL (pos) {
  OPTIONAL MATCH (pos)-[:OF]->(o)
  RETURN o.name AS organization LIMIT 1
}
RETURN pos.title AS title, pos.post AS post, organization, since, until,
       COLLECT {
         UNWIND quoted AS x
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
       } AS evidence
ORDER BY since, title
