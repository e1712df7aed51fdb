package newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import newsgraph.extract.lexicon.Lexicons;
import org.junit.jupiter.api.Test;

/** Drafts built by hand (fictional names). */
class EventMergerTest {
    private static final EventMerger MERGER = new EventMerger(Lexicons.load());

    /** Events all after the article's lead. */
    private static List<EventDraft> merge(EventDraft... events) {
        return MERGER.merge(List.of(events), 0);
    }

    private static EventDraft reported(String name, int start) {
        return new EventDraft(name, "ceremony", start, start + name.length(), false);
    }

    private static List<String> names(List<EventDraft> events) {
        return events.stream().map(e -> e.name).toList();
    }

    @Test
    void merger_anEventToldAgainUnderAShorterNameIsOneEventWithEveryonesRoles() {
        EventDraft ceremony = reported("青禾数字农业服务中心揭牌仪式", 10);
        ceremony.addRole("祁山海", "attended", 0, 40);
        ceremony.organizers.add(new String[] {"青禾县人民政府", "host"});
        ceremony.organizerEvidence.add(new int[] {0, 40});
        EventDraft unveiling = reported("青禾数字农业服务中心揭牌", 60);
        unveiling.addRole("祁山海", "witnessed", 50, 90);
        unveiling.addRole("苗为民", "attended", 50, 90);
        unveiling.date = LocalDate.of(2025, 3, 1);
        unveiling.place = "青禾县";

        List<EventDraft> out = merge(ceremony, unveiling);

        assertEquals(List.of("青禾数字农业服务中心揭牌仪式"), names(out));
        EventDraft one = out.get(0);
        assertEquals(10, one.start, "the first report's evidence");
        assertEquals(Set.of("attended", "witnessed"), one.roles.get("祁山海"));
        assertEquals(0, one.roleEvidence.get("祁山海")[0]);
        assertEquals(Set.of("attended"), one.roles.get("苗为民"));
        assertEquals(1, one.organizers.size());
        assertEquals(LocalDate.of(2025, 3, 1), one.date);
        assertEquals("青禾县", one.place);
    }

    @Test
    void merger_anEventMentionedUnderTheEndOfAReportedNameIsThatEvent() {
        EventDraft later = new EventDraft("中心组理论学习会", "meeting", 80, 88, true);
        assertEquals(List.of("北湖市委中心组理论学习会"), names(merge(reported("北湖市委中心组理论学习会", 0), later)));
        EventDraft other = new EventDraft("中心组理论学习会", "meeting", 80, 88, true);
        assertEquals(2, merge(reported("北湖市委常委会会议", 0), other).size(), "another name: kept");
        EventDraft series = new EventDraft("北湖茶叶博览会", "other", 80, 87, true);
        assertEquals(2, merge(reported("北湖茶叶博览会开幕式", 0), series).size(), "the start of a name: another event");
    }

    @Test
    void merger_anEventToldAgainUnderALongerNameIsOneEvent() {
        assertEquals(List.of("白鹭物流公司合作协议签约"),
                names(merge(reported("白鹭物流公司合作协议签约", 0), reported("白鹭物流公司合作协议签约仪式", 50))));
    }

    @Test
    void merger_aMeetingAboutAnEventIsAnotherEvent() {
        assertEquals(List.of("第三届青禾农民丰收节", "第三届青禾农民丰收节筹备工作推进会"),
                names(merge(reported("第三届青禾农民丰收节", 0), reported("第三届青禾农民丰收节筹备工作推进会", 50))));
    }

    @Test
    void merger_theSameNameOnAnotherKnownDayIsAnotherEvent() {
        EventDraft first = reported("青禾县防汛调度会", 0);
        first.date = LocalDate.of(2025, 7, 1);
        EventDraft second = reported("青禾县防汛调度会", 50);
        second.date = LocalDate.of(2025, 7, 8);
        assertEquals(2, merge(first, second).size());
    }

    @Test
    void merger_leavesEventsOnlyMentionedAlone() {
        EventDraft mentioned = new EventDraft("第三届青禾农民丰收节", "other", 50, 60, true);
        assertEquals(2, merge(reported("第三届青禾农民丰收节开幕式", 0), mentioned).size());
    }

    @Test
    void merger_anUnveilingAfterACeremonyThatHoldsItIsThatCeremony() {
        assertEquals(List.of("青禾数字农业服务中心成立大会暨揭牌仪式"),
                names(merge(reported("青禾数字农业服务中心成立大会暨揭牌仪式", 0), reported("青禾数字农业服务中心揭牌", 50))));
        assertEquals(2, merge(reported("青禾数字农业服务中心项目签约仪式", 0), reported("青禾数字农业服务中心揭牌", 50)).size(),
                "another act on the same place is another event");
    }

    @Test
    void merger_anActInTheLeadIsPartOfTheEventReportedBeforeItWhateverItsName() {
        EventDraft ceremony = reported("青禾数字农业服务中心挂牌仪式", 10);
        EventDraft unveiling = reported("青禾数字农业服务中心揭牌", 40);
        unveiling.act = true;
        unveiling.addRole("祁山海", "attended", 30, 60);
        List<EventDraft> out = MERGER.merge(List.of(ceremony, unveiling), 60);
        assertEquals(List.of("青禾数字农业服务中心挂牌仪式"), names(out));
        assertEquals(Set.of("attended"), out.get(0).roles.get("祁山海"));
        assertEquals(2, MERGER.merge(List.of(ceremony, unveiling), 30).size(), "after the lead it is an event of its own");
    }
}
