package newsgraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageCleanerTest {
    private final PageCleaner cleaner = new PageCleaner();

    @Test
    void cleaner_joinsWrappedLinesAndKeepsOffsets() {
        String raw = "　　东岳新区工委书记李明\n远出席会议并讲话。\n";
        CleanText c = cleaner.clean(raw);
        assertEquals("东岳新区工委书记李明远出席会议并讲话。", c.text());
        int k = c.text().indexOf("远");
        assertEquals('远', raw.charAt(c.originStart(k)));
        assertEquals("李明远", raw.substring(c.evidence(k - 2, k + 1).start(), c.evidence(k - 2, k + 1).end()).replace("\n", ""));
    }

    @Test
    void cleaner_readsHalfWidthPunctuationInChineseTextAsFullWidth() {
        String raw = "5月27日,临江市副市长罗青山出席会议;会议内容:两项。产值1,000万元,同比增长。Acme,Inc.到场。\n";
        CleanText c = cleaner.clean(raw);
        assertEquals("5月27日，临江市副市长罗青山出席会议；会议内容：两项。产值1,000万元，同比增长。Acme,Inc.到场。", c.text());
        assertEquals(raw.length() - 1, c.text().length(), "one character for one");
        int k = c.text().indexOf("罗青山");
        assertEquals("罗青山", raw.substring(c.originStart(k), c.originEnd(k + 3)));
    }

    @Test
    void cleaner_bridgesBlankLineInMidSentence() {
        String raw = "　　会议听取了关于产业园区规划建设\n情况的汇报，并研究了下一步\n\n工作安排。\n";
        CleanText c = cleaner.clean(raw);
        assertEquals(1, c.paragraphs().size());
        assertTrue(c.text().contains("下一步工作安排"));
    }

    @Test
    void cleaner_keepsHeadlineBlocksApart() {
        String raw = "　　会议还研究了其他事项。\n\n李明远出席并讲话\n\n东岳新区召开推进会\n";
        assertEquals(3, cleaner.clean(raw).paragraphs().size());
    }

    @Test
    void cleaner_dropsSpacesBetweenCjkButKeepsThemInBylines() {
        CleanText c = cleaner.clean("　　□记者 赵 海 报道\n　　本报讯 东岳新区 召开 会议。\n");
        assertEquals("□记者 赵 海 报道\n本报讯东岳新区召开会议。", c.text());
    }

    @Test
    void cleaner_stripsContinuationMarkersAndFlagsThem() {
        CleanText c = cleaner.clean("　　会议强调，全区（下转第二版）\n（上接第一版）大局稳定。\n");
        assertEquals("会议强调，全区\n大局稳定。", c.text());
        assertEquals(2, c.paragraphs().get(0).continuesOnPage());
        assertEquals(1, c.paragraphs().get(1).continuedFromPage());
    }

    @Test
    void cleaner_readsPageNumbersAsPrinted() {
        assertEquals(2, PageCleaner.pageNumber("二"));
        assertEquals(10, PageCleaner.pageNumber("十"));
        assertEquals(12, PageCleaner.pageNumber("十二"));
        assertEquals(20, PageCleaner.pageNumber("二十"));
        assertEquals(23, PageCleaner.pageNumber("二十三"));
        assertEquals(7, PageCleaner.pageNumber("7"));
    }

    @Test
    void cleaner_aWebPageWithOneParagraphPerLineKeepsHeadlineDateAndParagraphsApart() {
        String raw = String.join("\n",
                "青禾县召开防汛工作会议",
                "2025-06-12 16:30:05",
                "6月11日，青禾县防汛工作会议召开。县长苗为民出席并讲话。",
                "苗为民强调，要压实责任，确保安全度汛，加强监测预警和巡查排险，做好物资储备、抢险队伍调度和群众转移安置等各项应急准备工作，",
                "落实值班值守制度。",
                "（罗青山）");
        CleanText c = cleaner.clean(raw);
        java.util.List<String> paras = c.paragraphs().stream().map(p -> c.text().substring(p.start(), p.end())).toList();
        assertEquals(5, paras.size(), paras.toString());
        assertEquals("青禾县召开防汛工作会议", paras.get(0));
        assertEquals("6月11日，青禾县防汛工作会议召开。县长苗为民出席并讲话。", paras.get(2));
        assertTrue(paras.get(3).endsWith("应急准备工作，落实值班值守制度。"), "a line broken mid-sentence is still joined");
        assertEquals("（罗青山）", paras.get(4));
    }

    @Test
    void cleaner_aPageWrappedAtOneWidthJoinsALineThatHappensToEndASentence() {
        StringBuilder raw = new StringBuilder("　　本报讯 5月20日，县委书记何青山到白沙经济开发区调研项目建\n");
        for (int i = 0; i < 8; i++) {
            raw.append("设情况，详细了解项目进度、要素保障等情况，现场协调解决问题。\n");
        }
        raw.append("要素保障。\n");
        assertEquals(1, cleaner.clean(raw.toString()).paragraphs().size());
    }

    @Test
    void cleaner_aShortArticleTypedLineByLineKeepsItsHeadlineApart() {
        // no line reaches a printed column's width, but the lines end sentences: one paragraph each
        String raw = "临江市召开重点项目推进会\n3月5日上午，临江市召开重点项目推进会。市委书记方正出席会议。\n会议指出，要加快项目建设。\n";
        CleanText c = cleaner.clean(raw);
        assertEquals(3, c.paragraphs().size());
        assertEquals("临江市召开重点项目推进会", c.text().substring(c.paragraphs().get(0).start(), c.paragraphs().get(0).end()));
    }

    @Test
    void cleaner_aShortFragmentWrappedMidSentenceIsStillJoined() {
        String raw = "临江市委书记方正在会上\n指出，要加快重点项目建\n设，确保按期完工。\n";
        assertEquals(1, cleaner.clean(raw).paragraphs().size());
    }
}
