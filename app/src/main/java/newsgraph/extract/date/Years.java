package newsgraph.extract.date;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The year a month and day of one document is read in, and how it is known (the value of an
 * event's {@code dateSource}). Either one year for the whole document (given by the caller, a
 * metadata line or page header, the file name, or the years the text names), or, when none is, a
 * year found for each month and day from clues that never guess:
 * <ul>
 *   <li>{@code text}: the same month and day written in full elsewhere (3日上午 … 2015年11月3日);</li>
 *   <li>{@code era}: the one year in which the month and day falls inside the window the text's
 *   national political markers leave ({@link EraClues});</li>
 *   <li>{@code weekday}: the one year of the window in which the day falls on the weekday written
 *   with it (10月9日（星期六）): the years the text names are not candidates, as it names years of
 *   history as readily as its own.</li>
 * </ul>
 * A month and day that leaves more than one year, or none, has no year: the event carries no date.
 * One per document, confined to the thread extracting it (the dates written in full are read lazily).
 */
public final class Years {
    /** No year known and no clue: every month and day stays without a year. */
    public static final Years NONE = new Years(null, null, EraClues.Window.OPEN, Map.of(), List::of);

    private final Integer year;
    private final String source;
    private final EraClues.Window window;
    /** Weekdays written with a month and day, by {@code month * 100 + day}. */
    private final Map<Integer, DayOfWeek> weekdays;
    /** Dates written in full in the text, read when first needed (most documents never need them). */
    private final java.util.function.Supplier<List<LocalDate>> statedInText;
    private List<LocalDate> stated;

    Years(Integer year, String source, EraClues.Window window, Map<Integer, DayOfWeek> weekdays,
          java.util.function.Supplier<List<LocalDate>> stated) {
        this.year = year;
        this.source = source;
        this.window = window;
        this.weekdays = weekdays;
        this.statedInText = stated;
    }

    /** One year for every month and day ({@code null}: none), known from {@code source}. */
    public static Years of(Integer year, String source) {
        return year == null ? NONE : new Years(year, source, EraClues.Window.OPEN, Map.of(), List::of);
    }

    /** The document's one year, or null when each month and day is resolved on its own. */
    public Integer year() {
        return year;
    }

    /** How the document's one year is known (given, metadata, file name, text), or null. */
    public String source() {
        return source;
    }

    /** The year of {@code month}/{@code day}, or null when none is known or more than one is possible. */
    public Integer yearOf(int month, int day) {
        Resolved r = resolve(month, day);
        return r == null ? null : r.year;
    }

    /** How the year of {@code month}/{@code day} is known, or null when it is not. */
    public String sourceOf(int month, int day) {
        Resolved r = resolve(month, day);
        return r == null ? null : r.source;
    }

    /** The one date written in full in the text on the {@code day}th of its month, or null. */
    public LocalDate statedWithDay(int day) {
        LocalDate found = null;
        for (LocalDate d : stated()) {
            if (d.getDayOfMonth() == day) {
                if (found != null && !found.equals(d)) {
                    return null;
                }
                found = d;
            }
        }
        return found;
    }

    private List<LocalDate> stated() {
        if (stated == null) {
            stated = statedInText.get();
        }
        return stated;
    }

    private record Resolved(int year, String source) {
    }

    private Resolved resolve(int month, int day) {
        if (year != null) {
            return new Resolved(year, source);
        }
        Integer full = null;
        for (LocalDate d : stated()) {
            if (d.getMonthValue() == month && d.getDayOfMonth() == day) {
                if (full != null && full != d.getYear()) {
                    full = null;
                    break;
                }
                full = d.getYear();
            }
        }
        if (full != null) {
            return new Resolved(full, "text");
        }
        Set<Integer> inWindow = window.bounded() && !window.empty() ? yearsIn(month, day) : Set.of();
        if (inWindow.size() == 1) {
            return new Resolved(inWindow.iterator().next(), "era");
        }
        DayOfWeek weekday = weekdays.get(month * 100 + day);
        if (weekday == null) {
            return null;
        }
        Integer only = null;
        for (int y : inWindow) {
            LocalDate d = date(y, month, day);
            if (d != null && d.getDayOfWeek() == weekday && window.contains(d)) {
                if (only != null) {
                    return null;
                }
                only = y;
            }
        }
        return only == null ? null : new Resolved(only, "weekday");
    }

    /** The years whose {@code month}/{@code day} falls inside the (bounded) window. */
    private Set<Integer> yearsIn(int month, int day) {
        Set<Integer> out = new TreeSet<>();
        for (int y = window.from().getYear(); y <= window.to().getYear(); y++) {
            LocalDate d = date(y, month, day);
            if (d != null && window.contains(d)) {
                out.add(y);
            }
        }
        return out;
    }

    private static LocalDate date(int y, int month, int day) {
        try {
            return LocalDate.of(y, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
