package newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import newsgraph.model.ArticleExtraction;
import newsgraph.model.Event;
import newsgraph.model.Official;
import newsgraph.model.Organizer;
import newsgraph.model.Participant;
import newsgraph.model.Position;
import newsgraph.model.Project;
import org.junit.jupiter.api.Test;

/**
 * The common ways news leads introduce an event, written for the tests (fictional people, places and
 * companies): a convener 召开会议, 在某地会见了, 到某地调研, 由…主办的…开幕, a web page with a metadata
 * line, bylines in brackets or after the body, investments stated after a project.
 */
class LeadPatternsTest {

    private static ArticleExtraction extract(String text) {
        return Shared.extractor().extract("t.txt", text, LocalDate.of(2025, 6, 1)).articles().get(0);
    }

    private static Event event(ArticleExtraction a, String kind) {
        return a.events().stream().filter(e -> !e.mentionedOnly() && e.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " event in " + a.events()));
    }

    private static List<String> roles(Event e, String name) {
        return e.participants().stream().filter(p -> p.name().equals(name)).map(Participant::roles).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not at " + e.name() + ": " + e.participants()));
    }

    private static Official official(ArticleExtraction a, String name) {
        return a.officials().stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " in " + a.officials()));
    }

    @Test
    void conveningBodyCallsAMeeting_isTheEventAndBracketedBylineGivesTheReporter() {
        ArticleExtraction a = extract(String.join("\n",
                "　　本报讯（记者 罗文杰）5月8日上午，青川县委常委会召开会议，传达学习有关文件精神。县委书记马志远主持会议并讲话。",
                "　　会议强调，要抓好各项工作落实。",
                "　　县委副书记、县长丁立平，县政协主席毛冬梅出席会议。"));
        assertEquals(List.of("罗文杰"), a.reporters());
        Event e = event(a, "meeting");
        assertEquals("青川县委常委会会议", e.name());
        assertEquals(List.of("attended", "chaired", "spoke"), roles(e, "马志远"));
        assertEquals(List.of("attended"), roles(e, "丁立平"));
        assertEquals(List.of("attended"), roles(e, "毛冬梅"));
        assertEquals("2025-05-08", e.date());
    }

    @Test
    void meetingAtAPlaceWithParticle_isAVisitAndTheParticleStaysOutOfTitles() {
        ArticleExtraction a = extract(String.join("\n",
                "　　本报5月20日讯（记者 宁珊）今天上午，西岭市委书记韩卫东在西岭国际酒店会见了荷兰范德集团总经理彼得一行。",
                "　　市委常委、秘书长许立参加会见。"));
        assertEquals(List.of("宁珊"), a.reporters());
        Event e = event(a, "visit");
        assertTrue(e.name().startsWith("韩卫东会见荷兰范德集团总经理彼得"), e.name());
        assertEquals("西岭国际酒店", e.place());
        assertEquals(List.of("attended", "met"), roles(e, "韩卫东"));
        assertEquals(List.of("attended"), roles(e, "彼得"));
        assertEquals(List.of("attended"), roles(e, "许立"), "参加会见 is attending, not meeting");
        assertEquals(List.of("荷兰范德集团总经理"), official(a, "彼得").titles());
        assertTrue(a.organizations().stream().noneMatch(o -> o.name().startsWith("了")), a.organizations().toString());
    }

    @Test
    void investmentAfterTheProject_trailingByline_andNoOrganizationSpanningPeople() {
        ArticleExtraction a = extract(String.join("\n",
                "　　本报讯 西岭新区与安远科技集团战略合作签约仪式在西岭举行。西岭新区管委会主任蒋涛与安远科技集团董事长郝明签署协议。",
                "　　此次签约的安远新材料产业园项目总投资36亿元，主要建设新材料生产线。",
                "通讯员 龚琳 记者 程杰"));
        assertEquals(List.of("龚琳", "程杰"), a.reporters());
        Project p = a.projects().stream().filter(x -> x.name().equals("安远新材料产业园项目")).findFirst()
                .orElseThrow(() -> new AssertionError(a.projects().toString()));
        assertEquals(3_600_000_000L, p.investmentYuan());
        assertTrue(a.organizations().stream().noneMatch(o -> o.name().contains("蒋涛") || o.name().contains("涛与") || o.name().contains("签署")),
                a.organizations().toString());
    }

    @Test
    void inspectionTrip_placeIsWhereTheyWent_andThisProjectTakesItsInvestment() {
        ArticleExtraction a = extract(String.join("\n",
                "　　6月2日，市长罗斌到南湖高新区调研科技企业发展情况。",
                "　　在星河储能项目现场，罗斌了解项目进展。该项目总投资18亿元，建成后年产值可达30亿元。随后，罗斌来到南湖光电产业园，察看园区建设。",
                "　　副市长沈洁陪同调研。"));
        Event e = event(a, "inspection");
        assertEquals("南湖高新区", e.place());
        assertEquals(List.of("attended", "inspected"), roles(e, "罗斌"));
        assertEquals(List.of("attended", "accompanied"), roles(e, "沈洁"));
        Project p = a.projects().stream().filter(x -> x.name().equals("星河储能项目")).findFirst()
                .orElseThrow(() -> new AssertionError(a.projects().toString()));
        assertEquals(1_800_000_000L, p.investmentYuan());
        List<String> parks = a.parks().stream().map(x -> x.name()).toList();
        assertTrue(parks.contains("南湖光电产业园"), parks.toString());
        assertTrue(parks.stream().noneMatch(n -> n.contains("罗斌") || n.startsWith("察看")), parks.toString());
    }

    @Test
    void organizersListedBeforeTheName_andDateBetweenNameAndPlace() {
        ArticleExtraction a = extract(
                "　　本报讯（记者 鲁宁）由西岭市人民政府主办、西岭市文旅局承办、西岭市旅游协会协办的2025西岭文化旅游博览会9月9日在西岭会展中心开幕。"
                        + "市委书记韩卫东出席开幕式并致辞，市长罗斌主持开幕式。");
        Event e = event(a, "forum");
        assertEquals("2025西岭文化旅游博览会", e.name());
        assertEquals("西岭会展中心", e.place());
        assertEquals("2025-09-09", e.date());
        assertEquals(List.of("西岭市人民政府:host", "西岭市文旅局:undertaker", "西岭市旅游协会:co_host"),
                e.organizers().stream().map((Organizer o) -> o.name() + ":" + o.role()).toList());
        assertEquals(List.of("attended", "spoke"), roles(e, "韩卫东"));
        assertTrue(roles(e, "罗斌").contains("chaired"));
    }

    @Test
    void webPage_metadataLineIsNotTheTitle_andTheReportedMeetingHasItsPeople() {
        ArticleExtraction a = extract(String.join("\n",
                "南湖区召开2025年安全生产工作会议",
                "发布时间：2025-03-02 09:10  来源：南湖区政府办",
                "　　3月1日上午，南湖区召开2025年安全生产工作会议。区委副书记、区长祁峰出席会议并讲话，副区长闵瑞主持会议。",
                "　　会上，区应急管理局作交流发言。"));
        assertEquals("南湖区召开2025年安全生产工作会议", a.title());
        Event e = event(a, "meeting");
        assertFalse(e.mentionedOnly());
        assertTrue(e.name().contains("2025年安全生产工作会议"), e.name());
        assertEquals(List.of("attended", "spoke"), roles(e, "祁峰"));
        assertEquals(List.of("attended", "chaired"), roles(e, "闵瑞"));
    }

    @Test
    void positionEvidence_isTheWholeSentenceThatStatesIt() {
        String sentence = "县委副书记、县长丁立平出席会议并讲话。";
        ArticleExtraction a = extract("　　本报讯 青川县委常委会召开会议。" + sentence);
        Position p = official(a, "丁立平").positions().get(1);
        assertEquals("县长", p.title());
        assertNotNull(p.evidence());
        assertEquals(sentence, p.evidence().sentence());
        assertTrue(p.evidence().end() - p.evidence().start() >= sentence.length());
    }

    @Test
    void delegationLedToAnotherCity_isLedThere_andADatedMeetingLaterIsItsOwnEvent() {
        ArticleExtraction a = extract(String.join("\n",
                "　　本报讯（记者 贺云）5月12日至13日，市委书记韩卫东率西岭市党政代表团赴青川县考察学习。市领导许立参加考察。",
                "　　5月13日上午，两地召开合作交流座谈会。青川县委书记马志远主持座谈会，县长丁立平介绍了青川发展情况。"));
        Event trip = event(a, "inspection");
        assertEquals("青川县", trip.place());
        assertEquals(List.of("attended", "led"), roles(trip, "韩卫东"));
        assertEquals(List.of("attended"), roles(trip, "许立"));
        assertTrue(a.events().stream().noneMatch(e -> e.name().contains("参加考察")), a.events().toString());
        Event talk = event(a, "meeting");
        assertEquals("合作交流座谈会", talk.name());
        assertEquals(List.of("attended", "chaired"), roles(talk, "马志远"));
        assertEquals(List.of("attended", "spoke"), roles(talk, "丁立平"));
    }

    @Test
    void aCapacityInsideAProjectName_staysInTheName() {
        ArticleExtraction a = extract("　　今年以来，远帆材料年产3万吨碳纤维项目加快建设。晨光电子8英寸芯片封装项目已经投产。");
        List<String> names = a.projects().stream().map(Project::name).toList();
        assertTrue(names.contains("远帆材料年产3万吨碳纤维项目"), names.toString());
        assertTrue(names.contains("晨光电子8英寸芯片封装项目"), names.toString());
    }

    @Test
    void investmentLaterInTheSentence_belongsToTheProjectItOpensWith() {
        ArticleExtraction a = extract("　　晨光电子芯片封装项目由晨光电子股份有限公司投资建设，总投资12亿元，目前已进入设备安装阶段。"
                + "全区共签约项目9个，总投资300亿元。");
        Project p = a.projects().stream().filter(x -> x.name().equals("晨光电子芯片封装项目")).findFirst()
                .orElseThrow(() -> new AssertionError(a.projects().toString()));
        assertEquals(1_200_000_000L, p.investmentYuan());
        assertTrue(a.projects().stream().noneMatch(x -> x.investmentYuan() != null && x.investmentYuan() == 30_000_000_000L));
    }
}
