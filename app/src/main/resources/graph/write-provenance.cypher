// Provenance of every relationship the article touched: parallel lists articles / evidence /
// evidenceStart / evidenceEnd, one entry per (article, sentence offsets), never twice.
UNWIND $rows AS row
MATCH ()-[r]->() WHERE elementId(r) = row.rel
WITH r, [e IN row.provenance WHERE NOT any(i IN range(0, size(coalesce(r.articles, [])) - 1)
        WHERE r.articles[i] = e.article AND r.evidenceStart[i] = e.start AND r.evidenceEnd[i] = e.end)] AS fresh
SET r.articles = coalesce(r.articles, []) + [e IN fresh | e.article],
    r.evidence = coalesce(r.evidence, []) + [e IN fresh | e.sentence],
    r.evidenceStart = coalesce(r.evidenceStart, []) + [e IN fresh | e.start],
    r.evidenceEnd = coalesce(r.evidenceEnd, []) + [e IN fresh | e.end]
