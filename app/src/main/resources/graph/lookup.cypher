// First read of an article's transaction: is it already in the ledger, and which organizations
// and parks already exist under one of the names the article uses (index lookups by name).
OPTIONAL MATCH (l:__IngestedArticle {id: $id})
CALL () {
  UNWIND $organizationKeys AS key
  MATCH (n:Organization {name: key})
  RETURN collect({key: key, name: n.name}) AS organizations
}
CALL () {
  UNWIND $parkKeys AS key
  MATCH (n:Park {name: key})
  RETURN collect({key: key, name: n.name}) AS parks
}
RETURN l IS NOT NULL AS done, organizations, parks
