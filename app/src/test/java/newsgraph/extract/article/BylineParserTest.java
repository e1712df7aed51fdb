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

    @Test
    void byline_readsBracketedBylineWithTwoLabels() {
        assertEquals(List.of("范小舟", "葛一鸣"), p.reporters("（记者 范小舟 通讯员 葛一鸣）"));
        assertEquals(List.of("范小舟", "葛一鸣"), p.reporters("（本报记者 范小舟 葛一鸣）"));
    }

    @Test
    void byline_countsTraineesAsReporters() {
        assertEquals(List.of("柏青", "卢小岚"), p.reporters("记者 柏青 实习生 卢小岚"));
        assertEquals(List.of("卢小岚", "柏青"), p.reporters("（实习生 卢小岚 记者 柏青）"));
    }

    @Test
    void byline_readsNamesSeparatedByEnumerationCommaOrNothing() {
        assertEquals(List.of("柏青", "卢小岚"), p.reporters("记者 柏青、卢小岚"));
        assertEquals(List.of("柏青", "卢小岚"), p.reporters("记者柏青 通讯员卢小岚"));
    }

    @Test
    void byline_splitsRunTogetherNamesWhenEachPartStartsWithASurname() {
        BylineParser withSurnames = new BylineParser(java.util.Set.of("范", "葛", "柏", "卢"));
        assertEquals(List.of("范小舟", "葛一鸣"), withSurnames.reporters("记者 范小舟葛一鸣"));
        assertEquals(List.of("柏青", "卢小岚"), withSurnames.reporters("（记者 柏青卢小岚）"));
    }

    @Test
    void byline_stopsAtEditorCredits() {
        assertEquals(List.of("柏青"), p.reporters("记者：柏青 编辑：骆一帆"));
        assertEquals(List.of("骆一帆"), p.staff("记者：柏青 编辑：骆一帆"));
    }

    @Test
    void webMetaLine_givesReportersAndEditorsApart() {
        assertEquals(List.of("柏青"), p.metaReporters("来源：石溪日报（记者 柏青）"));
        assertEquals(List.of("柏青"), p.metaReporters("来源：石溪发布 记者：柏青 编辑：骆一帆"));
        assertEquals(List.of("骆一帆", "冉冉"), p.metaStaff("来源：石溪发布 记者：柏青 编辑：骆一帆 审核：冉冉"));
        assertEquals(List.of(), p.metaReporters("发布时间：2024-06-05 16:30 来源：石溪日报"));
    }

    @Test
    void byline_readsTextAndPhotoPrefixAndVerticalBarSeparators() {
        assertEquals(List.of("柏青"), p.reporters("文/图 记者 柏青"));
        assertEquals(List.of("柏青"), p.reporters("记者丨柏青"));
    }

    @Test
    void byline_leavesPhotographersOutOfTheReporters() {
        assertEquals(List.of("柏青"), p.reporters("本报记者 柏青 摄影记者 卢小岚"));
    }

    @Test
    void webMetaLine_readsABylineInsideTheSourceField() {
        assertEquals(List.of("柏青"), p.metaReporters("来源：石溪日报 记者 柏青"));
        assertEquals(List.of("柏青"), p.metaReporters("来源：石溪日报记者 柏青"));
    }

    @Test
    void webMetaLine_authorFieldNamingAnOfficeIsNoReporter() {
        BylineParser withSurnames = new BylineParser(java.util.Set.of("柏", "区"));
        assertEquals(List.of(), withSurnames.metaReporters("作者：市政府办公室"));
        assertEquals(List.of(), withSurnames.metaReporters("作者：区政府办"));
        assertEquals(List.of(), withSurnames.metaReporters("作者：柏溪发布"));
        assertEquals(List.of("柏青"), withSurnames.metaReporters("作者：柏青　来源：石溪日报"));
    }

    @Test
    void byline_aReportersPhotoCreditCreditsReportersAndABareOneDoesNot() {
        BylineParser withSurnames = new BylineParser(java.util.Set.of("罗", "苗", "祁"));
        assertEquals(List.of("罗青", "苗田"), withSurnames.photoReporters("选手从起点出发。记者罗青苗田摄"));
        assertEquals(List.of("祁山"), withSurnames.photoReporters("青禾河流域风景秀丽。特约记者 祁山 摄"));
        assertEquals(List.of(), withSurnames.photoReporters("■青禾河流域风景秀丽。 祁山 摄"));
    }

    @Test
    void byline_fourCharactersAreTwoNamesOnlyWhenBothHalvesStartWithAFamilyName() {
        BylineParser withSurnames = new BylineParser(java.util.Set.of("罗", "苗", "欧阳"));
        assertEquals(List.of("罗青", "苗田"), withSurnames.reporters("记者 罗青苗田"));
        assertEquals(List.of("欧阳苗田"), withSurnames.reporters("记者 欧阳苗田"));
        assertEquals(List.of("岩温香罕"), withSurnames.reporters("记者 岩温香罕"));
    }

    @Test
    void byline_aLineOfBareNamesIsACredit() {
        BylineParser withSurnames = new BylineParser(java.util.Set.of("罗", "苗"));
        assertEquals(List.of("罗青山"), withSurnames.creditNames("（罗青山）"));
        assertEquals(List.of("罗青", "苗田"), withSurnames.creditNames("罗青 苗田"));
        assertEquals(List.of(), withSurnames.creditNames("（宣传部）"), "an office, not a person");
        assertEquals(List.of(), new BylineParser(java.util.Set.of("宣")).creditNames("（宣传部）"), "even when it opens with a family name");
        assertEquals(List.of(), withSurnames.creditNames("青禾县召开会议"));
    }
}

