package newsgraph.graph;

import java.util.List;
import newsgraph.model.ArticleExtraction;
import newsgraph.model.Event;
import newsgraph.model.Evidence;
import newsgraph.model.Official;
import newsgraph.model.Organization;
import newsgraph.model.Organizer;
import newsgraph.model.Park;
import newsgraph.model.Participant;
import newsgraph.model.Position;
import newsgraph.model.Project;

/**
 * Hand-built extractions of short articles we wrote ourselves (fictional people and places, the
 * genre of the real corpus), with evidence sentences located in their text.
 */
final class Fixtures {

    private Fixtures() {}

    static Evidence ev(String text, String sentence) {
        int start = text.indexOf(sentence);
        if (start < 0) {
            throw new IllegalArgumentException("not in the text: " + sentence);
        }
        return new Evidence(sentence, start, start + sentence.length());
    }

    static Position pos(String text, String sentence, String title, String organization, String post) {
        return new Position(title, organization, post, ev(text, sentence));
    }

    /** 2023: 韩志远 is 东岳自贸片区管委主任; 林海峰 is 区长 (a bare post after a district title). */
    static final String MEETING_2023 = """
            □记者 周晓明 报道
            本报7月20日讯 今天上午，东岳新区自贸片区建设推进会议召开。东岳新区工委副书记、区长林海峰出席会议并讲话。东岳新区工委副书记、东岳自贸片区管委主任韩志远主持会议。""";

    static ArticleExtraction meeting2023() {
        String t = MEETING_2023;
        String s1 = "东岳新区工委副书记、区长林海峰出席会议并讲话。";
        String s2 = "东岳新区工委副书记、东岳自贸片区管委主任韩志远主持会议。";
        return new ArticleExtraction("东岳新区自贸片区建设推进会议召开", "2023-07-20", List.of("周晓明"),
                List.of(new Official("林海峰", List.of("东岳新区工委副书记", "区长"), List.of(
                                pos(t, s1, "东岳新区工委副书记", "东岳新区工委", "副书记"),
                                pos(t, s1, "区长", null, "区长")), true),
                        new Official("韩志远", List.of("东岳新区工委副书记", "东岳自贸片区管委主任"), List.of(
                                pos(t, s2, "东岳新区工委副书记", "东岳新区工委", "副书记"),
                                pos(t, s2, "东岳自贸片区管委主任", "东岳自贸片区管委", "主任")), true)),
                List.of(new Event("东岳新区自贸片区建设推进会议", List.of(), "meeting", "2023-07-20", "东岳新区",
                        List.of(new Participant("林海峰", List.of("attended", "spoke"), ev(t, s1)),
                                new Participant("韩志远", List.of("chaired"), ev(t, s2))),
                        List.of(), false, ev(t, "东岳新区自贸片区建设推进会议召开。"))),
                List.of(), List.of(), List.of(), t, 0, t.length());
    }

    /** 2024: 陶文博 is 东岳自贸片区管委主任 (succeeds 韩志远); a signing with organizers. */
    static final String SIGNING_2024 = """
            □记者 周晓明 通讯员 郑可欣 报道
            本报6月12日讯 今天，东岳自贸片区重点项目签约仪式举行。仪式由东岳新区人民政府主办，东岳新区总工会协办，东岳自贸片区管委承办。东岳新区工委副书记、东岳自贸片区管委主任陶文博出席并致辞。""";

    static ArticleExtraction signing2024() {
        String t = SIGNING_2024;
        String s = "东岳新区工委副书记、东岳自贸片区管委主任陶文博出席并致辞。";
        String org = "仪式由东岳新区人民政府主办，东岳新区总工会协办，东岳自贸片区管委承办。";
        return new ArticleExtraction("东岳自贸片区重点项目签约仪式举行", "2024-06-12", List.of("周晓明", "郑可欣"),
                List.of(new Official("陶文博", List.of("东岳新区工委副书记", "东岳自贸片区管委主任"), List.of(
                        pos(t, s, "东岳新区工委副书记", "东岳新区工委", "副书记"),
                        pos(t, s, "东岳自贸片区管委主任", "东岳自贸片区管委", "主任")), true)),
                List.of(new Event("东岳自贸片区重点项目签约仪式", List.of(), "signing", "2024-06-12", null,
                        List.of(new Participant("陶文博", List.of("attended", "spoke"), ev(t, s))),
                        List.of(new Organizer("东岳新区人民政府", "host", ev(t, org)),
                                new Organizer("区总工会", "co_host", ev(t, org)),
                                new Organizer("东岳自贸片区管委", "undertaker", ev(t, org))),
                        false, ev(t, "东岳自贸片区重点项目签约仪式举行。"))),
                List.of(new Organization("东岳新区总工会", "association", List.of("区总工会"), ev(t, org))),
                List.of(), List.of(), t, 0, t.length());
    }

    /** The 2023 meeting again, reported by another paper: the same event, another article. */
    static final String MEETING_2023_OTHER = """
            7月20日，东岳新区自贸片区建设推进会议召开，区长林海峰到会讲话。""";

    static ArticleExtraction meeting2023Other() {
        String t = MEETING_2023_OTHER;
        String s = "7月20日，东岳新区自贸片区建设推进会议召开，区长林海峰到会讲话。";
        return new ArticleExtraction("推进会议召开", "2023-07-20", List.of(),
                List.of(new Official("林海峰", List.of("区长"), List.of(pos(t, s, "区长", null, "区长")), true)),
                List.of(new Event("“东岳新区自贸片区建设推进会议”", List.of(), "meeting", "2023-07-20", "东岳新区",
                        List.of(new Participant("林海峰", List.of("spoke"), ev(t, s))), List.of(), false, ev(t, s))),
                List.of(), List.of(), List.of(), t, 0, t.length());
    }

    /** A park project with an investment; the park is named by its alias. */
    static final String PROJECT_2023 = """
            本报9月1日讯 青松智造项目在东岳智造园开工，总投资12亿元。东岳智能制造产业园（东岳智造园）已集聚企业40余家。""";

    static ArticleExtraction project2023() {
        String t = PROJECT_2023;
        Evidence project = ev(t, "青松智造项目在东岳智造园开工，总投资12亿元。");
        return new ArticleExtraction("青松智造项目开工", "2023-09-01", List.of(), List.of(), List.of(),
                List.of(),
                List.of(new Park("东岳智能制造产业园", List.of("东岳智造园"), ev(t, "东岳智能制造产业园（东岳智造园）已集聚企业40余家。"))),
                List.of(new Project("青松智造项目", List.of(), 1_200_000_000L, "东岳智造园", project)),
                t, 0, t.length());
    }

    static List<ArticleExtraction> all() {
        return List.of(meeting2023(), signing2024(), meeting2023Other(), project2023());
    }
}
