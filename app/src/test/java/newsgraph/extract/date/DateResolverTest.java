package newsgraph.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateResolverTest {
    private final DateResolver d = new DateResolver();

    @Test
    void dates_resolveRelativeDaysAgainstTheDateline() {
        LocalDate dl = d.dateline("本报6月6日讯 今天上午", 2024);
        assertEquals(LocalDate.of(2024, 6, 6), dl);
        assertEquals(LocalDate.of(2024, 6, 5), d.first("昨天下午，会议召开", 2024, dl));
        assertEquals(LocalDate.of(2024, 7, 21), d.first("7月21日下午，会议召开", 2024, dl));
    }

    @Test
    void dates_sameDayMeansTheDayTalkedAboutWhileYesterdayCountsFromTheDayOfWriting() {
        LocalDate writing = LocalDate.of(2025, 7, 9);
        LocalDate talkedAbout = LocalDate.of(2025, 7, 8);
        assertEquals(talkedAbout, d.first("当天下午，会议召开", 2025, writing, talkedAbout));
        assertEquals(talkedAbout, d.first("昨天下午，会议召开", 2025, writing, talkedAbout));
        assertEquals(writing, d.first("今天上午，会议召开", 2025, writing, talkedAbout));
        assertNull(d.first("当天下午，会议召开", 2025, writing, null), "no day talked about: not guessed");
        assertNull(d.first("昨天下午，会议召开", 2025, null, talkedAbout), "no day of writing: not guessed");
    }

    @Test
    void dates_wireDatelineIsTheBaseAndItsBareDayMeansItsMonth() {
        String lead = "新华社临川5月6日电（记者 甲乙）5日上午，第三届茶博会开幕。";
        LocalDate dl = d.dateline(lead, 2024);
        assertEquals(LocalDate.of(2024, 5, 6), dl);
        assertEquals(LocalDate.of(2024, 5, 5), d.first(lead, 2024, dl));
        assertEquals(LocalDate.of(2024, 4, 30), d.first("30日晚，会议闭幕", 2024, dl), "later than the dateline: last month");
        assertNull(d.first("5日上午，开幕", 2024, null), "no dateline: not guessed");
        assertEquals(LocalDate.of(2024, 5, 6), d.dateline("中新网临川5月6日电 今天，", 2024));
    }

    @Test
    void dates_aBareDayLaterThanTheDatelineIsOfItsMonthWhenItsClauseSpeaksOfWhatIsToCome() {
        LocalDate dl = LocalDate.of(2024, 5, 15);
        assertEquals(LocalDate.of(2024, 5, 16), d.first("16日上午代表团将举行推介会", 2024, dl), "tomorrow");
        assertEquals(LocalDate.of(2024, 5, 30), d.first("取消原订30日举行的奠基仪式", 2024, dl));
        assertEquals(LocalDate.of(2024, 4, 19), d.first("在19日举行的博览会上", 2024, dl), "told as past: last month");
        assertEquals(LocalDate.of(2024, 4, 30), d.first("30日晚，会议闭幕", 2024, LocalDate.of(2024, 5, 6)));
    }

    @Test
    void dates_aLeadOpeningWithADateAndAReportWordIsADateline() {
        assertEquals(LocalDate.of(2024, 2, 15), d.dateline("2月15日综合报道，今天下午代表团抵达。", 2024));
        assertEquals(LocalDate.of(2024, 7, 21), d.dateline("发布人：7月21日消息，明天将举行签约仪式。", 2024));
        assertNull(d.dateline("会议指出，某报3月5日报道的问题要整改。", 2024), "mid-text a date before 报道 cites a source");
        assertEquals(LocalDate.of(2024, 2, 16), d.first("明天下午将举办联谊会", 2024, d.dateline("2月15日综合报道，", 2024)));
    }

    @Test
    void dates_aNumberRunIntoAMonthIsSkipped() {
        assertEquals(LocalDate.of(2014, 7, 9), d.first("点击：577月9日下午，校长会见了校友", 2014, null));
    }

    @Test
    void dates_aSentenceOpeningWithADayIsItsTime() {
        LocalDate talkedAbout = LocalDate.of(2024, 4, 8);
        assertEquals(LocalDate.of(2024, 4, 2), d.opening("　4月2日，代表团赴临江出席揭牌仪式。", 2024, null, talkedAbout));
        assertEquals(talkedAbout, d.opening("同日，代表团会见了市长。", 2024, null, talkedAbout));
        assertEquals(talkedAbout, d.opening("当晚，代表团观看了演出。", 2024, null, talkedAbout));
        assertEquals(LocalDate.of(2024, 4, 9), d.opening("次日上午，代表团考察园区。", 2024, null, talkedAbout));
        assertNull(d.opening("代表团于4月2日出席揭牌仪式。", 2024, null, talkedAbout), "not at the opening");
        assertNull(d.first("在本次日本的访问中，双方签约", 2024, null, talkedAbout), "本次 日本: no 次日");
        assertNull(d.opening("30日内完成整改。", 2024, LocalDate.of(2024, 5, 6), talkedAbout), "a span, not a date");
    }

    @Test
    void dates_yesterdayWrittenAsOneCharacter() {
        LocalDate writing = LocalDate.of(2024, 6, 12);
        assertEquals(LocalDate.of(2024, 6, 11), d.first("副省长罗青山昨出席成立大会", 2024, writing));
        assertEquals(LocalDate.of(2024, 6, 11), d.first("昨晚，晚会举行", 2024, writing));
    }

    @Test
    void dates_writtenWithFullWidthDigitsReadAsAsciiOnes() {
        assertEquals(LocalDate.of(2024, 2, 15), d.first("２月１５日至２１日，市长率代表团前往临江", 2024, null));
        assertEquals(LocalDate.of(2024, 5, 6), d.dateline("新华社临川５月６日电 今天，", 2024));
        assertEquals(LocalDate.of(2024, 3, 4), d.opening("３月４日上午，会议召开。", 2024, null, null));
        assertEquals(LocalDate.of(2024, 6, 12), d.pageDate("发布时间：２０２４-０６-１２"));
        assertEquals(2024, d.inferYear("１０月１４日，２０２４临江茶博会在北湖举行。"));
    }

    @Test
    void dates_withoutAYearAreNeverGuessed() {
        assertNull(d.first("7月21日下午，会议召开", (Integer) null, null));
        assertNull(d.dateline("本报6月6日讯", (Integer) null));
    }

    @Test
    void year_comesFromTheDatedLeadEventOrTheMostMentionedYear() {
        assertEquals(2023, d.inferYear("本报讯 7月21日晚，2023东岳新区人才之夜活动在东岳广场举行。2022年曾举办。"));
        assertEquals(2024, d.inferYear("2024年工作要点提出，2024年要加快建设，2023年已完成。"));
        assertNull(d.inferYear("2024年美食节启幕，2025年大会筹备。"));
    }

    @Test
    void year_ignoresTargetsPlansAndOtherEditions_withTheYearContextLexicon() {
        DateResolver withContext = new DateResolver(newsgraph.extract.lexicon.Lexicons.load().yearContext());
        // A congress being prepared, a target year, a past edition: none is the year of writing.
        assertEquals(2024, withContext.inferYear("2024青溪美食节10日启幕。双方就2025年第五届云岭商会大会筹备事宜进行洽谈。"));
        assertEquals(2025, withContext.inferYear("2025年工作会议召开。会议提出，到2030年建成示范区。"));
        assertEquals(2025, withContext.inferYear("去年举办的2024临江博览会反响热烈，2025临江论坛今天开幕。"));
        assertNull(withContext.inferYear("到2030年建成示范区，到2035年基本实现现代化。"), "only targets: no year");
    }

    @Test
    void year_comesFromLastYearsEditionWhenNoOtherYearIsStated() {
        DateResolver withContext = new DateResolver(newsgraph.extract.lexicon.Lexicons.load().yearContext());
        assertEquals(2025, withContext.inferYear("9月9日，签约仪式举行。去年举办的2024青禾物流博览会上，双方达成意向。"));
        assertEquals(2023, withContext.inferYear("5月1日，青禾美食节开幕。明年举办的2024青禾美食节将扩大规模。"));
    }

    @Test
    void year_namedMostButEarlierThanAnotherIsHistoryNotTheYearOfWriting() {
        DateResolver withContext = new DateResolver(newsgraph.extract.lexicon.Lexicons.load().yearContext());
        assertNull(withContext.inferYear("7月8日，青禾机械公司发布数据。2010年销量增长，2010年利润上升，2010年出口翻番，2011年上半年继续增长。"),
                "2010 is named most, 2011 is later: 2010 is history");
        assertEquals(2011, withContext.inferYear("2011年上半年，青禾机械销量增长；2011年下半年将扩产，2010年基数较低。"));
        assertNull(withContext.inferYear("3月11日，青禾公司申请2000多项专利，招聘2000余人。"), "counts, not years");
        assertNull(withContext.inferYear("新厂预计2012年投产，计划2013年扩建。"), "years to come are not the year of writing");
    }

    @Test
    void year_ofSettingSomethingUpIsNotTheYearOfWriting() {
        DateResolver withContext = new DateResolver(newsgraph.extract.lexicon.Lexicons.load().yearContext());
        assertEquals(2024, withContext.inferYear("青禾保税区于2023年11月经批复设立，是2024年全省第二个封关运作的保税区。"));
    }

    @Test
    void dates_aPageHeaderOrAWebMetadataLineGivesTheDateOfIssue() {
        assertEquals(LocalDate.of(2025, 7, 9), d.pageDate("青禾日报　2025年7月9日　星期三\n\n标题\n　　本报讯 昨天，会议召开。"));
        assertEquals(LocalDate.of(2025, 5, 17), d.pageDate("白鹭日报　2025年5月17日　第1版\n标题"));
        assertEquals(LocalDate.of(2025, 6, 12), d.pageDate("标题\n发布时间：2025-06-12 16:30　　来源：青禾日报"));
        assertNull(d.pageDate("　　本报讯 2024年6月6日，青禾县召开会议，部署工作。"), "a date in running text is not a header");
    }

    @Test
    void dates_aLineOfOnlyADateAndTimeOrASourceLineGivesTheDateOfIssue() {
        assertEquals(LocalDate.of(2015, 8, 2), d.pageDate("青禾签署合作协议\n2015-08-02 11:09:03\n新华社青禾8月2日电（记者甲）…"));
        assertEquals(LocalDate.of(2025, 11, 19), d.pageDate("青禾县召开工作会\n2025-11-19\n11月17日，青禾县召开工作会。"));
        assertEquals(LocalDate.of(2022, 6, 15), d.pageDate("标题\n发布时间: 2022.06.15"));
        assertEquals(LocalDate.of(2011, 5, 16), d.pageDate("标题\n来源：青禾日报　2011-05-16\n正文。"));
        assertEquals(LocalDate.of(2021, 3, 5), d.pageDate("标题\n2021年3月5日 10:20\n正文。"));
        assertNull(d.pageDate("标题\n青禾县2011-2015年规划，部署工作。"), "a range of years in running text is no date");
        assertEquals(LocalDate.of(2015, 7, 21), d.pageDate("标题\n2015-07-21 17:36:12 青禾五金网\n7月15日，会议召开。"),
                "a date line may end with the name of the site");
    }

    @Test
    void dates_theMetadataLineIsReadWhereverItStandsAndHoweverItIsPadded() {
        // read in place, line by line: padding, \r\n, full-width digits, the last line without a newline
        assertEquals(LocalDate.of(2024, 6, 12), d.pageDate("标题\r\n　　发布时间：２０２４-０６-１２　　\r\n正文。"));
        assertEquals(LocalDate.of(2023, 1, 9), d.pageDate("标题\n正文，会议召开。\n\n来源：青禾日报 2023-01-09"));
        assertEquals(LocalDate.of(2023, 1, 9), d.pageDate("\n\n\n2023-01-09 08:00\n"));
        assertNull(d.pageDate(""));
        assertNull(d.pageDate("\n"));
        assertNull(d.pageDate("发布时间：2023-01-09 " + "青禾县召开会议".repeat(7)),
                "a line over 60 characters is running text, not metadata");
        assertEquals(LocalDate.of(2023, 1, 9), d.pageDate("　".repeat(80) + "发布时间：2023-01-09" + "　".repeat(80)),
                "padding does not count in a line's length");
    }

    @Test
    void dates_aBareDayOpeningAClauseIsADayOfTheDatelinesMonth_butNotASpan() {
        LocalDate base = LocalDate.of(2020, 11, 6);
        assertEquals(LocalDate.of(2020, 11, 4), d.first("4日正值博览会开幕", 2020, base));
        assertNull(d.first("30日内完成整改", 2020, base));
    }

    @Test
    void year_aSpanOfHistoryIsNotTheYearOfWriting() {
        DateResolver withContext = new DateResolver(newsgraph.extract.lexicon.Lexicons.load().yearContext());
        assertEquals(2021, withContext.inferYear("位列2021年世界500强。从2015年起步，公司发展迅速。"));
    }

    @Test
    void dates_aFileNameMayCarryTheDate() {
        assertEquals(LocalDate.of(2011, 5, 16), d.fileDate("2011-05-16_青禾会议.txt"));
        assertEquals(LocalDate.of(2011, 5, 16), d.fileDate("qh20110516-01.txt"));
        assertNull(d.fileDate("r07_page-12345678.txt"), "not a valid date");
        assertNull(d.fileDate("001_cd10894def32b671.txt"));
    }

    @Test
    void dates_aSpanOfDaysIsDatedByItsFirstDayAndItsLastDayIsNoBareDay() {
        LocalDate issue = LocalDate.of(2024, 5, 30);
        assertEquals(LocalDate.of(2024, 5, 28), d.first("5月28-29日，第八届青禾论坛在临川举行", 2024, issue));
        assertEquals(LocalDate.of(2024, 11, 11), d.first("博览会将于2024年11月11~13日在临川举办", 2024, issue));
        assertEquals(LocalDate.of(2024, 4, 21), d.first("采购节将于4月21至23日举行", 2024, issue));
        assertNull(d.first("展会于26-28日在临川举行", 2024, issue), "the end of a span without its month is no date");
    }

    @Test
    void dates_aWeekdayOfThisTheLastOrTheNextWeekCountsFromTheWeekOfWriting() {
        LocalDate friday = LocalDate.of(2024, 8, 23);
        assertEquals(LocalDate.of(2024, 8, 19), d.first("本周一，甲公司经销商大会在临川召开", 2024, friday));
        assertEquals(LocalDate.of(2024, 8, 25), d.first("展会将于本周日闭幕", 2024, friday), "weeks run Monday to Sunday");
        assertEquals(LocalDate.of(2024, 8, 16), d.first("上周五，双方签署协议", 2024, friday));
        assertEquals(LocalDate.of(2024, 8, 14), d.first("上个星期三下午，座谈会举行", 2024, friday));
        assertEquals(LocalDate.of(2024, 8, 27), d.first("下周二将举行推介会", 2024, friday));
        assertEquals(LocalDate.of(2024, 8, 19), d.opening("本周一上午，市长方正会见了客商。", 2024, friday, null));
        assertNull(d.first("本周末，展会闭幕", 2024, friday), "a weekend is no day");
        LocalDate monday = LocalDate.of(2024, 8, 19);
        assertNull(d.first("甲本周四在出席年会时表示", 2024, monday), "later this week yet told as past: the date at hand is not the day of writing");
        assertEquals(LocalDate.of(2024, 8, 22), d.first("甲公司将于本周四发布新品", 2024, monday));
        assertNull(d.first("若算上周边道路改造，总投资更多", 2024, friday), "上周边 is no weekday");
        assertNull(d.first("受日本周五地震影响，价格上涨", 2024, friday), "日本 周五: a country, then a bare weekday");
        assertNull(d.first("本周一，会议召开", 2024, null), "no day of writing: not guessed");
    }

    @Test
    void dates_theDayBeforeYesterdayAndTheMorningOrEveningOfToday() {
        LocalDate writing = LocalDate.of(2024, 4, 19);
        assertEquals(LocalDate.of(2024, 4, 17), d.first("省商务厅前晚在临川举办交流会", 2024, writing));
        assertEquals(LocalDate.of(2024, 4, 17), d.first("副市长周立前日出席开幕式", 2024, writing));
        assertEquals(writing, d.first("今晨，首班列车开出", 2024, writing));
        assertEquals(writing, d.first("晚会今晚在体育馆举行", 2024, writing));
        assertNull(d.first("目前日本市场需求旺盛", 2024, writing), "目前 日本: no 前日");
        assertNull(d.first("报价较前日下跌", 2024, writing), "较前日: the day before, in a comparison");
        assertNull(d.first("据今晚报报道，展会闭幕", 2024, writing), "a paper's name");
        assertNull(d.first("会前晚宴在酒店举行", 2024, writing), "会前 晚宴: no 前晚");
    }

    @Test
    void dates_aMonthAndDayAfterLastYearOrThisYearCountsFromTheYearOfWriting() {
        LocalDate writing = LocalDate.of(2024, 3, 10);
        assertEquals(LocalDate.of(2023, 11, 5), d.first("去年11月5日，双方签署合作协议", 2024, writing));
        assertEquals(LocalDate.of(2022, 6, 1), d.first("前年6月1日，园区开园", 2024, writing));
        assertEquals(LocalDate.of(2025, 1, 8), d.first("明年1月8日将举行第二届论坛", 2024, writing));
        assertEquals(LocalDate.of(2024, 2, 20), d.first("今年2月20日，项目开工", 2024, writing));
        assertEquals(LocalDate.of(2023, 11, 5), d.opening("去年11月5日，双方签署合作协议。", 2024, writing, null));
        assertEquals(LocalDate.of(2023, 11, 5), d.first("去年11月5日，双方签约", 2024, null), "the document's year");
        assertNull(d.first("去年11月5日，双方签约", (Integer) null, null), "no year of writing: not guessed");
    }

    @Test
    void dates_aDayOfThisOrLastMonthCountsFromTheMonthOfWriting() {
        LocalDate writing = LocalDate.of(2024, 1, 12);
        assertEquals(LocalDate.of(2024, 1, 5), d.first("本月5日，甲区召开推进会", 2024, writing));
        assertEquals(LocalDate.of(2023, 12, 28), d.first("上月28日，项目签约", 2024, writing), "last month, over the year");
        assertEquals(LocalDate.of(2023, 12, 28), d.first("上个月28日，项目签约", 2024, writing));
        assertEquals(LocalDate.of(2024, 2, 3), d.first("下月3日将开幕", 2024, writing));
        assertEquals(LocalDate.of(2024, 1, 7), d.first("本月7~9日，甲博览会在临川举行", 2024, writing), "a span: its first day");
        assertNull(d.first("上月31日", 2024, LocalDate.of(2024, 3, 12)), "February has no 31st");
        assertNull(d.first("本月5日，会议召开", 2024, null), "no day of writing: not guessed");
    }

    @Test
    void pageDate_aLineOfNamesWithADateAndAClockTimeIsTheTimeOfPosting() {
        assertEquals(LocalDate.of(2025, 8, 18), d.pageDate("甲乙产业园揭牌\n\n原创　青禾发布　青禾发布　2025年08月18日 20:36　江小禾\n\n今天上午，…"));
        assertEquals(LocalDate.of(2024, 3, 5), d.pageDate("标题\n青禾发布　2024-03-05 21:30\n今天上午，…"));
        assertEquals(LocalDate.of(2010, 9, 10), d.pageDate("标题\n2010年09月10日09:14来源:青禾网\n正文"));
        assertNull(d.pageDate("招标公告\n投标截止时间 2024年5月19日 9:00\n报名截止：2024年5月19日 9:00\n正文"),
                "a deadline is no time of posting: a label before it");
    }
}
