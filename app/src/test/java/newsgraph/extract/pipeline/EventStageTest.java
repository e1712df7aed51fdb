package newsgraph.extract.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import newsgraph.extract.Shared;
import newsgraph.model.ArticleExtraction;
import newsgraph.model.Event;
import newsgraph.model.Participant;
import org.junit.jupiter.api.Test;

/** Events of whole articles through the pipeline (fictional names). */
class EventStageTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 9, 10);

    private static ArticleExtraction extract(String text) {
        return Shared.extractor().extract("t.txt", text, PUBLISHED).articles().get(0);
    }

    private static Event event(ArticleExtraction a, String nameStart) {
        return a.events().stream().filter(e -> e.name().startsWith(nameStart)).findFirst()
                .orElseThrow(() -> new AssertionError(nameStart + " in " + a.events()));
    }

    private static final String SIGNING = "　　本报讯 9月9日下午，青禾新区与白鹭控股集团有限公司战略合作签约仪式在青禾新区举行。"
            + "区委书记祁山海、白鹭控股集团有限公司董事长罗青山出席并见证签约。\n";

    @Test
    void events_aHeadlineVisitIsTheBodysFirstVisitUnderTheBodysName() {
        ArticleExtraction a = Shared.extractor().extract("t.txt", "祁山海调研白鹭港物流园\n"
                + "　　9月5日，副市长祁山海来我县调研物流产业发展工作。县长罗青山陪同。", PUBLISHED).articles().get(0);
        assertEquals(List.of("祁山海来我县调研物流产业发展工作"), a.events().stream().map(Event::name).toList());
    }

    @Test
    void events_aHostSetOffByACommaStillMeetsTheGuests() {
        ArticleExtraction a = extract("　　5月8日，白鹭集团副总裁罗青山，在白鹭会见了来访的青禾县副县长苗为民一行。");
        assertEquals("白鹭", event(a, "罗青山会见").place());
    }

    @Test
    void events_aLaterEventOpeningAroundTheOneToldTakesItsDay() {
        ArticleExtraction a = extract(SIGNING + "　　签约前，祁山海会见了罗青山一行。");
        assertEquals("2025-09-09", event(a, "祁山海会见").date());
    }

    @Test
    void events_aLaterEventWithNoDayOfItsOwnTakesTheDayTheArticleIsTalkingAbout() {
        ArticleExtraction a = extract(SIGNING + "　　祁山海会见了罗青山一行。");
        assertEquals("2025-09-09", event(a, "祁山海会见").date());
        ArticleExtraction b = extract(SIGNING + "　　9月10日，祁山海会见了罗青山一行。");
        assertEquals("2025-09-10", event(b, "祁山海会见").date(), "a day stated in its sentence wins");
    }

    @Test
    void events_aLaterEventTakesTheDayOfTheEventItFollowsNotTheFirstDayOfAVisit() {
        ArticleExtraction a = extract(String.join("\n",
                "　　本报讯 9月7日至8日，县委书记祁山海率青禾县党政代表团赴白鹭市考察学习。",
                "　　9月8日上午，两地召开青禾白鹭合作交流座谈会。白鹭市市长罗青山主持座谈会。",
                "　　座谈会上，祁山海、罗青山共同见证了青禾农业公司与白鹭物流公司合作协议签约。",
                "　　当天下午，祁山海出席白鹭市第三届农民丰收节开幕式。"));
        assertEquals("2025-09-07", a.date());
        assertEquals("2025-09-08", event(a, "青禾白鹭合作交流座谈会").date());
        assertEquals("2025-09-08", event(a, "青禾农业公司与白鹭物流公司合作协议签约").date());
        assertEquals("2025-09-08", event(a, "白鹭市第三届农民丰收节开幕式").date());
    }

    @Test
    void events_aSentenceOpeningWithADayMovesTheDayEvenWithoutAnEvent() {
        ArticleExtraction a = extract(String.join("\n",
                "　　本报讯 9月7日，县委书记祁山海出席青禾县秋季招商推介会。",
                "　　9月4日上午，县里接到白鹭市菜农的求助。当日下午，县政府召开蔬菜销售协调会。",
                "　　同日，祁山海会见了罗青山一行。"));
        assertEquals("2025-09-04", event(a, "蔬菜销售协调会").date(), "当日: the day the sentence before opened with");
        assertEquals("2025-09-04", event(a, "祁山海会见").date(), "同日: the day of the event told before");
    }

    @Test
    void events_anUnveilingToldAgainLaterIsTheCeremonyWithEveryoneAtIt() {
        ArticleExtraction a = extract(String.join("\n",
                "　　本报讯 3月1日上午，青禾数字农业服务中心揭牌仪式在青禾县举行。县委书记祁山海出席。",
                "　　仪式上，祁山海与白鹭大学校长罗青山共同为青禾数字农业服务中心揭牌。"));
        assertEquals(List.of("青禾数字农业服务中心揭牌仪式"), a.events().stream().map(Event::name).toList());
        assertEquals(List.of("祁山海", "罗青山"), a.events().get(0).participants().stream().map(Participant::name).toList());
        assertEquals("2025-03-01", a.events().get(0).date());
    }

    @Test
    void events_anUnveilingInTheLeadOfItsCeremonyIsThatCeremony() {
        ArticleExtraction a = extract("　　本报讯 3月1日上午，青禾数字农业服务中心成立大会暨揭牌仪式在青禾县举行。"
                + "县委书记祁山海与白鹭大学校长罗青山共同为青禾数字农业服务中心揭牌。");
        assertEquals(List.of("青禾数字农业服务中心成立大会暨揭牌仪式"), a.events().stream().map(Event::name).toList());
        assertEquals(List.of("祁山海", "罗青山"), a.events().get(0).participants().stream().map(Participant::name).toList());
    }

    @Test
    void events_anUnveilingAloneInTheLeadIsTheEventReported() {
        ArticleExtraction a = extract("　　本报讯 3月1日上午，县委书记祁山海与白鹭大学校长罗青山共同为青禾数字农业服务中心揭牌。");
        assertEquals(List.of("青禾数字农业服务中心揭牌"), a.events().stream().map(Event::name).toList());
        assertEquals("2025-03-01", a.events().get(0).date());
    }

    @Test
    void events_aSigningWitnessedInTheLeadIsTheSigningCeremonyReported() {
        ArticleExtraction a = extract("　　本报讯 9月9日下午，青禾新区与白鹭控股集团战略合作签约仪式在青禾新区举行。"
                + "区委书记祁山海、白鹭控股集团董事长罗青山出席并见证了青禾新区与白鹭控股集团战略合作协议签约。");
        assertEquals(List.of("青禾新区与白鹭控股集团战略合作签约仪式"), a.events().stream().map(Event::name).toList());
        assertEquals(List.of("祁山海", "罗青山"), a.events().get(0).participants().stream().map(Participant::name).toList());
    }

    @Test
    void events_aWordInsideAListedNameMarksNobodyStudied() {
        // 以 is a study word (以…为指导) and also a character of names
        ArticleExtraction a = extract("　　本报讯 9月9日，青禾县农业工作会议召开。县委书记祁山海、县长罗以安、副县长苗为民出席会议。\n");
        assertEquals(List.of("祁山海", "罗以安", "苗为民"), event(a, "青禾县农业工作会议").participants().stream().map(Participant::name).toList());
    }

    @Test
    void events_anUnveilingAtAConferenceIsAttendedThereToo() {
        // after the lead (where an unveiling merges into the event reported), an act of the same day stays an event of its own
        ArticleExtraction a = extract("　　本报讯 9月9日，2025青禾数字农业大会在青禾县开幕。大会由青禾县农业农村局主办。\n　　会上，县长罗青山、白鹭集团董事长苗为民共同为青禾数字农业服务中心揭牌。\n"
                + "　　罗青山在致辞中表示，要把服务中心建成农业数据的枢纽。\n");
        Event conference = event(a, "2025青禾数字农业大会");
        Event unveiling = event(a, "青禾数字农业服务中心揭牌");
        assertEquals(List.of("罗青山", "苗为民"), unveiling.participants().stream().map(Participant::name).toList());
        Participant host = conference.participants().stream().filter(p -> p.name().equals("罗青山")).findFirst().orElseThrow();
        assertEquals(List.of("attended", "spoke"), host.roles(), "the speech is the conference's");
        assertEquals(List.of("attended"), unveiling.participants().get(0).roles());
    }

    @Test
    void events_anEarlierYearsEventNamedAsBackgroundIsOnlyMentioned() {
        ArticleExtraction a = Shared.extractor().extract("t.txt", "青禾县长率团访问白鹭\n"
                + "青禾县县长苗为民强调，今年是两地合作元年，2023年在青禾举办首届白鹭茶叶博览会，今年九月将举办第三届。\n"
                + "苗为民表示，希望两地企业利用这个平台，推动茶叶产品走向全国市场。\n", PUBLISHED).articles().get(0);
        Event fair = event(a, "首届白鹭茶叶博览会");
        assertEquals(true, fair.mentionedOnly(), "an event of 2023 named as background in 2025");
        assertEquals(List.of(), fair.participants(), "words said now are not said at it");
        assertEquals(null, fair.date(), "not the article's day");
        ArticleExtraction b = Shared.extractor().extract("t.txt", "青禾县长率团访问白鹭\n"
                + "青禾县县长苗为民强调，今年是两地合作元年，2023年5月在青禾举办首届白鹭茶叶博览会，今年九月将举办第三届。\n", PUBLISHED).articles().get(0);
        assertEquals(true, event(b, "首届白鹭茶叶博览会").mentionedOnly(), "a year and a month alone also place it in 2023");
        assertEquals(null, event(b, "首届白鹭茶叶博览会").date());
    }

    @Test
    void events_peopleAtAnotherTimeTakeNoPartInTheEventOfTheDay() {
        ArticleExtraction a = extract(SIGNING + "　　就在签约之前，9月2日，白鹭银行行长苗为民一行也来青禾考察。"
                + "此前，青禾县副县长罗以安曾率团赴白鹭考察。");
        List<String> names = a.events().get(0).participants().stream().map(Participant::name).toList();
        assertEquals(List.of("祁山海", "罗青山"), names);
    }

    @Test
    void events_orJoinsTwoPredicatesEachAboutItsOwnAct_relatedActivitiesAreEveryAct() {
        ArticleExtraction a = extract(String.join("\n",
                "　　本报讯 9月8日至9日，副市长祁山海到青禾县就茶叶产业发展情况进行实地调研，并于9日下午在青禾县召开茶叶产业发展工作座谈会。",
                "　　县委书记罗青山、县长苗为民陪同调研或出席座谈会。市农业农村局局长罗以安参加相关活动。"));
        Event visit = event(a, "祁山海到青禾县");
        Event meeting = event(a, "茶叶产业发展工作座谈会");
        Participant luo = visit.participants().stream().filter(p -> p.name().equals("罗青山")).findFirst().orElseThrow();
        assertEquals(List.of("attended", "accompanied"), luo.roles());
        Participant luoAtMeeting = meeting.participants().stream().filter(p -> p.name().equals("罗青山")).findFirst().orElseThrow();
        assertEquals(List.of("attended"), luoAtMeeting.roles());
        assertEquals(2, a.events().stream().filter(e -> e.participants().stream().anyMatch(p -> p.name().equals("罗以安"))).count());
    }

    @Test
    void events_anEventHeldInASentenceSetAtTheDaysEventTakesItsDay() {
        ArticleExtraction a = extract(String.join("\n",
                "　　本报讯 9月8日上午，青禾县民营企业座谈会在县行政中心召开。县长罗青山主持座谈会。",
                "　　会上，企业家们感谢县工商联举办政企恳谈交流活动。",
                "　　在座谈会上，白鹭集团与青禾农业公司共同启动“青禾数字农业发布仪式”。"));
        assertEquals("2025-09-08", event(a, "政企恳谈交流活动").date(), "会上: held at the meeting");
        assertEquals("2025-09-08", event(a, "青禾数字农业发布仪式").date(), "the sentence before set the article at the meeting");
        ArticleExtraction b = extract(String.join("\n",
                "　　本报讯 9月8日上午，青禾县民营企业座谈会在县行政中心召开。县长罗青山主持座谈会。",
                "　　会上，企业家们感谢县工商联去年举办政企恳谈交流活动。"));
        assertEquals(null, event(b, "政企恳谈交流活动").date(), "held another year: no day known");
    }

    @Test
    void events_aMeetingToldAsLastMondayIsDatedFromTheWeekOfWriting() {
        ArticleExtraction a = extract("　　本周一，白鹭集团2025年度经销商大会在青禾召开。集团总裁罗青山出席并讲话。");
        assertEquals("2025-09-08", event(a, "白鹭集团2025年度经销商大会").date(), "2025-09-10 is a Wednesday");
    }
}
