package newsgraph.extract.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class DatedEventsTest {
    @Test
    void isoDate_readsWhatLocalDateParseReads() {
        for (LocalDate d = LocalDate.of(1999, 12, 1); d.isBefore(LocalDate.of(2001, 3, 31)); d = d.plusDays(1)) {
            assertEquals(LocalDate.parse(d.toString()), DatedEvents.isoDate(d.toString()));
        }
    }

    @Test
    void isoDate_rejectsWhatLocalDateParseRejects() {
        for (String bad : new String[] {"2023-02-29", "2024-13-01", "2024-00-10", "2024-+1-01", "2024-1-011", "2024/01/01", ""}) {
            assertThrows(DateTimeParseException.class, () -> DatedEvents.isoDate(bad), bad);
        }
    }
}
