package newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import newsgraph.extract.lexicon.Lexicons;
import newsgraph.extract.people.PersonMention;
import newsgraph.extract.people.PersonRecognizer;
import newsgraph.extract.segment.HanLpSegmenter;
import newsgraph.extract.segment.Segmenter;
import org.junit.jupiter.api.Test;

class ParticipantLinkerTest {
    private static final Lexicons LEX = Lexicons.load();
    private static final ParticipantLinker LINKER = new ParticipantLinker(LEX);
    private static final Segmenter SEG = new HanLpSegmenter();
    private static final PersonRecognizer PEOPLE = new PersonRecognizer(LEX, SEG);

    private static EventDraft linked(String s) {
        List<PersonMention> people = PEOPLE.recognize(s, SEG.segment(s), 0);
        EventDraft e = new EventDraft("青禾县农业工作会议", "meeting", 0, 0, false);
        LINKER.link(s, 0, people, e);
        return e;
    }

    @Test
    void linker_aSourceTheReporterCitesHasNoPart() {
        EventDraft e = linked("据县农业农村局局长罗青山介绍，会议还部署了春耕工作。");
        assertEquals(Set.of(), e.roles.keySet());
    }

    @Test
    void linker_wordsToThePressAreNoSpeech() {
        assertEquals(Set.of(), LINKER.roles("就对记者介绍过青禾的例子"));
        assertEquals(Set.of(), LINKER.roles("接受记者采访时介绍"));
        assertEquals(Set.of("spoke"), LINKER.roles("介绍了青禾的经验"));
    }

    @Test
    void linker_anAnnouncementAtAVisitCountsOnlyWithSomeoneOnIt() {
        EventDraft visit = new EventDraft("罗青山到青禾县考察", "inspection", 0, 0, false);
        String s = "随后，白鹭集团副总裁苗为民宣布，要将青禾公司建设好。";
        LINKER.link(s, 100, PEOPLE.recognize(s, SEG.segment(s), 100), visit);
        assertEquals(Set.of(), visit.roles.keySet(), "news of their own");
        visit.addRole("罗青山", "attended", 0, 10);
        String together = "副市长罗青山、县长苗为民共同宣布青禾农产品启运。";
        LINKER.link(together, 200, PEOPLE.recognize(together, SEG.segment(together), 200), visit);
        assertEquals(Set.of("attended", "announced"), visit.roles.get("苗为民"));
    }

    @Test
    void linker_aListAfterTheVerbAttends() {
        EventDraft e = linked("出席会议的还有县委常委祁山海，副县长罗青山、苗为民。");
        assertEquals(Set.of("祁山海", "罗青山", "苗为民"), e.roles.keySet());
        assertEquals(Set.of("attended"), e.roles.get("罗青山"));
    }

    @Test
    void linker_aListOpenedByADayWordAndWhoTheyAreAttends() {
        EventDraft e = linked("当天出席的领导和专家有：省科协主席祁山海，市发展研究中心主任罗青山，县长苗为民等。");
        assertEquals(Set.of("祁山海", "罗青山", "苗为民"), e.roles.keySet());
        assertEquals(Set.of("attended"), e.roles.get("罗青山"));
    }

    @Test
    void linker_everyRoleComesWithAttended() {
        EventDraft e = linked("副县长罗青山主持会议。");
        assertEquals(List.of("attended", "chaired"), List.copyOf(e.roles.get("罗青山")));
    }

    @Test
    void linker_leadingAGroupIsLed_aGuestsDelegationAloneIsNot() {
        assertEquals(Set.of("led"), LINKER.roles("率团赴白鹭市考察"));
        assertEquals(Set.of("met"), LINKER.roles("一行会见县长苗为民"));
    }

    @Test
    void linker_witnessingASigningIsNotSigning() {
        assertEquals(Set.of("attended", "witnessed"), LINKER.roles("出席并见证签约"));
        assertEquals(Set.of("witnessed"), LINKER.roles("共同见证了青禾农业公司与白鹭物流公司合作协议签约"));
        assertEquals(Set.of("signed"), LINKER.roles("代表双方签署协议"));
    }

    @Test
    void linker_unveilingAPlaqueIsAttending() {
        assertEquals(Set.of("attended"), LINKER.roles("共同为青禾数字农业服务中心揭牌"));
    }

    @Test
    void linker_wordsSaidAtTheMeetingAreASpeech_whatWasSaidGivesNoRole() {
        EventDraft e = linked("县委书记祁山海在会上强调，要组织干部下乡考察春耕。");
        assertEquals(Set.of("attended", "spoke"), e.roles.get("祁山海"));
    }

    @Test
    void linker_givingAReportIsSpeaking() {
        assertEquals(Set.of("spoke"), LINKER.roles("作政府工作报告。"));
        assertEquals(Set.of("spoke"), LINKER.roles("作关于人事事项的说明，"));
        assertEquals(Set.of(), LINKER.roles("审议了工作报告。"));
    }

    @Test
    void linker_aQuotedOfficialIsNoSpeakerUnlessPlacedAtTheEvent() {
        EventDraft e = new EventDraft("青禾县农业工作会议", "meeting", 0, 9, false);
        String s = "此前，县农业农村局局长罗青山接受记者采访时表示，今年将扩大种植面积。";
        LINKER.link(s, 500, PEOPLE.recognize(s, SEG.segment(s), 500), e);
        assertEquals(Set.of(), e.roles.keySet());
    }

    @Test
    void linker_theSpeakerAfterTheClauseNamingTheEventSpeaksThere_notAfterAnotherEventsName() {
        String s = "在青禾县农业工作会议上，县农业农村局局长罗青山表示，今年将扩大种植面积。";
        EventDraft e = new EventDraft("青禾县农业工作会议", "meeting", 1, 10, false);
        LINKER.link(s, 0, PEOPLE.recognize(s, SEG.segment(s), 0), e);
        assertEquals(Set.of("attended", "spoke"), e.roles.get("罗青山"));
        EventDraft other = new EventDraft("青禾县农业工作会议", "meeting", 0, 9, false);
        String later = "在另一场推介会上，县农业农村局局长罗青山表示，今年将扩大种植面积。";
        LINKER.link(later, 100, PEOPLE.recognize(later, SEG.segment(later), 100), other);
        assertEquals(Set.of(), other.roles.keySet(), "said at an occasion of its own");
        String visiting = "在参观第五届临江国际汽车展时，临江市电子商会副会长罗青山说，新能源车越来越多。";
        EventDraft show = new EventDraft("第五届临江国际汽车展", "forum", 203, 213, false);
        LINKER.link(visiting, 200, PEOPLE.recognize(visiting, SEG.segment(visiting), 200), show);
        assertEquals(Set.of("attended", "spoke"), show.roles.get("罗青山"));
    }

    @Test
    void linker_aSubjectHeadingAGroupLeads_aGuestGroupDoesNot() {
        EventDraft visit = linked("县长罗青山一行调研白鹭农场。");
        assertEquals(Set.of("attended", "inspected", "led"), visit.roles.get("罗青山"));
        EventDraft met = linked("县委书记祁山海会见了白鹭集团董事长苗为民一行。");
        assertEquals(false, met.roles.getOrDefault("苗为民", Set.of()).contains("led"));
        assertEquals(Set.of("attended", "met"), met.roles.get("祁山海"));
    }

    @Test
    void linker_theOneCalledOnMeetsToo() {
        EventDraft e = linked("罗青山一行拜会白鹭市委书记苗为民。");
        assertEquals(Set.of("attended", "met"), e.roles.get("苗为民"));
    }

    @Test
    void linker_aLabelOrAnUnknownBodyInsideAListKeepsTheList() {
        EventDraft e = linked("副县长罗青山，县领导苗为民、祁山海出席。");
        assertEquals(Set.of("罗青山", "苗为民", "祁山海"), e.roles.keySet());
        EventDraft q = linked("副县长罗青山，青禾“一村一品”协会会长苗为民出席。");
        assertEquals(Set.of("罗青山", "苗为民"), q.roles.keySet());
    }

    @Test
    void linker_anActAtAnOccasionSendsItsSpeechesThere() {
        EventDraft meeting = new EventDraft("青禾县农业工作会议", "meeting", 0, 9, false);
        EventDraft unveiling = new EventDraft("青禾数字农业服务中心揭牌", "ceremony", 20, 30, false);
        unveiling.act = true;
        unveiling.within = meeting;
        String s = "县长罗青山为青禾数字农业服务中心揭牌并致辞。";
        LINKER.link(s, 40, PEOPLE.recognize(s, SEG.segment(s), 40), unveiling, List.of(meeting, unveiling));
        assertEquals(Set.of("attended"), unveiling.roles.get("罗青山"));
        assertEquals(Set.of("attended", "spoke"), meeting.roles.get("罗青山"));
    }

    private static EventDraft linkedTo(EventDraft e, String s, int base) {
        LINKER.link(s, base, PEOPLE.recognize(s, SEG.segment(s), base), e);
        return e;
    }

    @Test
    void linker_companionsNamedInsideZaiPeitongXiaAccompany_theVisitorsPredicateFollowsIt() {
        EventDraft visit = linkedTo(new EventDraft("罗青山莅临白鹭农场考察指导", "inspection", 0, 13, false),
                "县长罗青山，副县长苗为民在县委常委祁山海陪同下莅临白鹭农场考察指导。", 0);
        assertEquals(Set.of("attended", "inspected"), visit.roles.get("罗青山"));
        assertEquals(Set.of("attended", "inspected"), visit.roles.get("苗为民"));
        assertEquals(Set.of("attended", "accompanied"), visit.roles.get("祁山海"));
        EventDraft before = linkedTo(new EventDraft("罗青山考察白鹭农场", "inspection", 0, 9, false),
                "在白鹭集团董事长严立新的陪同下，县长罗青山一行参观考察了白鹭农场。", 0);
        assertEquals(Set.of("attended", "accompanied"), before.roles.get("严立新"));
        assertEquals(true, before.roles.get("罗青山").contains("inspected"));
    }

    @Test
    void linker_speakersReportedOneAfterAnotherSpeakAtTheMeeting_untilSomeoneNamedDoesNot() {
        EventDraft e = new EventDraft("青禾县农业工作会议", "meeting", 0, 9, false);
        String first = "县委书记祁山海在会上强调，要抓好春耕生产。";
        linkedTo(e, first, 500);
        linkedTo(e, "副县长罗青山表示，将加大农机投入。", 500 + first.length());
        assertEquals(Set.of("attended", "spoke"), e.roles.get("罗青山"));

        EventDraft broken = new EventDraft("青禾县农业工作会议", "meeting", 0, 9, false);
        linkedTo(broken, first, 500);
        String between = "县长苗为民出席会议。";
        linkedTo(broken, between, 500 + first.length());
        linkedTo(broken, "副县长罗青山表示，将加大农机投入。", 500 + first.length() + between.length());
        assertEquals(null, broken.roles.get("罗青山"));
    }

    @Test
    void linker_wordsPlacedAtTheEventByItsNameAreASpeech() {
        EventDraft e = linkedTo(new EventDraft("青禾县春耕工作会议", "meeting", 0, 9, false),
                "县委书记祁山海在青禾县春耕工作会议上指出，要抓好生产。", 500);
        assertEquals(Set.of("attended", "spoke"), e.roles.get("祁山海"));
    }

    @Test
    void linker_theConvenersOfTheMeetingNamedAreAtIt() {
        EventDraft e = linkedTo(new EventDraft("青禾县防汛紧急会议", "meeting", 0, 9, false),
                "县委书记祁山海、县长苗为民召开防汛紧急会议，部署防汛工作。", 500);
        assertEquals(Set.of("attended"), e.roles.get("祁山海"));
        assertEquals(Set.of("attended"), e.roles.get("苗为民"));
        EventDraft other = linkedTo(new EventDraft("青禾县农业工作会议", "meeting", 0, 9, false),
                "县委书记祁山海、县长苗为民召开防汛紧急会议，部署防汛工作。", 500);
        assertEquals(Set.of(), other.roles.keySet());
    }

    @Test
    void linker_aListAfterTheVerbMayOpenWithAnAdverb() {
        EventDraft e = linked("同时参加会见的领导有副县长罗青山等。");
        assertEquals(Set.of("attended"), e.roles.get("罗青山"));
    }

    @Test
    void linker_theFirstOfAListBeforeYixingLeads() {
        EventDraft visit = linkedTo(new EventDraft("罗青山一行调研白鹭农场", "inspection", 0, 11, false),
                "县长罗青山、副县长苗为民一行调研白鹭农场。", 0);
        assertEquals(true, visit.roles.get("罗青山").contains("led"));
        assertEquals(false, visit.roles.get("苗为民").contains("led"));
        assertEquals(Set.of("inspected", "led"), LINKER.roles("为组长的调研组一行到白鹭农场调研"));
    }

    @Test
    void linker_aPostWrittenAfterTheNameKeepsTheList() {
        EventDraft e = linked("省科协柯昱珩副主席与市农科院冷恺钰院长为该中心揭牌。");
        assertEquals(Set.of("柯昱珩", "冷恺钰"), e.roles.keySet());
    }

    @Test
    void linker_organizersOfACeremonyLeaveTheSubjectOut() {
        assertEquals("青禾县人民政府", LINKER.organizers("仪式由青禾县人民政府主办，县农业农村局承办。").get(0)[0]);
    }

    @Test
    void linker_wordsGivenToTheReporterAreNoPart() {
        assertEquals(Set.of(), linked("“今年的订单已经排满了。”县农业农村局局长罗青山介绍。").roles.keySet());
        assertEquals(Set.of(), linked("记者多次致电县农业农村局局长罗青山，但双方并没有签订任何协议。").roles.keySet());
    }

    @Test
    void linker_aPredicateEndsWhereAnotherSourceSpeaks() {
        EventDraft e = linked("副县长罗青山率团参加会议，有关部门负责人表示，届时将签署合作协议。");
        assertEquals(List.of("attended", "led"), List.copyOf(e.roles.get("罗青山")));
    }

    @Test
    void linker_aClauseOfByIsTheNextPersonsAct() {
        EventDraft e = new EventDraft("青禾县农业合作协议签约仪式", "signing", 0, 0, false);
        String s = "县委书记罗青山、县长苗为民出席了此次活动，签约仪式由副县长祁山海主持。";
        LINKER.link(s, 0, PEOPLE.recognize(s, SEG.segment(s), 0), e);
        assertEquals(Set.of("attended"), e.roles.get("苗为民"), "签约 in 签约仪式由… is not 苗为民's act");
        assertEquals(Set.of("attended", "chaired"), e.roles.get("祁山海"));
    }

    @Test
    void linker_whatIsHeardIsNoSpeech() {
        assertEquals(Set.of(), LINKER.roles("听取青禾县农业农村局关于春耕工作的汇报"));
        assertEquals(Set.of("spoke"), LINKER.roles("听取汇报并讲话"));
    }

    @Test
    void linker_theOneAReportIsAddressedToTakesNoPartInIt_hisGroupIsHis() {
        EventDraft e = new EventDraft("罗青山到青禾公司考察", "inspection", 0, 0, false);
        String s = "青禾公司总经理苗为民率高管团队向副市长罗青山一行作了工作汇报。";
        LINKER.link(s, 0, PEOPLE.recognize(s, SEG.segment(s), 0), e);
        assertEquals(Set.of("attended", "spoke"), e.roles.get("苗为民"), "the report is 苗为民's, the group 罗青山's");
        assertEquals(Set.of("attended", "led"), e.roles.get("罗青山"));
        EventDraft visit = new EventDraft("罗青山会见苗为民一行", "visit", 0, 0, false);
        String t = "市委书记罗青山在会见时向青禾集团董事长苗为民一行表示欢迎。";
        LINKER.link(t, 0, PEOPLE.recognize(t, SEG.segment(t), 0), visit);
        assertEquals(null, visit.roles.get("苗为民"), "a guest's 一行 after 会见 does not say who leads");
    }

    @Test
    void linker_atAVisitAReportBySomeoneOnItIsASpeech_whatTheSidesSayIsNot() {
        EventDraft e = new EventDraft("罗青山会见苗为民一行", "visit", 0, 0, false);
        e.addRole("苗为民", "attended", 0, 5);
        String s = "青禾公司总经理苗为民向副市长罗青山汇报了青禾公司的发展情况。";
        LINKER.link(s, 10, PEOPLE.recognize(s, SEG.segment(s), 10), e);
        assertEquals(Set.of("attended", "spoke"), e.roles.get("苗为民"));
        String t = "副县长祁山海汇报了有关工作情况。";
        LINKER.link(t, 40, PEOPLE.recognize(t, SEG.segment(t), 40), e);
        assertEquals(null, e.roles.get("祁山海"), "not on the visit: the report is no part of it");
    }

    @Test
    void linker_aVisitingGroupsHostMeetsThem() {
        EventDraft e = new EventDraft("罗青山会见苗为民", "visit", 0, 0, false);
        String s = "罗青山一行会见了白鹭市委书记苗为民。";
        LINKER.link(s, 0, PEOPLE.recognize(s, SEG.segment(s), 0), e);
        assertEquals(Set.of("attended", "met"), e.roles.get("苗为民"));
        EventDraft host = new EventDraft("罗青山会见苗为民一行", "visit", 0, 0, false);
        String t = "白鹭市委书记罗青山会见了青禾集团董事长苗为民一行。";
        LINKER.link(t, 0, PEOPLE.recognize(t, SEG.segment(t), 0), host);
        assertTrue(host.roles.getOrDefault("苗为民", Set.of()).stream().noneMatch("met"::equals), "a host's guests are not said to meet");
        assertTrue(host.roles.get("罗青山").contains("met"));
    }

    @Test
    void linker_aSpeechStudiedOrListenedToIsNotGiven() {
        assertEquals(Set.of(), LINKER.roles("强调要深入贯彻省委书记在座谈会上的重要讲话精神"));
        assertEquals(Set.of(), LINKER.roles("仔细倾听检测员对检测流程的介绍"));
        assertEquals(Set.of("spoke"), LINKER.roles("发表重要讲话"));
    }

    @Test
    void linker_aLaterClauseOfUnnamedPeopleIsTheirs_aGroupListedWithTheNamedIsNot() {
        assertEquals(Set.of("inspected"), LINKER.roles("到青禾县调研春耕工作，县有关负责同志陪同"));
        assertEquals(Set.of("inspected"), LINKER.roles("对青禾公司进行了考察，与会领导陪同"));
        assertEquals(Set.of("attended"), LINKER.roles("，以及县有关部门负责人出席"));
        assertEquals(Set.of("inspected", "signed"), LINKER.roles("到青禾公司调研，与企业代表签约"));
    }
}
