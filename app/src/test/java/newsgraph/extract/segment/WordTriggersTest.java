package newsgraph.extract.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import newsgraph.extract.Extractor;
import newsgraph.extract.people.PersonRecognizer;
import newsgraph.extract.lexicon.Lexicons;
import org.junit.jupiter.api.Test;

/** Which clauses the segment stage gives the segmenter (fictional text). */
class WordTriggersTest {
    private static final Lexicons LEX = Lexicons.load();
    private static final WordTriggers TRIGGERS = Extractor.wordTriggers(LEX, new PersonRecognizer(LEX));

    private static boolean triggered(String paragraph) {
        return TRIGGERS.in(paragraph).foundIn(0, paragraph.length());
    }

    @Test
    void aWeakProjectSuffixAloneIsNoTrigger() {
        assertFalse(triggered("城市面貌焕然一新。"));
        assertFalse(triggered("青山物流港货物吞吐量稳步增长。"));
        // without the cue every weak suffix counts, as before
        assertTrue(new WordTriggers(LEX).in("城市面貌焕然一新。").foundIn(0, 9));
    }

    @Test
    void aWeakProjectSuffixIsATriggerWhereTheProjectRuleMayTakeIt() {
        assertTrue(triggered("青山物流港一期正式启用。"), "a phase after it");
        assertTrue(triggered("青山物流港投入运营。"), "a lifecycle verb after it");
        assertTrue(triggered("青山物流港总投资5亿元。"), "an investment after it");
        assertTrue(triggered("总投资5亿元的青山物流港。"), "an investment before it");
        assertTrue(triggered("加快“云仓”服务平台建设。"), "a closing quote before it, in a clause that builds");
        assertFalse(triggered("“云仓”服务平台上线。"), "a closing quote before it, in a clause that builds nothing");
    }

    @Test
    void aClosingQuoteOfSomeonesWordsIsNoCue() {
        assertFalse(triggered("他说：“今年发展很快。”青山物流港同步建设。"), "a clause mark inside the quotation");
        assertFalse(triggered("“青山区的物流和仓储发展得很快”城市建设焕然一新。"), "opened more than 13 characters before");
        assertTrue(triggered("加快“青山区物流发展很快”服务平台建设。"), "opened within 13 characters");
        assertFalse(triggered("“云仓”上线后，青山物流港同步建设。"), "in an earlier clause: the walk stops at the comma");
        assertTrue(triggered("“云仓”（一期，二期）物流港同步建设。"), "a bracketed group the walk may jump over");
    }

    @Test
    void aProjectOrOrganizationSuffixIsATriggerOnlyWhereSomeHeadMayNameIt() {
        assertFalse(triggered("项目进展顺利。"), "a project word opening the clause");
        assertFalse(triggered("区里推进重点项目，"), "a rank right before it");
        assertFalse(triggered("青山区签约项目12个，"), "a count after it");
        assertFalse(triggered("协会将加强对接。"), "an organization's word opening the clause");
        assertFalse(triggered("会上，大局稳定。"), "one character before a one-character suffix");
        assertTrue(triggered("会上，青山物流项目进展顺利。"));
        assertTrue(triggered("青山区商务局发布数据。"));
        assertTrue(triggered("白鹭湖、青山湖等项目进展顺利。"), "a list the list rule reads");
        // without the cues every suffix counts, as before
        assertTrue(new WordTriggers(LEX).in("项目进展顺利。").foundIn(0, 7));
    }

    @Test
    void strongSuffixesAndOtherWordsStayTriggers() {
        assertTrue(triggered("青山物流港项目进展顺利。"));
        assertTrue(triggered("区委书记林海峰来到这里。"));
    }

    @Test
    void aRoleVerbIsATriggerOnlyAfterANameOpeningAClause() {
        assertTrue(triggered("林海峰出席会议。"), "a name of three characters opening the clause");
        assertTrue(triggered("会上，林峰 主持。"), "a name of two, a space before the verb");
        assertTrue(triggered("会议由区里主办，欧阳岚致开幕词。"), "a compound family name");
        assertFalse(triggered("各界群众积极参与。"), "no name before the verb");
        assertFalse(triggered("区里邀请林海峰出席。"), "the name opens no clause");
        // without the cue every role verb counts, as before
        assertTrue(new WordTriggers(LEX).in("各界群众积极参与。").foundIn(0, 9));
    }

    @Test
    void aRoleVerbStaysATriggerInAClauseWhoseWordsAnInvestmentAnchoredNameReads() {
        assertTrue(triggered("总投资5亿元的青山湖畔花园由各方参与建设。"));
        assertFalse(triggered("青山湖畔花园由各方参与建设，总投资5亿元。"));
    }

    @Test
    void onlyTheClauseAskedAboutCounts() {
        String p = "青山物流港一期正式启用，城市面貌焕然一新。";
        WordTriggers.Paragraph words = TRIGGERS.in(p);
        int comma = p.indexOf('，') + 1;
        assertTrue(words.foundIn(0, comma));
        assertFalse(words.foundIn(comma, p.length()));
    }

    @Test
    void skippingTheseClausesChangesNoExtraction() {
        Segmenter hanlp = new HanLpSegmenter();
        String text = """
                青山区推进重点项目建设

                本报讯（记者 林海峰）日前，青山物流港一期正式启用，总投资12亿元的白鹭冷链物流港同步开工。
                “云仓”服务平台上线后，城市配送效率明显提升，青山物流港货物吞吐量稳步增长。
                区委书记陈立华、区长周明远出席启用仪式。白鹭智能工厂二期投入生产，新港综合体年内竣工。
                各界群众积极参与，林海峰出席并讲话，总投资3亿元的白鹭湖畔花园由各方参与建设。
                他说：“今年发展很快。”白鹭物流港货物吞吐量稳步增长，“白鹭云”服务平台上线。
                “白鹭云”上线后，白鹭物流港吞吐量稳步增长，“白鹭仓”（一期，二期）物流港同步建设。
                """;
        var all = new Extractor(LEX, hanlp, true).extract("a.txt", text, java.time.LocalDate.of(2025, 6, 1));
        var selected = new Extractor(LEX, hanlp, false).extract("a.txt", text, java.time.LocalDate.of(2025, 6, 1));
        assertEquals(all, selected);
        assertFalse(selected.articles().isEmpty() || selected.articles().get(0).projects().isEmpty(), "the text names projects");
    }
}
