// The ledger entry, written last in the article's transaction: present only if all of it committed.
CREATE (l:__IngestedArticle {id: $id})
SET l.file = $file, l.title = $title, l.ingestedAt = datetime()
