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
import newsgraph.model.Participant;
import newsgraph.model.Project;
import org.junit.jupiter.api.Test;

/** End to end on short articles written for the tests (fictional names and places). */
class ExtractorTest {
    private static final String MEETING = String.join("\n",
            "　　□记者 赵海涛 报道",
            "　　本报3月2日讯 昨天上午，东岳新区高端装备产业链推进会议召开。会议深入学习贯彻习近平总书记重要讲话精神。",
            "市委常委、东岳新区工委书记李明远主持会议并讲话，区人大常委会党组书记、主任钱永胜，东岳新区工委副书记、区长周",
            "海波出席并发言。",
            "　　会议由区发展改革局主办，东岳装备制造协会承办。");

    private ArticleExtraction extract(String text) {
        return Shared.extractor().extract("t.txt", text, LocalDate.of(2024, 3, 2)).articles().get(0);
    }

    private static Official official(ArticleExtraction a, String name) {
        return a.officials().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name + " in " + a.officials()));
    }

    @Test
    void people_everyTitleOfAChainIsSplitIntoOrganizationAndPost() {
        Official o = official(extract(MEETING), "李明远");
        assertEquals(List.of("市委常委", "东岳新区工委书记"), o.titles());
        assertEquals("东岳新区工委", o.positions().get(1).organization());
        assertEquals("书记", o.positions().get(1).post());
        assertNotNull(o.positions().get(1).evidence());
    }

    @Test
    void people_aNameBrokenAcrossLinesIsJoined() {
        assertEquals(List.of("东岳新区工委副书记", "区长"), official(extract(MEETING), "周海波").titles());
    }

    @Test
    void people_aStudiedLeaderIsMentionedNotPresent() {
        ArticleExtraction a = extract(MEETING);
        assertFalse(official(a, "习近平").present());
        assertTrue(a.events().stream().flatMap(e -> e.participants().stream()).noneMatch(p -> p.name().equals("习近平")));
    }

    @Test
    void events_rolesComeFromTheVerbsAfterEachName() {
        ArticleExtraction a = extract(MEETING);
        Event e = a.events().get(0);
        assertEquals("东岳新区高端装备产业链推进会议", e.name());
        assertEquals("2024-03-01", e.date());
        assertEquals(List.of("attended", "chaired", "spoke"), roles(e, "李明远"));
        assertEquals(List.of("attended", "spoke"), roles(e, "钱永胜"));
        assertEquals(List.of("attended", "spoke"), roles(e, "周海波"));
        assertEquals("host", e.organizers().get(0).role());
        assertEquals("undertaker", e.organizers().get(1).role());
    }

    @Test
    void events_aMeetingWithAGuestGivesMetAndAttended() {
        ArticleExtraction a = extract("　　本报讯 3月2日下午，东岳新区工委书记李明远会见远洋航运协会会长郑国平一行。");
        Event e = a.events().get(0);
        assertEquals("visit", e.kind());
        assertEquals(List.of("attended", "met"), roles(e, "李明远"));
        assertEquals(List.of("attended"), roles(e, "郑国平"));
    }

    @Test
    void events_anOrdinalEventMentionedInPassingHasNoAttendees() {
        ArticleExtraction a = extract("　　本报讯 会议传达了东岳市第十二次党代会精神，李明远出席。");
        Event e = a.events().stream().filter(Event::mentionedOnly).findFirst().orElseThrow();
        assertTrue(e.name().contains("第十二次党代会"));
        assertTrue(e.participants().isEmpty());
    }

    @Test
    void projects_investmentBelongsToTheProjectNotToATotal() {
        ArticleExtraction a = extract("　　青岛东岳产业园加快建设，总投资32819.1万元的东岳智能装备项目开工建设；"
                + "全区签约项目20个，总投资300亿元。");
        Project p = a.projects().stream().filter(x -> x.name().equals("东岳智能装备项目")).findFirst().orElseThrow();
        assertEquals(328_191_000L, p.investmentYuan());
        assertEquals("青岛东岳产业园", p.park());
        assertTrue(a.projects().stream().noneMatch(x -> x.investmentYuan() != null && x.investmentYuan() == 30_000_000_000L));
    }

    @Test
    void parks_aCategoryIsNotAPark() {
        ArticleExtraction a = extract("　　全市建设8个新兴产业专业园区，青岛东岳生态园和东岳高新区加快发展。");
        List<String> names = a.parks().stream().map(x -> x.name()).toList();
        assertTrue(names.contains("青岛东岳生态园"), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.contains("专业园区")), names.toString());
    }

    @Test
    void events_eachPersonGoesToTheActTheirOwnVerbNames() {
        ArticleExtraction a = extract("　　本报讯 3月2日，远航集团与东岭科技在临江签署合资经营合同。东岳市委书记方正，市长李岚会见东岭科技董事长许文，"
                + "总经理周立一行，并共同出席签约仪式。东岳市副市长秦川等领导参加。");
        Event signing = a.events().stream().filter(e -> "signing".equals(e.kind())).findFirst().orElseThrow();
        Event meeting = a.events().stream().filter(e -> "visit".equals(e.kind())).findFirst().orElseThrow();
        for (String n : List.of("方正", "李岚", "许文", "周立", "秦川")) {
            assertTrue(roles(signing, n).contains("attended"), n);
        }
        assertEquals(List.of("attended", "met"), roles(meeting, "方正"));
        assertTrue(roles(meeting, "周立").contains("attended"));
        assertFalse(meeting.participants().stream().anyMatch(p -> p.name().equals("秦川")), "秦川 came to the signing only");
    }

    @Test
    void events_talksAfterAttendingAreAMeetingOfTheirOwn() {
        ArticleExtraction a = extract("　　本报讯 3月2日，东岳智慧港项目奠基仪式在东岳新区举行。远洋集团总经理郑国平出席奠基仪式并与东岳省副省长，"
                + "东岳新区工委书记李明远举行会谈。");
        Event talks = a.events().stream().filter(e -> "visit".equals(e.kind())).findFirst().orElseThrow();
        assertEquals("郑国平与李明远举行会谈", talks.name());
        assertEquals(List.of("attended", "met"), roles(talks, "李明远"));
        Event ceremony = a.events().get(0);
        assertEquals(List.of("attended"), roles(ceremony, "郑国平"));
    }

    @Test
    void events_aHeadlineRunIntoItsLeadsDayKeepsOnlyTheEventsName() {
        ArticleExtraction a = extract("东岳市副市长李明远调研智能装备产业园3月1日，东岳市副市长李明远来我区调研智能装备产业园建设。");
        assertFalse(a.events().stream().anyMatch(e -> e.name().endsWith("日")), a.events().toString());
    }

    private static List<String> roles(Event e, String name) {
        return e.participants().stream().filter(p -> p.name().equals(name)).map(Participant::roles).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not at " + e.name() + ": " + e.participants()));
    }
}
