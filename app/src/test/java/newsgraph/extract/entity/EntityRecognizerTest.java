package newsgraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsgraph.extract.lexicon.Lexicons;
import newsgraph.extract.segment.HanLpSegmenter;
import newsgraph.extract.segment.Segmenter;
import newsgraph.extract.segment.Token;
import org.junit.jupiter.api.Test;

/** One paragraph at a time (fictional parks and projects). */
class EntityRecognizerTest {
    private static final Segmenter SEG = new HanLpSegmenter();
    private static final EntityRecognizer ENTITIES = new EntityRecognizer(Lexicons.load());

    private static List<EntityMention> parks(String s) {
        return ENTITIES.parks(s, SEG.segment(s), 0);
    }

    private static List<EntityMention> projects(String s) {
        List<Token> tk = SEG.segment(s);
        return ENTITIES.projects(s, tk, 0, ENTITIES.parks(s, tk, 0));
    }

    private static List<String> names(List<EntityMention> l) {
        return l.stream().map(EntityMention::name).toList();
    }

    @Test
    void entity_aProjectNameStopsAtTheProjectItIsPlacedIn() {
        List<EntityMention> p = projects("其中，总投资15亿元的青禾智能装备项目落户白鹭湾高新区内的青禾精密制造产业园，从签约到开工仅用了60天。");
        assertEquals(List.of("青禾智能装备项目"), names(p));
        assertEquals(1_500_000_000L, p.get(0).investmentYuan());
        assertEquals("青禾精密制造产业园", p.get(0).park());
    }

    @Test
    void entity_aCountedProjectWordIsACategory() {
        assertTrue(projects("开幕式上，共签约新能源项目8个，总投资60亿元。").isEmpty());
    }

    @Test
    void entity_aCountywideProjectIsACategory() {
        assertTrue(projects("今年是全县项目建设攻坚年。").isEmpty());
    }

    @Test
    void entity_aBuildingProjectWithAPhaseKeepsItsWholeName() {
        List<EntityMention> p = projects("青禾海洋研究院一期建设项目总投资12亿元，选址白鹭湾片区。");
        assertEquals(List.of("青禾海洋研究院一期建设项目"), names(p));
        assertEquals(1_200_000_000L, p.get(0).investmentYuan());
        assertEquals(List.of("白鹭湾片区"), names(parks("青禾海洋研究院一期建设项目总投资12亿元，选址白鹭湾片区。")));
    }

    @Test
    void entity_aParkNamedAsAProjectInsideAnotherParkIsThatProject() {
        assertEquals(List.of("白鹭湾片区"), names(parks("在白鹭湾片区，青禾冷链物流园项目完成投资9000万元。")));
    }

    @Test
    void entity_aParkWhoseProjectStandsAloneStaysAPark() {
        assertEquals(List.of("青禾汽配产业园"), names(parks("在汽车产业链，青禾汽配产业园项目一期建成。")));
    }

    @Test
    void entity_softwareParksAndResortsAreParks() {
        assertEquals(List.of("青禾软件园"), names(parks("启动仪式在青禾软件园举行。")));
        assertEquals(List.of("白鹭山国家级旅游度假区"), names(parks("加快白鹭山国家级旅游度假区提档升级。")));
    }

    @Test
    void entity_theInvestmentOfTheProjectJustNamedMayRepeatTheWordProject() {
        List<EntityMention> p = projects("青禾物流集团将投资建设青禾智慧物流港项目，项目总投资18.6亿元，建成后年吞吐能力可达200万吨。");
        assertEquals(List.of("青禾智慧物流港项目"), names(p));
        assertEquals(1_860_000_000L, p.get(0).investmentYuan());
    }
}
