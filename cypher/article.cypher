// name: article
// description: One article by id, or every article of a source file by its file name: title, date,
// description: source, url, its text, and the events it reports or mentions (with their ids).
// param: article string — the article's id, or the source file's name
// example: {"article": "001_cd10894def32b671.txt"}
// Two index seeks (Article.id, Article.file), not one scan testing both; a file holds a page or
// two of articles, read at most 500 of them.
CALL () {
  MATCH (a:Article {id: $article}) RETURN a
  UNION
  MATCH (a:Article {file: $article}) RETURN a
}
WITH a ORDER BY a.start, a.id LIMIT 500
CALL (a) {
  OPTIONAL MATCH (a)-[l:REPORTS|MENTIONS]->(e:Event)
  WITH e, l ORDER BY e.date, e.name
  RETURN collect(CASE WHEN e IS NULL THEN NULL ELSE
         {id: e.id, name: e.name, date: e.date, reports: type(l) = 'REPORTS'} END) AS events
}
RETURN a.id AS id, a.title AS title, a.date AS date, a.source AS source, a.file AS file, a.url AS url,
       a.text AS text, events
ORDER BY a.start, a.id
