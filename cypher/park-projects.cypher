// name: park-projects
// description: The projects located in a park with their investment in yuan (the latest stated), and
// description: the park's total over the projects whose investment is stated. A park of many projects lists the
// description: limit largest (those of no stated investment last), with their evidence; projectCount and the total
// description: count them all, more says there are more.
// param: park string — the park's name or an alias
// param: limit integer = 10 — at most this many projects listed
// example: {"park": "青岛市虚拟现实产业园"}
CYPHER 25
// The park by its name from its key's index, or by an alias from its __Alias node (graph-schema V017: a
// unique-index seek, as a range index cannot look inside a list), a park its name found not listed twice.
// Not a fulltext index over all fields: a name looked up in all five returned
// every event of that name too, only to drop them for their label (hundreds for a weekly meeting).
CALL () {
  MATCH (park:Park {name: $park}) RETURN park
  UNION ALL
  MATCH (:__Alias {name: $park})-[:__ALIAS_OF]->(park:Park)
  WHERE NOT coalesce(park.name = $park, false)
  RETURN park
}
// projectCount and the total are the park's summaries (V007: its projects, not its articles). The
// page's projects come from the IN_PARK summaries' (park, investmentYuan) index (V008), largest first,
// stopped once the page is full (the ORDER BY names the index's two properties so the planner reads
// it in order); projects of no stated investment last, read only when the others leave room. Then
// only the page's LOCATED_IN records (one per article) are read for their evidence.
CALL (park) {
  CALL (park) {
    MATCH (pr)-[i:IN_PARK]->() USING INDEX i:IN_PARK(park, investmentYuan)
    WHERE i.park = park.name AND i.investmentYuan IS NOT NULL
    WITH i.park AS parkName, i.investmentYuan AS investmentYuan, pr, pr.name AS name
    ORDER BY parkName DESC, investmentYuan DESC, name LIMIT $limit
    RETURN collect({pr: pr, name: name, investmentYuan: investmentYuan}) AS stated
  }
  CALL (park, stated) {
    WHEN size(stated) < $limit THEN {
      MATCH (pr)-[i:IN_PARK]->(park) WHERE i.investmentYuan IS NULL
      WITH pr, pr.name AS name ORDER BY name LIMIT $limit
      RETURN collect({pr: pr, name: name, investmentYuan: null}) AS unstated
    }
    ELSE { RETURN [] AS unstated }
  }
  // The name and investment are carried from the index read (IN_PARK's investmentYuan is the project's), not read again.
  UNWIND (stated + unstated)[..$limit] AS x
  WITH x.pr AS pr, x.name AS name, x.investmentYuan AS investmentYuan
  MATCH (pr)-[l:LOCATED_IN]->(park)
  WITH name, investmentYuan, collect(DISTINCT {sentence: l.sentence, start: l.start, textStart: l.textStart, article: l.article}) AS said
  ORDER BY investmentYuan IS NULL, investmentYuan DESC, name
  RETURN collect({name: name, investmentYuan: investmentYuan, evidence: COLLECT {
       UNWIND said AS x
       MATCH (art:Article {id: x.article})
       // Offsets in the article's text and its heading as stored (V012), else from the text as in park.
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
     }}) AS projects
}
WITH park, projects, coalesce(park.projectCount, 0) AS projectCount
RETURN park.name AS park, coalesce(park.totalInvestmentYuan, 0) AS totalInvestmentYuan, projectCount, projects,
       projectCount > size(projects) AS more
