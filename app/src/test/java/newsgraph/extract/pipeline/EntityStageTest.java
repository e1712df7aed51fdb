package newsgraph.extract.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import newsgraph.extract.entity.EntityMention;
import org.junit.jupiter.api.Test;

/** Project mentions of one article (fictional names). */
class EntityStageTest {
    private static EntityMention project(String name, Long yuan, String park) {
        return new EntityMention(name, EntityMention.Type.PROJECT, null, 0, name.length(), yuan, park);
    }

    @Test
    void entities_aProjectNamedAgainWithItsPlaceSharesTheInvestmentAndPark() {
        List<EntityMention> l = new ArrayList<>(List.of(
                project("白鹭县青禾机械城项目", null, null),
                project("“青禾机械城”项目", 1_030_000_000L, "白鹭湾产业园")));
        EntityStage.shareInvestments(l);
        assertEquals(1_030_000_000L, l.get(0).investmentYuan());
        assertEquals("白鹭湾产业园", l.get(0).park());
    }

    @Test
    void entities_anotherPhaseOrAnotherHeadKeepsItsOwnInvestment() {
        List<EntityMention> l = new ArrayList<>(List.of(
                project("白鹭供水工程", null, null),
                project("青禾生态城展示中心", null, null),
                project("白鹭供水二期工程", 7_450_000_000L, null),
                project("青禾生态城项目", 50_000_000_000L, null)));
        EntityStage.shareInvestments(l);
        assertNull(l.get(0).investmentYuan());
        assertNull(l.get(1).investmentYuan());
    }
}
