package newsgraph.extract.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsgraph.model.ArticleExtraction;
import newsgraph.model.Official;
import newsgraph.model.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fictional articles: the region from the caller, the outlet, or the officials' titles, else none. */
class RegionInferenceTest {

    private static ArticleExtraction article(String text, Official... officials) {
        return new ArticleExtraction(null, null, List.of(), List.of(officials), List.of(), List.of(), List.of(),
                List.of(), text, 0, text.length());
    }

    private static Official official(String name, String... titles) {
        return new Official(name, List.of(titles), List.of(), true);
    }

    private final RegionInference inference = RegionInference.shipped();

    @Test
    void titles_giveTheJurisdictionMostOfThemOpenWith_atEachLevel() {
        Region r = inference.infer(article("本报讯 临江市委书记周明远、市长王军出席会议。",
                official("周明远", "临江市委书记"), official("王军", "市长"),
                official("陈立", "临江市东岳区委书记")), null, null);
        assertEquals("东岳区", r.name());
        assertEquals(List.of("临江市", "东岳区"), r.jurisdictions());
        assertEquals("titles", r.basis());
    }

    @Test
    void aParkCommitteeIsNoRegion_andATieLeavesTheLevelUnknown() {
        assertNull(inference.infer(article("会议召开。", official("甲", "青河自贸片区管委主任")), null, null));
        assertNull(inference.infer(article("会议召开。", official("甲", "临江市委书记"), official("乙", "青河市委书记")), null, null));
    }

    @Test
    void outlet_inASourceLine_orGiven_goesThroughTheTable_andTakesItsLevelFromTheTitles() {
        Region fromText = inference.infer(article("来源：临江日报\n市委常委会会议召开。"), null, null);
        assertEquals("临江市", fromText.name());
        assertEquals("outlet", fromText.basis());
        assertEquals("临江日报", fromText.outlet());
        Region district = inference.infer(article("东岳日报讯 区委召开会议。", official("甲", "东岳区委书记")), null, null);
        assertEquals("东岳区", district.name());
        Region province = inference.infer(article("会议召开。"), "河北日报", null);
        assertEquals("河北省", province.name());
        assertNull(inference.infer(article("会议召开。"), "新华社", null), "a national outlet names no region");
    }

    @Test
    void givenRegion_wins_andIsSplitIntoItsLevels() {
        Region r = inference.infer(article("会议召开。", official("甲", "青河市委书记")), "临江日报", "临江市东岳区");
        assertEquals(List.of("临江市", "东岳区"), r.jurisdictions());
        assertEquals("given", r.basis());
    }

    @Test
    void unknownStaysUnknown() {
        assertNull(inference.infer(article("本报讯 市委常委会会议召开，市长王军出席。", official("王军", "市长")), null, null));
    }

    @Test
    void aUsersSourcesFile_comesFirst(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("my-sources.tsv");
        Files.writeString(file, "# columns: outlet\tregion\n青河之声\t青河县\n临江日报\t-\n");
        RegionInference mine = new RegionInference(SourceTable.withFile(file));
        assertEquals("青河县", mine.infer(article("会议召开。"), "青河之声", null).name());
        assertNull(mine.infer(article("会议召开。"), "临江日报", null));
    }
}
