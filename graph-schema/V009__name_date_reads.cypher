// V009: reads that stay bounded when many events share a name (issue 12): a weekly meeting
// (区委常委会会议) is one event per week, hundreds of them under one name after a few years.
//
// event-attendees answers for the most recent events of a name: with the name and the date in one
// index, the events of the name come out newest first and the read stops after the page, instead of
// reading every event of the name (and its date) to sort them.
CREATE INDEX event_name_date IF NOT EXISTS FOR (e:Event) ON (e.name, e.date);
