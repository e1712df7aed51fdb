package newsgraph.extract.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsgraph.extract.text.CleanText;
import newsgraph.extract.text.PageCleaner;
import newsgraph.extract.text.Paragraph;
import org.junit.jupiter.api.Test;

class ArticleSplitterTest {
    private static final String PAGE = String.join("\n",
            "今日导读", "", "东岳美食节明日启幕", "",
            "　　□记者 赵海涛 报道",
            "　　本报5月8日讯 今天上午，东岳新区产业链推进会召开。东岳新区工委书记李明远出席会议并讲话。",
            "　　会议要求，各部门要加强协调。",
            "",
            "东岳新区产业链推进会召开",
            "",
            "李明远出席并讲话",
            "",
            "　　□记者 钱小雨",
            "　　通讯员 孙立 报道",
            "　　本报讯 5月8日，青岛东岳产业园项目签约仪式举行。",
            "■东岳产业园一角。 周文 摄",
            "主编 王一 美编 何二",
            "");

    private Page split() {
        CleanText c = new PageCleaner().clean(PAGE);
        return new ArticleSplitter().split(c);
    }

    @Test
    void splitter_opensAnArticleAtEachByline() {
        Page p = split();
        assertEquals(2, p.articles().size());
        assertEquals(List.of("赵海涛"), p.articles().get(0).reporters());
        assertEquals(List.of("钱小雨", "孙立"), p.articles().get(1).reporters());
    }

    @Test
    void splitter_keepsHeadlineWithItsBody() {
        Page p = split();
        CleanText c = new PageCleaner().clean(PAGE);
        Article first = p.articles().get(0);
        String title = c.text().substring(first.headlines().get(0).start(), first.headlines().get(0).end());
        assertEquals("东岳新区产业链推进会召开", title);
    }

    @Test
    void splitter_setsAsideTeasersCaptionsAndCredits() {
        Page p = split();
        CleanText c = new PageCleaner().clean(PAGE);
        for (Article a : p.articles()) {
            String body = c.text().substring(a.start(), a.end());
            assertTrue(!body.contains("美食节") && !body.contains("主编"), body);
        }
        assertTrue(p.staff().containsAll(List.of("王一", "何二", "周文")), p.staff().toString());
        assertEquals(List.of("周文"), p.articles().get(1).photographers());
    }

    private static final String BRIEFS = String.join("\n",
            "简讯", "",
            "　　▲5月3日，副县长严立新主持召开县政府第9次常务会议，研究部署防汛工作。", "",
            "　　▲5月4日，县长蓝一鸣出席青禾乡农产品展销会开幕式。", "",
            "　　▲5月4日，市民在青禾公园赏花游玩。", "　　　　 陈川 摄", "",
            "（本报记者 宁远 整理）", "");

    @Test
    void splitter_keepsBriefAfterTriangleAsArticle() {
        CleanText c = new PageCleaner().clean(BRIEFS);
        Page p = new ArticleSplitter().split(c);
        assertEquals(2, p.articles().size());
        Article first = p.articles().get(0);
        assertTrue(c.text().substring(first.start(), first.end()).startsWith("5月3日，副县长严立新"),
                c.text().substring(first.start(), first.end()));
        assertTrue(c.text().substring(p.articles().get(1).start(), p.articles().get(1).end()).startsWith("5月4日，县长蓝一鸣"));
    }

    @Test
    void splitter_creditsEveryBriefOfARunWithTheClosingByline() {
        Page p = new ArticleSplitter().split(new PageCleaner().clean(BRIEFS));
        for (Article a : p.articles()) {
            assertEquals(List.of("宁远"), a.reporters());
        }
    }

    @Test
    void splitter_keepsDatedCaptionWithPhotoCreditAsCaption() {
        CleanText c = new PageCleaner().clean(BRIEFS);
        Page p = new ArticleSplitter().split(c);
        Paragraph caption = p.articles().get(1).captions().get(0);
        assertTrue(c.text().substring(caption.start(), caption.end()).contains("市民在青禾公园"));
        assertTrue(p.staff().contains("陈川"), p.staff().toString());
    }
    private static Page splitText(String... lines) {
        return new ArticleSplitter().split(new PageCleaner().clean(String.join("\n", lines)));
    }

    @Test
    void splitter_creditsTheReportersOfAWebMetadataLineToTheArticleAfterIt() {
        Page p = splitText("石溪区召开营商环境工作会", "",
                "发布时间：2024-06-05 16:30　来源：石溪日报（记者 柏青）", "",
                "　　6月4日，石溪区营商环境工作会召开。区委书记冷文出席会议并讲话。");
        assertEquals(1, p.articles().size());
        assertEquals(List.of("柏青"), p.articles().get(0).reporters());
    }

    @Test
    void splitter_creditsAClosingSourceLineToTheBodyBeforeItAndKeepsItsEditorsAsStaff() {
        Page p = splitText("石溪区召开民营经济发展大会", "",
                "6月5日，石溪区民营经济发展大会召开。区委书记冷文出席并讲话。", "",
                "来源：石溪发布 记者：柏青 编辑：骆一帆");
        assertEquals(List.of("柏青"), p.articles().get(0).reporters());
        assertTrue(p.staff().contains("骆一帆"), p.staff().toString());
    }

    @Test
    void splitter_creditsABracketedBylineOnTheLastLineToTheArticle() {
        Page p = splitText("　　本报讯 6月3日上午，青禾县安全生产工作会议召开。县长韩立主持会议。",
                "　　会议强调，要压实安全生产责任。",
                "　　（实习生 卢小岚 记者 范小舟）");
        assertEquals(1, p.articles().size());
        assertEquals(List.of("卢小岚", "范小舟"), p.articles().get(0).reporters());
    }

    @Test
    void splitter_readsTraineesInAnOpeningByline() {
        Page p = splitText("　　记者 柏青 实习生 卢小岚",
                "　　6月4日，石溪区招商推介会在石溪宾馆举行。区长向东主持推介会。");
        assertEquals(List.of("柏青", "卢小岚"), p.articles().get(0).reporters());
    }

    @Test
    void splitter_readsAnUnbracketedLeadBylineAndNamesClosingTheLastParagraph() {
        Page p = splitText("　　本报讯 记者柏青报道 4月13日，石溪区召开工作会。区长向东主持会议。");
        assertEquals(List.of("柏青"), p.articles().get(0).reporters());
        ArticleSplitter withSurnames = new ArticleSplitter(new BylineParser(java.util.Set.of("卢", "范", "柏")));
        Page q = withSurnames.split(new PageCleaner().clean("　　6月4日，石溪区植树活动举行。区长向东参加活动。共栽植树木30亩。　（卢小岚 范小舟）"));
        assertEquals(List.of("卢小岚", "范小舟"), q.articles().get(0).reporters());
        Page office = withSurnames.split(new PageCleaner().clean("　　6月4日，石溪学院召开学习会。院长向东主持会议。（宣传部）"));
        assertTrue(office.articles().get(0).reporters().isEmpty(), "an office is no reporter");
    }
}
