package newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsgraph.model.Official;
import newsgraph.model.Position;
import org.junit.jupiter.api.Test;

class TitlesTest {

    private static List<String> titles(Official o) {
        return Titles.of(o).stream().map(t -> t.title() + (t.qualified() ? "" : "?")).toList();
    }

    @Test
    void barePost_takesTheJurisdictionOfTheTitleBefore_whenOfTheSameLevel() {
        Official o = new Official("甲", List.of("东岳新区工委书记", "区委书记", "市委常委"), List.of(), true);
        assertEquals(List.of("东岳新区工委书记", "东岳新区区委书记", "市委常委?"), titles(o));
    }

    @Test
    void barePost_withoutLevel_takesTheOrganizationBefore() {
        Official o = new Official("乙", List.of(), List.of(
                new Position("区总工会党组书记", "区总工会", "党组书记", null),
                new Position("常务副主席", null, "常务副主席", null)), true);
        assertEquals(List.of("区总工会党组书记", "区总工会常务副主席"), titles(o));
    }

    @Test
    void barePost_alone_staysBareAndUnqualified() {
        assertEquals(List.of("区长?"), titles(new Official("丙", List.of("区长"), List.of(), true)));
    }

    @Test
    void titles_areKeyedWithoutSpacesOrFullWidthForms() {
        assertEquals(List.of("东岳自贸片区管委主任"), titles(new Official("丁", List.of("东岳自贸片区 管委主任"), List.of(), true)));
    }
}
