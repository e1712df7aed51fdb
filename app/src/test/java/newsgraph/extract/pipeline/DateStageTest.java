package newsgraph.extract.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import newsgraph.extract.Shared;
import newsgraph.model.ArticleExtraction;
import newsgraph.model.Event;
import org.junit.jupiter.api.Test;

/** Article and event dates through the whole pipeline, no publication date given (fictional names). */
class DateStageTest {

    private static ArticleExtraction extract(String text, LocalDate publicationDate) {
        return Shared.extractor().extract("t.txt", text, publicationDate).articles().get(0);
    }

    private static Event event(ArticleExtraction a, String name) {
        // by its name, or the shorter name the events may give it (防汛工作会议 for 青禾县防汛工作会议): these tests are about dates
        return a.events().stream().filter(e -> e.name().equals(name) || name.endsWith(e.name())).findFirst()
                .orElseThrow(() -> new AssertionError(name + " in " + a.events()));
    }

    @Test
    void dates_yesterdayCountsFromThePageHeaderWhenNoPublicationDateIsGiven() {
        ArticleExtraction a = extract(String.join("\n",
                "青禾日报　2025年7月9日　星期三",
                "",
                "祁山海检查防汛工作",
                "　　本报讯（记者 罗青山）昨天，县委书记祁山海到青禾乡检查防汛工作。副县长苗为民陪同检查。"), null);
        assertEquals("2025-07-08", a.date());
        assertEquals("2025-07-08", a.events().get(0).date());
    }

    @Test
    void dates_yesterdayCountsFromAWebPagesPublicationLine() {
        ArticleExtraction a = extract(String.join("\n",
                "青禾县召开防汛工作会议",
                "发布时间：2025-06-12 16:30　　来源：青禾县人民政府",
                "　　昨天，青禾县防汛工作会议召开。县长苗为民出席并讲话。"), null);
        assertEquals("2025-06-11", a.date());
        assertEquals("2025-06-11", event(a, "青禾县防汛工作会议").date());
    }

    @Test
    void dates_sameDayLaterInTheArticleIsTheArticlesDayNotShiftedAgain() {
        ArticleExtraction a = extract(String.join("\n",
                "青禾日报　2025年7月9日　星期三",
                "",
                "青禾县召开防汛工作会议",
                "　　本报讯（记者 罗青山）昨天，青禾县防汛工作会议召开。县长苗为民出席并讲话。",
                "　　当天下午，副县长祁山海出席白鹭乡防汛应急演练启动仪式。"), null);
        assertEquals("2025-07-08", event(a, "青禾县防汛工作会议").date());
        assertEquals("2025-07-08", event(a, "白鹭乡防汛应急演练启动仪式").date());
    }

    @Test
    void dates_yesterdayLaterInTheArticleIsNotShiftedTwice() {
        ArticleExtraction a = extract(String.join("\n",
                "青禾县召开防汛工作会议",
                "　　本报讯（记者 罗青山）昨天，青禾县防汛工作会议召开。县长苗为民出席并讲话。",
                "　　昨天下午，副县长祁山海出席白鹭乡防汛应急演练启动仪式。"), LocalDate.of(2025, 7, 9));
        assertEquals("2025-07-08", a.date());
        assertEquals("2025-07-08", event(a, "白鹭乡防汛应急演练启动仪式").date());
    }

    @Test
    void dates_withNeitherPublicationDateNorHeaderYesterdayStaysUnknown() {
        ArticleExtraction a = extract("　　本报讯 昨天，青禾县防汛工作会议召开。县长苗为民出席并讲话。", null);
        assertNull(a.date());
        assertNull(a.events().get(0).date());
    }

    @Test
    void dates_withoutAPublicationDateTheFileNameGivesTheBaseAndTheYear() {
        String text = "青禾县召开防汛工作会议\n\n　　本报讯 昨天，青禾县防汛工作会议召开。县长苗为民出席并讲话。";
        ArticleExtraction a = Shared.extractor().extract("qh2011-05-16.txt", text, null).articles().get(0);
        ArticleExtraction b = Shared.extractor().extract("qh20240302_01.txt", text, null).articles().get(0);
        assertEquals("2011-05-15", a.date());
        assertEquals("2024-03-01", b.date());
        assertEquals("2024-06-05", Shared.extractor().extract("qh20240302.txt", text, LocalDate.of(2024, 6, 6)).articles().get(0).date(),
                "the caller's date wins");
    }

    @Test
    void dates_aWireStorysDateLineGivesTheYearOfItsDateline() {
        ArticleExtraction a = extract(String.join("\n",
                "青禾签署合作协议",
                "2015-08-02 11:09:03",
                "新华社青禾8月2日电（记者罗青山）青禾市人民政府和白鹭市人民政府1日在青禾举行合作框架协议签字仪式，双方将在交通、产业、文化旅游等领域深化合作。"), null);
        assertEquals("2015-08-02", a.date());
    }

    @Test
    void dates_aShortSceneSettingSentenceBeforeTheLeadIsSkipped() {
        ArticleExtraction a = extract(String.join("\n",
                "青禾县召开防汛工作会议",
                "　　正是梅雨时节。6月11日，青禾县防汛工作会议召开。县长苗为民出席并讲话。"), LocalDate.of(2025, 6, 12));
        assertEquals("2025-06-11", a.date());
    }

    @Test
    void dates_aPhotoCaptionAndAShortLineBeforeTheLeadAreSkipped() {
        ArticleExtraction a = extract(String.join("\n",
                "2025青禾半程马拉松举行",
                "　　选手们从青禾体育中心出发。记者罗青山摄",
                "　　山水之城，向绿而行。4月14日上午，2025青禾半程马拉松在体育中心鸣枪开跑。县长苗为民出席起跑仪式。"), null);
        assertEquals("2025-04-14", a.date());
    }

    @Test
    void dates_aLongFirstSentenceWithoutADateLeavesTheLeadToTheDateOfIssue() {
        ArticleExtraction a = extract(String.join("\n",
                "青禾县召开防汛工作会议",
                "　　为切实做好今年汛期各项防御准备工作，确保全县人民群众生命财产安全，青禾县召开防汛工作会议。6月11日，县长苗为民出席并讲话。"),
                LocalDate.of(2025, 6, 12));
        assertEquals("2025-06-12", a.date());
    }
}
