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
}
