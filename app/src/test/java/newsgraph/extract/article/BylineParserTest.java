package newsgraph.extract.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylineParserTest {
    private final BylineParser p = new BylineParser();

    @Test
    void byline_joinsSpacedOutSingleCharacters() {
        assertEquals(List.of("杨帆"), p.reporters("□东岳日报/新闻客户端记者 杨 帆"));
    }

    @Test
    void byline_readsSeveralNames() {
        assertEquals(List.of("赵海涛", "钱小雨"), p.reporters("□记者 赵海涛 钱小雨 报道"));
    }

    @Test
    void byline_ignoresBodyText() {
        assertEquals(List.of(), p.reporters("本报讯 记者从市商务局获悉，全市外贸稳中有进。"));
    }

    @Test
    void credits_areStaffNotReporters() {
        assertEquals(List.of("王一", "何二", "陈三"), p.staff("主编 王一 美编 何二 排版 陈三"));
        assertEquals(List.of("周文"), p.photographers("■东岳产业园一角。 周文 摄"));
    }
}
