// Whether an article is already in the graph: its id is in the ingest ledger.
OPTIONAL MATCH (l:__IngestedArticle {id: $id})
RETURN l IS NOT NULL AS done
