// name: article
// description: One article by id, or every article of a source file by its file name: title, date,
// description: source, url, its text, and the events it reports or mentions (with their ids).
// description: A file of many articles answers a page of limit of them, in file order; more is true on every row when
// description: the file holds more.
// param: article string — the article's id, or the source file's name
// param: limit integer = 10 — at most this many articles (each with its whole text: a page, not the file)
// example: {"article": "001_cd10894def32b671.txt"}
// Two index seeks, not one scan testing both: Article.id, and (file, start, id) (V008), which gives a
// file's articles in file order, so a generated or exported file of a thousand articles is read only
// as far as the page (the ORDER BY names the index's properties so the planner reads it in order).
// Every article has a start (its offset in the file, 0 for a text of its own) and an id.
CALL () {
  MATCH (a:Article {id: $article}) RETURN a
  UNION
  MATCH (a:Article) USING INDEX a:Article(file, start, id)
  WHERE a.file = $article AND a.start IS NOT NULL AND a.id IS NOT NULL
  WITH a ORDER BY a.file, a.start, a.id LIMIT $limit + 1
  RETURN a
}
WITH a ORDER BY a.start, a.id
WITH collect(a)[..$limit + 1] AS found
UNWIND found[..$limit] AS a
WITH a, size(found) > $limit AS more
CALL (a) {
  OPTIONAL MATCH (a)-[l:REPORTS|MENTIONS]->(e:Event)
  WITH e, l ORDER BY e.date, e.name
  RETURN collect(CASE WHEN e IS NULL THEN NULL ELSE
         {id: e.id, name: e.name, date: e.date, reports: type(l) = 'REPORTS'} END) AS events
}
RETURN a.id AS id, a.title AS title, a.date AS date, a.source AS source, a.file AS file, a.url AS url,
       a.text AS text, events, more
ORDER BY a.start, a.id
