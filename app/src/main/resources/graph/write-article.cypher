// The articles of one batch and everything extracted from them, in one statement (one round trip)
// of the batch's transaction: $batch.articles holds one map per article (GraphWriter), in their order.
// The articles' nodes are CREATEd first and collected with their parameters into `arts`; then each CALL
// block writes one part (reporters, people, organizations, ...) for the whole batch at once, running
// over every article's rows of that part in article order (each opens with UNWIND arts AS x, binding
// a and art as a per-article block would). Every node is a MERGE on its constrained key, except the
// articles': GraphWriter sends only articles with no node and no ledger entry (the lookup read both, and
// a batch sends an id once), so a MERGE would only seek and lock to find nothing; should another writer
// create one meanwhile, the CREATE fails on article_id as the ledger's CREATE on its constraint does,
// and the batch is written again one by one, where that article is found written.
// Relationships are per article (graph-schema/README.md, "Provenance"): each is CREATEd once,
// carrying its article, its sentence and offsets (and its role), so writing an article never reads
// or grows what earlier articles wrote. Each record also carries articleDate, its article's date
// (graph-schema V021: relationship-evidence orders a pair's records by it and seeks only its page's
// articles), but HELD, whose date is the article's already, and the article's own MENTIONS and
// REPORTS. An article is written once: GraphWriter leaves out of $batch.articles every article whose
// ledger entry or node exists. The ledger entries come last:
// the transaction commits all of the batch, ledger entries included, or none of it.
//
// Part by part, not article by article (measured in BENCHMARKS.md, "Ingest", session 5 write5): with
// one CALL (art) block per article, each article ran its 11 subqueries in turn with an Eager barrier
// between every two (a later part reads the labels and properties an earlier one writes): for 100
// articles 1,100 subquery runs and ~2,000 barriers of one row each. Part by part, a batch runs 11
// subqueries and ~30 barriers, and the statement took 0.55-0.75 of its time for the same graph.
// The order of writes changes, the graph does not:
// a part reads only what the same part wrote for earlier articles (aliases, summaries, ON CREATE)
// and the nodes that earlier parts wrote for the same article (a HELD's person, an ATTENDED's event:
// every name a row refers to is among its own article's rows), and all of those are written before
// it runs either way. BatchedIngestTest compares the batched graph with the one-by-one graph.
// A new part goes before the ledger entries as one more CALL (arts) block of the same shape.
//
// Nodes bound once per batch: the people and events parts return the nodes they MERGEd, collected in
// row order over the whole batch (people, events), and a later row refers to its person or event by
// its index there (row.personAt, row.eventAt, an event row's own row.at: GraphWriter.bind) instead of
// seeking it again by key (a HELD's person, an ATTENDED's person and event...: ~1,100 index seeks per
// batch of 100 articles, ~7% of the writer's Neo4j time in session 6's profile). This relies on the
// rows keeping their order through UNWIND, MERGE, Eager and collect, as Neo4j's runtimes do; a node
// bound to the wrong row would change the graph, which BatchedIngestTest compares with one by one.
//
// All row lists travel inside one map per article, art.rows: Neo4j keys its plan cache on parameter
// types, and an empty list types differently from a list of maps, so separate list parameters made
// every new combination of empty parts re-plan this statement (seconds each). CYPHER replan=skip
// keeps the plan while the statistics of a young, fast-growing graph move. The list of articles is
// itself inside a map, $batch, so the one parameter types alike whatever it holds: the writer plans
// this statement ahead with no articles (GraphWriter.warmUp) and the first batch finds the plan.
CYPHER replan=skip
UNWIND $batch.articles AS art
CREATE (a:Article {id: art.article})
SET a += art.props
WITH collect({a: a, art: art}) AS arts

  // Reporters of the byline: people of their outlet, apart from officials (PersonRule).
  CALL (arts) {
    UNWIND arts AS x
    WITH x.a AS a, x.art AS art
    UNWIND art.rows.reporters AS row
    MERGE (p:Person {key: row.key})
    ON CREATE SET p.name = row.name
    SET p:Reporter
    CREATE (p)-[:WROTE {article: a.id, articleDate: a.date}]->(a)
  }

  // Officials and event participants, one node per person (PersonRule chose the key). The node keeps a
  // bounded summary — regions, titles and organizations seen, the latest title — for telling namesakes apart.
  // The lists are read and SET only for a row that brings something they lack (row.gains, from what
  // the writer read and wrote before: BatchView.markGains); the filter stays, so the lists never hold
  // a value twice. The same person may have rows in several articles of the batch: each row's SET
  // reads the lists as the rows before it left them (one clause, row by row), never a value computed
  // ahead in a WITH, which runs for all the batch's rows before the first SET (tried: doubled lists).
  CALL (arts) {
    UNWIND arts AS x
    WITH x.a AS a, x.art AS art
    UNWIND art.rows.people AS row
    MERGE (p:Person {key: row.key})
    ON CREATE SET p.name = row.name, p.regions = [], p.positions = [], p.organizations = []
    FOREACH (_ IN CASE WHEN row.official THEN [1] ELSE [] END | SET p:Official)
    FOREACH (_ IN CASE WHEN row.gains THEN [1] ELSE [] END |
      SET p.regions = p.regions + [x IN row.regions WHERE NOT x IN p.regions],
          p.positions = p.positions + [x IN row.positions WHERE NOT x IN p.positions],
          p.organizations = p.organizations + [x IN row.organizations WHERE NOT x IN p.organizations])
    FOREACH (_ IN CASE WHEN row.latestTitle IS NOT NULL AND (p.latestTitleDate IS NULL OR row.date IS NULL
                        OR row.date >= p.latestTitleDate) THEN [1] ELSE [] END |
      SET p.latestTitle = row.latestTitle, p.latestTitleDate = coalesce(row.date, p.latestTitleDate))
    FOREACH (_ IN CASE WHEN row.region IS NOT NULL AND (p.regionDate IS NULL OR row.date IS NULL
                        OR row.date >= p.regionDate) THEN [1] ELSE [] END |
      SET p.region = row.region, p.regionDate = coalesce(row.date, p.regionDate))
    CREATE (a)-[:MENTIONS {sentence: row.evidence.sentence, start: row.evidence.start, end: row.evidence.end}]->(p)
    RETURN collect(p) AS people
  }

  // Organizations under the key they resolved to; every other name they went by becomes an alias. The kind
  // and aliases are read and SET only for a row that brings something they lack (row.gains, from what the
  // writer read and wrote before: BatchView.markGains): most rows name a known organization by a known name.
  // The rows are filtered by a WHERE after the MENTIONS, not by a FOREACH: the planner read the kind, aliases
  // and name of every row's node ahead of a FOREACH (3 db hits a row, gains or not); after the WHERE only
  // the gaining rows read them. The SET still runs row by row, each reading the lists as the rows before left them.
  CALL (arts) {
    UNWIND arts AS x
    WITH x.a AS a, x.art AS art
    UNWIND art.rows.organizations AS row
    MERGE (o:Organization {key: row.key})
    ON CREATE SET o.name = row.name, o.aliases = [], o.kind = row.kind, o.local = row.local
    CREATE (a)-[:MENTIONS {sentence: row.evidence.sentence, start: row.evidence.start, end: row.evidence.end}]->(o)
    WITH o, row WHERE row.gains
    SET o.kind = coalesce(o.kind, row.kind),
        o.aliases = o.aliases + [k IN row.aliases WHERE k <> o.name AND NOT k IN o.aliases]
  }

  // Parks, the same way.
  CALL (arts) {
    UNWIND arts AS x
    WITH x.a AS a, x.art AS art
    UNWIND art.rows.parks AS row
    MERGE (p:Park {name: row.key})
    ON CREATE SET p.aliases = []
    SET p.aliases = p.aliases + [k IN row.aliases WHERE k <> p.name AND NOT k IN p.aliases]
    CREATE (a)-[:MENTIONS {sentence: row.evidence.sentence, start: row.evidence.start, end: row.evidence.end}]->(p)
  }

  // Projects: every stated investment stays on its article's MENTIONS (with the article's date); the
  // node shows the latest stated one. LOCATED_IN is per article too.
  CALL (arts) {
    UNWIND arts AS x
    WITH x.a AS a, x.art AS art
    UNWIND art.rows.projects AS row
    MERGE (p:Project {name: row.name})
    ON CREATE SET p.aliases = []
    SET p.aliases = p.aliases + [k IN row.aliases WHERE k <> p.name AND NOT k IN p.aliases]
    FOREACH (_ IN CASE WHEN row.investmentYuan IS NOT NULL AND (p.investmentDate IS NULL OR row.date IS NULL
                        OR row.date >= p.investmentDate) THEN [1] ELSE [] END |
      SET p.investmentYuan = row.investmentYuan, p.investmentDate = coalesce(row.date, p.investmentDate))
    CREATE (a)-[:MENTIONS {sentence: row.evidence.sentence, start: row.evidence.start, end: row.evidence.end,
                           investmentYuan: row.investmentYuan, date: row.date}]->(p)
    WITH a, p, row, art
    MATCH (park:Park {name: row.park})
    CREATE (p)-[:LOCATED_IN {article: art.article, sentence: row.evidence.sentence, start: row.evidence.start,
                             end: row.evidence.end, textStart: row.evidence.textStart, articleDate: a.date}]->(park)
    RETURN collect({project: p, park: park}) AS located
  }

  // Titles: one HELD per article that states it, with the article's date; tenure (first and last
  // date seen) is min/max over them (cypher/person-titles, title-holders).
  CALL (arts, people) {
    UNWIND arts AS x
    WITH x.a AS a, x.art AS art
    UNWIND art.rows.positions AS row
    WITH a, row, people[row.personAt] AS p WHERE p IS NOT NULL
    MERGE (pos:Position {key: row.key})
    ON CREATE SET pos.title = row.title, pos.post = row.post, pos.qualified = row.qualified
    CREATE (p)-[:HELD {article: a.id, date: row.date, asWritten: row.asWritten, sentence: row.evidence.sentence,
                       start: row.evidence.start, end: row.evidence.end, textStart: row.evidence.textStart}]->(pos)
    RETURN collect({person: p, position: pos, date: row.date}) AS held
  }

  // The organization a position belongs to, as each article says it.
  CALL (arts) {
    UNWIND arts AS x
    WITH x.a AS a, x.art AS art
    UNWIND art.rows.positionOrganizations AS row
    MATCH (pos:Position {key: row.key})
    MATCH (o:Organization {key: row.organization})
    CREATE (pos)-[:OF {article: a.id, sentence: row.evidence.sentence, start: row.evidence.start,
                       end: row.evidence.end, articleDate: a.date}]->(o)
    RETURN collect({position: pos, organization: o}) AS of
  }

  // Events under their id (match key + date, GraphWriter having joined an existing report of the
  // same act). The article REPORTS an event it reports, and MENTIONS one it names in passing.
  // UNION ALL: the two branches never both run for a row. A plain UNION de-duplicated every row by
  // hashing the imported row map (sentence and all): ~5% of the writer's Neo4j time (JFR, session 6).
  CALL (arts) {
    UNWIND arts AS x
    WITH x.a AS a, x.art AS art
    UNWIND art.rows.events AS row
    MERGE (e:Event {id: row.id})
    ON CREATE SET e.name = row.name, e.kind = row.kind, e.date = row.date, e.region = row.region,
                  e.match = row.match, e.aliases = [], e.dateSource = row.dateSource
    SET e.kind = coalesce(e.kind, row.kind),
        e.aliases = e.aliases + [k IN row.aliases + [row.name] WHERE k <> e.name AND NOT k IN e.aliases]
    WITH a, e, row
    CALL (a, e, row) {
      WITH a, e, row WHERE row.reported
      CREATE (a)-[r:REPORTS {sentence: row.evidence.sentence, start: row.evidence.start, end: row.evidence.end}]->(e)
      RETURN r
      UNION ALL
      WITH a, e, row WHERE NOT row.reported
      CREATE (a)-[r:MENTIONS {sentence: row.evidence.sentence, start: row.evidence.start, end: row.evidence.end}]->(e)
      RETURN r
    }
    RETURN collect(e) AS events
  }

  // Aliases (graph-schema V017): each alias a row may have added to its node's `aliases` gets its
  // (:__Alias {name}) node and a __ALIAS_OF to the node, so the saved queries find it by a range index seek.
  // A pair is linked once: the candidates are made distinct and kept only if the list holds them (a row's
  // own name, or an organization row without gains, adds nothing); a known alias is linked unless it is
  // already. The aliases and links new to the graph are counted apart (GraphWriter: not the articles'
  // nodes and records, as bulk load, whose V017 builds them, does not count them either).
  CALL (arts, events) {
    CALL (arts, events) {
      UNWIND arts AS x
      UNWIND [row IN x.art.rows.organizations WHERE row.gains] AS row
      MATCH (n:Organization {key: row.key})
      UNWIND row.aliases AS k
      RETURN n, k
      UNION ALL
      UNWIND arts AS x
      UNWIND x.art.rows.parks AS row
      MATCH (n:Park {name: row.key})
      UNWIND row.aliases AS k
      RETURN n, k
      UNION ALL
      UNWIND arts AS x
      UNWIND x.art.rows.projects AS row
      MATCH (n:Project {name: row.name})
      UNWIND row.aliases AS k
      RETURN n, k
      UNION ALL
      UNWIND arts AS x
      UNWIND x.art.rows.events AS row
      WITH events[row.at] AS n, row
      UNWIND row.aliases + [row.name] AS k
      RETURN n, k
    }
    WITH DISTINCT n, k WHERE k IN n.aliases
    WITH k, collect(n) AS carriers
    WITH k, carriers, EXISTS { (:__Alias {name: k}) } AS known
    MERGE (al:__Alias {name: k})
    WITH al, known, carriers
    UNWIND carriers AS n
    WITH al, known, n, known AND EXISTS { (al)-[:__ALIAS_OF]->(n) } AS linked
    FOREACH (_ IN CASE WHEN linked THEN [] ELSE [1] END | CREATE (al)-[:__ALIAS_OF]->(n))
    RETURN count(DISTINCT CASE WHEN NOT known THEN al END) AS aliasNodes, count(CASE WHEN NOT linked THEN 1 END) AS aliasLinks
  }

  // Where events were held (relative places resolved against the region, else the article's own).
  CALL (arts, events) {
    UNWIND arts AS x
    WITH x.a AS a, x.art AS art
    UNWIND [row IN art.rows.events WHERE row.place IS NOT NULL] AS row
    WITH a, row, events[row.at] AS e
    MERGE (pl:Place {key: row.place})
    ON CREATE SET pl.name = row.placeName
    CREATE (e)-[:HELD_AT {article: a.id, sentence: row.evidence.sentence, start: row.evidence.start,
                          end: row.evidence.end, articleDate: a.date}]->(pl)
  }

  // Who was at an event: one ATTENDED per (article, person, event, role), each with its sentence. It
  // carries the person's key and the event's date too (both fixed for good), for the (person, date)
  // index that reads a hub's newest events in order (graph-schema V018), and the titles the same
  // article's HELD records give the person (V020: event-attendees reads them here instead of seeking
  // HELD by article), from the HELD part's `held` (row.heldAt: GraphWriter.bind), in their order, each once.
  CALL (arts, people, events, held) {
    UNWIND arts AS x
    WITH x.a AS a, x.art AS art
    UNWIND art.rows.attendance AS row
    WITH a, row, people[row.personAt] AS p, events[row.eventAt] AS e WHERE p IS NOT NULL AND e IS NOT NULL
    CREATE (p)-[:ATTENDED {article: a.id, role: row.role, date: row.date, person: p.key, sentence: row.evidence.sentence,
                           start: row.evidence.start, end: row.evidence.end, textStart: row.evidence.textStart, articleDate: a.date,
                           titles: reduce(ts = [], t IN [i IN row.heldAt | held[i].position.title] |
                                          CASE WHEN t IS NULL OR t IN ts THEN ts ELSE ts + t END)}]->(e)
  }

  // Who organized an event: one ORGANIZED per (article, organization, event, role). It carries the
  // organization's key and the event's date too (both fixed for good), for the (organization, date)
  // index that reads a hub's newest events in order (graph-schema V008).
  CALL (arts, events) {
    UNWIND arts AS x
    WITH x.a AS a, x.art AS art
    UNWIND art.rows.organizers AS row
    WITH a, row, events[row.eventAt] AS e WHERE e IS NOT NULL
    MATCH (o:Organization {key: row.organization})
    CREATE (o)-[:ORGANIZED {article: a.id, role: row.role, sentence: row.evidence.sentence,
                            start: row.evidence.start, end: row.evidence.end, textStart: row.evidence.textStart,
                            organization: o.key, date: e.date, articleDate: a.date}]->(e)
  }

  // ---- Summaries (graph-schema V007) -------------------------------------------------------------
  // Each pair comes from the part that wrote its records (held, located, of: the nodes of each HELD,
  // LOCATED_IN and OF created above), so it is not sought again by key (two unique-index seeks a pair).
  // One TENURE per person and position: the first and last date seen (since, until; a row without a
  // date leaves them) and the number of HELD records (articleCount), kept as running min, max and
  // count of the HELD records written above, so the same as V007 builds from them (bulk load, old
  // stores). One IN_PARK per project and park, counting its LOCATED_IN records, and one
  // IN_ORGANIZATION per position and organization, counting its OF records. The batch's rows are
  // grouped per pair first (by node), so each pair is MERGEd once and read and SET in one clause (the same
  // pair in two articles of a batch is one row here); the pairs new to the graph are counted apart
  // (summaries): they are not the articles' records (GraphWriter). A pair is new when its MERGE
  // created it: it has no articleCount yet (every summary gets one when created, here or by V007),
  // read once per pair between the MERGE and the SET, instead of a second expand of the pair before
  // the MERGE (EXISTS { }: ~1,400 of a warm batch's db hits). None reads earlier articles' records,
  // only the pair's summary.
  // A TENURE is found by its keys, not by its ends: it carries its person's and its position's keys (both
  // fixed for good), unique together (graph-schema V019), and the MERGE on them seeks that constraint's
  // index (locking, so two writers cannot both create a pair). MERGE (p)-[t:TENURE]->(pos) walked the
  // person's whole relationship chain to find the pair (Expand(Into): a person's ~25 MENTIONS, HELD and
  // ATTENDED... until Neo4j makes the node dense, 4,194 of a warm batch's 22,312 db hits, BENCHMARKS.md
  // "session 12, ingest13"); the seek costs the same whatever the person's degree. The position key is
  // also the one the (position, since) index reads (V010).
  CALL (held) {
    UNWIND held AS h
    WITH h.person AS p, h.position AS pos, count(*) AS n, min(h.date) AS since, max(h.date) AS until
    MERGE (p)-[t:TENURE {person: p.key, position: pos.key}]->(pos)
    WITH t, n, since, until, t.articleCount IS NULL AS created
    // since and until are written only when they move (most batches move until, or nothing, of a known
    // pair): a SET of both wrote them back for every pair (1,197 of a warm batch's db hits; 759 this way).
    SET t.articleCount = coalesce(t.articleCount, 0) + n
    FOREACH (_ IN CASE WHEN since IS NOT NULL AND (t.since IS NULL OR since < t.since) THEN [1] ELSE [] END |
      SET t.since = since)
    FOREACH (_ IN CASE WHEN until IS NOT NULL AND (t.until IS NULL OR until > t.until) THEN [1] ELSE [] END |
      SET t.until = until)
    RETURN count(CASE WHEN created THEN 1 END) AS tenures
  }
  CALL (located) {
    UNWIND located AS l
    WITH l.project AS pr, l.park AS park, count(*) AS n
    MERGE (pr)-[i:IN_PARK]->(park)
    WITH i, n, i.articleCount IS NULL AS created
    SET i.articleCount = coalesce(i.articleCount, 0) + n
    RETURN count(CASE WHEN created THEN 1 END) AS inParks
  }
  CALL (of) {
    UNWIND of AS f
    WITH f.position AS pos, f.organization AS o, count(*) AS n
    MERGE (pos)-[i:IN_ORGANIZATION]->(o)
    WITH i, n, i.articleCount IS NULL AS created
    SET i.articleCount = coalesce(i.articleCount, 0) + n
    RETURN count(CASE WHEN created THEN 1 END) AS inOrganizations
  }
  // Each IN_PARK of the batch's projects carries its park's name and the project's latest stated
  // investment, for the (park, investmentYuan) index that lists a park's largest projects (V008):
  // set again whenever an article names the project, as its investment may have changed.
  CALL (arts) {
    UNWIND arts AS x
    UNWIND x.art.rows.projects AS row
    WITH DISTINCT row.name AS name
    MATCH (pr:Project {name: name})-[i:IN_PARK]->(park)
    SET i.park = park.name, i.investmentYuan = pr.investmentYuan
  }
  // Every park the batch names or locates a project in, or whose project's stated investment it may
  // have changed, gets its project count and total investment again from its IN_PARK, once: the
  // park's projects, not its articles. The two sets of parks are collected and made distinct by node;
  // a UNION of the two reads de-duplicated its rows with the imported batch in them, hashing the
  // batch's row maps (JFR, session 6: BENCHMARKS.md, "session 6, ingest6").
  CALL (arts) {
    CALL (arts) {
      UNWIND arts AS x
      UNWIND x.art.rows.parks AS row
      MATCH (park:Park {name: row.key})
      RETURN collect(park) AS named
    }
    CALL (arts) {
      UNWIND arts AS x
      UNWIND x.art.rows.projects AS row
      MATCH (:Project {name: row.name})-[:IN_PARK]->(park)
      RETURN collect(park) AS located
    }
    UNWIND named + located AS park
    WITH DISTINCT park
    CALL (park) {
      OPTIONAL MATCH (pr)-[:IN_PARK]->(park)
      WITH park, count(pr) AS projects, sum(coalesce(pr.investmentYuan, 0)) AS total
      SET park.projectCount = projects, park.totalInvestmentYuan = total
    }
  }
  // ---- end of summaries ----------------------------------------------------------------------

  // The ledger entries, in the same transaction: present if and only if all of the above committed.
  // The real-time clock, not the statement's: batch-mates keep the order they were written in
  // (cypher/recent-articles lists the newest first).
  CALL (arts) {
    UNWIND arts AS x
    CREATE (l:__IngestedArticle {id: x.art.article})
    SET l.file = x.art.file, l.title = x.art.title, l.ingestedAt = datetime.realtime(), l.extraction = x.art.extraction
  }
// the summaries new to the graph, and the aliases and their links (V017), for the whole batch, on every row
// (GraphWriter reads the first)
UNWIND arts AS x
RETURN x.a.id AS id, tenures + inParks + inOrganizations AS summaries, aliasNodes, aliasLinks
