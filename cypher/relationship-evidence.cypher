// name: relationship-evidence
// description: The evidence for the relationships between two entities: every sentence that states
// description: them, with its article (title, date, file) and character offsets in the source.
// param: from string — a name, title or alias on one side
// param: to string — a name, title or alias on the other side
// example: {"from": "王清源", "to": "董家口经济区港产城总体发展规划专题会议"}
MATCH (a)-[r]-(b)
WHERE (a.name = $from OR a.title = $from OR $from IN coalesce(a.aliases, []))
  AND (b.name = $to OR b.title = $to OR $to IN coalesce(b.aliases, []))
UNWIND range(0, size(coalesce(r.articles, [])) - 1) AS i
MATCH (article:Article {id: r.articles[i]})
RETURN type(r) AS relationship, r.roles AS roles, r.evidence[i] AS sentence, article.title AS article,
       article.date AS date, article.file AS file, article.id AS articleId,
       r.evidenceStart[i] AS start, r.evidenceEnd[i] AS end
ORDER BY date, article, start
