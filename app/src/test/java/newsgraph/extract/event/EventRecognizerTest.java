package newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsgraph.extract.lexicon.Lexicons;
import newsgraph.extract.people.PersonMention;
import newsgraph.extract.people.PersonRecognizer;
import newsgraph.extract.segment.HanLpSegmenter;
import newsgraph.extract.segment.Segmenter;
import newsgraph.extract.segment.Token;
import org.junit.jupiter.api.Test;

/** One sentence at a time, with the people the person recognizer finds in it (fictional names). */
class EventRecognizerTest {
    private static final Lexicons LEX = Lexicons.load();
    private static final Segmenter SEG = new HanLpSegmenter();
    private static final PersonRecognizer PEOPLE = new PersonRecognizer(LEX, SEG);
    private static final EventRecognizer EVENTS = new EventRecognizer(LEX);

    private static List<EventDraft> events(String s, boolean articleStart) {
        List<Token> tokens = SEG.segment(s);
        List<PersonMention> people = PEOPLE.recognize(s, tokens, 0);
        return EVENTS.recognize(s, 0, tokens, people, articleStart);
    }

    private static List<String> reported(String s, boolean articleStart) {
        return events(s, articleStart).stream().filter(e -> !e.mentionedOnly).map(e -> e.name).toList();
    }

    @Test
    void events_collectiveStudyIsAMeetingNamedByItsGroup() {
        List<EventDraft> found = events("5月6日上午，镇党委理论学习中心组举行集体学习，县委常委祁山海参加。", true);
        assertEquals(List.of("镇党委理论学习中心组集体学习"), found.stream().map(e -> e.name).toList());
        assertEquals("meeting", found.get(0).kind);
    }

    @Test
    void events_aClauseNamingTheLeaderOfAGroupIsNoPartOfTheName() {
        assertEquals(List.of("青禾县经贸考察团一行前往临江"),
                reported("3月5日至9日，由县长祁山海带领的青禾县经贸考察团一行前往临江，开展招商活动。", true));
    }

    @Test
    void events_aFirstEverIsADescriptionNotPartOfTheName() {
        List<String> all = events("县委书记祁山海日前在全省首次乡村治理工作会议上表示，要推进改革。", false).stream().map(e -> e.name).toList();
        assertEquals(List.of("乡村治理工作会议"), all);
    }

    @Test
    void events_wordsSaidWhileAttendingANamedEventPlaceTheSpeakerThere() {
        assertEquals(List.of("第三届产业投资报告会"),
                reported("临江市副市长祁山海11日在出席临江银行举办的第三届产业投资报告会时说，要加快发展新能源。", true));
        assertEquals(List.of("第二届茶叶大会"),
                reported("县长苗为民日前在参加于北湖举行的“第二届茶叶大会”时表示，要做强品牌。", false));
        assertTrue(reported("县长苗为民在出席一次讨论会时表示，要做强品牌。", false).isEmpty(), "no name of its own");
        assertEquals(List.of("第五届临江国际汽车展"), reported("临江市电子商会副会长罗青山在参观第五届临江国际汽车展时说，新能源车越来越多。", false));
        assertTrue(reported("临江市电子商会副会长罗青山在参观白鹭农场时说，要做强品牌。", false).isEmpty(), "a place, no event");
        assertEquals(List.of("第五届临江电脑博览会"), reported("6月1日，北湖电脑公司总裁罗青山出席第五届临江电脑博览会时表示，供应偏紧。", false));
    }

    @Test
    void events_anAsideAfterTheNameOrAnAddresseeBeforeTheVerbKeepsTheSpeakerAtTheEvent() {
        assertEquals(List.of("第五届临江电脑博览会"), reported("北湖电脑公司总裁罗青山（Luo Qingshan）出席第五届临江电脑博览会时表示，供应偏紧。", false));
        assertEquals(List.of("第五届临江电脑博览会"), reported("北湖电脑公司总裁罗青山出席第五届临江电脑博览会时向与会者警告，供应偏紧。", false));
    }

    @Test
    void events_aVisitLaterInAnArticleNeedsATimeWordOrTheFrameOfWhatWasSaidThere() {
        assertEquals(List.of("罗青山到青禾县考察茶叶市场"), reported("日前，临江市副市长罗青山到青禾县考察茶叶市场。", false));
        assertEquals(List.of("罗青山在青禾县调研茶叶企业"), reported("临江市副市长罗青山在青禾县调研茶叶企业时也了解到，销路很好。", false));
        assertTrue(reported("临江市副市长罗青山考察了茶叶企业，销路很好。", false).isEmpty(), "goes on with the visit the article told");
        assertTrue(reported("据介绍，临江市副市长罗青山到青禾县考察茶叶市场。", false).isEmpty(), "not the subject of its clause");
    }

    @Test
    void events_aLeadDatedByATimeWordAfterItsSubjectReportsTheEventAttended() {
        assertEquals(List.of("北湖集团成立大会"), reported("临江省副省长罗青山昨出席北湖集团成立大会。", true));
        assertEquals(List.of("北湖集团成立大会"), reported("临江省副省长罗青山今天上午出席北湖集团成立大会并致辞。", true));
        assertTrue(reported("临江省副省长罗青山昨出席北湖集团成立大会。", false).isEmpty(), "later in the article: the rule's other conditions");
        assertEquals(List.of("第十二届临江发展论坛开幕式"), reported("临江省副省长罗青山20日在京出席第十二届临江发展论坛开幕式并致辞。", true), "a place after the time word");
        assertEquals(List.of("第十二届临江发展论坛开幕式"), reported("3月13日，临江省副省长罗青山在青禾出席第十二届临江发展论坛开幕式。", true), "a place in a dated lead");
    }

    @Test
    void events_anAwardCeremonySaidToBeAnnouncedTakesPlace() {
        assertEquals(List.of("2023年度临江文化新人颁奖典礼"), reported("2023年度临江文化新人颁奖典礼在临江音乐厅揭晓。", false));
        assertTrue(reported("临江文化新人评选结果揭晓。", false).isEmpty(), "results: no event head");
    }

    @Test
    void events_aLongDescriptionClosedByDeBeforeANameIsNoPartOfIt() {
        assertEquals(List.of("青禾牌高效节水灌溉设备“北湖一号”投产十周年纪念活动"),
                reported("3月11日，全省首台具有自主知识产权、具有国内领先水平的青禾牌高效节水灌溉设备“北湖一号”投产十周年纪念活动在临江隆重举行。", true));
    }

    @Test
    void events_aCountOfMeetingsIsNoOneEvent() {
        assertTrue(events("3月4日至11日，县长苗为民先后召开四次企业座谈会，听取意见。", true).isEmpty());
        assertTrue(events("县人社局连续举办两场招聘会。", false).isEmpty());
    }

    @Test
    void events_unveilingOfANamedPlaceIsAnEvent() {
        assertEquals(List.of("青禾数字农业服务中心揭牌"),
                reported("仪式上，县委书记祁山海与县长苗为民共同为青禾数字农业服务中心揭牌。", false));
    }

    @Test
    void events_unveilingOfABackReferenceOrAnAbbreviationIsPartOfTheCeremony() {
        assertTrue(reported("县委书记祁山海与县长苗为民共同为该中心揭牌。", false).isEmpty());
        assertTrue(reported("县委书记祁山海与县长苗为民共同为农服区揭牌。", false).isEmpty());
    }

    @Test
    void events_aSigningWitnessedLaterInTheArticleIsAnEventOfItsOwn() {
        assertEquals(List.of("青禾农业公司与白鹭物流公司合作协议签约"),
                reported("会谈后，县长苗为民、副县长罗青山共同见证了青禾农业公司与白鹭物流公司合作协议签约。", false));
    }

    @Test
    void events_attendingANamedCeremonyInADatedLeadIsTheEventReported() {
        List<EventDraft> found = events("4月2日，副县长罗青山出席青禾乡第五届油菜花节开幕式并致辞。", true);
        assertEquals(List.of("青禾乡第五届油菜花节开幕式"), found.stream().filter(e -> !e.mentionedOnly).map(e -> e.name).toList());
        assertTrue(reported("副县长罗青山出席青禾乡第五届油菜花节开幕式并致辞。", true).isEmpty(), "no dated lead");
        assertTrue(reported("4月2日，副县长罗青山出席开幕式并致辞。", true).isEmpty(), "no name of its own");
    }

    @Test
    void events_anInspectionCarriedOutSomewhereIsNamedByItsActivity() {
        List<EventDraft> found = events("5月8日，县人大常委会主任苗为民带队到青禾工业园开展《青禾县安全生产条例》执法检查。", true);
        assertEquals(1, found.size());
        assertEquals("《青禾县安全生产条例》执法检查", found.get(0).name);
        assertEquals("青禾工业园", found.get(0).place);
    }

    @Test
    void events_aGenericActivityKeepsTheWholeClauseAsName() {
        List<EventDraft> found = events("5月8日，县长苗为民到青禾乡开展专题调研。", true);
        assertEquals(1, found.size());
        assertFalse(found.get(0).name.equals("专题调研"), found.get(0).name);
        assertEquals("青禾乡", found.get(0).place);
    }

    @Test
    void events_aListOfSideEventsIsNotOneEvent() {
        assertTrue(events("博览会期间还将举办青禾农业论坛、白鹭项目推介会等20余场配套活动。", false).isEmpty());
    }

    @Test
    void events_anUnveilingInTheSentenceOfItsCeremonyIsThatCeremony() {
        assertEquals(List.of("青禾数字农业服务中心揭牌仪式"),
                reported("青禾数字农业服务中心揭牌仪式举行，县委书记祁山海与县长苗为民共同为青禾数字农业服务中心揭牌。", true));
    }

    @Test
    void events_anUnveilingLeadingTheArticleIsTheEventReported() {
        assertEquals(List.of("青禾数字农业服务中心揭牌"),
                reported("3月1日，县委书记祁山海与县长苗为民共同为青禾数字农业服务中心揭牌。", true));
    }

    @Test
    void events_aNumberedCollectiveStudyKeepsItsGroupInTheName() {
        assertEquals(List.of("镇党委理论学习中心组2024年第五次集体学习"),
                reported("6月12日，镇党委理论学习中心组举行2024年第五次集体学习。", true));
    }

    @Test
    void events_attendingANamedCeremonyOnANewDayLaterInTheArticleIsAnEvent() {
        assertEquals(List.of("青禾乡重大项目集中开工仪式"),
                reported("6月13日，县长苗为民出席青禾乡重大项目集中开工仪式并宣布开工。", false));
        assertTrue(reported("县长苗为民还出席了青禾乡重大项目集中开工仪式。", false).isEmpty());
    }

    @Test
    void sentences_openingAroundAnEventAlreadyToldArePlacedOnItsDay() {
        for (String s : List.of("签约前，县长苗为民会见了罗青山一行。", "会谈后，双方见证了合作协议签约。",
                "启动仪式上，祁山海为青禾数字农业服务中心揭牌。", "座谈会结束后，祁山海考察了青禾工业园。",
                "随后，祁山海前往青禾乡调研。", "会后，祁山海会见了罗青山一行。", "当天下午，祁山海出席青禾乡油菜花节开幕式。")) {
            assertTrue(EVENTS.opensAroundAnEvent(s), s);
        }
        for (String s : List.of("日前，祁山海会见了罗青山一行。", "此前，双方签署了合作协议。", "今后，双方将加强合作。",
                "在此基础上，双方签署了合作协议。", "目前，项目进展顺利。", "祁山海会见了罗青山一行。")) {
            assertFalse(EVENTS.opensAroundAnEvent(s), s);
        }
    }

    @Test
    void events_theSigningASentenceSetsItsSceneAtIsAnEventBesideTheUnveiling() {
        List<EventDraft> found = events("在远航集团（以下简称“远航”）与东岭市人民政府智慧物流合作协议签约现场，副市长周立与远航集团董事长许文共同为东岭物流研究院揭牌。", true);
        assertEquals(List.of("远航集团与东岭市人民政府智慧物流合作协议签约", "东岭物流研究院揭牌"), found.stream().map(e -> e.name).toList());
        assertEquals("signing", found.get(0).kind);
        assertEquals(List.of(), reported("在该项目签约现场，周立为东岭物流研究院揭牌。", true).stream().filter(n -> n.endsWith("签约")).toList());
    }

    @Test
    void events_plannedOrPointedAtOrPrefixedNamesAreNoEventsOfTheirOwn() {
        assertEquals(List.of(), reported("远航集团与东岭科技预计在明年签署合资经营协议。", true));
        assertEquals(List.of(), reported("本次发布会在东岭大酒店举行。", true));
        assertEquals(List.of("东岭市物流工作会议"), reported("9点,东岭市物流工作会议在东岭召开。", true));
        assertEquals(List.of(), reported("周立出席新品发布会，同时宣布已与远航集团签订采购协议。", true).stream().filter(n -> n.contains("采购")).toList());
    }

    @Test
    void events_wordsSpokenAtANamedMeetingReportIt_notAtOnePointedBackToOrRecalled() {
        assertEquals(List.of("全县春耕工作会议"), reported("县委书记祁山海在全县春耕工作会议上强调，要抓好生产。", false));
        assertEquals(List.of("青禾乡第五届油菜花节开幕式"), reported("县长罗青山在青禾乡第五届油菜花节开幕式的致辞中表示，欢迎各地游客。", false));
        assertEquals(List.of(), reported("县委书记祁山海在此次会议上强调，要抓好生产。", false));
        assertEquals(List.of(), reported("县委书记祁山海在去年的全县春耕工作会议上所说的话。", false));
    }

    @Test
    void events_anEventNamedInTheClauseBeforeItsSpeakerIsReported_notOneHeldAtAnotherTime() {
        assertEquals(List.of("全国节水技术高峰论坛"), reported("在日前举行的全国节水技术高峰论坛上，水利部农村水利司副司长苗为民表示，节水是长期任务。", false));
        assertEquals(List.of("2024长江物流发展论坛"), reported("5月8日，在临江召开的2024长江物流发展论坛上，市委常委、常务副市长罗青山说，物流是城市的血脉。", false));
        assertEquals(List.of("第二届茶叶大会"), reported("在第二届茶叶大会上，县长祁山海、副县长苗为民分别致辞。", false));
        assertEquals(List.of("第五届临江国际汽车展"), reported("在参观第五届临江国际汽车展时，临江市电子商会副会长罗青山说，新能源车越来越多。", false));
        assertEquals(List.of("第五届临江电脑博览会"), reported("北湖电脑公司总裁罗青山在于近日举行的第五届临江电脑博览会上如是说。", false));
        assertEquals(List.of(), reported("在去年举行的全国节水技术高峰论坛上，水利部农村水利司副司长苗为民表示，节水是长期任务。", false));
        assertEquals(List.of(), reported("在随后举行的座谈会上，县长祁山海表示，欢迎企业投资。", false), "no name of its own");
        assertEquals(List.of(), reported("在全国节水技术高峰论坛上，水利部发布了新标准。", false), "nobody speaks");
    }

    @Test
    void events_anExhibitionIsNamedByItsKind_notByAnyWordEndingIn展() {
        assertEquals(List.of("第五届临江国际汽车展"), reported("5月9日，第五届临江国际汽车展在临江国际会展中心开幕。", true));
        assertEquals(List.of("2024临江春季书画展开幕式"), reported("5月9日，县长祁山海出席2024临江春季书画展开幕式。", true));
        assertEquals(List.of("建材展示会"), reported("日前，一场建材展示会在临江体育馆举行。", true), "a count of one is no part of the name");
        assertEquals(List.of(), reported("5月9日，临江产业发展在北湖召开。", true).stream().filter(n -> n.endsWith("展")).toList());
    }

    @Test
    void events_aVisitEscortedByHostsIsNamedAfterTheFirstVisitor() {
        assertEquals(List.of("罗青山莅临白鹭农场考察指导"),
                reported("4月2日，县长罗青山，副县长苗为民在县委常委祁山海陪同下莅临白鹭农场考察指导。", true));
    }

    @Test
    void events_anEventOfThisKindIsNoEvent() {
        assertEquals(List.of(), reported("这是我县第三年举办此类活动。", false));
    }

    @Test
    void events_rulesRunInTheirNamedPrecedence() {
        assertEquals(List.of("happens", "meeting", "inspection", "convened-meeting", "signing", "scene", "unveiling",
                "witnessed-signing", "attended-event", "speech-at", "held-event", "mentioned-event"), EVENTS.ruleNames());
    }

    @Test
    void events_aSigningToldByItsPartiesInTheLeadIsAnEvent() {
        List<EventDraft> found = events("5月1日，青禾农业公司与白鹭市人民政府在白鹭湖签署战略合作框架协议。", true);
        assertEquals(List.of("青禾农业公司与白鹭市人民政府签署战略合作框架协议"), found.stream().map(e -> e.name).toList());
        assertEquals("signing", found.get(0).kind);
    }

    @Test
    void events_peopleSigningForThePartiesAreNoSigningOfTheirOwn() {
        assertTrue(reported("县长苗为民与青禾农业公司总经理罗青山代表双方签约。", true).isEmpty());
    }

    @Test
    void events_aCallOnSomeoneIsAMeetingNamedByTheClause() {
        assertEquals(List.of("祁山海拜会白鹭市委书记苗为民"), reported("3月30日，青禾县委书记祁山海一行拜会白鹭市委书记苗为民。", true));
    }

    @Test
    void events_aMeetingNeedsAGuestNamedAfterTheVerb() {
        assertTrue(reported("县长苗为民会见时表示，欢迎企业来青禾投资。", false).isEmpty());
    }

    @Test
    void events_aHeadlineRunIntoAWireDatelineKeepsOnlyTheEventsName() {
        assertEquals(List.of("第八届青禾农业交流会"),
                reported("青禾农业交流会在白鹭举办2015-09-23 16:34:18新华社白鹭9月23日电（记者罗青）第八届青禾农业交流会23日在白鹭举办。", true));
    }

    @Test
    void events_attendingAVisitsMeetingIsNoVisitOfOnesOwn() {
        assertTrue(reported("县委常委祁山海出席了调研座谈会。", true).isEmpty());
    }

    @Test
    void events_aLaterSentenceOpeningANewPartOfATripReportsItsOwnVisit() {
        String s = "在白鹭期间，县委书记祁山海一行还前往白鹭港物流园考察。";
        assertEquals(List.of("祁山海前往白鹭港物流园考察"), reported(s, false));
        assertTrue(reported("县委书记祁山海一行还前往白鹭港物流园考察。", false).isEmpty(), "no new part of the trip: more of the event before");
    }

    @Test
    void events_aNameQuotedWholeIsItsInside() {
        assertEquals(List.of("青禾数字农业对接会"), reported("5月8日下午，“青禾数字农业对接会”在青禾县成功举行。", true));
    }

    @Test
    void events_aMannerWordOrACommaMayStandBetweenTheHostAndTheMeeting() {
        assertEquals(1, reported("5月8日，县委书记苗为民亲切会见了白鹭集团董事长罗青山一行。", true).size());
    }

    @Test
    void events_aDelegationOfThreeIsNamedByItsFirstMember() {
        assertEquals(List.of("祁山海会见白鹭集团董事长罗青山等一行"),
                reported("5月8日，县委书记祁山海会见了白鹭集团董事长罗青山、总经理苗为民、副总经理韩晓东等一行。", true));
    }

    @Test
    void events_anActDoneToANamedProjectOrDocumentIsAnEvent() {
        assertEquals(List.of("白鹭港物流园二期工程开工"), reported("白鹭港物流园二期工程6日在青禾县正式开工。", true));
        assertEquals(List.of("青禾县污水处理厂PPP项目签约"), reported("日前，青禾县污水处理厂PPP项目完成签约。", true));
        assertTrue(reported("推介会上共有28个项目签约。", true).isEmpty(), "projects counted, none named");
        assertTrue(reported("该项目正式开工。", true).isEmpty(), "a back reference");
        assertEquals(List.of("白鹭港物流园二期工程开工"), reported("白鹭港物流园二期工程6日在青禾县正式开工建设。", true), "开工建设 names the groundbreaking");
        assertTrue(reported("白鹭港物流园二期工程计划今年开工建设。", true).isEmpty(), "a plan");
    }

    @Test
    void events_aMeetingCalledOnATopicIsNamedByIt() {
        assertEquals(List.of("促进青禾乡蔬菜销售协调会"), reported("当日上午，县政府召集有关部门，就促进青禾乡蔬菜销售召开协调会。", false));
    }

    @Test
    void events_aSigningInASentenceOpeningANewDayIsAnEvent() {
        assertEquals(List.of("青禾县政府与白鹭大学续签《战略合作协议》"), reported("3月31日上午，青禾县政府与白鹭大学续签《战略合作协议》。", false));
        assertEquals(List.of("双方签署《青禾白鹭青年创业合作备忘录》"), reported("会后，双方还签署了《青禾白鹭青年创业合作备忘录》。", false));
    }

    @Test
    void events_anEventAttendedInALaterClauseOfANewActIsAnEvent() {
        assertEquals(List.of("白鹭大学青禾籍学生座谈会"),
                reported("在白鹭期间，县委书记祁山海一行还出席了白鹭大学青禾籍学生座谈会。", false).stream().filter(n -> n.endsWith("座谈会")).toList());
        assertTrue(reported("在白鹭期间，县委书记祁山海一行还考察了白鹭港，出席了白鹭大学青禾籍学生座谈会。", false).contains("白鹭大学青禾籍学生座谈会"));
    }

    @Test
    void events_aDelegationsTripOverTwoClausesIsOneVisit() {
        assertEquals(List.of("祁山海率队前往白鹭市实地考察白鹭港物流园项目"),
                reported("县长祁山海率队前往白鹭市，实地考察白鹭港物流园项目，并与企业负责人座谈。", true));
        assertTrue(reported("县长祁山海前往白鹭市，看望慰问一线职工。", true).isEmpty(), "no delegation: no trip told over two clauses");
    }

    @Test
    void events_aDelegationsTalkWithItsHostsIsAnEventNamedAsWritten() {
        List<EventDraft> found = events("6月9日，县长祁山海一行与白鹭港务集团、青禾物流公司等企业负责人进行了座谈。", false);
        assertEquals(List.of("祁山海一行与白鹭港务集团等企业负责人座谈"), found.stream().map(e -> e.name).toList());
        assertTrue(found.get(0).roles.get("祁山海").contains("attended"));
        assertEquals(List.of("祁山海一行与白鹭市副市长罗青山座谈"), reported("当天下午，县长祁山海一行与白鹭市副市长罗青山座谈。", false));
        List<EventDraft> talks = events("县长祁山海率队与白鹭市副市长罗青山会谈。", false);
        assertEquals(List.of("祁山海与白鹭市副市长罗青山会谈"), talks.stream().map(e -> e.name).toList());
        assertTrue(talks.get(0).roles.get("罗青山").contains("met"), "both sides of 与 take part");
        assertTrue(reported("祁山海在座谈会上指出，要与企业多交流。", false).isEmpty(), "与 in what a speaker says is no talk");
    }

    @Test
    void events_aGroupLedByAPersonIsTheVisitor() {
        assertEquals(List.of("调研组4人到白鹭大学调研座谈"),
                reported("3月10日，县委派出以县纪委书记祁山海为组长的调研组一行4人到白鹭大学调研座谈。", true));
    }

    @Test
    void events_aCountOfEventsIsNoEvent() {
        assertTrue(events("今年以来，青禾县共举办2万场农产品对接会。", false).isEmpty());
        assertTrue(events("青禾县召开了一次农产品对接会。", false).isEmpty());
    }

    @Test
    void events_aModifierClauseWithDeIsNoPartOfTheName() {
        assertEquals(List.of("青禾县第三届茶文化节"), reported("5月6日，主题为“绿色发展”的青禾县第三届茶文化节在青禾广场开幕。", true));
        assertEquals(List.of("白鹭市物流产业博览会"), reported("为期两天的白鹭市物流产业博览会在白鹭会展中心举行。", true));
        assertEquals(List.of("白鹭市物流产业博览会"), reported("由白鹭市商务局主办的白鹭市物流产业博览会在白鹭会展中心举行。", true));
    }

    @Test
    void events_aDayInsideAClauseNameIsNoPartOfIt() {
        assertEquals(List.of("青禾农业公司与白鹭物流公司签署战略合作协议"),
                reported("青禾农业公司与白鹭物流公司6月3日签署战略合作协议。", true));
        assertEquals(List.of("青禾农业公司与白鹭物流公司签署战略合作协议"),
                reported("青禾农业公司与白鹭物流公司日前签署战略合作协议。", true));
    }

    @Test
    void events_aNameOpeningWithABackReferenceIsNoEvent() {
        assertTrue(reported("该公司已经与白鹭物流公司签订合作协议。", true).isEmpty());
    }

    @Test
    void events_anActOfTheDayToldAsItBeginsLosesItsTimeAndModal_oneToComeIsNoEvent() {
        List<String> today = reported("青禾县县长苗为民今天下午将率青禾县经贸考察团抵达白鹭市。", true);
        assertTrue(today.stream().noneMatch(n -> n.contains("今天") || n.contains("将")), today.toString());
        assertTrue(reported("青禾农业公司明日将与白鹭物流公司签署合作协议。", true).isEmpty());
    }
}
