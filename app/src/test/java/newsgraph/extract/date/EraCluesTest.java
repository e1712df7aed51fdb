package newsgraph.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Era clues on short articles written for the test (fictional bodies and names). */
class EraCluesTest {
    private final EraClues era = EraClues.load();
    private final DateResolver d = new DateResolver();

    private static LocalDate day(int y, int m, int dd) {
        return LocalDate.of(y, m, dd);
    }

    @Test
    void era_studyOfAPlenumsSpiritLastsUntilTheNextPlenum() {
        EraClues.Window w = era.window("11月15日，临川学院举行学习贯彻党的十九届四中全会精神专题研讨会。");
        assertEquals(new EraClues.Window(day(2019, 10, 28), day(2020, 10, 26)), w);
        Years y = d.years("11月15日，临川学院举行学习贯彻党的十九届四中全会精神专题研讨会。", null, null);
        assertEquals(2019, y.yearOf(11, 15));
        assertEquals("era", y.sourceOf(11, 15));
        assertEquals(2020, y.yearOf(10, 1), "2019-10-01 is before the plenum");
        assertNull(y.yearOf(10, 27), "in neither year's window (2019-10-27 before it, 2020-10-27 after it)");
    }

    @Test
    void era_aCongressMentionedInPassingIsOnlyALowerBound() {
        EraClues.Window w = era.window("党的十八大以来，北湖县查处违纪案件多起。");
        assertEquals(day(2012, 11, 8), w.from());
        assertNull(w.to());
        assertNull(d.years("3月2日，北湖县召开会议。党的十八大以来，北湖县查处违纪案件多起。", null, null).yearOf(3, 2),
                "a lower bound alone is a range: no date");
        assertEquals(EraClues.Window.OPEN, era.window("前二十大企业的份额上升。"), "a ranking, not the congress");
    }

    @Test
    void era_theLatestCongressStudiedBoundsTheTermAndACurrentDeputyTheNpcTerm() {
        String text = "1月20日，东岭省人大常委会会议召开。会议强调认真贯彻落实党的十八大和十九大精神，"
                + "决定接受方远辞去第十二届全国人民代表大会代表职务。";
        assertEquals(new EraClues.Window(day(2017, 10, 18), day(2018, 3, 5)), era.window(text));
        assertEquals(2018, d.years(text, null, null).yearOf(1, 20));
        assertEquals(EraClues.Window.OPEN, era.window("方远，第十一届全国人大代表。"), "a biography's term is no bound");
    }

    @Test
    void era_npcSessionsPlanYearsAndAnniversariesGiveTheirYear() {
        assertEquals(new EraClues.Window(day(2021, 1, 1), day(2022, 1, 1)),
                era.window("代表们认真审议十三届全国人大四次会议的报告。"));
        assertEquals(new EraClues.Window(day(2021, 1, 1), day(2022, 1, 1)),
                era.window("今年是“十四五”开局之年，北湖区项目建设提速。"));
        assertEquals(new EraClues.Window(day(2025, 1, 1), day(2026, 1, 1)),
                era.window("作为“十四五”收官之年，北湖区加快建设。"));
        assertEquals(EraClues.Window.OPEN, era.window("面向“十四五”发展，双方加强合作。"), "a plan named alone: five years or more");
        assertEquals(new EraClues.Window(day(2021, 1, 1), day(2022, 1, 1)), era.window("临川社区举办庆祝建党一百周年文艺汇演。"));
    }

    @Test
    void era_anAnniversaryToComeAndASpeechAtAPastOneBoundTheTimeFromBothSides() {
        String text = "4月13日，北湖市委中心组召开学习会，要求以优异成绩迎接建国60周年。"
                + "会议学习了在纪念党的十一届三中全会召开30周年大会上的讲话。";
        assertEquals(new EraClues.Window(day(2008, 12, 18), day(2009, 10, 2)), era.window(text));
        assertEquals(2009, d.years(text, null, null).yearOf(4, 13));
    }

    @Test
    void era_aWeekdayPicksTheYearInAWindowOfSeveralYears() {
        String text = "10月9日（星期六），北湖区举行学习贯彻党的十九大精神报告会。";
        Years y = d.years(text, null, null);
        assertEquals(2021, y.yearOf(10, 9), "2021-10-09 is the only Saturday 9 October from 2017-10-18 to 2022-10-16");
        assertEquals("weekday", y.sourceOf(10, 9));
        assertNull(y.yearOf(10, 10), "no weekday with it: five years are possible");
        assertNull(d.years("10月9日（星期六），北湖区召开会议。", null, null).yearOf(10, 9), "a weekday without a window: no year");
    }

    @Test
    void era_contradictoryCluesGiveNothing() {
        EraClues.Window w = era.window("今年是“十二五”开局之年。庆祝建党一百周年。");
        assertTrue(w.empty());
        assertNull(d.years("5月4日，会议召开。今年是“十二五”开局之年。庆祝建党一百周年。", null, null).yearOf(5, 4));
    }

    @Test
    void era_aBareDayTakesTheFullDateTheTextWritesForTheSameDay() {
        String text = "3日上午，东岭省人大常委会会议在临川举行。2015年11月3日，会议举行全体会议。";
        Years y = d.years(text, null, null);
        assertEquals(day(2015, 11, 3), d.first("3日上午，东岭省人大常委会会议在临川举行。", y, null));
        assertEquals("text", DateResolver.source(day(2015, 11, 3), "3日上午，会议举行。", y));
        assertFalse(y.statedWithDay(4) != null, "no full date on the 4th");
    }

    @Test
    void era_aCampaignUnderWayGivesItsWindow() {
        String text = "3月4日，北湖区召开座谈会。会议要求，要结合党史学习教育，引导企业家坚定信心。";
        assertEquals(new EraClues.Window(day(2021, 1, 1), day(2022, 3, 1)), era.window(text));
        Years y = d.years(text, null, null);
        assertEquals(2021, y.yearOf(3, 4), "2022-03-04 is after the campaign's honest end");
        assertEquals("era", y.sourceOf(3, 4));
        assertNull(y.yearOf(1, 20), "January: 2021 and 2022 are both inside");
        assertEquals(new EraClues.Window(day(2024, 3, 1), day(2025, 1, 1)),
                era.window("临川学院扎实开展党纪学习教育。"));
        assertEquals(2024, d.years("5月8日，临川学院扎实开展党纪学习教育。", null, null).yearOf(5, 8));
    }

    @Test
    void era_aCampaignLookedBackOnOrToComeIsOnlyOneBound() {
        assertEquals(new EraClues.Window(day(2021, 1, 1), null),
                era.window("会议要求，巩固拓展党史学习教育成果，推动北湖区各项工作。"), "after it: any time later");
        assertEquals(new EraClues.Window(day(2021, 1, 1), null),
                era.window("方远回顾了上个学年全院深入开展党史学习教育所取得的成绩。"));
        assertEquals(new EraClues.Window(day(2013, 4, 19), null),
                era.window("东岭公司召开党的群众路线教育实践活动总结大会。"));
        assertEquals(new EraClues.Window(null, day(2025, 1, 1)),
                era.window("北湖区即将开展党纪学习教育。"), "to come: before its end, no lower bound");
        assertEquals(new EraClues.Window(day(2016, 2, 1), null),
                era.window("临川社区深入开展“两学一做”学习教育。"), "an open-ended campaign bounds from below only");
    }

    @Test
    void era_campaignsListedTogetherArePastButTheLatest() {
        assertEquals(new EraClues.Window(day(2016, 2, 1), null),
                era.window("北湖区扎实开展党的群众路线教育实践活动、“三严三实”专题教育、“两学一做”学习教育。"),
                "a review: the earlier two are over, the open-ended latest bounds from below");
    }

    @Test
    void era_aSloganIsNotItsCampaign() {
        assertEquals(EraClues.Window.OPEN, era.window("东岭电信始终不忘初心、牢记使命，服务客户。"));
        assertEquals(EraClues.Window.OPEN, era.window("全区严格落实中央八项规定精神。"));
        assertEquals(new EraClues.Window(day(2025, 2, 1), day(2026, 1, 1)),
                era.window("北湖区扎实开展深入贯彻中央八项规定精神学习教育。"));
    }

    @Test
    void era_anAnnualBirthAnniversaryGivesItsYear() {
        assertEquals(new EraClues.Window(day(2024, 1, 1), day(2025, 1, 1)),
                era.window("东岭村举行纪念妈祖诞辰一千零六十四周年春祭大典。"), "a lunar birthday: the year only");
        assertEquals(2024, d.years("5月1日，东岭村举行纪念妈祖诞辰1064周年大会。", null, null).yearOf(5, 1));
        assertEquals(new EraClues.Window(day(2023, 1, 1), day(2024, 1, 1)),
                era.window("北湖书院举行纪念孔子诞辰2574周年典礼。"), "born 551 BC: 2574 years on is 2023");
    }

    @Test
    void era_aRoundBirthAnniversaryIsPreparedTheYearBefore() {
        assertEquals(new EraClues.Window(day(2022, 1, 1), day(2024, 1, 1)),
                era.window("北湖学院举办纪念毛泽东同志诞辰130周年座谈会。"));
        assertEquals(new EraClues.Window(day(2023, 1, 1), day(2025, 1, 1)),
                era.window("北湖书院举行纪念孔子诞辰2575周年典礼。"), "born 551 BC");
        assertNull(d.years("7月14日，北湖区启动纪念周恩来诞辰120周年征文活动。", null, null).yearOf(7, 14),
                "2017 or 2018");
    }

    @Test
    void era_aBirthAnniversaryToComeOrCitedIsABound() {
        assertEquals(new EraClues.Window(day(2023, 1, 1), day(2025, 1, 1)),
                era.window("北湖区筹备纪念妈祖诞辰1064周年春祭大典。"), "an annual one to come: that year or the one before");
        assertEquals(new EraClues.Window(day(2023, 1, 1), null),
                era.window("中心组学习了在纪念毛泽东同志诞辰130周年座谈会上的重要讲话精神。"), "cited later: that year or after");
        assertEquals(EraClues.Window.OPEN, era.window("方远同志诞辰100周年纪念会在北湖举行。"), "not a figure the lexicon knows");
        assertEquals(EraClues.Window.OPEN, era.window("毛泽东同志130周年。"), "a figure's anniversary only with 诞辰");
    }

    @Test
    void era_aCongressStillToComeIsAnUpperBound() {
        assertEquals(new EraClues.Window(null, day(2012, 11, 8)), era.window("方远说，党的十八大将于秋天召开。"));
        assertEquals(new EraClues.Window(null, day(2022, 10, 16)),
                era.window("全院师生以实际行动迎接北湖学院建院70周年和党的二十大召开。"));
    }
}
