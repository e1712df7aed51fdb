package newsgraph.extract.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import newsgraph.extract.date.DateResolver;
import newsgraph.extract.date.Years;
import newsgraph.model.Event;

/**
 * Notes on the dates of an article's events: how each date's year is known ({@code dateSource}), so
 * a reader can tell a year stated from one inferred (era, weekday); and, for an event left undated
 * because no year is known, the month and day its sentence states ({@code monthDay}, --MM-DD).
 */
final class DatedEvents {
    private DatedEvents() {
    }

    static List<Event> noted(List<Event> events, Years years) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            String sentence = e.evidence() == null ? "" : e.evidence().sentence();
            String source = null;
            String monthDay = null;
            if (e.date() != null) {
                source = DateResolver.source(isoDate(e.date()), sentence, years);
            } else if (years.year() == null && !e.mentionedOnly()) {
                monthDay = DateResolver.monthDay(sentence);
            }
            out.add(new Event(e.name(), e.aliases(), e.kind(), e.date(), e.place(), e.participants(), e.organizers(),
                    e.mentionedOnly(), e.evidence(), monthDay, source));
        }
        return out;
    }

    /** {@code LocalDate.parse} of a plain yyyy-MM-dd without the formatter's machinery (it showed in profiles). */
    static LocalDate isoDate(String iso) {
        if (iso.length() == 10 && iso.charAt(4) == '-' && iso.charAt(7) == '-'
                && digits(iso, 0, 4) && digits(iso, 5, 7) && digits(iso, 8, 10)) {
            try {
                return LocalDate.of(Integer.parseInt(iso, 0, 4, 10), Integer.parseInt(iso, 5, 7, 10), Integer.parseInt(iso, 8, 10, 10));
            } catch (java.time.DateTimeException e) {
                // no such day: the parser's own error below
            }
        }
        return LocalDate.parse(iso);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
