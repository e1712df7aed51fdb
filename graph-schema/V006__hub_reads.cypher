// V006: reads that stay bounded on hubs (issue 12): a person seen in thousands of articles has
// thousands of HELD records, one per article.
//
// The titles an article gives a person (their title at the time of an event: event-attendees,
// event-detail) are found from the article's id, a few records, instead of expanding every HELD of
// the person and testing each one's article.
CREATE INDEX held_article IF NOT EXISTS FOR ()-[h:HELD]-() ON (h.article);
// events with a kind and a date range: the kind's events in date order from one index, so the page
// stops after skip + limit and the capped count reads index entries only.
CREATE INDEX event_kind_date IF NOT EXISTS FOR (e:Event) ON (e.kind, e.date);
