package newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsgraph.graph.ArticleMetadata;
import newsgraph.graph.GraphWriter;
import newsgraph.model.ArticleExtraction;
import newsgraph.model.Evidence;
import newsgraph.model.Official;
import newsgraph.model.Position;
import newsgraph.neo4j.GraphStore;
import newsgraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * person-titles quotes a title's first and last {@code quotes} articles (every one when there are no more than
 * twice that many), oldest first, while since and until still come from every article. Fictional articles
 * written through the real writer: one title seen in fourteen articles, a month apart.
 */
class PersonTitlesQuotesTest {

    private static final String PERSON = "闵照岩";
    private static final String TITLE = "北溪新区管委会主任";
    private static final int ARTICLES = 14;
    private static GraphStore store;

    @BeforeAll
    static void articles() {
        store = TestNeo4j.shared();
        TestNeo4j.clear();
        GraphWriter writer = new GraphWriter(store.driver(), store.sessionConfig());
        for (int i = 0; i < ARTICLES; i++) {
            String date = LocalDate.of(2022, 1, 10).plusMonths(i).toString();
            String sentence = "第" + (i + 1) + "次调度会上，" + TITLE + PERSON + "讲话。";
            Evidence evidence = new Evidence(sentence, 0, sentence.length());
            Official official = new Official(PERSON, List.of(TITLE), List.of(new Position(TITLE, "北溪新区管委会", "主任", evidence)), true);
            writer.write(new ArticleExtraction("北溪新区第" + (i + 1) + "次调度会", date, List.of(), List.of(official), List.of(),
                    List.of(), List.of(), List.of(), sentence, 0, sentence.length()),
                    new ArticleMetadata("beixi-" + i + ".txt", null, null, null, "北溪新区"));
        }
    }

    /** The quoted sentences' ordinals (第N次) of the person's one title, and the title's since and until. */
    @SuppressWarnings("unchecked")
    private static List<Object> quoted(Map<String, Object> params) {
        var runner = QueryRunner.of(store, Duration.ofSeconds(30), 1000);
        List<Map<String, Object>> rows = runner.run(QueryCatalogue.bundled().get("person-titles").orElseThrow(), params).rows();
        assertEquals(1, rows.size(), "one title");
        List<Object> out = new ArrayList<>();
        out.add(rows.getFirst().get("since").toString() + "/" + rows.getFirst().get("until"));
        for (var e : (List<Map<String, Object>>) rows.getFirst().get("evidence")) {
            String s = (String) e.get("sentence");
            out.add(Integer.parseInt(s.substring(1, s.indexOf('次'))));
        }
        return out;
    }

    @Test
    void quotesTheFirstAndTheLast_tenureFromEveryArticle() {
        String tenure = "2022-01-10/2023-02-10";
        assertEquals(List.of(tenure, 1, 2, 3, 4, 5, 10, 11, 12, 13, 14), quoted(Map.of("name", PERSON)), "five at each end by default");
        assertEquals(List.of(tenure, 1, 2, 13, 14), quoted(Map.of("name", PERSON, "quotes", 2)));
        List<Object> all = new ArrayList<>(List.of(tenure));
        for (int i = 1; i <= ARTICLES; i++) {
            all.add(i);
        }
        assertEquals(all, quoted(Map.of("name", PERSON, "quotes", 7)), "no more than twice the quotes: every one");
        assertEquals(all, quoted(Map.of("name", PERSON, "quotes", 100)));
        assertEquals(List.of(tenure), quoted(Map.of("name", PERSON, "quotes", 0)), "none, the tenure still there");
        assertEquals(List.of(tenure), quoted(Map.of("name", PERSON, "quotes", -3)), "a negative count quotes none");
    }
}
