package newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import newsgraph.model.ArticleExtraction;
import newsgraph.model.Event;
import newsgraph.model.Official;
import org.junit.jupiter.api.Test;

/**
 * Where articles credit their reporters, end to end on articles written for the tests (fictional
 * people and places): bracketed bylines after 本报讯 or at the end, web and WeChat source lines,
 * trainees, and wire-service datelines (新华社…电（记者 …）).
 */
class BylinePatternsTest {

    private static ArticleExtraction extract(String text) {
        return Shared.extractor().extract("t.txt", text, null).articles().get(0);
    }

    private static List<String> officials(ArticleExtraction a) {
        return a.officials().stream().map(Official::name).toList();
    }

    @Test
    void reporters_ofABracketedBylineWithTraineeAreNeverOfficials() {
        ArticleExtraction a = extract(String.join("\n",
                "　　本报讯（实习生 卢小岚 记者 柏青）2024年6月4日，石溪区招商推介会在石溪宾馆举行。区委书记冷文出席并致辞，区长向东主持推介会。"));
        assertEquals(List.of("卢小岚", "柏青"), a.reporters());
        assertEquals(List.of("冷文", "向东"), officials(a));
    }

    @Test
    void reporters_ofAWeChatSourceLineAreReportersAndItsEditorNoOne() {
        ArticleExtraction a = extract(String.join("\n",
                "石溪区召开民营经济发展大会", "",
                "2024年6月5日，石溪区民营经济发展大会召开。区委书记冷文出席并讲话，区长向东主持会议。", "",
                "来源：石溪发布 记者：柏青 编辑：骆一帆"));
        assertEquals(List.of("柏青"), a.reporters());
        assertEquals(List.of("冷文", "向东"), officials(a));
    }

    @Test
    void wireDateline_givesReportersAndTheDateButIsNoPartOfTheEventName() {
        ArticleExtraction a = extract(String.join("\n",
                "新华社临川5月6日电（记者 钟离明 白露）临川市数字经济发展大会5日在临川国际会展中心召开。副省长沈砚秋出席会议并讲话。",
                "　　大会发布了2024年数字经济发展十大场景。"));
        assertEquals(List.of("钟离明", "白露"), a.reporters());
        assertEquals("2024-05-06", a.date());
        assertEquals(List.of("沈砚秋"), officials(a));
        Event e = a.events().get(0);
        assertEquals("临川市数字经济发展大会", e.name());
        assertEquals("2024-05-05", e.date(), "5日 after the name, in the dateline's month");
        assertTrue(e.participants().stream().anyMatch(p -> p.name().equals("沈砚秋")), e.participants().toString());
    }

    @Test
    void wireDateline_ofAWebsiteIsNoPartOfTheEventNameEither() {
        ArticleExtraction a = extract("中新网临川5月6日电（记者 钟离明）临川市文化旅游发展大会5日在临川召开。副省长沈砚秋出席会议。");
        assertEquals(List.of("钟离明"), a.reporters());
        assertEquals("临川市文化旅游发展大会", a.events().get(0).name());
    }

    @Test
    void wireDateline_withoutAYearInContextGivesNoDate() {
        assertEquals(null, extract("新华社临川5月6日电（记者 钟离明）临川市文化旅游发展大会5日在临川召开。副省长沈砚秋出席会议。").date());
    }
}
