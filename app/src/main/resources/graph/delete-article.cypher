// Removes one article and whatever only it supported, in one statement of one transaction: all of
// it goes or none of it does. Relationships are per article (graph-schema/README.md, "Provenance"),
// so the article's facts are exactly the relationships that carry its id, plus the MENTIONS,
// REPORTS and WROTE that touch its node. A node that has no relationship left afterwards was known
// only from this article and goes too; a node another article still supports stays, and the
// summaries written from this article (a person's regions, titles and organizations, the latest
// title, region and stated investment) are computed again from what the other articles say.
// Aliases are kept: a name another report once went by stays findable (as long as its node stays).
//
// The walk starts at the article and goes one step through nodes it touches, so its cost is the
// size of the article, not of the graph (no relationship-property scan).

MATCH (a:Article {id: $article})
OPTIONAL MATCH (a)--(n)
WITH a, collect(DISTINCT n) AS touched
// Per-article relationships hang off the nodes the article touches: titles and attendance off its
// people, organizing off its organizations, places off its events, parks off its projects, and the
// organization of a title off the titles.
CALL (a, touched) {
  UNWIND touched AS n
  MATCH (n)-[r:HELD|ATTENDED|ORGANIZED|HELD_AT|LOCATED_IN {article: a.id}]-(m)
  RETURN collect(DISTINCT r) AS facts, collect(DISTINCT m) AS reached
}
CALL (a, facts) {
  UNWIND facts AS r
  WITH r WHERE type(r) = 'HELD'
  MATCH (pos:Position)-[of:OF {article: a.id}]->(o:Organization)
  WHERE pos = endNode(r)
  RETURN collect(DISTINCT of) AS ofs, collect(DISTINCT o) AS ofOrgs
}
WITH a, touched + reached + ofOrgs AS nodes, facts + ofs AS rels,
     // the (person, position) pairs whose tenure summary (V007) this article fed
     [r IN facts WHERE type(r) = 'HELD' | [startNode(r), endNode(r)]] AS tenures,
     // and the (project, park) pairs whose IN_PARK (V007) it fed
     [r IN facts WHERE type(r) = 'LOCATED_IN' | [startNode(r), endNode(r)]] AS located,
     // and the (position, organization) pairs whose IN_ORGANIZATION (V007) it fed
     [r IN ofs | [startNode(r), endNode(r)]] AS belongs
CALL (rels) {
  UNWIND rels AS r
  DELETE r
}
OPTIONAL MATCH (l:__IngestedArticle {id: a.id})
DELETE l
WITH a, [n IN nodes WHERE n <> a] AS nodes, tenures, located, belongs, a.id AS id, a.title AS title
DETACH DELETE a
WITH id, title, nodes, tenures, located, belongs
// Recompute what the other articles still say, then drop what nothing supports.
// ---- Tenure summaries (graph-schema V007) -------------------------------------------------------
// The removed article's pairs: since, until and articles again from the HELD records left (the same
// min, max and count as V007 and the writer); a pair no record supports any more loses its TENURE.
CALL (tenures) {
  UNWIND tenures AS pair
  WITH DISTINCT pair[0] AS p, pair[1] AS pos
  MATCH (p)-[t:TENURE]->(pos)
  OPTIONAL MATCH (p)-[h:HELD]->(pos)
  WITH t, min(h.date) AS since, max(h.date) AS until, count(h) AS articleCount
  SET t.since = since, t.until = until, t.articleCount = articleCount
  FOREACH (_ IN CASE WHEN articleCount = 0 THEN [1] ELSE [] END | DELETE t)
}
// The same for the removed article's (position, organization) pairs and their IN_ORGANIZATION.
CALL (belongs) {
  UNWIND belongs AS pair
  WITH DISTINCT pair[0] AS pos, pair[1] AS o
  MATCH (pos)-[i:IN_ORGANIZATION]->(o)
  OPTIONAL MATCH (pos)-[of:OF]->(o)
  WITH i, count(of) AS articleCount
  SET i.articleCount = articleCount
  FOREACH (_ IN CASE WHEN articleCount = 0 THEN [1] ELSE [] END | DELETE i)
}
// ---- end of tenure summaries --------------------------------------------------------------------
CALL (nodes) {
  UNWIND [n IN nodes WHERE n:Person AND n.positions IS NOT NULL] AS p // officials and participants, not bylines
  CALL (p) {
    OPTIONAL MATCH (p)-[h:HELD]->(pos:Position)
    WITH h, pos ORDER BY h.date DESC
    WITH collect(pos) AS held, collect(h) AS hs
    OPTIONAL MATCH (p)-[h2:HELD]->(:Position)-[of:OF]->(o:Organization)
    WHERE of.article = h2.article AND NOT o.key CONTAINS '@'
    WITH held, hs, collect(DISTINCT o.key) AS organizations
    OPTIONAL MATCH (src:Article)-[:MENTIONS]->(p)
    WITH held, hs, organizations, src ORDER BY src.date DESC
    WITH held, hs, organizations, collect(src) AS sources
    SET p.positions = reduce(acc = [], pos IN held |
          CASE WHEN pos.qualified AND NOT pos.key CONTAINS '@' AND NOT pos.key IN acc THEN acc + pos.key ELSE acc END),
        p.organizations = organizations,
        p.regions = reduce(acc = [], s IN sources |
          acc + [j IN coalesce(s.jurisdictions, []) WHERE NOT j IN acc]),
        p.latestTitle = CASE WHEN size(held) > 0 THEN head(held).title END,
        p.latestTitleDate = CASE WHEN size(hs) > 0 THEN head(hs).date END,
        p.region = head([s IN sources WHERE s.region IS NOT NULL | s.region]),
        p.regionDate = head([s IN sources WHERE s.region IS NOT NULL | s.date])
  }
}
CALL (nodes) {
  UNWIND [n IN nodes WHERE n:Project] AS pj
  CALL (pj) {
    OPTIONAL MATCH (:Article)-[m:MENTIONS]->(pj)
    WHERE m.investmentYuan IS NOT NULL
    WITH m ORDER BY m.date DESC
    WITH head(collect(m)) AS latest
    SET pj.investmentYuan = latest.investmentYuan, pj.investmentDate = latest.date
  }
  // and its IN_PARK, which carry it for the park's largest projects (graph-schema V008)
  CALL (pj) {
    MATCH (pj)-[i:IN_PARK]->()
    SET i.investmentYuan = pj.investmentYuan
  }
}
// ---- Park summaries (graph-schema V007) ---------------------------------------------------------
// The removed article's (project, park) pairs: IN_PARK.articleCount again from the LOCATED_IN left, gone
// with the last; then the project count and total investment again for those parks and the parks of
// the article's projects (whose latest stated investment was just recomputed).
CALL (located) {
  UNWIND located AS pair
  WITH DISTINCT pair[0] AS pr, pair[1] AS park
  MATCH (pr)-[i:IN_PARK]->(park)
  OPTIONAL MATCH (pr)-[l:LOCATED_IN]->(park)
  WITH i, count(l) AS articleCount
  SET i.articleCount = articleCount
  FOREACH (_ IN CASE WHEN articleCount = 0 THEN [1] ELSE [] END | DELETE i)
}
CALL (nodes, located) {
  CALL (nodes, located) {
    UNWIND located AS pair
    WITH pair[1] AS park
    RETURN park
    UNION
    UNWIND [n IN nodes WHERE n:Project] AS pj
    MATCH (pj)-[:IN_PARK]->(park)
    RETURN park
  }
  CALL (park) {
    OPTIONAL MATCH (pr)-[:IN_PARK]->(park)
    WITH park, count(pr) AS projects, sum(coalesce(pr.investmentYuan, 0)) AS total
    SET park.projectCount = projects, park.totalInvestmentYuan = total
  }
}
// ---- end of park summaries ----------------------------------------------------------------------
// A node's alias links (V017) are not facts: a node left with only those goes, and takes them; an alias
// no node carries any more goes too (so it answers nothing).
CALL (nodes) {
  UNWIND nodes AS n
  WITH n WHERE NOT (n)-[:!__ALIAS_OF]-()
  OPTIONAL MATCH (al:__Alias)-[:__ALIAS_OF]->(n)
  WITH n, collect(al) AS aliases
  DETACH DELETE n
  RETURN count(*) AS removed, collect(aliases) AS aliasLists
}
CALL (aliasLists) {
  UNWIND aliasLists AS aliases
  UNWIND aliases AS al
  WITH DISTINCT al
  WITH al WHERE NOT (al)--()
  DELETE al
}
RETURN id, title, removed
