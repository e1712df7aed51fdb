package newsgraph.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import newsgraph.extract.Shared;
import newsgraph.model.ArticleExtraction;
import newsgraph.model.Event;
import org.junit.jupiter.api.Test;

/** The year of an article that states none, through the whole extractor (fictional articles). */
class YearInferenceExtractionTest {

    private static Event event(String text, LocalDate given) {
        ArticleExtraction a = Shared.extractor().extract("t.txt", text, given).articles().get(0);
        return a.events().get(0);
    }

    @Test
    void anEraMarkerDatesTheEventAndSaysSo() {
        Event e = event("北湖学院召开学习研讨会\n11月15日，北湖学院党委理论学习中心组举行学习贯彻党的十九届四中全会精神专题学习研讨会。党委书记方远主持会议。", null);
        assertEquals("2019-11-15", e.date());
        assertEquals("era", e.dateSource());
        assertNull(e.monthDay());
    }

    @Test
    void withoutAnyYearTheEventHasNoDateButKeepsItsMonthAndDay() {
        Event e = event("北湖县召开植树动员会\n3月12日，北湖县植树动员大会召开。县委书记方远出席会议并讲话。", null);
        assertNull(e.date(), "no year anywhere: never guessed");
        assertNull(e.dateSource());
        assertEquals("--03-12", e.monthDay());
    }

    @Test
    void aGivenDateSaysGiven() {
        Event e = event("北湖县召开植树动员会\n3月12日，北湖县植树动员大会召开。县委书记方远出席会议并讲话。", LocalDate.of(2024, 3, 13));
        assertEquals("2024-03-12", e.date());
        assertEquals("given", e.dateSource());
        Event stated = event("北湖县召开植树动员会\n2023年3月12日，北湖县植树动员大会召开。县委书记方远出席会议并讲话。", LocalDate.of(2024, 3, 13));
        assertEquals("text", stated.dateSource(), "written with its year");
    }
}
