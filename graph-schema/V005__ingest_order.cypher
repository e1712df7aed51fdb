// V005: the ingest ledger in the order articles came in, so "the articles added last" (the reporter
// page's list of articles, cypher/recent-articles) reads the newest entries from an index instead of
// sorting the whole ledger.
CREATE INDEX ingested_article_at IF NOT EXISTS FOR (l:__IngestedArticle) ON (l.ingestedAt);
